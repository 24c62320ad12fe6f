import type { Storage, StoreItems } from '../../src/storage/types';
import { CREATE_ONLY } from '../../src/storage/types';
import { StorageConflictError } from '../../src/storage/errors';

/**
 * A test implementation of the Storage port with the port's eTag rules (missing/"*" overwrite, CREATE_ONLY
 * only creates, any other eTag must match). `beforeWrite` lets a test slip a competing write in between
 * a reader's read and its write, to exercise conflict handling deterministically.
 */
export class InMemoryStorage implements Storage {
  readonly items = new Map<string, { json: string; eTag: string }>();
  private counter = 0;
  beforeWrite?: (key: string) => Promise<void> | void;
  writes = 0;

  async read(keys: string[]): Promise<StoreItems> {
    const out: StoreItems = {};
    for (const k of keys) {
      const hit = this.items.get(k);
      if (hit) out[k] = { ...JSON.parse(hit.json), eTag: hit.eTag };
    }
    return out;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, item] of Object.entries(changes)) {
      const hook = this.beforeWrite;
      if (hook) {
        this.beforeWrite = undefined;
        await hook(key);
      }
      const { eTag, ...value } = item;
      const current = this.items.get(key);
      const conflict = eTag === CREATE_ONLY ? current !== undefined : !!eTag && eTag !== '*' && current?.eTag !== eTag;
      if (conflict) throw new StorageConflictError(key);
      this.writes++;
      this.items.set(key, { json: JSON.stringify(value), eTag: `e${++this.counter}` });
    }
  }

  async delete(keys: string[]): Promise<void> {
    for (const k of keys) this.items.delete(k);
  }
}
