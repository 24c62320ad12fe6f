import type { Storage } from '../storage/types';
import { CREATE_ONLY } from '../storage/types';
import { isStorageConflict } from '../storage/errors';
import type { OutboxEntry, OutboxStatus, Subscription } from './types';
import { TERMINAL } from './types';
import { keys } from './keys';
import { readMany } from './cas';

export const isTerminal = (s: OutboxStatus) => TERMINAL.includes(s);

export interface Due {
  key: string;
  sub: Subscription;
  occurrence: Date;
}

/**
 * Makes sure each due (subscription, occurrence) has its outbox entry. Creation is create-only: when
 * two processes tick at once, one creates and the other sees a conflict and reads the winner's entry.
 */
export async function ensureEntries(storage: Storage, due: Due[], at: Date): Promise<{ entries: Map<string, OutboxEntry>; created: Set<string> }> {
  const created = new Set<string>();
  const found: Map<string, OutboxEntry> = await readMany<OutboxEntry>(storage, due.map((d) => d.key));
  for (const d of due) {
    if (found.has(d.key)) continue;
    const snoozed = d.sub.snoozedUntil && Date.parse(d.sub.snoozedUntil) > d.occurrence.getTime();
    const entry = newEntry(d.sub, d.occurrence, at, snoozed ? { status: 'skipped', reason: 'snoozed' } : { status: 'pending' });
    try {
      await storage.write({ [d.key]: { ...entry, eTag: CREATE_ONLY } });
      found.set(d.key, entry);
      created.add(d.key);
    } catch (e) {
      if (!isStorageConflict(e)) throw e;
      const again = (await storage.read([d.key]))[d.key];
      if (again) found.set(d.key, again as unknown as OutboxEntry);
    }
  }
  return { entries: found, created };
}

function newEntry(sub: Subscription, occurrence: Date, at: Date, state: { status: OutboxStatus; reason?: string }): OutboxEntry {
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
