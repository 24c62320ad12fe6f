import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { build, type Built } from '../../src/app/server';
import { createHooks } from '../../src/teams/hooks';
import type { AskInput, Reply } from '../../src/pipeline/types';
import { activity, messages, post } from '../app/server/helpers';

/** A stand-in pipeline: these tests are about the transport (typing, hooks, errors), not the answers. */
function fakePipeline(opts: { delayMs?: number; intent?: Reply['intent']; fail?: boolean } = {}) {
  const calls: AskInput[] = [];
  return {
    calls,
    async ask(input: AskInput): Promise<Reply> {
      calls.push(input);
      if (opts.delayMs) await new Promise((r) => setTimeout(r, opts.delayMs));
      if (opts.fail) throw new Error('boom: secret=hunter2');
      const intent = opts.intent ?? 'help';
      return {
        intent,
        locale: 'en',
        text: 'plain text',
        attachments: [],
        suggestedActions: [],
        question: { intent, slots: {}, confidence: 1, locale: 'en', text: input.text },
        answer: { kind: 'help' },
      };
    },
  };
}

let bot: Built | undefined;
afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

async function start(pipeline: ReturnType<typeof fakePipeline>, extra: Partial<Parameters<typeof build>[0]> = {}) {
  bot = await build({ config: loadConfig({}), pipeline, now: () => new Date('2026-11-25T10:00:00Z'), ...extra });
  return bot.listen(0, '127.0.0.1');
}

describe('the ask input comes from the activity', () => {
  it('passes text, locale, time zone, the clock and the requester', async () => {
    const p = fakePipeline();
    // Local mode: the identity is this machine's LOCAL_USER_AAD_ID, not the activity's claim (issue 15 finding 5).
    const url = await start(p, { config: loadConfig({ HELPDESK_ADMIN_IDS: 'aad-user-1', LOCAL_USER_AAD_ID: 'aad-user-1' }) });
    await post(url, activity({ text: '  what is hotpatch?  ', locale: 'fr-CA', localTimezone: 'America/Montreal' }));
    expect(p.calls[0]).toMatchObject({
      text: 'what is hotpatch?',
      clientLocale: 'fr-CA',
      timeZone: 'America/Montreal',
      requester: { aadObjectId: 'aad-user-1', isHelpdesk: true },
    });
    expect(p.calls[0]!.now.toISOString()).toBe('2026-11-25T10:00:00.000Z');
  });
});

describe('typing indicator', () => {
  it('is sent before a slow answer', async () => {
    const url = await start(fakePipeline({ delayMs: 400 }), { typingDelayMs: 50 });
    const r = await post(url, activity({ text: 'slow' }));
    const types = (r.json.activities as { type: string }[]).map((a) => a.type);
    expect(types[0]).toBe('typing');
    expect(types.at(-1)).toBe('message');
  });
  it('is not sent for a fast answer', async () => {
    const url = await start(fakePipeline(), { typingDelayMs: 500 });
    const r = await post(url, activity({ text: 'fast' }));
    expect((r.json.activities as { type: string }[]).map((a) => a.type)).toEqual(['message']);
  });
});

describe('hooks', () => {
  it('onActivity sees every inbound activity, and a failing hook does not break the turn', async () => {
    const hooks = createHooks();
    const seen: string[] = [];
    hooks.onActivity(async (ctx) => void seen.push(ctx.activity.type));
    hooks.onActivity(async () => {
      throw new Error('hook failed');
    });
    const url = await start(fakePipeline(), { hooks });
    const r = await post(url, activity({ text: 'hi' }));
    await post(url, activity({ type: 'conversationUpdate', text: undefined, membersAdded: [{ id: 'user-3' }] }));
    expect(seen).toEqual(['message', 'conversationUpdate']);
    expect(messages(r.json)).toHaveLength(1);
  });

  it('onReminderIntent takes over reminder questions', async () => {
    const hooks = createHooks();
    hooks.onReminderIntent(async (ctx, question) => {
      await ctx.sendActivity(`reminder handled: ${question.intent}`);
      return true;
    });
    const url = await start(fakePipeline({ intent: 'reminders-subscribe' }), { hooks });
    const r = await post(url, activity({ text: 'remind us every monday' }));
    expect(messages(r.json).map((m) => m.text)).toEqual(['reminder handled: reminders-subscribe']);
  });

  it('a hook that declines lets the pipeline reply go out', async () => {
    const hooks = createHooks().onEscalation(async () => false);
    const url = await start(fakePipeline({ intent: 'escalate' }), { hooks });
    const r = await post(url, activity({ text: 'helpdesk please' }));
    expect(messages(r.json).map((m) => m.text)).toEqual(['plain text']);
  });

  it('onAction(verb) receives card submits and Action.Execute; a verb registers once', async () => {
    const hooks = createHooks();
    const got: unknown[] = [];
    hooks.onAction('ack-reminder', async (_ctx, data) => {
      got.push(data);
      return { text: 'acknowledged', card: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'ok' }] } };
    });
    expect(() => hooks.onAction('ack-reminder', async () => undefined)).toThrow(/HB-TEAMS-001/);
    const url = await start(fakePipeline(), { hooks });
    const submit = await post(url, activity({ text: undefined, value: { verb: 'ack-reminder', id: 7 } }));
    // One message per answer (issue 14 §2): with a card, the words go in `summary`, not a text bubble.
    expect(messages(submit.json)[0]!.text).toBeUndefined();
    expect((messages(submit.json)[0] as { summary?: string }).summary).toBe('acknowledged');
    const exec = await post(
      url,
      activity({
        type: 'invoke',
        name: 'adaptiveCard/action',
        text: undefined,
        deliveryMode: undefined,
        value: { action: { type: 'Action.Execute', verb: 'ack-reminder', data: { id: 8 } } },
      }),
    );
    expect(exec.json.value.body[0].text).toBe('ok');
    expect(got).toEqual([{ verb: 'ack-reminder', id: 7 }, { id: 8 }]);
  });
});

describe('errors', () => {
  it('a failing pipeline → an apology with a code, HTTP 200, no secret leaked', async () => {
    const url = await start(fakePipeline({ fail: true }));
    const r = await post(url, activity({ text: 'anything', locale: 'fr-FR' }));
    expect(r.status).toBe(200);
    const [msg] = messages(r.json);
    expect(msg!.text).toContain('HB-TEAMS-500');
    expect(msg!.text).toMatch(/Désolé/);
    expect(r.text).not.toContain('hunter2');
  });
});
