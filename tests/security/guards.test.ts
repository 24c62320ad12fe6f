import { describe, expect, it } from 'vitest';
import { TestAdapter, type Activity, type TurnContext } from 'botbuilder';
import { startBot, message } from './harness';
import { replayGuard, ReplayCache, textGuard, tenantGuard, withInvokeFallback } from '../../src/teams/guards';

/** The guards as botbuilder middleware, run by botbuilder's own TestAdapter (the pipeline a CloudAdapter runs). */
function activity(extra: Partial<Activity> = {}): Partial<Activity> {
  return {
    type: 'message',
    id: 'm-1',
    channelId: 'msteams',
    conversation: { id: 'c-1' } as Activity['conversation'],
    from: { id: 'u', name: 'u' },
    recipient: { id: 'b', name: 'b' },
    text: 'hi',
    locale: 'en-US',
    ...extra,
  };
}

/** The invoke statuses a TestAdapter turn sent (CloudAdapter would answer the first one over HTTP). */
function invokeStatuses(adapter: TestAdapter): number[] {
  return adapter.activeQueue.filter((a) => a.type === 'invokeResponse').map((a) => (a.value as { status: number }).status);
}

describe('replayGuard', () => {
  it('a turn that fails is forgotten, so the retry of the same activity is processed', async () => {
    let calls = 0;
    const adapter = new TestAdapter(async (ctx: TurnContext) => {
      calls++;
      if (calls === 1) throw new Error('connector timeout');
      await ctx.sendActivity('answered');
    }).use(replayGuard({ cache: new ReplayCache() }));
    adapter.onTurnError = async () => {};
    await adapter.processActivity(activity());
    await adapter.processActivity(activity());
    await adapter.processActivity(activity());
    expect(calls).toBe(2);
    expect(adapter.activeQueue.map((a) => a.text)).toEqual(['answered']);
  });

  it('a replayed invoke still gets an HTTP status (200), never a 501', async () => {
    let ran = 0;
    const adapter = new TestAdapter(async (ctx: TurnContext) => {
      ran++;
      await ctx.sendActivity({ type: 'invokeResponse', value: { status: 201, body: { ok: true } } });
    }).use(replayGuard());
    const invoke = activity({ type: 'invoke', name: 'adaptiveCard/action', text: undefined });
    await adapter.processActivity(invoke);
    await adapter.processActivity(invoke);
    expect(invokeStatuses(adapter)).toEqual([201, 200]);
    expect(ran).toBe(1);
  });
});

describe('textGuard', () => {
  it('cleans the text the routes see and answers an over-long message in French when asked in French', async () => {
    const seen: string[] = [];
    const adapter = new TestAdapter(async (ctx: TurnContext) => void seen.push(ctx.activity.text ?? '')).use(textGuard({ maxChars: 20 }));
    await adapter.processActivity(activity({ text: ' re\u0000boot\u202E? ' }));
    await adapter.processActivity(activity({ id: 'm-2', text: 'x'.repeat(21), locale: 'fr-FR' }));
    expect(seen).toEqual(['reboot?']);
    expect(adapter.activeQueue[0]?.text).toMatch(/trop long.*20 caractères/);
    expect(adapter.activeQueue[0]?.textFormat).toBe('plain');
  });
});

describe('tenantGuard + withInvokeFallback', () => {
  it('an invoke nobody handles gets 200; one from a foreign tenant gets 403; the logic never runs for it', async () => {
    let ran = 0;
    const adapter = withInvokeFallback(new TestAdapter(async () => void ran++).use(tenantGuard({ allowed: ['t-1'] })));
    withInvokeFallback(adapter); // idempotent: a second call adds nothing
    await adapter.processActivity(activity({ type: 'invoke', name: 'x/unknown', conversation: { id: 'c', tenantId: 't-1' } as Activity['conversation'] }));
    await adapter.processActivity(
      activity({ id: 'm-9', type: 'invoke', name: 'x/unknown', conversation: { id: 'c', tenantId: 't-2' } as Activity['conversation'] }),
    );
    expect(invokeStatuses(adapter)).toEqual([200, 403]);
    expect(ran).toBe(1);
  });

  it('through the real server, a handled invoke keeps its own response (the fallback does not overwrite it)', async () => {
    const bot = await startBot();
    try {
      const res = await bot.post(
        message({
          type: 'invoke',
          name: 'adaptiveCard/action',
          text: undefined,
          deliveryMode: undefined,
          value: { action: { type: 'Action.Execute', verb: 'no-such-verb', data: {} }, trigger: 'manual' },
        }),
      );
      expect(res.status).toBe(200);
      const body = (await res.json()) as { statusCode?: number; type?: string; value?: unknown };
      // teams-ai answers Action.Execute with an adaptive-card or message response body; the fallback's is empty.
      expect(JSON.stringify(body)).toMatch(/application\/vnd\.microsoft\.(activity\.message|card\.adaptive)/);
    } finally {
      await bot.close();
    }
  });
});
