import { describe, expect, it } from 'vitest';
import type { LevelWithSilent } from 'pino';
import { createLogger, REDACTED, scrubText } from '../../src/observability';
import { captureLines } from './capture';

const jwt = 'eyJhbGciOiJSUzI1NiIsImtpZCI6ImFiYyJ9.eyJpc3MiOiJodHRwczovL2FwaS5ib3RmcmFtZXdvcmsuY29tIiwiYXVkIjoiYm90In0.c2lnbmF0dXJlLWJ5dGVzLWhlcmUtMTIzNDU2';
const config = {
  LOG_LEVEL: 'info' as const,
  BOT_PASSWORD: 'Xy8Q~super-secret-bot-password',
  GRAPH_CLIENT_SECRET: 'graph-client-secret-value-42',
  BLOB_CONNECTION_STRING:
    'DefaultEndpointsProtocol=https;AccountName=hotpatchprod;AccountKey=c2VjcmV0LWFjY291bnQta2V5LWJhc2U2NC09PQ==;EndpointSuffix=core.windows.net',
  METRICS_TOKEN: 'metrics-token-7f3a9c',
};

function logWith(level: LevelWithSilent = config.LOG_LEVEL) {
  const cap = captureLines();
  const log = createLogger({ ...config, LOG_LEVEL: level }, cap.stream);
  return { log, cap };
}

describe('createLogger: structured JSON', () => {
  it('writes one JSON object per line with level label, time, service and message', () => {
    const { log, cap } = logWith();
    log.info({ intent: 'eligibility' }, 'answered');
    const [line] = cap.lines();
    expect(line).toMatchObject({ level: 'info', service: 'hotpatch-bot', intent: 'eligibility', msg: 'answered' });
    expect(new Date(String(line!.time)).toISOString()).toBe(line!.time);
  });

  it.each([
    ['warn', ['warn', 'error']],
    ['error', ['error']],
    ['debug', ['debug', 'info', 'warn', 'error']],
    ['silent', []],
  ] as const)('LOG_LEVEL=%s keeps only %j', (level, expected) => {
    const { log, cap } = logWith(level);
    log.debug('d');
    log.info('i');
    log.warn('w');
    log.error('e');
    expect(
      cap
        .lines()
        .map((l) => l.level)
        .sort(),
    ).toEqual([...expected].sort());
  });
});

describe('createLogger: secrets never reach the output', () => {
  const cases: Array<[string, (log: ReturnType<typeof logWith>['log']) => void, string[]]> = [
    ['an Authorization header', (l) => l.info({ req: { headers: { Authorization: `Bearer ${jwt}`, host: 'x' } } }, 'in'), [jwt, 'Bearer ey']],
    ['a lower-case authorization header', (l) => l.info({ headers: { authorization: 'Basic dXNlcjpwYXNzd29yZA==' } }, 'in'), ['dXNlcjpwYXNzd29yZA']],
    ['BOT_PASSWORD in a message', (l) => l.error(`login failed with ${config.BOT_PASSWORD}`), [config.BOT_PASSWORD]],
    ['BOT_PASSWORD as a field', (l) => l.info({ BOT_PASSWORD: config.BOT_PASSWORD }, 'cfg'), [config.BOT_PASSWORD]],
    [
      'the Graph client secret in a nested error',
      (l) => l.error({ err: new Error(`AADSTS7000215 secret ${config.GRAPH_CLIENT_SECRET} invalid`) }, 'graph'),
      [config.GRAPH_CLIENT_SECRET],
    ],
    ['a connection string', (l) => l.warn({ detail: `cannot reach ${config.BLOB_CONNECTION_STRING}` }, 'storage'), ['c2VjcmV0LWFjY291bnQta2V5']],
    ['an unknown AccountKey=', (l) => l.warn('AccountName=x;AccountKey=b3RoZXIta2V5LW5vdC1jb25maWd1cmVk;'), ['b3RoZXIta2V5LW5vdC1jb25maWd1cmVk']],
    ['a JWT inside free text', (l) => l.info({ note: `token was ${jwt} yesterday` }, 'x'), [jwt]],
    ['a JWT in the message string', (l) => l.info(`got ${jwt}`), [jwt]],
    [
      'a client_secret form field',
      (l) => l.info({ body: 'grant_type=client_credentials&client_secret=abc123def456&scope=x' }, 'token request'),
      ['abc123def456'],
    ],
    ['a SAS signature in a URL', (l) => l.info({ url: 'https://a.blob.core.windows.net/c/b?sv=2021&sig=AbCdEf%2B123456789' }, 'blob'), ['AbCdEf%2B123456789']],
    ['METRICS_TOKEN echoed', (l) => l.info({ h: `token ${config.METRICS_TOKEN}` }, 'metrics'), [config.METRICS_TOKEN]],
    ['secrets in child bindings', (l) => l.child({ authorization: `Bearer ${jwt}` }).info('child'), [jwt]],
  ];

  it.each(cases)('%s', (_name, write, forbidden) => {
    const { log, cap } = logWith();
    write(log);
    const out = cap.text();
    expect(out.length).toBeGreaterThan(0);
    for (const f of forbidden) expect(out).not.toContain(f);
    expect(out).toContain(REDACTED);
  });

  it('keeps the useful rest of the line', () => {
    const { log, cap } = logWith();
    log.error({ err: new Error(`AADSTS7000215 secret ${config.GRAPH_CLIENT_SECRET} invalid`), tenantId: 't-1' }, 'graph');
    const [line] = cap.lines();
    expect(line).toMatchObject({ tenantId: 't-1', msg: 'graph' });
    expect(JSON.stringify(line!.err)).toContain('AADSTS7000215');
  });

  it('survives cyclic objects', () => {
    const { log, cap } = logWith();
    const a: Record<string, unknown> = { name: 'a' };
    a.self = a;
    log.info({ a }, 'cycle');
    expect(cap.lines()[0]).toMatchObject({ msg: 'cycle', a: { name: 'a' } });
  });
});

describe('scrubText', () => {
  it.each([
    'Is my device eligible for Hotpatch? Build 26100.4349, KB5062553.',
    'Basic configuration is done; the Bearer of this message is the helpdesk.',
    'Windows 11 Enterprise 24H2, password policy unchanged.',
  ])('leaves ordinary text alone: %s', (t) => {
    expect(scrubText(t)).toBe(t);
  });
});
