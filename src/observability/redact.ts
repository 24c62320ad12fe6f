/**
 * Scrubbing of secrets out of log data. Two layers:
 * key names that always hold secrets (Authorization headers, passwords, connection strings) are
 * replaced whole; any string is then searched for secret-shaped text (JWTs, `Bearer …`,
 * `AccountKey=…`, `SharedAccessSignature`, `client_secret=…`) and for the literal secret values
 * the process was configured with.
 */
export const REDACTED = '[REDACTED]';

const SECRET_KEY =
  /^(authorization|proxy-authorization|cookie|set-cookie|x-api-key|api[-_]?key|password|passwd|secret|client[-_]?secret|token|access[-_]?token|refresh[-_]?token|id[-_]?token|bot[-_]?password|graph[-_]?client[-_]?secret|metrics[-_]?token|connection[-_]?string|blob[-_]?connection[-_]?string|account[-_]?key|sas|sig)$/i;

const PATTERNS: ReadonlyArray<[RegExp, string]> = [
  // A JWT: three base64url segments, the first starting with a JSON header ("ey").
  [/\bey[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g, REDACTED],
  [/\bBearer\s+[A-Za-z0-9._~+/=-]{8,}/gi, `Bearer ${REDACTED}`],
  // Basic credentials are base64: a digit or padding tells them from prose ("Basic settings").
  [/\bBasic\s+(?=[A-Za-z0-9+/]*[0-9=])[A-Za-z0-9+/]{8,}={0,2}/gi, `Basic ${REDACTED}`],
  // Azure Storage connection strings and SAS tokens.
  [/\b(AccountKey|SharedAccessKey|SharedAccessSignature|sig|client_secret|password|pwd)=([^;&\s"']+)/gi, `$1=${REDACTED}`],
];

/** Replaces secret-shaped text and the given literal secret values in one string. */
export function scrubText(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const s of secrets) if (s.length >= 4 && out.includes(s)) out = out.split(s).join(REDACTED);
  for (const [re, by] of PATTERNS) out = out.replace(re, by);
  return out;
}

export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key);
}

/** Deep copy of a log value with secrets removed; cycles and depth are bounded so logging never throws. */
export function scrubValue(value: unknown, secrets: readonly string[] = [], depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof value === 'string') return scrubText(value, secrets);
  if (value === null || typeof value !== 'object') return value;
  if (depth > 8 || seen.has(value)) return '[…]';
  seen.add(value);
  if (value instanceof Error) {
    const e = value as Error & { code?: unknown; statusCode?: unknown };
    return {
      type: e.name,
      message: scrubText(e.message, secrets),
      ...(e.code !== undefined ? { code: e.code } : {}),
      ...(e.statusCode !== undefined ? { statusCode: e.statusCode } : {}),
      stack: e.stack ? scrubText(e.stack, secrets) : undefined,
    };
  }
  if (Array.isArray(value)) return value.map((v) => scrubValue(v, secrets, depth + 1, seen));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] = isSecretKey(k) && v !== undefined && v !== null && v !== '' ? REDACTED : scrubValue(v, secrets, depth + 1, seen);
  }
  return out;
}
