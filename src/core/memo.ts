/**
 * The one memo behind the pure functions on a turn's hot path (calendar months, next reboot, zone
 * days and formatters, understood texts, date words): a Map that forgets its oldest entry when full.
 * It remembers only results, so a hit returns what a fresh call would: callers key it by everything
 * the result depends on. A compute that throws stores nothing. No I/O, no clock: core may use it.
 */
export class BoundedMemo<K, V> {
  private readonly map = new Map<K, V>();

  constructor(readonly max: number) {}

  /** The remembered value for `key`, else `compute()` remembered (undefined and null included). */
  get(key: K, compute: () => V): V {
    if (this.map.has(key)) return this.map.get(key) as V;
    const value = compute();
    if (this.map.size >= this.max) this.map.delete(this.map.keys().next().value as K);
    this.map.set(key, value);
    return value;
  }

  get size(): number {
    return this.map.size;
  }
}

/**
 * One BoundedMemo per owner object (e.g. per release data set): results computed from an object are
 * remembered with it, and go when it goes. Another object — an admin override — gets its own memo.
 */
export function memoPerObject<O extends object, K, V>(max: number): (owner: O) => BoundedMemo<K, V> {
  const memos = new WeakMap<O, BoundedMemo<K, V>>();
  return (owner) => {
    let memo = memos.get(owner);
    if (!memo) memos.set(owner, (memo = new BoundedMemo<K, V>(max)));
    return memo;
  };
}
