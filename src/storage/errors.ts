import { HbError } from '../errors';

/**
 * Storage error codes:
 * HB-STORAGE-001 eTag conflict (someone else wrote the item first: re-read and retry).
 * HB-STORAGE-002 bad storage configuration (missing connection string / container).
 * HB-STORAGE-003 the SQLite file cannot be used at start (corrupted, not a database, read-only, cannot be opened).
 */
export class StorageConflictError extends HbError {
  constructor(key: string) {
    super('HB-STORAGE-001', `The item "${key}" was changed by someone else (eTag conflict); read it again and retry.`, { key });
    this.name = 'StorageConflictError';
  }
}

export function isStorageConflict(e: unknown): e is StorageConflictError {
  return e instanceof StorageConflictError;
}
