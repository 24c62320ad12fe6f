import { type Storage, CREATE_ONLY, isStorageConflict, escalationKeys } from '../storage';
import { LIMITS, clip } from './ticket';

/**
 * The last question a user asked in a conversation and what the bot answered, so that pressing
 * "Contact the helpdesk" escalates that question (not the button's own words) with the bot's attempt.
 */
export interface Exchange {
  question: string;
  botAttempt: string;
  /** ISO instant. */
  at: string;
}

export const exchangeKey = escalationKeys.exchange;

/** Exchanges are listed for deletion in one document per 10 minutes of writing (no store lists by prefix). */
export const EXCHANGE_BUCKET_MS = 10 * 60_000;
const bucketKey = escalationKeys.exchangeBucket;
/** How far back a sweep looks for buckets (a process down longer leaves older ones to be found by recall). */
const SWEEP_LOOKBACK_MS = 48 * 3600_000;

/**
 * The README promises a user's last question is kept 30 minutes: each remember() lists its key in the
 * bucket of its 10 minutes, and sweep() deletes, for every bucket older than the 30 minutes, the
 * exchanges still that old (a newer one under the same key stays), then the bucket. recall() deletes
 * an expired exchange it finds. Issue 15 finding 9: they used to stay in storage forever.
 */
export class ExchangeStore {
  private sweptUntil = 0;
  constructor(
    private readonly storage: Storage,
    /** Older exchanges are not offered: the user has moved on. */
    private readonly maxAgeMs = 30 * 60_000,
  ) {}

  async remember(tenantId: string, conversationId: string, userId: string, e: Exchange): Promise<void> {
    const value: Exchange = { question: clip(e.question, LIMITS.question), botAttempt: clip(e.botAttempt, LIMITS.botAttempt), at: e.at };
    const key = exchangeKey(tenantId, conversationId, userId);
    // Listed for deletion before it is written: a crash in between leaves a listed key, never an unlisted exchange.
    await this.list(key, Date.parse(e.at));
    // Last writer wins on purpose: only the latest exchange matters.
    await this.storage.write({ [key]: { ...value, eTag: '*' } });
  }

  async recall(tenantId: string, conversationId: string, userId: string, now: Date): Promise<Exchange | undefined> {
    const key = exchangeKey(tenantId, conversationId, userId);
    const item = (await this.storage.read([key]))[key] as unknown as Partial<Exchange> | undefined;
    if (!item || typeof item.question !== 'string' || typeof item.at !== 'string') return undefined;
    const age = now.getTime() - Date.parse(item.at);
    if (age > this.maxAgeMs) await this.storage.delete([key]);
    return age >= 0 && age <= this.maxAgeMs ? { question: item.question, botAttempt: String(item.botAttempt ?? ''), at: item.at } : undefined;
  }

  /** Deletes every exchange older than maxAgeMs listed in a finished bucket; returns how many. */
  async sweep(now: Date): Promise<number> {
    const t = now.getTime();
    const last = Math.floor((t - this.maxAgeMs) / EXCHANGE_BUCKET_MS) * EXCHANGE_BUCKET_MS - EXCHANGE_BUCKET_MS;
    let deleted = 0;
    for (
      let start = Math.max(this.sweptUntil, Math.floor((t - SWEEP_LOOKBACK_MS) / EXCHANGE_BUCKET_MS) * EXCHANGE_BUCKET_MS);
      start <= last;
      start += EXCHANGE_BUCKET_MS
    ) {
      const bk = bucketKey(start);
      const bucket = (await this.storage.read([bk]))[bk] as unknown as { keys?: Record<string, number> } | undefined;
      const listed = Object.keys(bucket?.keys ?? {});
      if (listed.length) {
        const items = await this.storage.read(listed);
        const old = listed.filter((k) => {
          const at = Date.parse(String((items[k] as { at?: unknown } | undefined)?.at ?? ''));
          return items[k] !== undefined && (!Number.isFinite(at) || t - at > this.maxAgeMs);
        });
        if (old.length) await this.storage.delete(old);
        deleted += old.length;
      }
      if (bucket) await this.storage.delete([bk]);
      this.sweptUntil = start + EXCHANGE_BUCKET_MS;
    }
    return deleted;
  }

  private async list(key: string, at: number): Promise<void> {
    const bk = bucketKey(Math.floor((Number.isFinite(at) ? at : Date.now()) / EXCHANGE_BUCKET_MS) * EXCHANGE_BUCKET_MS);
    for (let i = 0; i < 20; i += 1) {
      const found = (await this.storage.read([bk]))[bk] as { keys?: Record<string, number>; eTag?: string } | undefined;
      if (found?.keys?.[key] !== undefined) return;
      try {
        await this.storage.write({ [bk]: { keys: { ...(found?.keys ?? {}), [key]: 1 }, eTag: found ? found.eTag! : CREATE_ONLY } });
        return;
      } catch (err) {
        if (!isStorageConflict(err)) throw err;
        await new Promise((r) => setTimeout(r, Math.random() * 10 * (i + 1)));
      }
    }
  }
}
