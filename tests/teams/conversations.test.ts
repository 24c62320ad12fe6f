import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Built } from '../../src/app/server';
import { activity, cardOf, cardTitle, messages, post, startRealBot } from '../app/server/helpers';
import { cardProblems } from '../replies/card-schema';

let bot: Built & { url: string };
beforeAll(async () => {
  bot = await startRealBot();
});
afterAll(async () => {
  await bot?.close();
});

const channel = (over: Record<string, unknown>) =>
  activity({
    conversation: { id: '19:general@thread.tacv2;messageid=1', conversationType: 'channel', isGroup: true },
    channelData: { tenant: { id: 'tenant-1' }, team: { id: 'team-1' }, channel: { id: '19:general@thread.tacv2' } },
    ...over,
  });
const mention = { type: 'mention', text: '<at>Hotpatch</at>', mentioned: { id: 'bot-1', name: 'Hotpatch' } };

describe('conversation scopes', () => {
  it('channel: no answer without an @mention', async () => {
    const r = await post(bot.url, channel({ text: 'Show the patch calendar' }));
    expect(r.status).toBe(200);
    expect(messages(r.json)).toEqual([]);
  });

  it('channel: answers an @mention, with the mention stripped', async () => {
    const r = await post(bot.url, channel({ text: '<at>Hotpatch</at> Show the patch calendar', entities: [mention] }));
    expect(cardTitle(messages(r.json)[0])).toBe('Patch calendar (Hotpatch devices)');
  });

  it('channel: a mention of someone else is not a question to the bot', async () => {
    const other = { type: 'mention', text: '<at>Bob</at>', mentioned: { id: 'user-2', name: 'Bob' } };
    const r = await post(bot.url, channel({ text: '<at>Bob</at> Show the patch calendar', entities: [other] }));
    expect(messages(r.json)).toEqual([]);
  });

  it('group chat: answers an @mention', async () => {
    const r = await post(
      bot.url,
      activity({
        conversation: { id: '19:group@thread.v2', conversationType: 'groupChat', isGroup: true },
        text: '<at>Hotpatch</at> bonjour',
        locale: 'fr-FR',
        entities: [mention],
      }),
    );
    // Answer first (issue 14): the welcome opens with its greeting.
    expect(cardTitle(messages(r.json)[0])).toMatch(/^Bonjour ! Je réponds/);
  });

  it('a bare mention gets the help card', async () => {
    const r = await post(bot.url, channel({ text: '<at>Hotpatch</at>', entities: [mention] }));
    expect(cardTitle(messages(r.json)[0])).toBe('What I can help with');
  });
});

describe('welcome on install', () => {
  it('conversationUpdate with the bot in membersAdded → welcome card in the client language', async () => {
    const r = await post(bot.url, activity({ type: 'conversationUpdate', text: undefined, locale: 'fr-FR', membersAdded: [{ id: 'bot-1' }] }));
    const [welcome] = messages(r.json);
    expect(cardTitle(welcome)).toMatch(/^Bonjour ! Je réponds/);
    expect(cardProblems(cardOf(welcome))).toEqual([]);
  });
  it('a user joining gets no welcome', async () => {
    const r = await post(bot.url, activity({ type: 'conversationUpdate', text: undefined, membersAdded: [{ id: 'user-9' }] }));
    expect(messages(r.json)).toEqual([]);
  });
});

describe('device form', () => {
  it('a question without facts gets the form; submitting it gets the verdict', async () => {
    const ask = await post(bot.url, activity({ text: 'is my device eligible?' }));
    const form = cardOf(messages(ask.json)[0]);
    expect(form.actions[0]).toMatchObject({ type: 'Action.Execute', verb: 'device-form-submit' });
    const data = {
      ...form.actions[0].fallback.data,
      edition: 'enterprise',
      version: '24H2',
      architecture: 'x64',
      vbs: 'running',
      licenses: 'e3',
      management: 'intune',
    };
    const submit = await post(bot.url, activity({ text: undefined, value: data }));
    const [verdict] = messages(submit.json);
    expect(cardTitle(verdict)).toBe('Hotpatch eligibility');
    const text = JSON.stringify(cardOf(verdict));
    expect(text).toContain('Enterprise');
    expect(text).not.toContain('Not eligible');
  });

  it('Action.Execute returns the verdict card in the invoke response', async () => {
    const data = {
      verb: 'device-form-submit',
      purpose: 'eligibility',
      locale: 'fr',
      edition: 'pro',
      version: '24H2',
      architecture: 'x64',
      vbs: 'running',
      licenses: 'business-premium',
      management: 'intune',
    };
    const res = await post(
      bot.url,
      activity({
        type: 'invoke',
        name: 'adaptiveCard/action',
        text: undefined,
        deliveryMode: undefined,
        value: { action: { type: 'Action.Execute', verb: 'device-form-submit', data } },
      }),
    );
    expect(res.status).toBe(200);
    expect(res.json.type).toBe('application/vnd.microsoft.card.adaptive');
    // HP-LIC-6: Pro is not eligible, whatever the licence; the answer is in the form's language.
    expect(JSON.stringify(res.json.value)).toContain('Non éligible');
    expect(cardProblems(res.json.value)).toEqual([]);
  });

  it.each([
    [{ edition: 'windows-xp' }, 'edition'],
    [{ version: '99H9' }, 'Windows version'],
    [{ licenses: 'e3,free-beer' }, 'licences'],
    [{ purpose: 'delete-everything' }, 'form type'],
    [{ vbs: { $ne: 1 } }, 'VBS'],
  ])('invalid values %j → a clear message naming %s, no crash', async (bad, field) => {
    const value = { verb: 'device-form-submit', purpose: 'eligibility', ...bad };
    const r = await post(bot.url, activity({ text: undefined, value }));
    expect(r.status).toBe(200);
    const [msg] = messages(r.json);
    expect(msg!.text).toContain(field);
    expect(msg!.text).toMatch(/not valid/);
  });

  it('next-reboot form submit gives the next reboot', async () => {
    const value = {
      verb: 'device-form-submit',
      purpose: 'next-reboot',
      edition: 'enterprise',
      version: '24H2',
      architecture: 'x64',
      vbs: 'running',
      licenses: 'e5',
      management: 'intune',
    };
    const r = await post(bot.url, activity({ text: undefined, value }));
    expect(cardTitle(messages(r.json)[0])).toBe('Next reboot');
  });

  it('an unknown card verb gets a polite message', async () => {
    const r = await post(bot.url, activity({ text: undefined, value: { verb: 'no-such-verb' } }));
    expect(messages(r.json)[0]!.text).toMatch(/no longer available/);
    expect(messages(r.json)[0]!.text).not.toContain('no-such-verb');
  });
});
