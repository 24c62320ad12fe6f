import { randomUUID } from 'node:crypto';
import type { Storage, StoreItems } from './types';
import { CREATE_ONLY } from './types';
import { StorageConflictError } from './errors';

/** In-process storage for tests and `STORAGE=memory`: items are copied in and out (JSON), like a real store. */
export class MemoryStorage implements Storage {
  protected readonly items = new Map<string, { json: string; eTag: string }>();

  async read(keys: string[]): Promise<StoreItems> {
    const out: StoreItems = {};
    for (const key of keys) {
      const hit = this.items.get(key);
      if (hit) out[key] = { ...JSON.parse(hit.json), eTag: hit.eTag };
    }
    return out;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, item] of Object.entries(changes)) {
      const { eTag, ...value } = item;
      const current = this.items.get(key);
      if (eTag === CREATE_ONLY ? current !== undefined : eTag && eTag !== '*' && current?.eTag !== eTag) {
        throw new StorageConflictError(key);
      }
      this.items.set(key, { json: JSON.stringify(value), eTag: randomUUID() });
    }
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.items.delete(key);
  }
}
