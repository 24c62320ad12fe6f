import { HbError } from '../errors';
import type { Storage } from './types';
import { MemoryStorage } from './memory-storage';
import { SqliteStorage } from './sqlite-storage';
import { BlobsStore } from './blobs-storage';

export type { Storage, StoreItem, StoreItems } from './types';
export { CREATE_ONLY } from './types';
export { StorageConflictError, isStorageConflict } from './errors';
export { MemoryStorage } from './memory-storage';
export { SqliteStorage } from './sqlite-storage';
export { BlobsStore } from './blobs-storage';
export { reminderKeys, escalationKeys, tenantOfReminderKey, tenantKey, tenantOfKey } from './keys';

export interface StorageSettings {
  STORAGE: 'sqlite' | 'blobs' | 'memory';
  SQLITE_PATH: string;
  BLOB_CONNECTION_STRING?: string;
  BLOB_CONTAINER?: string;
}

/** The composition root's one call: picks the adapter named by STORAGE (README, Architecture). */
export function createStorage(config: StorageSettings): Storage {
  switch (config.STORAGE) {
    case 'memory':
      return new MemoryStorage();
    case 'blobs':
      if (!config.BLOB_CONNECTION_STRING || !config.BLOB_CONTAINER) {
        throw new HbError(
          'HB-STORAGE-002',
          'STORAGE=blobs needs BLOB_CONNECTION_STRING and BLOB_CONTAINER (example: BLOB_CONTAINER=hotpatch-bot, BLOB_CONNECTION_STRING=UseDevelopmentStorage=true)',
        );
      }
      return new BlobsStore(config.BLOB_CONNECTION_STRING, config.BLOB_CONTAINER);
    case 'sqlite':
    default:
      return new SqliteStorage(config.SQLITE_PATH);
  }
}
