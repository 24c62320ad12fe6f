import { describe, expect, it } from 'vitest';
import * as AC from 'adaptivecards';
import { renderReminder } from '../../src/replies/reminder-card';
import { calendarContent } from '../../src/reminders/content';
import type { Subscription } from '../../src/reminders/types';
import { DEFAULT_SETTINGS } from '../../src/reminders/types';
import { releases } from './helpers';

const sub = (over: Partial<Subscription> = {}): Subscription => ({
  id: 'abc12345',
  tenantId: 't',
  conversationId: 'c',
  day: 1,
  time: '09:00',
  timeZone: 'Europe/Paris',
  locale: 'en',
  options: {},
  createdAt: '2026-01-01T00:00:00Z',
  ...over,
});
const settings = { ...DEFAULT_SETTINGS, calendarUrl: 'https://bot.example/calendar.ics' };
const content = calendarContent(releases);

describe('reminder card', () => {
  it.each([
    // today (subscriber's zone) → next Patch Tuesday, its kind (CAL-1, CAL-2)
    ['2026-11-30', '2026-12-08', 'hotpatch', 8],
    ['2026-12-14', '2027-01-12', 'baseline', 29],
    ['2027-01-12', '2027-01-12', 'baseline', 0],
    ['2027-01-13', '2027-02-09', 'hotpatch', 27],
  ])('on %s the next Patch Tuesday is %s (%s, %i days)', (today, date, kind, days) => {
    const week = content.week(today);
    expect(week.next).toMatchObject({ date, kind, daysToGo: days });
  });

  it('is an Adaptive Card 1.5 that parses without errors, with Snooze/Unsubscribe and the calendar link', () => {
    const { card, text, summary } = renderReminder({ week: content.week('2026-11-30'), sub: sub(), settings });
    expect(card.version).toBe('1.5');
    const parsed = new AC.AdaptiveCard();
    const ctx = new AC.SerializationContext();
    parsed.parse(card, ctx);
    expect(Array.from({ length: ctx.eventCount }, (_, i) => ctx.getEventAt(i).message)).toEqual([]);
    expect(parsed.validateProperties().validationEvents.map((e) => e.message)).toEqual([]);
    expect(parsed.getActionCount()).toBe(3);
    expect(JSON.stringify(card)).toContain('https://bot.example/calendar.ics');
    expect(text).toContain('Devices on Hotpatch: no restart this month');
    expect(text).toMatch(/Everyone else: restart by Tuesday,? 8 December 2026 \(2026-12-08\)/);
    expect(text).toContain('Next Patch Tuesday in 8 days');
    expect(summary).toBe('Patch Tuesday in 8 days (2026-12-08): hotpatch month (no restart)');
    expect(text).toMatch(/unplanned baseline/); // CAL-7 caveat always
    expect(JSON.stringify(card).length).toBeLessThan(28_000);
  });

  it('baseline week in French: restart for everyone, "cette semaine"', () => {
    const { text, summary } = renderReminder({ week: content.week('2027-01-11'), sub: sub({ locale: 'fr' }), settings });
    expect(text).toContain('Le Patch Tuesday est cette semaine : mardi 12 janvier 2027 (2027-01-12)');
    expect(text).toContain('Appareils en Hotpatch : redémarrage avec cette baseline');
    expect(text).toContain('Tous les autres : redémarrage au plus tard le mardi 12 janvier 2027');
    expect(summary).toContain('demain');
  });

  it('a tag mention goes in a mention entity, not as markdown text of ours', () => {
    const { card } = renderReminder({ week: content.week('2026-11-30'), sub: sub({ options: { mentionTag: { id: 'tag-1', name: 'IT Ops' } } }), settings });
    expect((card.msteams as { entities: unknown[] }).entities).toEqual([
      { type: 'mention', text: '<at>IT Ops</at>', mentioned: { id: 'tag-1', name: 'IT Ops', type: 'tag' } },
    ]);
  });
});

describe('a tag name is never markdown (issue 15 finding 9)', () => {
  it.each([
    ['**URGENT** [click](https://evil.example.com)', 'URGENT clickhttpsevil.example.com'],
    ['Ops_team `x` <b>y</b> # ~z~', 'Opsteam x byb z'],
    ['IT Ops', 'IT Ops'],
  ])('%s renders as plain characters', (name, plain) => {
    const { card } = renderReminder({ week: content.week('2026-11-30'), sub: sub({ options: { mentionTag: { id: 'tag-1', name } } }), settings });
    // The mention's TextBlock, wherever the answer-first layout puts it in the body.
    const first = JSON.parse(JSON.stringify(card.body).match(/"text":("<at>(?:[^"\\]|\\.)*<\/at>")/)![1]!) as string;
    expect(first).toBe(`<at>${plain.replace(/\s+/g, ' ')}</at>`);
    expect(first.slice(4, -5)).not.toMatch(/[*_`[\]()#~<>:/]/);
    const entity = (card.msteams as { entities: Array<{ text: string }> }).entities[0]!;
    expect(entity.text).toBe(first);
  });
});
