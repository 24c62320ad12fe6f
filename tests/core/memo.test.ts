import { describe, expect, it } from 'vitest';
import { BoundedMemo, memoPerObject } from '../../src/core/memo';

describe('BoundedMemo', () => {
  it('computes once per key and returns the remembered value after, undefined and null included', () => {
    const memo = new BoundedMemo<string, string | undefined | null>(10);
    let calls = 0;
    const compute = (v: string | undefined | null) => () => {
      calls += 1;
      return v;
    };
    expect(memo.get('a', compute('A'))).toBe('A');
    expect(memo.get('a', compute('other'))).toBe('A');
    expect(memo.get('u', compute(undefined))).toBeUndefined();
    expect(memo.get('u', compute('other'))).toBeUndefined();
    expect(memo.get('n', compute(null))).toBeNull();
    expect(memo.get('n', compute('other'))).toBeNull();
    expect(calls).toBe(3);
  });

  it('never holds more than its bound and forgets the oldest entry first', () => {
    const memo = new BoundedMemo<number, number>(3);
    for (const k of [1, 2, 3, 4]) memo.get(k, () => k * 10);
    expect(memo.size).toBe(3);
    expect(memo.get(1, () => -1)).toBe(-1); // 1 was the oldest: computed again
    expect(memo.get(3, () => -3)).toBe(30); // 3 is still there
    expect(memo.size).toBe(3);
  });

  it('forgets the least recently used entry: a key read again stays (lru-cache)', () => {
    const memo = new BoundedMemo<number, number>(3);
    for (const k of [1, 2, 3]) memo.get(k, () => k * 10);
    expect(memo.get(1, () => -1)).toBe(10); // 1 read again: now the most recent
    memo.get(4, () => 40); // evicts 2, the least recently used
    expect(memo.get(1, () => -1)).toBe(10);
    expect(memo.get(2, () => -2)).toBe(-2);
  });

  it('stores nothing when the computation throws', () => {
    const memo = new BoundedMemo<string, number>(3);
    expect(() =>
      memo.get('x', () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(memo.size).toBe(0);
    expect(memo.get('x', () => 1)).toBe(1);
  });
});

describe('memoPerObject', () => {
  it('gives each owner object its own memo, the same one every time', () => {
    const memoOf = memoPerObject<object, string, number>(5);
    const a = {};
    const b = {};
    expect(memoOf(a)).toBe(memoOf(a));
    expect(memoOf(a)).not.toBe(memoOf(b));
    memoOf(a).get('k', () => 1);
    expect(memoOf(b).get('k', () => 2)).toBe(2);
    expect(memoOf(a).max).toBe(5);
  });
});
