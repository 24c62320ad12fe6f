import type { Storage } from '../storage/types';
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

export function exchangeKey(tenantId: string, conversationId: string, userId: string): string {
  return ['escalation/last', tenantId, conversationId, userId].map((p, i) => (i === 0 ? p : encodeURIComponent(p))).join('/');
}

export class ExchangeStore {
  constructor(
    private readonly storage: Storage,
    /** Older exchanges are not offered: the user has moved on. */
    private readonly maxAgeMs = 30 * 60_000,
  ) {}

  async remember(tenantId: string, conversationId: string, userId: string, e: Exchange): Promise<void> {
    const value: Exchange = { question: clip(e.question, LIMITS.question), botAttempt: clip(e.botAttempt, LIMITS.botAttempt), at: e.at };
    // Last writer wins on purpose: only the latest exchange matters.
    await this.storage.write({ [exchangeKey(tenantId, conversationId, userId)]: { ...value, eTag: '*' } });
  }

  async recall(tenantId: string, conversationId: string, userId: string, now: Date): Promise<Exchange | undefined> {
    const key = exchangeKey(tenantId, conversationId, userId);
    const item = (await this.storage.read([key]))[key] as unknown as Partial<Exchange> | undefined;
    if (!item || typeof item.question !== 'string' || typeof item.at !== 'string') return undefined;
    const age = now.getTime() - Date.parse(item.at);
    return age >= 0 && age <= this.maxAgeMs ? { question: item.question, botAttempt: String(item.botAttempt ?? ''), at: item.at } : undefined;
  }
}
