import { type StoreItem, isStorageConflict, CREATE_ONLY } from '../storage';
import type { ConversationRecord, OutboxEntry, ReminderDeps, SendResult, Subscription } from './types';
import { isTerminal, newEntry, transition, type Due } from './outbox';
import { RateLimiter, THREAD_RULES, tenantRules, tenantSpacingMs } from './rate-limiter';
import { markConversationRemoved } from './subscriptions';
import { localDate } from './schedule';
import type { RenderReminder } from './types';

/** What happened to one entry in this pass. 'waiting' = not finished yet (retry later / other owner). */
export type Outcome = { status: OutboxEntry['status'] | 'waiting'; entry?: OutboxEntry; retryAt?: number; acted?: boolean };

// Teams guidance (Teams rate limits: https://learn.microsoft.com/en-us/microsoftteams/platform/bots/how-to/rate-limit): retry 429 (Retry-After), 412, 500, 502, 503, 504; network errors too.
const RETRYABLE = new Set([412, 429, 500, 502, 503, 504]);

export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const cap = Math.min(60_000, 1000 * 2 ** Math.max(0, attempt - 1));
  return Math.round(cap / 2 + (random() * cap) / 2);
}

export interface DeliveryContext {
  deps: ReminderDeps;
  render: RenderReminder;
  limiter: RateLimiter;
  subs: Map<string, Subscription>;
  conversations: Map<string, ConversationRecord | undefined>;
  /** Due occurrences of this tick by outbox key (to create entries that do not exist yet). */
  due: Map<string, Due>;
  /** Keys the tick's first read found absent and nobody has looked at since. */
  absent: Set<string>;
}

export async function deliverEntry(ctx: DeliveryContext, key: string): Promise<Outcome> {
  const { deps } = ctx;
  const { storage, settings } = deps;
  const now = deps.clock();
  const due = ctx.due.get(key);
  // The tick's snapshot said "no entry yet": try to create it straight away (create-only) and skip a
  // read per send; if another process created it meanwhile, the write conflicts and the next pass reads.
  const fresh = ctx.absent.delete(key);
  const found = fresh ? undefined : ((await storage.read([key]))[key] as (OutboxEntry & StoreItem) | undefined);
  if (!found && !due) return { status: 'waiting' };
  // A due occurrence without an entry yet: every write below is then create-only, so of two processes
  // reaching it at once exactly one creates (and claims) it.
  const entry: OutboxEntry & { eTag?: string } = found ?? { ...newEntry(due!.sub, due!.occurrence, now, { status: 'pending' }), eTag: CREATE_ONLY };
  if (isTerminal(entry.status)) return { status: entry.status, entry };

  const save = async (next: OutboxEntry, eTag?: string): Promise<boolean> => {
    try {
      await storage.write({ [key]: { ...next, eTag: eTag ?? '*' } });
      return true;
    } catch (e) {
      if (isStorageConflict(e)) return false;
      throw e;
    }
  };
  const finish = async (change: Partial<OutboxEntry> & { status: OutboxEntry['status'] }): Promise<Outcome> => {
    const next = transition(entry, deps.clock(), change);
    return (await save(next, entry.eTag)) ? { status: next.status, entry: next, acted: true } : { status: 'waiting' };
  };

  if (entry.status === 'sending') {
    // A claim whose holder died mid-send: Teams has no idempotency key, so the message may or may not
    // be in the channel. We never send it again (at most once); it is reported as "possibly sent".
    if (entry.leaseUntil && Date.parse(entry.leaseUntil) < now.getTime()) {
      deps.log?.warn({ key, owner: entry.owner }, 'reminder send interrupted; recorded as possibly sent');
      return finish({ status: 'possibly-sent', reason: `claim by ${entry.owner} expired during the send` });
    }
    return { status: 'waiting', retryAt: entry.leaseUntil ? Date.parse(entry.leaseUntil) + 1 : now.getTime() + 1000 };
  }
  if (entry.status === 'retry' && entry.nextAttemptAt && Date.parse(entry.nextAttemptAt) > now.getTime()) {
    return { status: 'waiting', retryAt: Date.parse(entry.nextAttemptAt) };
  }

  const sub = ctx.subs.get(entry.subscriptionId);
  if (!sub || sub.stopped) return finish({ status: 'skipped', reason: 'subscription-stopped' });
  if (sub.snoozedUntil && Date.parse(sub.snoozedUntil) > Date.parse(entry.occurrence)) return finish({ status: 'skipped', reason: 'snoozed' });
  const convKey = `${entry.tenantId}/${entry.conversationId}`;
  const conv = ctx.conversations.get(convKey);
  if (!conv || conv.removed)
    return finish({ status: 'skipped', reason: conv?.removed ? `conversation-removed: ${conv.removed.reason}` : 'no-conversation-reference' });

  const week = deps.content.week(localDate(new Date(entry.occurrence), sub.timeZone));
  const within = sub.options.onlyIfWithinDays;
  if (within !== undefined && week.next.daysToGo > within) {
    return finish({ status: 'skipped', reason: `next-patch-tuesday-in-${week.next.daysToGo}-days` });
  }
  const message = ctx.render({ week, sub, settings });

  // Slot first, then the claim, then the send: an entry is 'sending' only while its request can be on
  // the wire, so a crash leaves at most one "possibly sent" entry per send in flight (maxInFlight).
  await ctx.limiter.acquire([
    { key: `tenant:${entry.tenantId}`, rules: tenantRules(settings.tenantPerSecond), minSpacingMs: tenantSpacingMs(settings.tenantPerSecond) },
    { key: `thread:${entry.conversationId}`, rules: THREAD_RULES },
  ]);
  const attempt = entry.attempts + 1;
  const claimAt = deps.clock();
  const claimed = transition(entry, claimAt, {
    status: 'sending',
    attempts: attempt,
    owner: deps.instanceId,
    leaseUntil: new Date(claimAt.getTime() + settings.leaseMs).toISOString(),
  });
  if (!(await save(claimed, entry.eTag))) return { status: 'waiting' }; // someone else claimed it

  // The connector's own retries (up to ~15 s for 5xx) must fit in the claim, or a slow success looks like a crash.
  const result = await sendWithTimeout(ctx, conv, message, Math.max(500, settings.leaseMs - 1000));
  const done = (change: Partial<OutboxEntry> & { status: OutboxEntry['status'] }) => {
    const next = transition(claimed, deps.clock(), { ...change, owner: undefined, leaseUntil: undefined });
    // Our own claim: a plain write. If the claim expired meanwhile, the sender's answer is the truth.
    return save(next).then(
      () => ({ status: next.status, entry: next, acted: true, retryAt: next.nextAttemptAt ? Date.parse(next.nextAttemptAt) : undefined }) as Outcome,
    );
  };

  if (result.ok) return done({ status: 'sent', ...(result.activityId ? { activityId: result.activityId } : {}), statusCode: 200, reason: undefined });
  const code = result.statusCode;
  deps.log?.warn({ key, statusCode: code, attempt, reason: result.reason }, 'reminder send failed');
  if (result.reason === 'timeout') return done({ status: 'possibly-sent', reason: 'no answer before the claim ran out' });
  if (code === 403 || code === 404) {
    await markConversationRemoved(storage, entry.tenantId, entry.conversationId, `teams-${code}: ${result.reason}`, deps.clock());
    return done({ status: 'failed', statusCode: code, reason: `bot not in conversation (${code})` });
  }
  const retryable = code === undefined || RETRYABLE.has(code);
  if (!retryable || attempt >= settings.maxAttempts) {
    return done({
      status: 'failed',
      ...(code !== undefined ? { statusCode: code } : {}),
      reason: retryable ? `gave up after ${attempt} attempts: ${result.reason}` : result.reason,
    });
  }
  const wait = result.retryAfterMs !== undefined ? result.retryAfterMs + Math.round(Math.random() * 250) : backoffMs(attempt);
  if (code === 429) {
    ctx.limiter.pause(`thread:${entry.conversationId}`, wait);
    ctx.limiter.slowDown(`tenant:${entry.tenantId}`);
  }
  return done({
    status: 'retry',
    ...(code !== undefined ? { statusCode: code } : {}),
    reason: result.reason,
    nextAttemptAt: new Date(deps.clock().getTime() + wait).toISOString(),
  });
}

async function sendWithTimeout(
  ctx: DeliveryContext,
  conv: ConversationRecord,
  message: Parameters<ReminderDeps['sender']['send']>[1],
  ms: number,
): Promise<SendResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<SendResult>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, reason: 'timeout' }), ms);
  });
  try {
    return await Promise.race([
      ctx.deps.sender.send(conv.reference, message).catch((e: unknown): SendResult => ({ ok: false, reason: e instanceof Error ? e.message : String(e) })),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
