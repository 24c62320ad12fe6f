import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Built } from '../../src/app/server';
import { cardTitle, startRealBot } from '../app/server/helpers';
import { freePort, Playground } from './playground-driver';
import { cardProblems } from '../replies/card-schema';

/**
 * End to end through the Microsoft 365 Agents Playground (offline mock of Teams): the real server
 * (build() + listen) with the real pipeline, driven over the Playground's HTTP API; replies are
 * asserted as they arrive on its WebSocket, as the web UI would show them.
 */
let bot: Built & { url: string };
let pg: Playground;
let cfg: any;
// The card's title sits behind "Show details" since issue 14 (answer first): cardTitle finds it.
const title = (card: any): string | undefined =>
  cardTitle({ type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }] });

beforeAll(async () => {
  bot = await startRealBot();
  pg = new Playground(await freePort(), `${bot.url}/api/messages`);
  await pg.start();
  cfg = await pg.config();
}, 120_000);

afterAll(async () => {
  await pg?.stop();
  await bot?.close();
});

// Generous timeouts: `npm test` runs this next to every other suite on 2 shared cores.
describe('Agents Playground end to end', { timeout: 60_000 }, () => {
  it('personal chat: a question gets the calendar card', async () => {
    const from = pg.received.length;
    await pg.post(`/_conversation/v1/conversations/${cfg.personalChat.id}/messages`, {
      from: { id: cfg.currentUser.id },
      text: 'Show the patch calendar',
      textFormat: 'plain',
    });
    const msg = await pg.waitForCard((c) => title(c) === 'Patch calendar (Hotpatch devices)', from);
    expect(msg.from?.id).toBe(cfg.bot.id);
    const card = msg.attachments![0]!.content;
    expect(cardProblems(card)).toEqual([]);
    expect(JSON.stringify(card)).toMatch(/According to Microsoft documentation as of/);
  });

  it('channel: an @mention in French gets the next reboot in French', async () => {
    const from = pg.received.length;
    const channel = cfg.teams[0].channels[0].id;
    const mention = `<at>${cfg.bot.name}</at>`;
    await pg.post(`/_conversation/v1/conversations/${channel}/messages`, {
      from: { id: cfg.currentUser.id },
      text: `${mention} Quand aura lieu mon prochain redémarrage ?`,
      textFormat: 'plain',
      mentions: [{ mentioned: { id: cfg.bot.id }, text: mention }],
    });
    const msg = await pg.waitForCard((c) => title(c) === 'Prochain redémarrage', from);
    // Dates in words in cards (issue 14 §3): "12 janvier 2027", no ISO.
    expect(JSON.stringify(msg.attachments![0]!.content)).toMatch(
      /\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)/,
    );
    expect(JSON.stringify(msg.attachments![0]!.content)).not.toMatch(/\(\d{4}-\d{2}-\d{2}\)/);
  });

  it('device form: the form arrives, its submit brings the verdict card', async () => {
    const from = pg.received.length;
    await pg.post(`/_conversation/v1/conversations/${cfg.personalChat.id}/messages`, {
      from: { id: cfg.currentUser.id },
      text: 'is my device eligible?',
      textFormat: 'plain',
    });
    const form = await pg.waitForCard((c) => (c.actions ?? []).some((a: any) => a.verb === 'device-form-submit'), from);
    const action = form.attachments![0]!.content.actions[0];
    const after = pg.received.length;
    await pg.post('/_conversation/v1/submit', {
      conversation: { id: cfg.personalChat.id },
      from: { id: cfg.currentUser.id },
      replyToId: form.messageId,
      value: {
        ...action.fallback.data,
        edition: 'pro',
        version: '24H2',
        architecture: 'x64',
        vbs: 'running',
        licenses: 'business-premium',
        management: 'intune',
      },
    });
    const verdict = await pg.waitForCard((c) => title(c) === 'Hotpatch eligibility', after);
    // HP-LIC-6: Windows 11 Pro is not offered hotpatch, even with Business Premium — with the §7 hedge.
    const text = JSON.stringify(verdict.attachments![0]!.content);
    expect(text).toContain('Not eligible');
    expect(text).toContain('⚠');
  });
});
