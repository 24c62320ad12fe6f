import { loadConfig, checkLocalMode } from '../config';
import { createLogger, readiness, type ReadinessReport } from '../observability';
import { dataStatus, type DataStatus } from '../core/data-status';
import { todayInZone } from '../core/dates';
import { lifecycleData } from '../data/load-lifecycle';
import { dataWarningText } from '../replies';
import { installGracefulShutdown } from './graceful-shutdown';
import { systemClock } from './clock';
import { pipelineFromConfig } from './composition';
import { loadReleaseData } from '../data/load-release-data';
import { createStorage } from '../storage';
import { build, type BuildOptions, type Built } from './server';
import { wireEscalation } from './wire-escalation';
import { warmUp } from '../language';
import { reminderStatusMount, wireReminders } from './wire-reminders';
import type { ReminderDeps } from '../reminders';
import { SqliteStorage } from '../storage';
import { warmUpRetrieval } from '../answers';

export interface StartOptions {
  /** Extra pieces other modules wire in (reminders status route, hooks, readiness, metrics). */
  extend?: Partial<Omit<BuildOptions, 'config' | 'pipeline'>>;
  /** Override PORT (tests: 0). */
  port?: number;
  /** Interface to listen on (default all; tests: 127.0.0.1). */
  host?: string;
  /** Run after the server stopped accepting requests (finish sends, release claims, close storage). */
  shutdownHooks?: Array<() => Promise<void>>;
  /** Install SIGTERM/SIGINT handling (default true; tests turn it off). */
  handleSignals?: boolean;
  /** Run the in-process reminder tick every minute (default true). */
  scheduleReminders?: boolean;
}

/**
 * `npm start` / `hotpatch-bot serve`: environment → config (fails fast with HB-CONFIG-*), pipeline,
 * server. process.env is read here, once.
 */
export async function startServer(env: Readonly<Record<string, string | undefined>> = process.env, opts: StartOptions = {}): Promise<Built> {
  const config = loadConfig(env);
  // Train the intent classifier and load the date parsers now, not on the first user's question.
  warmUp();
  // The answer units' search index (issue 11), a few hundred ms once.
  warmUpRetrieval();
  const logger = opts.extend?.logger ?? createLogger(config);
  const unauthenticated = checkLocalMode(config);
  if (unauthenticated) {
    logger.warn(
      { code: 'HB-CONFIG-008', reason: unauthenticated },
      `local mode without authentication allowed by ALLOW_UNAUTHENTICATED=true (${unauthenticated}): anyone who reaches this port can use the bot`,
    );
  }
  const releases = loadReleaseData({ overridePath: config.RELEASES_OVERRIDE_PATH });
  const lifecycle = lifecycleData();
  const storage = createStorage(config);
  const now = opts.extend?.now ?? systemClock;
  // How old the data is: warned once at start, and reported by every /readyz probe (never failing it).
  const statusNow = () => dataStatus({ today: todayInZone(now(), config.DEFAULT_TIMEZONE), releases, lifecycle });
  for (const w of statusNow().warnings) logger.warn({ code: 'HB-DATA-006', warning: w.code }, dataWarningText(w));
  const reminders: { deps?: ReminderDeps } = {};
  const built = await build({
    releases,
    ...opts.extend,
    readiness: withDataStatus(opts.extend?.readiness ?? readiness(storage), statusNow),
    mounts: [reminderStatusMount(reminders, opts.extend?.metricsToken ?? config.METRICS_TOKEN), ...(opts.extend?.mounts ?? [])],
    config,
    logger,
    pipeline: pipelineFromConfig(config, { now, releases, lifecycle }),
  });
  wireEscalation(built, config, storage, logger, now);
  const stopReminders = wireReminders(built, config, { storage, releases, logger, now, holder: reminders, schedule: opts.scheduleReminders !== false });
  // Shutdown order: stop the tick (in-flight sends finish, claims are released), then close the store.
  let stopping: Promise<void> | undefined;
  const stopWork = () =>
    (stopping ??= (async () => {
      await stopReminders();
      if (storage instanceof SqliteStorage) storage.close();
    })());
  built.onClose(stopWork);
  await built.listen(opts.port ?? config.PORT, opts.host);
  if (opts.handleSignals !== false) {
    installGracefulShutdown({ server: built.server, hooks: [...(opts.shutdownHooks ?? []), stopWork], timeoutMs: 20_000, logger });
  }
  return built;
}

/** /readyz keeps its verdict; its body gains `checks.data`: "ok" or the data warnings (HB-DATA-006). */
export function withDataStatus(check: () => Promise<ReadinessReport>, status: () => DataStatus): () => Promise<ReadinessReport> {
  return async () => {
    const report = await check();
    const warnings = status().warnings;
    return { ...report, checks: { ...report.checks, data: warnings.length ? `warning: ${warnings.map((w) => dataWarningText(w)).join(' ')}` : 'ok' } };
  };
}

// Run directly (node bin/run-ts.cjs src/app/main.ts sets argv[1] to this file).
if (require.main === module || process.argv[1] === __filename) {
  startServer().catch((err: Error) => {
    console.error(err.message);
    process.exit(1);
  });
}
