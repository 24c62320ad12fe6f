import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config';
import { botAuth } from '../../../src/config/server-config';
import { HbError } from '../../../src/errors';
import type { Built } from '../../../src/app/server';
import { activity, post, startRealBot } from './helpers';

const APP_ID = '11111111-2222-3333-4444-555555555555';
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';

describe('production auth (BOT_ID set)', () => {
  let bot: Built & { url: string };
  beforeAll(async () => {
    bot = await startRealBot({
      BOT_ID: APP_ID,
      BOT_PASSWORD: 'not-a-real-secret',
      BOT_TYPE: 'SingleTenant',
      BOT_TENANT_ID: TENANT,
      ALLOWED_TENANT_IDS: TENANT,
    });
  });
  afterAll(async () => {
    await bot?.close();
  });

  it('an unsigned request → 401', async () => {
    const r = await post(bot.url, activity({ text: 'hello' }));
    expect(r.status).toBe(401);
  });
  it('a forged bearer token → 401', async () => {
    const r = await post(bot.url, activity({ text: 'hello' }), { authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.x' });
    expect(r.status).toBe(401);
  });
  it('the bot id is the app id (proactive sends)', () => {
    expect(bot.botAppId).toBe(APP_ID);
  });
});

describe('checkServerConfig refuses a half-configured production (HB-CONFIG-00x)', () => {
  const cases: [string, Record<string, string>, string, string][] = [
    ['password without id', { BOT_PASSWORD: 'x' }, 'HB-CONFIG-002', 'BOT_ID'],
    ['SingleTenant without id', { BOT_TYPE: 'SingleTenant' }, 'HB-CONFIG-002', 'BOT_ID'],
    ['id not a GUID', { BOT_ID: 'my-bot', BOT_PASSWORD: 'x', BOT_TENANT_ID: TENANT, ALLOWED_TENANT_IDS: TENANT }, 'HB-CONFIG-003', 'BOT_ID'],
    ['SingleTenant without tenant', { BOT_ID: APP_ID, BOT_PASSWORD: 'x', ALLOWED_TENANT_IDS: TENANT }, 'HB-CONFIG-004', 'BOT_TENANT_ID'],
    ['tenant not a GUID', { BOT_ID: APP_ID, BOT_PASSWORD: 'x', BOT_TENANT_ID: 'contoso', ALLOWED_TENANT_IDS: TENANT }, 'HB-CONFIG-005', 'BOT_TENANT_ID'],
    [
      'MSI with a password',
      { BOT_ID: APP_ID, BOT_TYPE: 'UserAssignedMSI', BOT_TENANT_ID: TENANT, BOT_PASSWORD: 'x', ALLOWED_TENANT_IDS: TENANT },
      'HB-CONFIG-006',
      'BOT_PASSWORD',
    ],
    ['MSI without tenant', { BOT_ID: APP_ID, BOT_TYPE: 'UserAssignedMSI', ALLOWED_TENANT_IDS: TENANT }, 'HB-CONFIG-004', 'BOT_TENANT_ID'],
    ['SingleTenant without password', { BOT_ID: APP_ID, BOT_TENANT_ID: TENANT, ALLOWED_TENANT_IDS: TENANT }, 'HB-CONFIG-007', 'BOT_PASSWORD'],
    ['production without a tenant allow-list', { BOT_ID: APP_ID, BOT_PASSWORD: 'x', BOT_TENANT_ID: TENANT }, 'HB-CONFIG-009', 'ALLOWED_TENANT_IDS'],
  ];
  it.each(cases)('%s → %s naming %s with an example', (_name, env, code, variable) => {
    let err: unknown;
    try {
      loadConfig(env);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(HbError);
    expect((err as HbError).code).toBe(code);
    expect((err as HbError).message).toContain(variable);
    expect((err as HbError).message).toMatch(/example|e\.g\./i);
  });

  it('the secret never appears in the error', () => {
    try {
      loadConfig({ BOT_ID: 'nope', BOT_PASSWORD: 'S3cr3t-Value-42' });
    } catch (e) {
      expect(String(e)).not.toContain('S3cr3t-Value-42');
    }
  });

  it.each([
    [{}, 'local'],
    [{ BOT_ID: APP_ID, BOT_PASSWORD: 'x', BOT_TENANT_ID: TENANT }, 'SingleTenant'],
    [{ BOT_ID: APP_ID, BOT_TYPE: 'UserAssignedMSI', BOT_TENANT_ID: TENANT }, 'UserAssignedMSI'],
    [{ BOT_ID: APP_ID, BOT_TYPE: 'MultiTenant', BOT_PASSWORD: 'x' }, 'MultiTenant'],
  ] as const)('complete settings %j → %s', (env, mode) => {
    expect(botAuth(env).mode).toBe(mode);
  });
});
