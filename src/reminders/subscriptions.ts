import { randomUUID } from 'node:crypto';
import type { Storage } from '../storage/types';
import type { ConversationRecord, ConversationRef, ReminderOptions, Subscription } from './types';
import type { Locale } from '../language/types';
import { keys, tenantOf } from './keys';
import { readMany, update } from './cas';

interface IndexDoc {
  /** subscription id → tenant id; the only list the engine needs (blobs cannot list by prefix). */
  subs: Record<string, string>;
}

/** A stored reference younger than this with the same serviceUrl is not written again. */
export const REFERENCE_REFRESH_MS = 3600_000;

export async function saveConversation(storage: Storage, reference: ConversationRef, at: Date): Promise<ConversationRecord> {
  const tenantId = tenantOf(reference);
  const conversationId = reference.conversation.id;
  const record = await update<ConversationRecord>(storage, keys.conversation(tenantId, conversationId), (cur) => {
    // A refresh with the same serviceUrl within the hour is skipped: one write per turn is wasteful.
    if (cur && !cur.removed && cur.reference.serviceUrl === reference.serviceUrl && at.getTime() - Date.parse(cur.updatedAt) < REFERENCE_REFRESH_MS) return null;
    return { tenantId, conversationId, reference, updatedAt: at.toISOString() };
  });
  return record!;
}

export async function readConversation(storage: Storage, tenantId: string, conversationId: string) {
  const key = keys.conversation(tenantId, conversationId);
  return (await storage.read([key]))[key] as unknown as (ConversationRecord & { eTag?: string }) | undefined;
}

/** The bot left the conversation: keep the record with why, stop its subscriptions. */
export async function markConversationRemoved(storage: Storage, tenantId: string, conversationId: string, reason: string, at: Date) {
  await update<ConversationRecord>(storage, keys.conversation(tenantId, conversationId), (cur) =>
    cur && !cur.removed ? { ...cur, removed: { reason, at: at.toISOString() } } : null,
  );
  for (const sub of await listSubscriptions(storage)) {
    if (sub.tenantId === tenantId && sub.conversationId === conversationId && !sub.stopped) {
      await stopSubscription(storage, sub.tenantId, sub.id, `conversation-removed: ${reason}`, at);
    }
  }
}

export interface NewSubscription {
  reference: ConversationRef;
  day: number;
  time: string;
  timeZone: string;
  locale: Locale;
  options?: ReminderOptions;
  createdBy?: string;
}

export async function addSubscription(storage: Storage, input: NewSubscription, at: Date): Promise<Subscription> {
  await saveConversation(storage, input.reference, at);
  const sub: Subscription = {
    id: randomUUID().slice(0, 8),
    tenantId: tenantOf(input.reference),
    conversationId: input.reference.conversation.id,
    day: input.day,
    time: input.time,
    timeZone: input.timeZone,
    locale: input.locale,
    options: input.options ?? {},
    createdAt: at.toISOString(),
    ...(input.createdBy ? { createdBy: input.createdBy } : {}),
  };
  await update<Subscription>(storage, keys.subscription(sub.tenantId, sub.id), () => sub);
  await update<IndexDoc>(storage, keys.index(), (cur) => ({ subs: { ...(cur?.subs ?? {}), [sub.id]: sub.tenantId } }));
  return sub;
}

export async function listSubscriptions(storage: Storage, opts: { includeStopped?: boolean } = {}): Promise<Subscription[]> {
  const index = (await storage.read([keys.index()]))[keys.index()] as unknown as IndexDoc | undefined;
  const list = Object.entries(index?.subs ?? {}).map(([id, tenant]) => keys.subscription(tenant, id));
  const found = await readMany<Subscription>(storage, list);
  return [...found.values()]
    .map(({ eTag: _e, ...s }) => s as Subscription)
    .filter((s) => opts.includeStopped || !s.stopped)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

export async function findSubscription(storage: Storage, id: string): Promise<Subscription | undefined> {
  const index = (await storage.read([keys.index()]))[keys.index()] as unknown as IndexDoc | undefined;
  const tenant = index?.subs[id];
  if (!tenant) return undefined;
  const key = keys.subscription(tenant, id);
  const found = (await storage.read([key]))[key];
  if (!found) return undefined;
  const { eTag: _e, ...sub } = found;
  return sub as unknown as Subscription;
}

export async function stopSubscription(storage: Storage, tenantId: string, id: string, reason: string, at: Date, by?: string) {
  return update<Subscription>(storage, keys.subscription(tenantId, id), (cur) =>
    cur && !cur.stopped ? { ...cur, stopped: { reason, at: at.toISOString(), ...(by ? { by } : {}) } } : null,
  );
}

export async function snoozeSubscription(storage: Storage, tenantId: string, id: string, until: Date) {
  return update<Subscription>(storage, keys.subscription(tenantId, id), (cur) =>
    cur && !cur.stopped ? { ...cur, snoozedUntil: until.toISOString() } : null,
  );
}
