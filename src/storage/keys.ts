import { HbError } from '../errors';

/**
 * Every storage key of every store is built in this module (issue 13: one way to build a key). Three
 * layouts are in the stores and each is kept byte for byte as it was first written, so the SQLite rows
 * and blobs already written are found as they are; docs/storage.md lists them and says why they were
 * not rewritten into one:
 *
 * - reminders: `<tenantId>/<part>/…`, the parts as given ({@link tenantPathKey}); process-wide records
 *   under `_system/<name>`;
 * - escalation: `escalation/<kind>/<tenant>/<part>…`, tenant and parts percent-encoded ({@link areaKey});
 * - {@link tenantKey}: `tenant/<tenant>/<part>…`, every part percent-encoded — for a store with no
 *   data written yet.
 */
const SEP = '/';

/** The reminders' layout: the tenant, then the parts as they are (Teams ids keep their ":" ";" "@"). */
function tenantPathKey(tenantId: string, ...parts: string[]): string {
  return [tenantId, ...parts].map(String).join(SEP);
}

/** Records of no tenant (indexes, run logs): `_system/<name>`. */
function systemKey(name: string): string {
  return `_system${SEP}${name}`;
}

/** The escalation layout: `escalation/<kind>/` then the tenant and the parts, each percent-encoded. */
function areaKey(kind: string, tenantId: string, ...parts: string[]): string {
  return ['escalation', kind, ...[tenantId, ...parts].map((p) => encodeURIComponent(p))].join(SEP);
}

/** Keys of the reminders engine (src/reminders). */
export const reminderKeys = {
  /** subscription id → tenant id, for every tenant: the one list a tick reads (blobs cannot list by prefix). */
  index: () => systemKey('reminders-index'),
  /** The last runs of the tick, for `reminders status`. */
  runs: () => systemKey('reminders-runs'),
  conversation: (tenantId: string, conversationId: string) => tenantPathKey(tenantId, 'conversations', conversationId),
  /** Per-tenant index: subscription id → conversation, creation time, stopped flag (status, caps). */
  tenantIndex: (tenantId: string) => tenantPathKey(tenantId, 'reminders', 'index'),
  subscription: (tenantId: string, id: string) => tenantPathKey(tenantId, 'reminders', 'subscriptions', id),
  outbox: (tenantId: string, subscriptionId: string, occurrence: string) => tenantPathKey(tenantId, 'reminders', 'outbox', subscriptionId, occurrence),
  lease: (tenantId: string) => tenantPathKey(tenantId, 'reminders', 'sender-lease'),
};

/** The tenant a reminders key (`<tenantId>/…`) belongs to: the tick groups due entries by it. */
export function tenantOfReminderKey(key: string): string {
  return key.split(SEP)[0]!;
}

/** Keys of the helpdesk hand-off (src/escalation). Tenant-scoped: a ticket id never reaches another tenant's. */
export const escalationKeys = {
  ticket: (tenantId: string, ticketId: string) => areaKey('tickets', tenantId, ticketId),
  /** The requester's latest ticket (the cooldown against double clicks). */
  requesterLast: (tenantId: string, userId: string) => areaKey('user-last', tenantId, userId),
  /** A user's last question and the bot's answer in one conversation. */
  exchange: (tenantId: string, conversationId: string, userId: string) => areaKey('last', tenantId, conversationId, userId),
  /** The exchanges written in the 10 minutes from `start` (epoch ms), listed for deletion. */
  exchangeBucket: (start: number) => ['escalation', 'last-expiry', String(start)].join(SEP),
};

/**
 * A storage key for tenant data in the layout meant for new stores: `tenant/<id>/<part>/<part>…`,
 * each part percent-encoded so that no part can contain the separator and climb into another
 * tenant's prefix ("a/../b", "x/tenant/other").
 */
export function tenantKey(tenantId: string, ...parts: string[]): string {
  if (typeof tenantId !== 'string' || tenantId.trim() === '') {
    throw new HbError('HB-TENANT-001', 'a tenant id is required to build a storage key (the activity carried none)');
  }
  if (parts.length === 0) throw new HbError('HB-TENANT-002', 'tenantKey needs at least one part after the tenant id (example: tenantKey(t, "reminder", id))');
  return ['tenant', tenantId.trim().toLowerCase(), ...parts].map(encodePart).join(SEP);
}

/** The tenant a key built by {@link tenantKey} belongs to, or undefined for any other key. */
export function tenantOfKey(key: string): string | undefined {
  const [head, tenant] = key.split(SEP);
  return head === 'tenant' && tenant ? decodeURIComponent(tenant) : undefined;
}

function encodePart(p: string): string {
  if (typeof p !== 'string' || p === '') throw new HbError('HB-TENANT-002', 'tenantKey parts must be non-empty strings');
  // encodeURIComponent leaves "." alone; "." and ".." parts are encoded so keys never look like paths.
  const e = encodeURIComponent(p);
  return e === '.' ? '%2E' : e === '..' ? '%2E%2E' : e;
}
