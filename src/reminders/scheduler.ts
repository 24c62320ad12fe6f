import type { ReminderDeps } from './types';
import type { RunRecord } from './runs';
import { runTick } from './tick';
import { RateLimiter } from './rate-limiter';

/**
 * In-process scheduler: a tick at the start of every minute. Ticks never overlap in one process (a long
 * broadcast keeps its tick busy); other processes are kept out by the per-tenant lease and the eTag
 * claims, so running the bot on several instances is safe.
 */
/** `onRun` sees every tick's record (the server feeds its reminders_sent/failed counters from it). */
export function startScheduler(deps: ReminderDeps, intervalMs = 60_000, onRun?: (run: RunRecord) => void): { stop(): Promise<void> } {
  const limiter = new RateLimiter(() => deps.clock().getTime());
  let running: Promise<unknown> | undefined;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  const tick = () => {
    if (stopped || running) return;
    running = runTick(deps, { limiter, untilDone: false })
      .then((run) => {
        onRun?.(run);
        if (run.targets.length)
          deps.log?.info({ sent: run.sent, failed: run.failed, skipped: run.skipped, possiblySent: run.possiblySent, pending: run.pending }, 'reminders tick');
      })
      .catch((e: unknown) => deps.log?.error({ err: e instanceof Error ? e.message : String(e) }, 'reminders tick failed'))
      .finally(() => (running = undefined));
  };
  const schedule = () => {
    if (stopped) return;
    const now = deps.clock().getTime();
    timer = setTimeout(() => (tick(), schedule()), intervalMs - (now % intervalMs) + 50);
    timer.unref?.();
  };
  tick();
  schedule();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
