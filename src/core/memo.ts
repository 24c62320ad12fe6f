import { LRUCache } from 'lru-cache';

/**
 * The one memo behind the pure functions on a turn's hot path (calendar months, next reboot, zone
 * days and formatters, understood texts, date words): an lru-cache bounded to `max` entries that
 * forgets the least recently used entry when full. It remembers only results, so a hit returns what a
 * fresh call would: callers key it by everything the result depends on. A compute that throws stores
 * nothing. No I/O, no clock: core may use it.
 */
export class BoundedMemo<K extends NonNullable<unknown>, V> {
  // lru-cache holds no undefined values (setting one deletes the key): results are boxed.
  private readonly cache: LRUCache<K, { value: V }>;

  constructor(readonly max: number) {
    this.cache = new LRUCache<K, { value: V }>({ max });
  }

  /** The remembered value for `key`, else `compute()` remembered (undefined and null included). */
  get(key: K, compute: () => V): V {
    const hit = this.cache.get(key);
    if (hit) return hit.value;
    const value = compute();
    this.cache.set(key, { value });
    return value;
  }

  get size(): number {
    return this.cache.size;
  }
}

/**
 * One BoundedMemo per owner object (e.g. per release data set): results computed from an object are
 * remembered with it, and go when it goes. Another object — an admin override — gets its own memo.
 */
export function memoPerObject<O extends object, K extends NonNullable<unknown>, V>(max: number): (owner: O) => BoundedMemo<K, V> {
  const memos = new WeakMap<O, BoundedMemo<K, V>>();
  return (owner) => {
    let memo = memos.get(owner);
    if (!memo) memos.set(owner, (memo = new BoundedMemo<K, V>(max)));
    return memo;
  };
}
