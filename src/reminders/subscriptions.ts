import { randomUUID } from 'node:crypto';
import type { Storage } from '../storage';
import type { ConversationRecord, ConversationRef, ReminderOptions, Subscription } from './types';
import type { Locale } from '../core/vocabulary';
import { keys, tenantOf } from './keys';
import { readMany, update } from './cas';
import { HbError } from '../errors';

interface IndexDoc {
  /** subscription id → tenant id; the only list the engine needs (blobs cannot list by prefix). */
  subs: Record<string, string>;
}

/** One tenant's subscriptions without reading them: status pages and per-conversation caps. */
export interface TenantIndexEntry {
  /** conversation id */
  c: string;
  /** created at (ISO) */
  at: string;
  /** 1 when stopped */
  s?: 1;
}
export interface TenantIndexDoc {
  subs: Record<string, TenantIndexEntry>;
}

/** Active reminders one conversation may have (REMINDERS_MAX_PER_CONVERSATION overrides). */
export const DEFAULT_MAX_PER_CONVERSATION = 10;

/** Thrown by addSubscription when the conversation already has `max` active reminders. */
export class ReminderCapError extends HbError {
  constructor(readonly max: number) {
    super('HB-REMIND-002', `this conversation already has ${max} active reminders (REMINDERS_MAX_PER_CONVERSATION); stop one first.`);
  }
}

/**
 * The tenant's index. Stores written before it existed are indexed once from the global index
 * (reading that tenant's subscriptions), then kept up to date by add and stop.
 */
export async function readTenantIndex(storage: Storage, tenantId: string): Promise<TenantIndexDoc> {
  const key = keys.tenantIndex(tenantId);
  const found = (await storage.read([key]))[key] as unknown as TenantIndexDoc | undefined;
  if (found?.subs) return { subs: found.subs };
  const global = (await storage.read([keys.index()]))[keys.index()] as unknown as IndexDoc | undefined;
  const ids = Object.entries(global?.subs ?? {})
    .filter(([, t]) => t === tenantId)
    .map(([id]) => id);
  if (ids.length === 0) return { subs: {} };
  const docs = await readMany<Subscription>(
    storage,
    ids.map((id) => keys.subscription(tenantId, id)),
  );
  const subs: Record<string, TenantIndexEntry> = {};
  for (const d of docs.values()) subs[d.id] = { c: d.conversationId, at: d.createdAt, ...(d.stopped ? { s: 1 as const } : {}) };
  const built = await update<TenantIndexDoc>(storage, key, (cur) => (cur?.subs ? null : { subs }));
  return built ?? { subs };
}

/** A stored reference younger than this with the same serviceUrl is not written again. */
export const REFERENCE_REFRESH_MS = 3600_000;

export async function saveConversation(storage: Storage, reference: ConversationRef, at: Date): Promise<ConversationRecord> {
  const tenantId = tenantOf(reference);
  const conversationId = reference.conversation.id;
  const record = await update<ConversationRecord>(storage, keys.conversation(tenantId, conversationId), (cur) => {
    // A refresh with the same serviceUrl within the hour is skipped: one write per turn is wasteful.
    if (cur && !cur.removed && cur.reference.serviceUrl === reference.serviceUrl && at.getTime() - Date.parse(cur.updatedAt) < REFERENCE_REFRESH_MS)
      return null;
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
  for (const sub of await listConversationSubscriptions(storage, tenantId, conversationId)) {
    await stopSubscription(storage, sub.tenantId, sub.id, `conversation-removed: ${reason}`, at);
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

/**
 * Order matters for a crash (kill -9) between writes: the indexes are written first, the subscription
 * last. A crash after the indexes leaves an entry with no document, which every reader skips (and an
 * add that finds the conversation full prunes); the old order left a subscription no index pointed to —
 * stored but never delivered. The per-conversation cap is checked inside the tenant index's compare-and-swap,
 * so two concurrent adds cannot both take the last place.
 */
export async function addSubscription(storage: Storage, input: NewSubscription, at: Date, opts: { maxPerConversation?: number } = {}): Promise<Subscription> {
  const max = opts.maxPerConversation ?? DEFAULT_MAX_PER_CONVERSATION;
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
  const current = await readTenantIndex(storage, sub.tenantId);
  const mine = Object.entries(current.subs).filter(([, e]) => e.c === sub.conversationId && !e.s);
  // Entries without a document (a crash between the index and the subscription write) are pruned.
  const found =
    mine.length >= max
      ? await readMany<Subscription>(
          storage,
          mine.map(([id]) => keys.subscription(sub.tenantId, id)),
        )
      : undefined;
  const dangling = new Set(found ? mine.filter(([id]) => !found.has(keys.subscription(sub.tenantId, id))).map(([id]) => id) : []);
  let full = false;
  await update<TenantIndexDoc>(storage, keys.tenantIndex(sub.tenantId), (cur) => {
    const subs = { ...(cur?.subs ?? current.subs) };
    for (const id of dangling) delete subs[id];
    const active = Object.values(subs).filter((e) => e.c === sub.conversationId && !e.s).length;
    full = active >= max;
    if (full) return dangling.size ? { subs } : null;
    subs[sub.id] = { c: sub.conversationId, at: sub.createdAt };
    return { subs };
  });
  if (full) throw new ReminderCapError(max);
  await update<IndexDoc>(storage, keys.index(), (cur) => {
    const subs = { ...(cur?.subs ?? {}), [sub.id]: sub.tenantId };
    for (const id of dangling) delete subs[id];
    return { subs };
  });
  await update<Subscription>(storage, keys.subscription(sub.tenantId, sub.id), () => sub);
  return sub;
}

/** One conversation's subscriptions (active only unless asked), from the tenant index: no full scan. */
export async function listConversationSubscriptions(
  storage: Storage,
  tenantId: string,
  conversationId: string,
  opts: { includeStopped?: boolean } = {},
): Promise<Subscription[]> {
  const index = await readTenantIndex(storage, tenantId);
  const ids = Object.entries(index.subs)
    .filter(([, e]) => e.c === conversationId && (opts.includeStopped || !e.s))
    .map(([id]) => id);
  const found = await readMany<Subscription>(
    storage,
    ids.map((id) => keys.subscription(tenantId, id)),
  );
  return [...found.values()]
    .map(({ eTag: _e, ...s }) => s as Subscription)
    .filter((s) => opts.includeStopped || !s.stopped)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
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
  const stopped = await update<Subscription>(storage, keys.subscription(tenantId, id), (cur) =>
    cur && !cur.stopped ? { ...cur, stopped: { reason, at: at.toISOString(), ...(by ? { by } : {}) } } : null,
  );
  await readTenantIndex(storage, tenantId);
  await update<TenantIndexDoc>(storage, keys.tenantIndex(tenantId), (cur) => {
    const e = cur?.subs[id];
    return cur && e && !e.s ? { subs: { ...cur.subs, [id]: { ...e, s: 1 } } } : null;
  });
  return stopped;
}

export async function snoozeSubscription(storage: Storage, tenantId: string, id: string, until: Date) {
  return update<Subscription>(storage, keys.subscription(tenantId, id), (cur) => (cur && !cur.stopped ? { ...cur, snoozedUntil: until.toISOString() } : null));
}

/** Subscriptions (active and stopped) per tenant, from the global index: one read, no subscription read. */
export async function subscriptionsPerTenant(storage: Storage): Promise<Map<string, number>> {
  const index = (await storage.read([keys.index()]))[keys.index()] as unknown as IndexDoc | undefined;
  const out = new Map<string, number>();
  for (const tenant of Object.values(index?.subs ?? {})) out.set(tenant, (out.get(tenant) ?? 0) + 1);
  return out;
}
