import type { Activity, Middleware, TurnContext } from 'botbuilder';
import type { GuardLogger, RejectCounter } from './types';

export interface ReplayCacheOptions {
  /** Entries kept at most (least recently seen evicted first). */
  max?: number;
  /** How long an id is remembered. Teams retries a delivery within seconds to a minute. */
  ttlMs?: number;
  now?: () => number;
}

/**
 * An LRU with a TTL for "seen activity" keys. In memory, per instance: with several instances
 * behind a load balancer a retry may land elsewhere — acceptable, since replies are idempotent
 * reads and the reminder writes are create-only in storage (CREATE_ONLY eTags).
 */
export class ReplayCache {
  private readonly seen = new Map<string, number>();
  private readonly max: number;
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(opts: ReplayCacheOptions = {}) {
    this.max = opts.max ?? 10_000;
    this.ttlMs = opts.ttlMs ?? 10 * 60_000;
    this.now = opts.now ?? Date.now;
  }

  /** True the first time a key is seen within the TTL (and records it); false for a replay. */
  firstSeen(key: string): boolean {
    const t = this.now();
    const at = this.seen.get(key);
    if (at !== undefined && t - at < this.ttlMs) return false;
    if (at !== undefined) this.seen.delete(key);
    this.seen.set(key, t);
    this.evict(t);
    return true;
  }

  /** Forget a key so that a retry is processed again (the first attempt failed). */
  forget(key: string): void {
    this.seen.delete(key);
  }

  get size(): number {
    return this.seen.size;
  }

  private evict(t: number): void {
    // Map iteration is insertion order, so the oldest entries come first.
    for (const [k, at] of this.seen) {
      if (this.seen.size <= this.max && t - at < this.ttlMs) break;
      this.seen.delete(k);
    }
  }
}

/** The dedupe key: an activity id is unique only within its conversation. Undefined when either is missing. */
export function replayKey(activity: Partial<Activity>): string | undefined {
  const id = activity.id;
  const conv = activity.conversation?.id;
  if (typeof id !== 'string' || !id || typeof conv !== 'string' || !conv) return undefined;
  return `${conv}\u0000${id}`;
}

/**
 * botbuilder middleware: a redelivered activity (same id in the same conversation) is processed
 * once. A turn that throws forgets its key, so Teams' retry of a failed delivery gets a real answer.
 */
export function replayGuard(opts: { cache?: ReplayCache; logger?: GuardLogger; metrics?: RejectCounter } = {}): Middleware {
  const cache = opts.cache ?? new ReplayCache();
  return {
    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
      const key = replayKey(context.activity);
      if (key === undefined) return next();
      if (!cache.firstSeen(key)) {
        opts.logger?.info({ activityId: context.activity.id, activityType: context.activity.type }, 'replayed activity ignored');
        opts.metrics?.rejectedActivities.inc({ reason: 'replay' });
        if (context.activity.type === 'invoke') await context.sendActivity({ type: 'invokeResponse', value: { status: 200 } });
        return;
      }
      try {
        await next();
      } catch (err) {
        cache.forget(key);
        throw err;
      }
    },
  };
}
