import type { OutboxEntry, OutboxStatus, Subscription } from './types';
import { TERMINAL } from './types';
import { keys } from './keys';

export const isTerminal = (s: OutboxStatus) => TERMINAL.includes(s);

export interface Due {
  key: string;
  sub: Subscription;
  occurrence: Date;
}

export function newEntry(sub: Subscription, occurrence: Date, at: Date, state: { status: OutboxStatus; reason?: string }): OutboxEntry {
  const now = at.toISOString();
  return {
    subscriptionId: sub.id,
    tenantId: sub.tenantId,
    conversationId: sub.conversationId,
    occurrence: occurrence.toISOString(),
    attempts: 0,
    createdAt: now,
    updatedAt: now,
    ...state,
    history: [{ at: now, ...state }],
  };
}

/** The next state of an entry, with a bounded history for `reminders status`. */
export function transition(entry: OutboxEntry, at: Date, change: Partial<OutboxEntry> & { status: OutboxStatus }): OutboxEntry {
  const now = at.toISOString();
  const step = {
    at: now,
    status: change.status,
    ...(change.statusCode !== undefined ? { statusCode: change.statusCode } : {}),
    ...(change.reason ? { reason: change.reason } : {}),
  };
  const { eTag: _e, ...plain } = entry as OutboxEntry & { eTag?: string };
  return { ...plain, ...change, updatedAt: now, history: [...entry.history, step].slice(-12) };
}

export { keys };
