import { mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { SqliteStorage } from '../../src/storage/sqlite-storage';
import { storageContract } from './storage-contract';

const dir = mkdtempSync(join(tmpdir(), 'hb-sqlite-'));
const path = join(dir, 'nested', 'folder', 'bot.db');
const storage = new SqliteStorage(path);
// A second connection on the same file stands in for a second process's view.
const other = new SqliteStorage(path);
afterAll(() => (storage.close(), other.close()));

storageContract('sqlite', () => storage);
storageContract('sqlite (two connections on one file)', () => other);

describe('SqliteStorage specifics', () => {
  it('creates the folder and uses WAL mode', () => {
    expect(existsSync(path)).toBe(true);
    const db = new Database(path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it("sees the other connection's writes and eTags", async () => {
    await storage.write({ 'shared/x': { v: 1 } });
    const seen = (await other.read(['shared/x']))['shared/x']!;
    await other.write({ 'shared/x': { v: 2, eTag: seen.eTag } });
    await expect(storage.write({ 'shared/x': { v: 3, eTag: seen.eTag } })).rejects.toThrow(/HB-STORAGE-001/);
  });
});
