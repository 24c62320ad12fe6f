import { describe, it, expect } from 'vitest';
import type { Storage } from '../../src/storage/types';
import { CREATE_ONLY } from '../../src/storage/types';
import { isStorageConflict } from '../../src/storage/errors';

let counter = 0;
/** A fresh tenant-scoped key per test, so a shared store (one Azurite container) needs no cleanup. */
const k = (name: string) => `tenant-${process.pid}-${++counter}/${name}`;

async function conflictOf(p: Promise<unknown>): Promise<boolean> {
  try {
    await p;
    return false;
  } catch (e) {
    if (isStorageConflict(e)) return true;
    throw e;
  }
}

/** ONE contract for every Storage adapter: run it against each with a factory. */
export function storageContract(name: string, getStorage: () => Storage): void {
  describe(`Storage contract: ${name}`, () => {
    it('reads back what it wrote, with an eTag, and omits missing keys', async () => {
      const s = getStorage();
      const key = k('a');
      await s.write({ [key]: { n: 1, nested: { list: [1, 2] } } });
      const got = await s.read([key, k('missing')]);
      expect(Object.keys(got)).toEqual([key]);
      expect(got[key]).toMatchObject({ n: 1, nested: { list: [1, 2] } });
      expect(typeof got[key]!.eTag).toBe('string');
    });

    it('keeps non-ASCII text and Teams ids with ":" and ";" intact', async () => {
      const s = getStorage();
      const key = k('19:abc;messageid=1@thread.tacv2');
      const value = { text: 'Rappel : redémarrage à 9 h — 漢字 ✓' };
      await s.write({ [key]: value });
      expect((await s.read([key]))[key]).toMatchObject(value);
    });

    it('changes the eTag on every write and accepts the current eTag', async () => {
      const s = getStorage();
      const key = k('b');
      await s.write({ [key]: { v: 1 } });
      const first = (await s.read([key]))[key]!;
      await s.write({ [key]: { v: 2, eTag: first.eTag } });
      const second = (await s.read([key]))[key]!;
      expect(second.v).toBe(2);
      expect(second.eTag).not.toBe(first.eTag);
    });

    it('rejects a stale eTag with a StorageConflictError and keeps the winner', async () => {
      const s = getStorage();
      const key = k('c');
      await s.write({ [key]: { v: 'start' } });
      const { eTag } = (await s.read([key]))[key]!;
      await s.write({ [key]: { v: 'winner', eTag } });
      expect(await conflictOf(s.write({ [key]: { v: 'loser', eTag } }))).toBe(true);
      expect((await s.read([key]))[key]!.v).toBe('winner');
    });

    it('lets exactly one of many concurrent eTag writers win', async () => {
      const s = getStorage();
      const key = k('race');
      await s.write({ [key]: { owner: 'none' } });
      const { eTag } = (await s.read([key]))[key]!;
      const results = await Promise.all(Array.from({ length: 8 }, (_, i) => conflictOf(s.write({ [key]: { owner: `w${i}`, eTag } }))));
      expect(results.filter((conflict) => !conflict)).toHaveLength(1);
    });

    it('overwrites with eTag "*" or no eTag', async () => {
      const s = getStorage();
      const key = k('d');
      await s.write({ [key]: { v: 1 } });
      await s.write({ [key]: { v: 2, eTag: '*' } });
      await s.write({ [key]: { v: 3 } });
      expect((await s.read([key]))[key]!.v).toBe(3);
    });

    it('create-only writes succeed once and conflict when the key exists', async () => {
      const s = getStorage();
      const key = k('e');
      const results = await Promise.all(Array.from({ length: 5 }, (_, i) => conflictOf(s.write({ [key]: { who: i, eTag: CREATE_ONLY } }))));
      expect(results.filter((conflict) => !conflict)).toHaveLength(1);
      expect(await conflictOf(s.write({ [key]: { who: 'late', eTag: CREATE_ONLY } }))).toBe(true);
    });

    it('deletes, and deleting a missing key is not an error', async () => {
      const s = getStorage();
      const key = k('f');
      await s.write({ [key]: { v: 1 } });
      await s.delete([key, k('never-written')]);
      expect(await s.read([key])).toEqual({});
      await s.write({ [key]: { v: 2, eTag: CREATE_ONLY } });
      expect((await s.read([key]))[key]!.v).toBe(2);
    });
  });
}
