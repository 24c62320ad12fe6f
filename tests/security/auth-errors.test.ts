import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateKeyPairSync } from 'node:crypto';
import jwt from 'jsonwebtoken';
import nock from 'nock';
import { startBot, message, SERVICE_URL, TENANT } from './harness';

/**
 * Issue 15 finding 9 (authentication answers): when the OpenID metadata cannot be fetched a
 * signed-looking token got a 500 with the internal error text (and the fetch had no timeout); an
 * unsigned request with a malformed body got a 400 with schema detail; 401 bodies echoed the token's
 * audience; stack traces went to stderr (console.error) outside the JSON logs.
 */
const BOT_ID = '11111111-2222-3333-4444-555555555555';
const OTHER_AUD = '99999999-8888-7777-6666-555555555555';
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const sign = (claims: Record<string, unknown> = {}) => {
  const now = Math.floor(Date.now() / 1000);
  return jwt.sign({ iss: 'https://api.botframework.com', aud: BOT_ID, serviceurl: SERVICE_URL, nbf: now - 60, exp: now + 3600, ...claims }, privateKey, {
    algorithm: 'RS256',
    keyid: 'k1',
  });
};

let bot: Awaited<ReturnType<typeof startBot>>;
beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
  bot = await startBot({ BOT_ID, BOT_PASSWORD: 'test-password-not-a-secret', BOT_TENANT_ID: TENANT, ALLOWED_TENANT_IDS: TENANT });
});
afterAll(async () => {
  await bot?.close();
  nock.cleanAll();
  nock.enableNetConnect();
});
afterEach(() => {
  nock.cleanAll();
  vi.restoreAllMocks();
});

describe('production answers without internal detail', () => {
  it('an unsigned request with a malformed body → 401, not a 400 describing the schema', async () => {
    const res = await bot.post({ type: 'message', serviceUrl: 42, conversation: 'x' });
    expect(res.status).toBe(401);
    const body = await res.text();
    expect(body).not.toMatch(/serviceUrl|conversation|expected/i);
    expect(JSON.parse(body).code).toBe('HB-TEAMS-401');
  });

  it('an unsigned request whose body is not JSON → 401', async () => {
    const res = await bot.post('{not json');
    expect(res.status).toBe(401);
  });

  it('OpenID metadata unreachable → 503 with a code, no internal text, nothing on stderr', async () => {
    const stderr = vi.spyOn(console, 'error');
    nock('https://login.botframework.com').get('/v1/.well-known/openidconfiguration').reply(500, 'upstream exploded: internal detail');
    const res = await bot.post(message(), { authorization: `Bearer ${sign()}` });
    expect(res.status).toBe(503);
    const body = await res.text();
    expect(JSON.parse(body)).toEqual({ code: 'HB-TEAMS-503', error: expect.any(String) });
    expect(body).not.toMatch(/openID|Failed to load|upstream|internal/i);
    expect(res.headers.get('retry-after')).toBe('30');
    expect(stderr).not.toHaveBeenCalled();
    expect(bot.logs.text()).toContain('HB-TEAMS-503');
  });

  it('OpenID metadata that never answers → 503 within the fetch timeout (5 s), not a hung request', async () => {
    // Held back before its headers (not .delay(), which starts the response: undici then asserts on the aborted read).
    nock('https://login.botframework.com')
      .get('/v1/.well-known/openidconfiguration')
      .reply(() => new Promise((done) => setTimeout(() => done([200, {}]), 20_000)));
    const started = Date.now();
    const res = await bot.post(message(), { authorization: `Bearer ${sign()}` });
    expect(res.status).toBe(503);
    expect(Date.now() - started).toBeLessThan(9000);
  }, 15_000);

  it('a 401 body never echoes the audience the token carried or the one expected', async () => {
    nock('https://login.botframework.com')
      .get('/v1/.well-known/openidconfiguration')
      .reply(200, { issuer: 'https://api.botframework.com', jwks_uri: 'https://login.botframework.com/v1/.well-known/keys' })
      .get('/v1/.well-known/keys')
      .reply(200, { keys: [{ kty: 'RSA', use: 'sig', kid: 'k1', ...privateKey.export({ format: 'jwk' }), d: undefined, endorsements: ['msteams'] }] });
    const stderr = vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await bot.post(message(), { authorization: `Bearer ${sign({ aud: OTHER_AUD })}` });
    expect(res.status).toBe(401);
    const body = await res.text();
    expect(body).not.toContain(OTHER_AUD);
    expect(body).not.toContain(BOT_ID);
    expect(JSON.parse(body)).toEqual({ code: 'HB-TEAMS-401', error: 'Unauthorized.' });
    // The adapter's own catch wrote the error and its stack to stderr; now the JSON logger has it.
    expect(stderr.mock.calls.flat().join(' ')).not.toMatch(/Invalid AppId|at .*\.js/);
  });
});
