import type { StoreItems } from '../../src/storage/types';
import { MemoryStorage } from '../../src/storage/memory-storage';

/**
 * The real MemoryStorage (the port's eTag rules) with two test hooks: `beforeWrite` lets a test slip a
 * competing write in between a reader's read and its write, to exercise conflict handling
 * deterministically; `writes` counts the writes that went through. `items` is readable for assertions.
 */
export class InMemoryStorage extends MemoryStorage {
  declare readonly items: Map<string, { json: string; eTag: string }>;
  beforeWrite?: (key: string) => Promise<void> | void;
  writes = 0;

  override async write(changes: StoreItems): Promise<void> {
    for (const [key, item] of Object.entries(changes)) {
      const hook = this.beforeWrite;
      if (hook) {
        this.beforeWrite = undefined;
        await hook(key);
      }
      await super.write({ [key]: item });
      this.writes++;
    }
  }
}
