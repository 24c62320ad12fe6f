/**
 * Sliding-window rate limiter: a send may start only when every window allows it. Sends are also
 * spaced by `minSpacingMs`, so a second's budget is spread out instead of sent in a burst that the
 * network could squeeze into a neighbouring second on the receiving side.
 */
export interface WindowRule {
  limit: number;
  windowMs: number;
}

/**
 * Time a send may take from its slot to the wire (the claim is saved in between, other sends share the
 * event loop) and on the way to Teams. Teams counts requests when they arrive: a budget enforced on
 * slot times alone let 51 requests arrive in one second at 48/s (issue 15 finding 11). Every window is
 * therefore widened by this much: any second of arrivals holds only slots from a window of
 * 1000 + SLOT_TO_WIRE_MS ms, which never holds more than the budget.
 */
export const SLOT_TO_WIRE_MS = 100;

/** Teams: 7/1 s, 8/2 s, 60/30 s, 1800/h per bot per thread (Teams rate limits: https://learn.microsoft.com/en-us/microsoftteams/platform/bots/how-to/rate-limit); kept one below each. */
export const THREAD_RULES: WindowRule[] = [
  { limit: 6, windowMs: 1000 + SLOT_TO_WIRE_MS },
  { limit: 7, windowMs: 2000 + SLOT_TO_WIRE_MS },
  { limit: 59, windowMs: 30_000 + SLOT_TO_WIRE_MS },
  { limit: 1799, windowMs: 3600_000 + SLOT_TO_WIRE_MS },
];

/** `perSecond` in any second of arrivals, for sends that reach the wire within `slackMs` of their slot. */
export function tenantRules(perSecond: number, slackMs = SLOT_TO_WIRE_MS): WindowRule[] {
  return [{ limit: perSecond, windowMs: 1000 + slackMs }];
}

/** Spacing between two sends of one tenant: the widened second spread evenly. */
export function tenantSpacingMs(perSecond: number, slackMs = SLOT_TO_WIRE_MS): number {
  return (1000 + slackMs) / perSecond;
}

export class SlidingWindow {
  private readonly stamps: number[] = [];
  private readonly longest: number;
  /** Ideal time of the next slot: advanced by the spacing, not by when the timer fired, so timer
   *  lateness does not pile up into a lower rate. The windows still cap every second. */
  private nextSlot = 0;
  /** After a 429, sends on this key are spaced wider for a while (multiplicative decrease). */
  private slowUntil = 0;
  private slowFactor = 1;

  constructor(
    private readonly rules: WindowRule[],
    private readonly minSpacingMs = 0,
  ) {
    this.longest = Math.max(...rules.map((r) => r.windowMs));
  }

  /** Milliseconds to wait before a send at `now` fits every rule (0 = now). */
  waitMs(now: number): number {
    while (this.stamps.length && this.stamps[0]! <= now - this.longest) this.stamps.shift();
    let wait = Math.max(0, this.nextSlot - now);
    for (const rule of this.rules) {
      const inWindow = this.stamps.filter((t) => t > now - rule.windowMs);
      if (inWindow.length >= rule.limit) {
        const oldestThatMustExpire = inWindow[inWindow.length - rule.limit]!;
        wait = Math.max(wait, oldestThatMustExpire + rule.windowMs - now + 1);
      }
    }
    return Math.max(0, wait);
  }

  record(now: number): void {
    this.stamps.push(now);
    const spacing = now < this.slowUntil ? this.minSpacingMs * this.slowFactor : this.minSpacingMs;
    this.nextSlot = Math.max(now - spacing, this.nextSlot) + spacing;
  }

  slowDown(now: number, factor: number, forMs: number): void {
    this.slowFactor = Math.min(this.slowFactor * factor, 2);
    if (now >= this.slowUntil) this.slowFactor = factor;
    this.slowUntil = now + forMs;
  }
}

/** Limits per key (tenant, thread); waiters are served one at a time in arrival order. */
export class RateLimiter {
  private readonly windows = new Map<string, SlidingWindow>();
  private readonly pausedUntil = new Map<string, number>();
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly clock: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {}

  /** Resolves when one send may start for every (key, rules) pair, and counts it. */
  acquire(slots: Array<{ key: string; rules: WindowRule[]; minSpacingMs?: number }>): Promise<void> {
    const turn = this.queue.then(async () => {
      for (;;) {
        const now = this.clock();
        let wait = 0;
        for (const s of slots) {
          wait = Math.max(wait, (this.pausedUntil.get(s.key) ?? 0) - now, this.window(s).waitMs(now));
        }
        if (wait <= 0) {
          for (const s of slots) this.window(s).record(now);
          return;
        }
        await this.sleep(wait);
      }
    });
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  /**
   * A 429 on a tenant: 10% wider spacing for 10 s (compounding while 429s keep coming, at most half
   * speed), so a burst of throttling settles instead of turning into a retry storm.
   */
  slowDown(key: string, factor = 1.1, forMs = 10_000): void {
    this.windows.get(key)?.slowDown(this.clock(), factor, forMs);
  }

  /** After a 429 with Retry-After, nobody sends on that key until it passes. */
  pause(key: string, ms: number): void {
    this.pausedUntil.set(key, Math.max(this.pausedUntil.get(key) ?? 0, this.clock() + ms));
  }

  private window(s: { key: string; rules: WindowRule[]; minSpacingMs?: number }): SlidingWindow {
    let w = this.windows.get(s.key);
    if (!w) this.windows.set(s.key, (w = new SlidingWindow(s.rules, s.minSpacingMs ?? 0)));
    return w;
  }
}
