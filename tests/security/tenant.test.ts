import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryStorage, SqliteStorage, type Storage } from '../../src/storage';
import { checkTenantConfig, isTenantAllowed, tenantIdOf } from '../../src/teams/guards';
import { tenantKey, tenantOfKey } from '../../src/storage/keys';
import { HbError } from '../../src/errors';
import { startBot, message, TENANT, type ReplyBody } from './harness';

const OTHER = '0b6e3d5c-1111-4222-8333-944445555666';

describe('tenant of an activity and the allow-list', () => {
  it.each([
    [{ conversation: { id: 'c', tenantId: 'T1' } }, 'T1'],
    [{ conversation: { id: 'c' }, channelData: { tenant: { id: 'T2' } } }, 'T2'],
    [{ conversation: { id: 'c', tenantId: 'T1' }, channelData: { tenant: { id: 'T2' } } }, 'T1'],
    [{ conversation: { id: 'c', tenantId: '' }, channelData: { tenant: { id: ' T3 ' } } }, 'T3'],
    [{ conversation: { id: 'c' }, channelData: { tenant: { id: 42 } } }, undefined],
    [{ conversation: { id: 'c' } }, undefined],
  ])('tenantIdOf(%j) = %s', (activity, expected) => expect(tenantIdOf(activity as never)).toBe(expected));

  it.each([
    [TENANT, [], true],
    [undefined, [], true],
    [TENANT, [TENANT], true],
    [TENANT.toUpperCase(), [TENANT], true],
    [OTHER, [TENANT], false],
    [undefined, [TENANT], false],
    ['', [TENANT], false],
    [OTHER, [TENANT, OTHER], true],
  ] as const)('isTenantAllowed(%s, %j) = %s', (t, list, expected) => expect(isTenantAllowed(t, list)).toBe(expected));

  it('production (BOT_ID set) refuses to start without ALLOWED_TENANT_IDS, naming the variable', () => {
    expect(() => checkTenantConfig({ BOT_ID: '11111111-2222-3333-4444-555555555555', ALLOWED_TENANT_IDS: [] })).toThrow(
      /HB-CONFIG-009 ALLOWED_TENANT_IDS is required when BOT_ID is set.*example/,
    );
    expect(() => checkTenantConfig({ BOT_ID: '11111111-2222-3333-4444-555555555555', ALLOWED_TENANT_IDS: [TENANT] })).not.toThrow();
    expect(() => checkTenantConfig({ BOT_ID: undefined, ALLOWED_TENANT_IDS: [] })).not.toThrow();
  });
});

describe('tenantKey: storage keys are tenant-scoped', () => {
  const tenantArb = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== '');
  const partsArb = fc.array(fc.string({ minLength: 1, maxLength: 30 }), { minLength: 1, maxLength: 4 });

  it('has a readable shape', () => {
    expect(tenantKey(TENANT, 'reminder', 'r-1')).toBe(`tenant/${TENANT}/reminder/r-1`);
    expect(tenantKey('T', 'conv', '19:abc@thread.tacv2;messageid=1')).toBe('tenant/t/conv/19%3Aabc%40thread.tacv2%3Bmessageid%3D1');
    expect(tenantKey('T', '..', 'x')).toBe('tenant/t/%2E%2E/x');
  });

  it('refuses a missing tenant or empty parts with a coded error', () => {
    expect(() => tenantKey('', 'x')).toThrow(HbError);
    expect(() => tenantKey('  ', 'x')).toThrow(/HB-TENANT-001/);
    expect(() => tenantKey('t')).toThrow(/HB-TENANT-002/);
    expect(() => tenantKey('t', '')).toThrow(/HB-TENANT-002/);
  });

  it('property: keys of two different tenants never collide, whatever the parts (no separator climbing)', () => {
    fc.assert(
      fc.property(tenantArb, tenantArb, partsArb, partsArb, (t1, t2, p1, p2) => {
        fc.pre(t1.trim().toLowerCase() !== t2.trim().toLowerCase());
        expect(tenantKey(t1, ...p1)).not.toBe(tenantKey(t2, ...p2));
        expect(tenantOfKey(tenantKey(t1, ...p1))).toBe(t1.trim().toLowerCase());
      }),
      { seed: 20261125, numRuns: 2000 },
    );
  });

  it('property: the key is injective in its parts (different part lists, different keys)', () => {
    fc.assert(
      fc.property(tenantArb, partsArb, partsArb, (t, p1, p2) => {
        fc.pre(JSON.stringify(p1) !== JSON.stringify(p2));
        expect(tenantKey(t, ...p1)).not.toBe(tenantKey(t, ...p2));
      }),
      { seed: 7, numRuns: 2000 },
    );
  });

  const dir = mkdtempSync(join(tmpdir(), 'hb-tenant-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const stores: Array<[string, () => Storage]> = [
    ['memory', () => new MemoryStorage()],
    ['sqlite', () => new SqliteStorage(join(dir, `t-${Math.random().toString(36).slice(2)}.db`))],
  ];

  it.each(stores)("through the %s storage port: a tenant reads none of another tenant's items", async (_n, make) => {
    const storage = make();
    await fc.assert(
      fc.asyncProperty(partsArb, fc.array(partsArb, { minLength: 1, maxLength: 5 }), async (written, probes) => {
        const a = tenantKey(TENANT, ...written);
        await storage.write({ [a]: { eTag: '*', owner: TENANT, secret: 'device list of A' } });
        // Tenant B asks for every key it can build, including A's exact parts and A's whole key as a part.
        const keys = [...probes, written, [a], ['..', TENANT, ...written]].map((p) => tenantKey(OTHER, ...p));
        const got = await storage.read(keys);
        expect(Object.keys(got)).toEqual([]);
        expect((await storage.read([a]))[a]).toMatchObject({ owner: TENANT });
      }),
      { seed: 11, numRuns: 150 },
    );
  });
});

describe('ALLOWED_TENANT_IDS through the real server (tenant guard middleware)', () => {
  let bot: Awaited<ReturnType<typeof startBot>>;
  beforeAll(async () => {
    bot = await startBot({ ALLOWED_TENANT_IDS: TENANT });
  });
  afterAll(() => bot?.close());

  it('answers the allowed tenant (ids compared case-insensitively)', async () => {
    const res = await bot.post(message({ conversation: { id: 'a:1', conversationType: 'personal', tenantId: TENANT.toUpperCase() }, channelData: {} }));
    expect(res.status).toBe(200);
    expect(((await res.json()) as ReplyBody).activities.length).toBeGreaterThan(0);
  });

  it.each([
    ['another tenant', { conversation: { id: 'a:2', conversationType: 'personal', tenantId: OTHER }, channelData: { tenant: { id: OTHER } } }],
    ['no tenant at all', { conversation: { id: 'a:3', conversationType: 'personal' }, channelData: {} }],
  ])('%s: no answer, nothing processed, logged and counted', async (_n, extra) => {
    const before = { ...bot.seen };
    const act = message(extra);
    const res = await bot.post(act);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).not.toMatch(/reboot/i);
    if (res.status === 200) expect(JSON.parse(text)).toEqual({ activities: [] });
    expect(bot.seen).toEqual(before);
  });

  it('conversation.tenantId is authoritative: a matching channelData does not let a conversation tenant that differs', async () => {
    const before = { ...bot.seen };
    // channelData says the allowed tenant, conversation.tenantId says another: Teams never sends that; treat conversation as authoritative.
    const res = await bot.post(
      message({ conversation: { id: 'a:4', conversationType: 'personal', tenantId: OTHER }, channelData: { tenant: { id: TENANT } } }),
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ activities: [] });
    expect(bot.seen).toEqual(before);
    const line = bot.logs.lines().find((l) => l.tenantId === OTHER);
    expect(line).toMatchObject({ level: 'warn', msg: expect.stringContaining('ALLOWED_TENANT_IDS') });
    expect(JSON.stringify(line)).not.toContain('next reboot');
    expect(bot.metrics.rejectedActivities.get({ reason: 'tenant' })).toBeGreaterThanOrEqual(1);
  });

  it('an invoke from another tenant gets 403, not the 501 of an unanswered invoke', async () => {
    const before = { ...bot.seen };
    const res = await bot.post(
      message({
        deliveryMode: undefined,
        type: 'invoke',
        name: 'adaptiveCard/action',
        text: undefined,
        value: { action: { type: 'Action.Execute', verb: 'x' } },
        conversation: { id: 'a:5', conversationType: 'personal', tenantId: OTHER },
        channelData: { tenant: { id: TENANT } },
      }),
    );
    expect(res.status).toBe(403);
    expect(bot.seen).toEqual(before);
  });
});
