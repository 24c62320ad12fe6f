/**
 * A short in-memory cache of promises (concurrent callers share one Graph call). Each entry keeps
 * the instant it was fetched, which becomes the "as of" shown on cards. A rejected call is not kept.
 */
export class TtlCache<V> {
  private readonly entries = new Map<string, { at: number; value: Promise<V> }>();
  constructor(
    private readonly ttlMs: number,
    private readonly now: () => Date,
    private readonly maxEntries = 5000,
  ) {}

  async get(key: string, load: () => Promise<V>): Promise<{ value: V; fetchedAt: Date }> {
    const t = this.now().getTime();
    const hit = this.entries.get(key);
    if (hit && t - hit.at < this.ttlMs) return { value: await hit.value, fetchedAt: new Date(hit.at) };
    const value = load();
    if (this.ttlMs > 0) {
      if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
      this.entries.set(key, { at: t, value });
      value.catch(() => this.entries.get(key)?.value === value && this.entries.delete(key));
    }
    return { value: await value, fetchedAt: new Date(t) };
  }
}
