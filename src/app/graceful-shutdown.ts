import type { Server as HttpServer } from 'node:http';
import type { Logger } from 'pino';

/** A node http server, or a restify server (which holds one in `.server`). */
export type ClosableServer = HttpServer | { server: HttpServer };

export interface GracefulShutdownOptions {
  server: ClosableServer;
  /** Run in order after the server stopped accepting and in-flight requests ended: finish sends, release outbox claims, close storage. */
  hooks: Array<() => Promise<void>>;
  /** The whole shutdown must end within this; past it the process exits 1 (the orchestrator would SIGKILL anyway). */
  timeoutMs: number;
  logger: Pick<Logger, 'info' | 'warn' | 'error'>;
  signals?: NodeJS.Signals[];
  /** For tests; defaults to process.exit. */
  exit?: (code: number) => void;
}

export interface GracefulShutdown {
  /** Starts the shutdown (as a signal would); resolves with the exit code once it is decided. */
  shutdown(reason: string): Promise<number>;
  /** Removes the signal listeners (tests). */
  dispose(): void;
  readonly shuttingDown: boolean;
}

function httpServerOf(s: ClosableServer): HttpServer {
  return 'server' in s && s.server && typeof (s as { server: HttpServer }).server.close === 'function'
    ? (s as { server: HttpServer }).server
    : (s as HttpServer);
}

/**
 * SIGTERM/SIGINT → stop accepting connections, let in-flight requests (Teams turns) finish, run
 * the hooks, exit 0 — or exit 1 when `timeoutMs` passes first. App Service and Container Apps send
 * SIGTERM and wait (about 30 s by default) before SIGKILL, so the timeout must stay below that.
 * A second signal while shutting down exits 1 at once (an operator pressing Ctrl-C twice).
 */
export function installGracefulShutdown(opts: GracefulShutdownOptions): GracefulShutdown {
  const signals = opts.signals ?? ['SIGTERM', 'SIGINT'];
  const exit = opts.exit ?? ((code: number) => process.exit(code));
  const http = httpServerOf(opts.server);
  let running: Promise<number> | undefined;

  const onSignal = (signal: NodeJS.Signals) => {
    if (running) {
      opts.logger.warn({ signal }, 'second signal during shutdown: exiting now');
      exit(1);
      return;
    }
    void shutdown(signal);
  };
  for (const s of signals) process.on(s, onSignal);

  function closeServer(): Promise<void> {
    return new Promise((resolve) => {
      if (!http.listening) return resolve();
      http.close(() => resolve());
      // Idle keep-alive sockets would hold close() open; busy ones close after their response
      // because node answers with `Connection: close` once the server is closing.
      http.closeIdleConnections?.();
      const sweep = setInterval(() => http.closeIdleConnections?.(), 100);
      sweep.unref();
      http.once('close', () => clearInterval(sweep));
    });
  }

  async function run(reason: string): Promise<number> {
    const started = Date.now();
    opts.logger.info({ reason, timeoutMs: opts.timeoutMs }, 'shutdown: no longer accepting requests');
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), opts.timeoutMs);
      timer.unref();
    });
    const work = (async () => {
      await closeServer();
      opts.logger.info({ ms: Date.now() - started }, 'shutdown: in-flight requests finished');
      let failed = 0;
      for (const [i, hook] of opts.hooks.entries()) {
        try {
          await hook();
        } catch (err) {
          failed++;
          opts.logger.error({ err, hook: i }, 'shutdown: a hook failed');
        }
      }
      return failed === 0 ? 0 : 1;
    })();
    const outcome = await Promise.race([work, deadline]);
    if (timer) clearTimeout(timer);
    const code = outcome === 'timeout' ? 1 : outcome;
    if (outcome === 'timeout') opts.logger.error({ timeoutMs: opts.timeoutMs }, 'shutdown: timed out, exiting anyway');
    else opts.logger.info({ ms: Date.now() - started, code }, 'shutdown: done');
    return code;
  }

  function shutdown(reason: string): Promise<number> {
    running ??= run(reason).then((code) => {
      exit(code);
      return code;
    });
    return running;
  }

  return {
    shutdown,
    dispose: () => {
      for (const s of signals) process.off(s, onSignal);
    },
    get shuttingDown() {
      return running !== undefined;
    },
  };
}
