import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import type { Storage, StoreItems } from './types';
import { CREATE_ONLY } from './types';
import { StorageConflictError } from './errors';
import { HbError } from '../errors';

/** SQLite result codes that mean "this file cannot take writes now" (disk full, I/O, read-only). */
const WRITE_FAILURES = /^SQLITE_(FULL|IOERR|READONLY|CANTOPEN|CORRUPT|NOTADB)/;

function sqliteCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : undefined;
}

/** Why a database file cannot be used, in words an operator can act on. */
function openProblem(code: string | undefined, path: string): string {
  if (code === 'SQLITE_NOTADB' || code?.startsWith('SQLITE_CORRUPT'))
    return `${path} is not a readable SQLite database (corrupted, or another kind of file). Restore it from a backup or move it away to start with an empty store.`;
  if (code?.startsWith('SQLITE_READONLY'))
    return `${path} is read-only: the bot must write to it. Check the file and folder permissions (and that the volume is not mounted read-only).`;
  if (code?.startsWith('SQLITE_CANTOPEN')) return `${path} cannot be opened: check that the folder exists and is writable.`;
  if (code === 'SQLITE_FULL') return `the disk holding ${path} is full.`;
  return `${path} cannot be used (${code ?? 'unknown error'}).`;
}

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

  /** The last write's failure when it means the file takes no writes (disk full…); cleared by a success. */
  private writeFailure: string | undefined;

  /**
   * Opens (or creates) the file and checks it takes writes: a corrupted, foreign or read-only file
   * fails here with HB-STORAGE-003 and a sentence, not later with a raw SqliteError stack.
   * `maxPageCount` caps the file size (tests use it to stand for a full disk).
   */
  constructor(path: string, opts: { maxPageCount?: number } = {}) {
    try {
      if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
      this.db = new Database(path);
      this.db.pragma('busy_timeout = 10000');
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
      this.db.exec('CREATE TABLE IF NOT EXISTS items (key TEXT PRIMARY KEY, value TEXT NOT NULL, etag TEXT NOT NULL)');
      // A write lock proves the file is writable (a read-only file opens fine and fails on the first write).
      this.db.exec('BEGIN IMMEDIATE; ROLLBACK');
      this.db.prepare('SELECT count(*) FROM items LIMIT 1').get();
    } catch (e) {
      const code = sqliteCode(e) ?? ((e as { code?: string }).code === 'EACCES' || (e as { code?: string }).code === 'EROFS' ? 'SQLITE_READONLY' : undefined);
      throw new HbError('HB-STORAGE-003', `SQLITE_PATH: ${openProblem(code, path)}`, { code });
    }
    if (opts.maxPageCount) this.db.pragma(`max_page_count = ${Math.floor(opts.maxPageCount)}`);
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
    try {
      this.writeTx(changes);
      this.writeFailure = undefined;
    } catch (e) {
      const code = sqliteCode(e);
      if (code && WRITE_FAILURES.test(code)) this.writeFailure = openProblem(code, 'the SQLite file');
      throw e;
    }
  }

  /** For /readyz: why writes fail right now (disk full, read-only, I/O error), or undefined. */
  writeHealth(): string | undefined {
    return this.writeFailure;
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.remove.run(key);
  }

  close(): void {
    this.db.close();
  }
}
