import { type Storage, type StoreItem, CREATE_ONLY, isStorageConflict } from '../storage';
import { HbError } from '../errors';

/**
 * Read-modify-write with optimistic concurrency: `change` gets the current value (or undefined) and
 * returns the new one, or null to leave it. Retries on eTag conflicts; creation is create-only, so two
 * processes creating the same key cannot overwrite each other.
 */
export async function update<T extends object>(storage: Storage, key: string, change: (current: T | undefined) => T | null, attempts = 20): Promise<T | null> {
  for (let i = 0; i < attempts; i++) {
    const found = (await storage.read([key]))[key] as (T & StoreItem) | undefined;
    const { eTag, ...current } = found ?? ({} as StoreItem);
    const next = change(found ? (current as T) : undefined);
    if (next === null) return found ? (current as T) : null;
    try {
      await storage.write({ [key]: { ...(next as StoreItem), eTag: found ? eTag : CREATE_ONLY } });
      return next;
    } catch (e) {
      if (!isStorageConflict(e)) throw e;
      await new Promise((r) => setTimeout(r, Math.random() * 20 * (i + 1)));
    }
  }
  throw new HbError('HB-REMIND-001', `Too much contention updating "${key}"; try again in a moment.`);
}

export async function readMany<T>(storage: Storage, list: string[], chunk = 100): Promise<Map<string, T & StoreItem>> {
  const out = new Map<string, T & StoreItem>();
  for (let i = 0; i < list.length; i += chunk) {
    const got = await storage.read(list.slice(i, i + chunk));
    for (const [k, v] of Object.entries(got)) out.set(k, v as T & StoreItem);
  }
  return out;
}
