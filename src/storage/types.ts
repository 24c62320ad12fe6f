/**
 * The storage port: botbuilder's `Storage` shape (read/write/delete with eTags), so that
 * botbuilder-azure-blobs can serve as-is and SQLite/memory behave the same.
 * Write semantics: an item whose eTag is missing or "*" overwrites; any other eTag must match the
 * stored one or the write throws a StorageConflictError (optimistic concurrency).
 */
export interface StoreItem {
  eTag?: string;
  [key: string]: unknown;
}

export type StoreItems = Record<string, StoreItem>;

export interface Storage {
  read(keys: string[]): Promise<StoreItems>;
  write(changes: StoreItems): Promise<void>;
  delete(keys: string[]): Promise<void>;
}

/**
 * An eTag value that means "create only": the write fails with a StorageConflictError when the key
 * already exists. Not part of botbuilder's Storage; every adapter of ours honours it (for blobs with
 * `If-None-Match: *`), so first writes of shared records (outbox entries, leases, indexes) cannot
 * silently overwrite each other across processes.
 */
export const CREATE_ONLY = '!create-only';
