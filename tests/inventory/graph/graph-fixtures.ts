import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import nock from 'nock';
import { inventorySchema } from '../../../src/config/inventory-config';

/** Recorded-shape Graph and Entra responses (tests/fixtures/inventory/graph). */
export function fixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(resolve(__dirname, '../../fixtures/inventory/graph', `${name}.json`), 'utf8'));
}

export const TENANT = '11111111-2222-4333-8444-555555555555';
export const USER = 'aaaaaaaa-0000-4000-8000-000000000001';
export const HELPDESK_USER = 'aaaaaaaa-0000-4000-8000-000000000002';
export const ADMIN_USER = 'aaaaaaaa-0000-4000-8000-000000000003';
export const HELPDESK_GROUP = 'bbbbbbbb-0000-4000-8000-000000000001';
export const SECRET = 'super-secret-value~123';

export function config(extra: Record<string, string> = {}) {
  return inventorySchema.parse({
    DEVICE_SOURCE: 'intune',
    GRAPH_TENANT_ID: TENANT,
    GRAPH_CLIENT_ID: '00000000-0000-0000-0000-00000000c11e',
    GRAPH_CLIENT_SECRET: SECRET,
    HELPDESK_GROUP_ID: HELPDESK_GROUP,
    HELPDESK_ADMIN_IDS: ADMIN_USER,
    ...extra,
  });
}

/** The Entra token endpoint (client credentials), one token per credential. */
export function mockToken(times = 1) {
  return nock('https://login.microsoftonline.com')
    .post(
      `/${TENANT}/oauth2/v2.0/token`,
      (body: Record<string, string>) => body.grant_type === 'client_credentials' && body.scope === 'https://graph.microsoft.com/.default',
    )
    .query(true)
    .times(times)
    .reply(200, fixture('token'));
}

export const graph = () => nock('https://graph.microsoft.com').matchHeader('authorization', /^Bearer eyJ/);

/** Every call devicesOf(USER) makes, once each (later calls must come from the cache). */
export function mockUserDevices(opts: { catalog?: boolean } = {}) {
  const g = graph();
  g.get(`/v1.0/users/${USER}/managedDevices`)
    .query((q) => String(q.$select).includes('osVersion') && q.$skiptoken === undefined)
    .reply(200, fixture('user-managed-devices-page1'));
  g.get(`/v1.0/users/${USER}/managedDevices`)
    .query((q) => q.$skiptoken === "LastDeviceId='md-3'")
    .reply(200, fixture('user-managed-devices-page2'));
  for (const [id, file] of [
    ['md-1', 'beta-device-md-1'],
    ['md-2', 'beta-device-md-2'],
    ['md-4', 'beta-device-md-4-defaults'],
  ]) {
    g.get(`/beta/deviceManagement/managedDevices/${id}`)
      .query((q) => String(q.$select).includes('hardwareInformation'))
      .reply(200, fixture(file));
  }
  g.get(`/v1.0/users/${USER}/licenseDetails`).query(true).reply(200, fixture('license-details'));
  g.get('/beta/deviceManagement/windowsQualityUpdatePolicies').query({ $expand: 'assignments' }).reply(200, fixture('quality-update-policies'));
  g.get('/beta/deviceManagement/windowsQualityUpdatePolicies/qup-kiosks/assignments').reply(200, fixture('quality-update-policy-kiosks-assignments'));
  g.get(/\/v1\.0\/devices\(deviceId='?dddddddd-0000-4000-8000-000000000001'?\)\/transitiveMemberOf\/microsoft\.graph\.group/)
    .query(true)
    .reply(200, fixture('device-1-groups'));
  g.get(/\/v1\.0\/devices\(deviceId='?dddddddd-0000-4000-8000-000000000002'?\)\/transitiveMemberOf\/microsoft\.graph\.group/)
    .query(true)
    .reply(200, fixture('device-2-groups'));
  g.get(`/v1.0/users/${USER}/transitiveMemberOf/microsoft.graph.group`).query(true).reply(200, fixture('user-groups'));
  if (opts.catalog) g.get('/beta/admin/windows/updates/catalog/entries').query(true).reply(200, fixture('catalog-entries'));
  return g;
}
