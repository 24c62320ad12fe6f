import { randomUUID } from 'node:crypto';
import type { ConversationRecord, OutboxEntry, ReminderDeps, Subscription } from './types';
import { keys } from './keys';
import { tenantOfReminderKey } from '../storage';
import { readMany } from './cas';
import { listSubscriptions } from './subscriptions';
import { occurrencesBetween } from './schedule';
import { isTerminal, type Due } from './outbox';
import { deliverEntry, type DeliveryContext, type Outcome } from './deliver';
import { RateLimiter } from './rate-limiter';
import { acquireLease, releaseLease, renewLease } from './tenant-lease';
import { recordRun, type RunRecord } from './runs';

export interface TickOptions {
  /** The instant whose due reminders are delivered (CLI --now); default: the clock. */
  now?: Date;
  /** Keep going until every due entry is final (retries, other processes' claims) or maxTickMs. */
  untilDone?: boolean;
  /** Shared across ticks of one process so its rate budget spans them. */
  limiter?: RateLimiter;
}

/**
 * One scheduler pass: due occurrences → outbox entries (create-only) → sends under a per-tenant lease,
 * within the rate limits, each claimed by an eTag write. Safe to run in many processes at once.
 */
export async function runTick(deps: ReminderDeps, opts: TickOptions = {}): Promise<RunRecord> {
  const started = deps.clock();
  const dueAt = opts.now ?? started;
  const due: Due[] = [];
  for (const sub of await knownSubscriptions(deps)) {
    // An occurrence before the subscription existed is not due (subscribing at 9:05 for "Mondays 9:00").
    const from = new Date(Math.max(dueAt.getTime() - deps.settings.catchUpMs, Date.parse(sub.createdAt)));
    for (const occurrence of occurrencesBetween(sub, from, dueAt)) {
      due.push({ key: keys.outbox(sub.tenantId, sub.id, occurrence.toISOString()), sub, occurrence });
    }
  }
  // Entries this process already saw final are not read again each minute (blobs: one GET per key).
  const cache = deps.caches.tick;
  for (let i = due.length - 1; i >= 0; i--) if (cache.isFinished(due[i]!.key)) due.splice(i, 1);
  // The cached list may be stale for these few: read them fresh (stopped / snoozed since).
  const subs = await freshSubscriptions(deps, [...new Map(due.map((d) => [d.sub.id, d.sub])).values()]);
  const byId = new Map(subs.map((s) => [s.id, s]));
  for (let i = due.length - 1; i >= 0; i--) {
    const sub = byId.get(due[i]!.sub.id);
    if (sub) due[i] = { ...due[i]!, sub };
    else due.splice(i, 1);
  }
  const entries = await readMany<OutboxEntry>(
    deps.storage,
    due.map((d) => d.key),
  );
  const ctx: DeliveryContext = {
    deps,
    render: deps.render,
    limiter: opts.limiter ?? new RateLimiter(() => deps.clock().getTime()),
    subs: new Map(subs.map((s) => [s.id, s])),
    conversations: await loadConversations(deps, subs),
    due: new Map(due.map((d) => [d.key, d])),
    absent: new Set(due.filter((d) => !entries.has(d.key)).map((d) => d.key)),
  };
  const results = new Map<string, Outcome>();
  for (const d of due) {
    const entry = entries.get(d.key);
    results.set(d.key, entry ? { status: entry.status, entry } : { status: 'pending' });
  }

  const deadline = started.getTime() + deps.settings.maxTickMs;
  for (;;) {
    const open = [...results].filter(([, o]) => !isTerminal(o.status as OutboxEntry['status']));
    if (open.length === 0) break;
    const byTenant = new Map<string, string[]>();
    for (const [key, o] of open) {
      const tenant = o.entry?.tenantId ?? tenantOfReminderKey(key);
      byTenant.set(tenant, [...(byTenant.get(tenant) ?? []), key]);
    }
    await Promise.all([...byTenant].map(([tenant, list]) => sendTenant(ctx, tenant, list, results)));
    const stillOpen = [...results.values()].filter((o) => !isTerminal(o.status as OutboxEntry['status']));
    if (stillOpen.length === 0 || !opts.untilDone || deps.clock().getTime() > deadline) break;
    const soonest = Math.min(...stillOpen.map((o) => o.retryAt ?? deps.clock().getTime() + 500));
    await sleep(deps, Math.min(Math.max(50, soonest - deps.clock().getTime()), 5000));
  }
  cache.rememberFinished([...results].filter(([, o]) => isTerminal(o.status as OutboxEntry['status'])).map(([key]) => key));
  const record = summarize(deps, started, dueAt, results);
  if (record.targets.length > 0) await recordRun(deps.storage, record);
  return record;
}

async function sendTenant(ctx: DeliveryContext, tenant: string, list: string[], results: Map<string, Outcome>): Promise<void> {
  const { deps } = ctx;
  const { storage, settings, instanceId } = deps;
  const wait = await acquireLease(storage, tenant, instanceId, deps.clock().getTime(), settings.leaseMs);
  if (wait === null) {
    // Another process is sending for this tenant; look again later (its crash frees the lease).
    for (const key of list) results.set(key, { ...results.get(key)!, status: 'waiting', retryAt: deps.clock().getTime() + 1000 });
    return;
  }
  if (wait > 0) await sleep(deps, wait);
  let lost = false;
  const renew = setInterval(() => {
    renewLease(storage, tenant, instanceId, deps.clock().getTime(), settings.leaseMs).then(
      (ok) => (lost ||= !ok),
      (e) => deps.log?.error({ tenant, err: String(e) }, 'lease renewal failed'),
    );
  }, settings.leaseMs / 3);
  try {
    const queue = [...list];
    const worker = async () => {
      for (let key = queue.shift(); key !== undefined && !lost; key = queue.shift()) {
        try {
          const outcome = await deliverEntry(ctx, key);
          results.set(key, { ...outcome, entry: outcome.entry ?? results.get(key)?.entry });
        } catch (e) {
          deps.log?.error({ key, err: e instanceof Error ? e.message : String(e) }, 'reminder delivery error');
          results.set(key, { status: 'waiting', retryAt: deps.clock().getTime() + 2000 });
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(settings.maxInFlight, list.length) }, worker));
  } finally {
    clearInterval(renew);
    if (!lost) await releaseLease(storage, tenant, instanceId, deps.clock().getTime());
  }
}

/**
 * All active subscriptions, re-listed only when the index changed (one read per tick otherwise): with
 * blobs, listing 2,000 subscriptions every minute would be 2,000 GETs.
 */
async function knownSubscriptions(deps: ReminderDeps): Promise<Subscription[]> {
  const index = (await deps.storage.read([keys.index()]))[keys.index()];
  const cached = deps.caches.tick.subscriptionsAt(index?.eTag);
  if (cached) return cached;
  const subs = await listSubscriptions(deps.storage);
  deps.caches.tick.rememberSubscriptions(index?.eTag, subs);
  return subs;
}

async function freshSubscriptions(deps: ReminderDeps, subs: Subscription[]): Promise<Subscription[]> {
  const found = await readMany<Subscription>(
    deps.storage,
    subs.map((s) => keys.subscription(s.tenantId, s.id)),
  );
  return [...found.values()].map(({ eTag: _e, ...s }) => s as Subscription).filter((s) => !s.stopped);
}

async function loadConversations(deps: ReminderDeps, subs: Subscription[]) {
  const wanted = subs.map((s) => keys.conversation(s.tenantId, s.conversationId));
  const found = await readMany<ConversationRecord>(deps.storage, [...new Set(wanted)]);
  const out = new Map<string, ConversationRecord | undefined>();
  for (const s of subs) out.set(`${s.tenantId}/${s.conversationId}`, found.get(keys.conversation(s.tenantId, s.conversationId)));
  return out;
}

function summarize(deps: ReminderDeps, started: Date, dueAt: Date, results: Map<string, Outcome>): RunRecord {
  const targets: RunRecord['targets'] = [];
  const counts = { sent: 0, failed: 0, skipped: 0, possiblySent: 0, pending: 0 };
  for (const [, o] of results) {
    const e = o.entry;
    // Only what this process did: another process's deliveries are in its own run record.
    if (!e || (!o.acted && isTerminal(o.status as OutboxEntry['status']))) continue;
    const status = isTerminal(o.status as OutboxEntry['status']) ? (o.status as OutboxEntry['status']) : 'pending';
    if (status === 'sent') counts.sent++;
    else if (status === 'failed') counts.failed++;
    else if (status === 'skipped') counts.skipped++;
    else if (status === 'possibly-sent') counts.possiblySent++;
    else counts.pending++;
    targets.push([e.subscriptionId, e.conversationId, e.occurrence, status, e.statusCode ?? null, e.attempts, e.reason ?? null]);
  }
  return {
    runId: randomUUID().slice(0, 8),
    instanceId: deps.instanceId,
    startedAt: started.toISOString(),
    finishedAt: deps.clock().toISOString(),
    dueAt: dueAt.toISOString(),
    ...counts,
    targets,
  };
}

function sleep(deps: ReminderDeps, ms: number): Promise<void> {
  return deps.sleep ? deps.sleep(ms) : new Promise((r) => setTimeout(r, ms));
}
