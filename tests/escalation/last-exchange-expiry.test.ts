import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../src/storage';
import { ExchangeStore, exchangeKey } from '../../src/escalation/last-exchange';

/** Issue 15 finding 9: the "last exchange" kept for tickets was never deleted, though the README says 30 minutes. */
const T0 = Date.parse('2026-11-25T10:03:00Z');
const at = (min: number) => new Date(T0 + min * 60_000);

describe('last exchanges are deleted after 30 minutes', () => {
  it('a sweep deletes exchanges older than 30 minutes from storage, keeps newer ones', async () => {
    const storage = new MemoryStorage();
    const store = new ExchangeStore(storage);
    await store.remember('t', 'c', 'old-user', { question: 'q1', botAttempt: 'a1', at: at(0).toISOString() });
    await store.remember('t', 'c', 'new-user', { question: 'q2', botAttempt: 'a2', at: at(25).toISOString() });
    const oldKey = exchangeKey('t', 'c', 'old-user');
    const newKey = exchangeKey('t', 'c', 'new-user');
    await store.sweep(at(29));
    expect(Object.keys(await storage.read([oldKey, newKey]))).toHaveLength(2);
    await store.sweep(at(50));
    expect(Object.keys(await storage.read([oldKey]))).toHaveLength(0);
    expect(Object.keys(await storage.read([newKey]))).toHaveLength(1);
    await store.sweep(at(70));
    expect(Object.keys(await storage.read([newKey]))).toHaveLength(0);
  });

  it('a newer exchange under the same key survives the sweep of the old bucket', async () => {
    const storage = new MemoryStorage();
    const store = new ExchangeStore(storage);
    await store.remember('t', 'c', 'u', { question: 'first', botAttempt: 'a', at: at(0).toISOString() });
    await store.remember('t', 'c', 'u', { question: 'second', botAttempt: 'b', at: at(38).toISOString() });
    await store.sweep(at(50));
    expect(await store.recall('t', 'c', 'u', at(50))).toMatchObject({ question: 'second' });
  });

  it('recall deletes an expired exchange it finds', async () => {
    const storage = new MemoryStorage();
    const store = new ExchangeStore(storage);
    await store.remember('t', 'c', 'u', { question: 'q', botAttempt: 'a', at: at(0).toISOString() });
    expect(await store.recall('t', 'c', 'u', at(31))).toBeUndefined();
    expect(Object.keys(await storage.read([exchangeKey('t', 'c', 'u')]))).toHaveLength(0);
  });
});
