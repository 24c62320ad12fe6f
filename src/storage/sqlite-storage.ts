import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import type { Storage, StoreItems } from './types';
import { CREATE_ONLY } from './types';
import { StorageConflictError } from './errors';

/**
 * SQLite storage on one table. WAL + busy_timeout make it safe for several
 * processes on one file: each write is one IMMEDIATE transaction, so the eTag check and the update
 * cannot interleave with another process's.
 */
export class SqliteStorage implements Storage {
  private readonly db: Database.Database;
  private readonly selectOne: Database.Statement<[string], { value: string; etag: string }>;
  private readonly upsert: Database.Statement<[string, string, string]>;
  private readonly remove: Database.Statement<[string]>;
  private readonly writeTx: (changes: StoreItems) => void;

  constructor(path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma('busy_timeout = 10000');
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.exec('CREATE TABLE IF NOT EXISTS items (key TEXT PRIMARY KEY, value TEXT NOT NULL, etag TEXT NOT NULL)');
    this.selectOne = this.db.prepare('SELECT value, etag FROM items WHERE key = ?');
    this.upsert = this.db.prepare(
      'INSERT INTO items (key, value, etag) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, etag = excluded.etag',
    );
    this.remove = this.db.prepare('DELETE FROM items WHERE key = ?');
    const tx = this.db.transaction((changes: StoreItems) => {
      for (const [key, item] of Object.entries(changes)) {
        const { eTag, ...value } = item;
        const current = this.selectOne.get(key);
        if (eTag === CREATE_ONLY ? current !== undefined : eTag && eTag !== '*' && current?.etag !== eTag) {
          throw new StorageConflictError(key);
        }
        this.upsert.run(key, JSON.stringify(value), randomUUID());
      }
    });
    this.writeTx = (changes) => tx.immediate(changes);
  }

  async read(keys: string[]): Promise<StoreItems> {
    const out: StoreItems = {};
    // One query per chunk instead of per key: a broadcast reads thousands of items at start.
    for (let i = 0; i < keys.length; i += 200) {
      const chunk = keys.slice(i, i + 200);
      for (const row of this.selectMany(chunk.length).all(...chunk)) out[row.key] = { ...JSON.parse(row.value), eTag: row.etag };
    }
    return out;
  }

  private readonly selects = new Map<number, Database.Statement<string[], { key: string; value: string; etag: string }>>();
  private selectMany(n: number) {
    let st = this.selects.get(n);
    if (!st) this.selects.set(n, (st = this.db.prepare(`SELECT key, value, etag FROM items WHERE key IN (${Array(n).fill('?').join(',')})`)));
    return st;
  }

  async write(changes: StoreItems): Promise<void> {
    this.writeTx(changes);
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.remove.run(key);
  }

  close(): void {
    this.db.close();
  }
}
