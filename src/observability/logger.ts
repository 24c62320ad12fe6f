import pino, { type DestinationStream, type Logger, type LevelWithSilent } from 'pino';
import { REDACTED, scrubText, scrubValue } from './redact';

export type { Logger } from 'pino';

/**
 * The part of Config the logger reads. The secret values are listed so that their literal text is
 * removed wherever it appears (a connection string echoed in an error message, a password in a URL).
 */
export interface LoggerConfig {
  LOG_LEVEL?: LevelWithSilent;
  BOT_PASSWORD?: string;
  GRAPH_CLIENT_SECRET?: string;
  BLOB_CONNECTION_STRING?: string;
  METRICS_TOKEN?: string;
}

/** Header and config keys that are secrets whole, also when they come in child bindings. */
const REDACT_PATHS = [
  'authorization',
  'Authorization',
  'password',
  'secret',
  'token',
  'BOT_PASSWORD',
  'GRAPH_CLIENT_SECRET',
  'BLOB_CONNECTION_STRING',
  'METRICS_TOKEN',
];

const SECRET_FIELDS = ['BOT_PASSWORD', 'GRAPH_CLIENT_SECRET', 'BLOB_CONNECTION_STRING', 'METRICS_TOKEN'] as const;

/** The literal secrets of a config, longest first so a secret containing another is replaced whole. */
export function secretsOf(config: LoggerConfig): string[] {
  const values = SECRET_FIELDS.map((k) => config[k]).filter((v): v is string => typeof v === 'string' && v.length >= 4);
  // A connection string's parts are secrets on their own too (AccountKey is matched by pattern; the rest is cheap to add).
  const parts = (config.BLOB_CONNECTION_STRING ?? '')
    .split(';')
    .map((p) => p.slice(p.indexOf('=') + 1))
    .filter((p) => p.length >= 16);
  return [...new Set([...values, ...parts])].sort((a, b) => b.length - a.length);
}

/**
 * Structured JSON logs (pino) for the server and the CLI commands that run long (`reminders tick`).
 * Every line is scrubbed: object fields (formatters.log, child bindings) and message strings
 * (hooks.logMethod). `destination` is for tests (capture) and defaults to stdout.
 */
export function createLogger(config: LoggerConfig, destination?: DestinationStream): Logger {
  const secrets = secretsOf(config);
  const options: pino.LoggerOptions = {
    level: config.LOG_LEVEL ?? 'info',
    base: { service: 'hotpatch-bot' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: {
      level: (label) => ({ level: label }),
      log: (obj) => scrubValue(obj, secrets) as Record<string, unknown>,
      bindings: (b) => scrubValue(b, secrets) as Record<string, unknown>,
    },
    redact: { paths: REDACT_PATHS, censor: REDACTED },
    hooks: {
      logMethod(args, method) {
        const clean = args.map((a) => (typeof a === 'string' ? scrubText(a, secrets) : a)) as Parameters<typeof method>;
        return method.apply(this, clean);
      },
    },
  };
  // Last net: the finished line is scrubbed too. pino does not pass child bindings through
  // formatters.bindings (it resets that formatter for children), and a secret may sit in a key.
  const out = destination ?? pino.destination({ dest: 1, sync: true });
  const jsonSecrets = secrets.map((s) => JSON.stringify(s).slice(1, -1));
  const scrubbed: DestinationStream = { write: (line: string) => out.write(scrubText(line, jsonSecrets)) };
  return pino(options, scrubbed);
}

/** A logger that writes nothing: for tests and callers that were given none. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
