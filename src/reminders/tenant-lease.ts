import type { Storage } from '../storage';
import { keys } from './keys';
import { update } from './cas';

interface LeaseDoc {
  owner: string;
  until: number;
  /** When the previous holder let go; the next one waits out that holder's last second of sends. */
  releasedAt?: number;
}

/**
 * One sender per tenant at a time, across processes: Teams' 50 requests/s is per app per tenant, and an
 * in-memory limiter only sees its own process. The lease lives in the shared store (eTag writes).
 * Returns how long to wait before the first send (0, or up to 1 s after a handover), or null if busy.
 */
export async function acquireLease(storage: Storage, tenantId: string, owner: string, now: number, leaseMs: number): Promise<number | null> {
  let handoverWait = 0;
  const doc = await update<LeaseDoc>(storage, keys.lease(tenantId), (cur) => {
    handoverWait = 0;
    if (cur && cur.owner !== owner && cur.until > now) return null;
    if (cur && cur.owner !== owner) handoverWait = Math.max(0, Math.min(1000, (cur.releasedAt ?? cur.until) + 1000 - now));
    return { owner, until: now + leaseMs };
  });
  return doc && doc.owner === owner && doc.until === now + leaseMs ? handoverWait : null;
}

/** Extends our lease; false when it was lost (expired and taken): stop sending for that tenant. */
export async function renewLease(storage: Storage, tenantId: string, owner: string, now: number, leaseMs: number): Promise<boolean> {
  const doc = await update<LeaseDoc>(storage, keys.lease(tenantId), (cur) => (cur && cur.owner === owner ? { owner, until: now + leaseMs } : null));
  return !!doc && doc.owner === owner;
}

export async function releaseLease(storage: Storage, tenantId: string, owner: string, now: number): Promise<void> {
  await update<LeaseDoc>(storage, keys.lease(tenantId), (cur) => (cur && cur.owner === owner ? { owner: '', until: 0, releasedAt: now } : null));
}
