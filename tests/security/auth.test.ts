import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import nock from 'nock';
import { startBot, message, SERVICE_URL, TENANT, type ReplyBody } from './harness';

/**
 * Issue 7 §1: with BOT_ID set, every POST /api/messages carries a Bot Framework JWT that botbuilder
 * validates against the OpenID metadata + JWKS of login.botframework.com. Here a generated RSA key
 * stands in for Microsoft's: nock serves its public half at the real URLs.
 */
const BOT_ID = '11111111-2222-3333-4444-555555555555';
const KID = 'test-signing-key';
const ISSUER = 'https://api.botframework.com';
const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const other = generateKeyPairSync('rsa', { modulusLength: 2048 });

function jwk(key: KeyObject, kid: string) {
  const { n, e } = key.export({ format: 'jwk' });
  return { kty: 'RSA', use: 'sig', kid, n, e, endorsements: ['msteams'] };
}

function sign(claims: Record<string, unknown> = {}, opts: { key?: KeyObject; kid?: string; expiresIn?: number } = {}): string {
  const now = Math.floor(Date.now() / 1000);
  const payload = { iss: ISSUER, aud: BOT_ID, serviceurl: SERVICE_URL, nbf: now - 60, iat: now - 60, exp: now + (opts.expiresIn ?? 3600), ...claims };
  return jwt.sign(payload, opts.key ?? privateKey, { algorithm: 'RS256', keyid: opts.kid ?? KID });
}

let bot: Awaited<ReturnType<typeof startBot>>;

beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
  nock('https://login.botframework.com')
    .persist()
    .get('/v1/.well-known/openidconfiguration')
    .reply(200, { issuer: ISSUER, jwks_uri: 'https://login.botframework.com/v1/.well-known/keys', id_token_signing_alg_values_supported: ['RS256'] })
    .get('/v1/.well-known/keys')
    .reply(200, { keys: [jwk(publicKey, KID)] });
  bot = await startBot({
    BOT_ID,
    BOT_PASSWORD: 'test-password-not-a-secret',
    BOT_TENANT_ID: TENANT,
    ALLOWED_TENANT_IDS: TENANT,
  });
});

afterAll(async () => {
  await bot?.close();
  nock.cleanAll();
  nock.enableNetConnect();
});

describe('Bot Framework JWT on POST /api/messages (production mode)', () => {
  it('a valid token is accepted and the question answered', async () => {
    const before = { ...bot.seen };
    const token = sign();
    const res = await bot.post(message({ text: 'When is the next reboot?' }), { authorization: `Bearer ${token}` });
    expect(res.status).toBe(200);
    expect(bot.logs.text()).toContain('"path":"/api/messages"');
    expect(bot.logs.text()).not.toContain(token);
    const body = (await res.json()) as ReplyBody;
    // A card reply carries its words in `summary`, not a text bubble (issue 14: one message per answer).
    expect(body.activities.some((a) => a.type === 'message' && /reboot/i.test((a as { summary?: string }).summary ?? a.text ?? ''))).toBe(true);
    expect(bot.seen.activities).toBe(before.activities + 1);
    expect(bot.seen.asks).toBe(before.asks + 1);
  });

  const now = () => Math.floor(Date.now() / 1000);
  const rejected: Array<[string, () => Record<string, string>]> = [
    ['no Authorization header', () => ({})],
    ['an empty bearer', () => ({ authorization: 'Bearer ' })],
    ['a non-bearer scheme', () => ({ authorization: `Basic ${Buffer.from('a:b').toString('base64')}` })],
    ['garbage instead of a JWT', () => ({ authorization: 'Bearer not.a.jwt' })],
    [
      'an expired token (past the 5-minute clock tolerance)',
      () => ({ authorization: `Bearer ${sign({ nbf: now() - 7200, iat: now() - 7200, exp: now() - 3600 })}` }),
    ],
    ['a token not yet valid', () => ({ authorization: `Bearer ${sign({ nbf: now() + 3600 })}` })],
    ['the wrong audience (another bot)', () => ({ authorization: `Bearer ${sign({ aud: '99999999-8888-7777-6666-555555555555' })}` })],
    ['the wrong issuer', () => ({ authorization: `Bearer ${sign({ iss: 'https://evil.example.com' })}` })],
    ['a signature from another key under the same kid', () => ({ authorization: `Bearer ${sign({}, { key: other.privateKey })}` })],
    ['an unknown kid', () => ({ authorization: `Bearer ${sign({}, { key: other.privateKey, kid: 'unknown-kid' })}` })],
    ['a serviceurl claim for another service', () => ({ authorization: `Bearer ${sign({ serviceurl: 'https://evil.example.com/' })}` })],
    [
      'an unsigned token (alg none)',
      () => ({ authorization: `Bearer ${jwt.sign({ iss: ISSUER, aud: BOT_ID, serviceurl: SERVICE_URL }, '', { algorithm: 'none' })}` }),
    ],
    [
      'an HS256 token signed with the public key',
      () => ({
        authorization: `Bearer ${jwt.sign({ iss: ISSUER, aud: BOT_ID, serviceurl: SERVICE_URL }, 'shared-secret', { algorithm: 'HS256', keyid: KID })}`,
      }),
    ],
  ];

  it.each(rejected)('%s → 401 and the body is never processed', async (_name, headers) => {
    const before = { ...bot.seen };
    const h = headers();
    const res = await bot.post(message({ text: 'When is the next reboot?' }), h);
    expect(res.status).toBe(401);
    await res.text();
    expect(bot.seen).toEqual(before);
    // Whatever was presented never reaches the structured logs.
    const token = (h.authorization ?? '').split(' ')[1] ?? '';
    if (token.length > 20) expect(bot.logs.text()).not.toContain(token);
  });
});
