import { loadConfig } from './config';
import { createLogger } from './observability/logger';
import { pipelineFromConfig } from './composition';
import { loadReleaseData } from './data/load-release-data';
import { build, type BuildOptions, type Built } from './server';

export interface StartOptions {
  /** Extra pieces other modules wire in (reminders status route, hooks, storage, readiness). */
  extend?: Partial<Omit<BuildOptions, 'config' | 'pipeline'>>;
  /** Override PORT (tests: 0). */
  port?: number;
}

/**
 * `npm start` / `hotpatch-bot serve`: environment → config (fails fast, HB-CONFIG-*), pipeline, server.
 * process.env is read here once; SIGTERM/SIGINT close the server cleanly.
 */
export async function startServer(env: Readonly<Record<string, string | undefined>> = process.env, opts: StartOptions = {}): Promise<Built> {
  const config = loadConfig(env);
  const logger = opts.extend?.logger ?? createLogger(config);
  const releases = loadReleaseData({ overridePath: config.RELEASES_OVERRIDE_PATH });
  const built = await build({ releases, ...opts.extend, config, logger, pipeline: pipelineFromConfig(config) });
  await built.listen(opts.port ?? config.PORT);
  const stop = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    void built.close().then(() => process.exit(0));
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
  return built;
}

// Run directly (node bin/run-ts.cjs src/main.ts sets argv[1] to this file).
if (require.main === module || process.argv[1] === __filename) {
  startServer().catch((err: Error) => {
    console.error(err.message);
    process.exit(1);
  });
}
