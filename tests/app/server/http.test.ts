import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Built } from '../../../src/app/server';
import { activity, cardOf, cardTitle, messages, post, startRealBot } from './helpers';
import { cardProblems } from '../../replies/card-schema';

let bot: Built & { url: string };
beforeAll(async () => {
  bot = await startRealBot();
});
afterAll(async () => {
  await bot?.close();
});

describe('POST /api/messages with the real pipeline (expectReplies)', () => {
  const cases: [string, string, string, string][] = [
    ['Is Windows 11 Enterprise 24H2 x64 with VBS running and E3 eligible for hotpatch?', 'en-US', 'Hotpatch eligibility', 'en-US'],
    ['Quand aura lieu mon prochain redémarrage ?', 'fr-FR', 'Prochain redémarrage', 'fr-FR'],
    ['Show the patch calendar', 'en-US', 'Patch calendar (Hotpatch devices)', 'en-US'],
    ["Qu'est-ce que Quick Machine Recovery ?", 'fr-FR', '', 'fr-FR'],
  ];
  it.each(cases)('%s (%s) → the right card', async (text, locale, title, replyLocale) => {
    const r = await post(bot.url, activity({ text, locale }));
    expect(r.status).toBe(200);
    const [reply] = messages(r.json);
    expect(reply).toBeDefined();
    expect(reply!.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    if (title) expect(cardTitle(reply)).toBe(title);
    expect((reply as { locale?: string }).locale).toBe(replyLocale);
    expect(cardProblems(cardOf(reply))).toEqual([]);
  });

  it('answers in French when the text is French even if the client is English', async () => {
    const r = await post(bot.url, activity({ text: 'Quand aura lieu mon prochain redémarrage ?', locale: 'en-US' }));
    expect(cardTitle(messages(r.json)[0])).toBe('Prochain redémarrage');
  });

  it('next reboot dates are in the card in words (ISO stays in the plain text, issue 14 §3)', async () => {
    const r = await post(bot.url, activity({ text: 'when is the next reboot for an eligible device?' }));
    const card = JSON.stringify(cardOf(messages(r.json)[0]));
    // Today is 2026-11-25 (Europe/Paris); the next baseline is January 2027, Patch Tuesday 12 January (CAL-1, CAL-2).
    expect(card).toContain('12 January 2027');
    expect(card).not.toContain('(2027-01-12)');
  });

  it('suggested actions are sent with the reply', async () => {
    const r = await post(bot.url, activity({ text: 'Show the patch calendar' }));
    expect(messages(r.json)[0]!.suggestedActions?.actions.length).toBeGreaterThan(0);
  });
});

describe('bad requests are 4xx, never 5xx', () => {
  it('malformed JSON → 400', async () => {
    expect((await post(bot.url, '{"type": "message", ')).status).toBe(400);
  });
  it.each([
    ['an array', []],
    ['a string', '"hello"'],
    ['an object without type', { text: 'hi', conversation: { id: 'c' } }],
    ['a type that is not a string', { ...activity(), type: 42 }],
    ['no conversation', { ...activity(), conversation: undefined }],
    ['a bad serviceUrl', { ...activity(), serviceUrl: 'javascript:alert(1)' }],
  ])('%s → 400', async (_name, body) => {
    const r = await post(bot.url, typeof body === 'string' ? body : body);
    expect(r.status).toBe(400);
  });
  it('a body over the size limit → 413', async () => {
    const r = await post(bot.url, activity({ text: 'x'.repeat(300 * 1024) }));
    expect(r.status).toBe(413);
  });
  it('GET /api/messages is not a 5xx', async () => {
    const res = await fetch(`${bot.url}/api/messages`);
    expect(res.status).toBeLessThan(500);
    expect(res.status).toBeGreaterThanOrEqual(400);
  });
});

describe('health and calendar routes', () => {
  it('GET /healthz → 200, GET /readyz → 200 once listening', async () => {
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${bot.url}/readyz`);
    expect(ready.status).toBe(200);
  });
  it('GET /calendar.ics → an iCalendar with the January 2027 baseline', async () => {
    const res = await fetch(`${bot.url}/calendar.ics?from=2027-01&months=3`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const body = await res.text();
    expect(body).toContain('BEGIN:VCALENDAR');
    expect(body).toContain('20270112');
  });
  it.each(['from=2027-13', 'months=0', 'months=abc', 'locale=de'])('GET /calendar.ics?%s → 400', async (q) => {
    expect((await fetch(`${bot.url}/calendar.ics?${q}`)).status).toBe(400);
  });
});
