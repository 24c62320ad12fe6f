import { describe, expect, it } from 'vitest';
import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClientCertificateCredential, ClientSecretCredential, ManagedIdentityCredential } from '@azure/identity';
import { createDeviceSource } from '../../src/inventory/create-device-source';
import { createCredential } from '../../src/inventory/graph/graph-auth';
import { inventorySchema, graphAuthKind } from '../../src/config/inventory-config';
import { loadConfig } from '../../src/config';

const now = () => new Date('2026-11-25T10:00:00Z');
const cfg = (env: Record<string, string>) => inventorySchema.parse(env);
const OWNER = 'aaaaaaaa-0000-4000-8000-000000000001';

describe('inventory configuration', () => {
  it('defaults: DEVICE_SOURCE none, 300 s cache, catalog off, empty admin list', () => {
    expect(cfg({})).toMatchObject({ DEVICE_SOURCE: 'none', GRAPH_CACHE_SECONDS: 300, GRAPH_READ_CATALOG: false, HELPDESK_ADMIN_IDS: [] });
    expect(cfg({ HELPDESK_ADMIN_IDS: 'a, b' }).HELPDESK_ADMIN_IDS).toEqual(['a', 'b']);
  });
  it('the whole config rejects bad values with HB-CONFIG-001 naming the variable', () => {
    expect(() => loadConfig({ DEVICE_SOURCE: 'ldap' })).toThrow(/HB-CONFIG-001[\s\S]*DEVICE_SOURCE: must be none, csv or intune/);
    expect(() => loadConfig({ GRAPH_CACHE_SECONDS: '-1' })).toThrow(/GRAPH_CACHE_SECONDS/);
  });
  it.each([
    [{ DEVICE_SOURCE: 'csv' }, /INVENTORY_CSV_PATH is required when DEVICE_SOURCE=csv/],
    [{ DEVICE_SOURCE: 'intune', GRAPH_CLIENT_SECRET: 'x' }, /GRAPH_TENANT_ID is required/],
    [{ DEVICE_SOURCE: 'intune', GRAPH_TENANT_ID: 't', GRAPH_CLIENT_SECRET: 'x' }, /GRAPH_CLIENT_ID is required for GRAPH_AUTH=secret/],
    [{ DEVICE_SOURCE: 'intune', GRAPH_TENANT_ID: 't', GRAPH_CLIENT_ID: 'c', GRAPH_AUTH: 'certificate' }, /GRAPH_CERTIFICATE_PATH is required/],
  ])('%j fails at start: %s', (env, message) => {
    expect(() => createDeviceSource(cfg(env as Record<string, string>), { now })).toThrow(message);
  });
  it('the credential kind: secret, else certificate, else managed identity', () => {
    expect(graphAuthKind(cfg({ GRAPH_CLIENT_SECRET: 's', GRAPH_CERTIFICATE_PATH: '/c.pem' }))).toBe('secret');
    expect(graphAuthKind(cfg({ GRAPH_CERTIFICATE_PATH: '/c.pem' }))).toBe('certificate');
    expect(graphAuthKind(cfg({}))).toBe('managed-identity');
    expect(createCredential(cfg({ GRAPH_TENANT_ID: 't', GRAPH_CLIENT_ID: 'c', GRAPH_CLIENT_SECRET: 's' }))).toBeInstanceOf(ClientSecretCredential);
    expect(createCredential(cfg({ GRAPH_CLIENT_ID: 'c' }))).toBeInstanceOf(ManagedIdentityCredential);
    const dir = mkdtempSync(join(tmpdir(), 'cert-'));
    writeFileSync(join(dir, 'c.pem'), '-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n');
    expect(createCredential(cfg({ GRAPH_TENANT_ID: 't', GRAPH_CLIENT_ID: 'c', GRAPH_CERTIFICATE_PATH: join(dir, 'c.pem') }))).toBeInstanceOf(
      ClientCertificateCredential,
    );
    expect(() => createCredential(cfg({ GRAPH_TENANT_ID: 't', GRAPH_CLIENT_ID: 'c', GRAPH_CERTIFICATE_PATH: join(dir, 'missing.pem') }))).toThrow(
      /GRAPH_CERTIFICATE_PATH points to a missing file/,
    );
  });
});

describe('DEVICE_SOURCE=none', () => {
  it('returns nothing: the bot asks with a form', async () => {
    const src = createDeviceSource(cfg({}), { now });
    expect(src.kind).toBe('none');
    expect(await src.devicesOf({ aadObjectId: OWNER, isHelpdesk: true })).toEqual([]);
    expect(await src.deviceByName('PC', { isHelpdesk: true })).toBeUndefined();
  });
});

describe('DEVICE_SOURCE=csv', () => {
  function csvSource(text: string, extra: Record<string, string> = {}) {
    const dir = mkdtempSync(join(tmpdir(), 'inv-'));
    const path = join(dir, 'devices.csv');
    writeFileSync(path, text);
    utimesSync(path, new Date('2026-11-20T08:00:00Z'), new Date('2026-11-20T08:00:00Z'));
    return { path, src: createDeviceSource(cfg({ DEVICE_SOURCE: 'csv', INVENTORY_CSV_PATH: path, ...extra }), { now, baselineUbr: () => 8655 }) };
  }
  const text = `deviceName,edition,osVersion,ownerId\nPC-1,Enterprise,10.0.26100.8655,${OWNER}\nPC-2,Pro,24H2,someone-else\nPC-3,Bogus,24H2,${OWNER}\n`;

  it("gives the requester's own devices, with csv origins as of the file's time", async () => {
    const { src } = csvSource(text);
    const mine = await src.devicesOf({ aadObjectId: OWNER, isHelpdesk: false });
    expect(mine).toEqual([
      {
        id: 'line-2',
        deviceName: 'PC-1',
        asOf: '2026-11-20T08:00:00.000Z',
        profile: { deviceName: 'PC-1', edition: 'enterprise', osFamily: 'windows-11', osVersion: '24H2', build: 26100, ubr: 8655, onLatestBaseline: true },
        origins: expect.objectContaining({ edition: { source: 'csv', asOf: '2026-11-20T08:00:00.000Z' } }),
      },
    ]);
    expect((src as unknown as { invalidRows: unknown[] }).invalidRows).toEqual([{ line: 4, error: expect.stringMatching(/Bogus/) }]);
  });

  it('by name only for helpdesk (flag or HELPDESK_ADMIN_IDS); others get HB-INV-403', async () => {
    const { src } = csvSource(text, { HELPDESK_ADMIN_IDS: 'admin-1' });
    await expect(src.deviceByName('pc-2', { aadObjectId: OWNER, isHelpdesk: false })).rejects.toThrow(/HB-INV-403/);
    await expect(src.deviceByName('no-such-pc', { aadObjectId: OWNER, isHelpdesk: false })).rejects.toThrow(/HB-INV-403/);
    expect((await src.deviceByName('PC-1', { aadObjectId: OWNER, isHelpdesk: false }))?.deviceName).toBe('PC-1');
    expect((await src.deviceByName('pc-2', { aadObjectId: 'admin-1', isHelpdesk: false }))?.profile.edition).toBe('pro');
    expect(await src.deviceByName('nope', { isHelpdesk: true })).toBeUndefined();
    const all: string[] = [];
    for await (const d of src.allDevices!({ isHelpdesk: true })) all.push(d.deviceName ?? '');
    expect(all).toEqual(['PC-1', 'PC-2']);
  });

  it('a missing file is HB-INV-011 naming INVENTORY_CSV_PATH', async () => {
    const src = createDeviceSource(cfg({ DEVICE_SOURCE: 'csv', INVENTORY_CSV_PATH: '/nonexistent/devices.csv' }), { now });
    await expect(src.devicesOf({ aadObjectId: OWNER, isHelpdesk: false })).rejects.toThrow(/HB-INV-011 .*INVENTORY_CSV_PATH=\/nonexistent\/devices.csv/);
  });

  it('re-reads the file when it changes', async () => {
    const { src, path } = csvSource(text);
    expect(await src.devicesOf({ aadObjectId: OWNER, isHelpdesk: false })).toHaveLength(1);
    writeFileSync(path, `deviceName,ownerId\nA,${OWNER}\nB,${OWNER}\n`);
    utimesSync(path, new Date('2026-11-21T08:00:00Z'), new Date('2026-11-21T08:00:00Z'));
    expect(await src.devicesOf({ aadObjectId: OWNER, isHelpdesk: false })).toHaveLength(2);
  });
});
