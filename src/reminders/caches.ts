/** Finished outbox keys kept before the set is emptied (a week of 2,000 channels is far below). */
const MAX_FINISHED = 100_000;

/**
 * What one process remembers between ticks, so that a quiet minute costs one read (blobs: one GET per
 * key): the subscription list as of the index's eTag, and the outbox entries already final.
 */
export class TickCache<S> {
  private readonly finished = new Set<string>();
  private listed?: { eTag?: string; subs: S[] };

  /** The subscriptions listed when the index had this eTag, or undefined when it changed since. */
  subscriptionsAt(eTag: string | undefined): S[] | undefined {
    return this.listed && eTag && this.listed.eTag === eTag ? this.listed.subs : undefined;
  }

  rememberSubscriptions(eTag: string | undefined, subs: S[]): void {
    this.listed = { eTag, subs };
  }

  isFinished(outboxKey: string): boolean {
    return this.finished.has(outboxKey);
  }

  rememberFinished(outboxKeys: Iterable<string>): void {
    for (const key of outboxKeys) this.finished.add(key);
    if (this.finished.size > MAX_FINISHED) this.finished.clear();
  }
}

/**
 * Conversation references this process saved or found fresh: saveConversation skips a refresh within the
 * hour anyway, but still reads storage to know — one read per turn (an HTTP call with blobs). Messages
 * within that hour skip the read; installs and membership changes always go to storage (a reinstall
 * must clear a "removed" mark another instance wrote). Bounded, oldest first out.
 */
export class RecentReferences {
  private readonly savedAt = new Map<string, number>();
  constructor(private readonly max = 10_000) {}

  /** When the reference under this key (tenant, conversation, service URL) was last saved, in epoch ms. */
  lastSaved(key: string): number | undefined {
    return this.savedAt.get(key);
  }

  saved(key: string, at: number): void {
    this.savedAt.delete(key);
    if (this.savedAt.size >= this.max) this.savedAt.delete(this.savedAt.keys().next().value!);
    this.savedAt.set(key, at);
  }

  clear(): void {
    this.savedAt.clear();
  }
}

/** The reminders' per-process caches (ReminderDeps.caches): created once at start-up, in src/app. */
export function createReminderCaches<S>(): { tick: TickCache<S>; references: RecentReferences } {
  return { tick: new TickCache<S>(), references: new RecentReferences() };
}
