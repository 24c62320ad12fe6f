import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { createDeviceSource } from '../../../src/inventory/create-device-source';
import { inventorySchema } from '../../../src/config/inventory-config';
import { TENANT, USER, fixture } from './graph-fixtures';

const now = () => new Date('2026-11-25T10:00:00Z');
let pemPath = '';

beforeAll(() => {
  nock.disableNetConnect();
  // A throw-away self-signed certificate, made for this run only (nothing secret is committed).
  const dir = mkdtempSync(join(tmpdir(), 'graph-cert-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
      '-days',
      '1',
      '-subj',
      '/CN=hotpatch-bot-test',
    ],
    { stdio: 'ignore' },
  );
  pemPath = join(dir, 'graph.pem');
  writeFileSync(pemPath, readFileSync(join(dir, 'cert.pem'), 'utf8') + readFileSync(join(dir, 'key.pem'), 'utf8'));
});
afterEach(() => nock.cleanAll());

function mockDevicesCall(token: string) {
  return nock('https://graph.microsoft.com')
    .matchHeader('authorization', `Bearer ${token}`)
    .get(`/v1.0/users/${USER}/managedDevices`)
    .query(true)
    .reply(200, { value: [] });
}

describe('app-only credentials against the Entra token endpoint', () => {
  it('certificate: posts a signed client assertion (no secret), then calls Graph with the token', async () => {
    let assertion = '';
    nock('https://login.microsoftonline.com')
      .post(`/${TENANT}/oauth2/v2.0/token`, (body: Record<string, string>) => {
        assertion = body.client_assertion ?? '';
        return body.client_assertion_type === 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer' && body.client_secret === undefined;
      })
      .query(true)
      .reply(200, fixture('token'));
    mockDevicesCall(fixture('token').access_token as string);
    const config = inventorySchema.parse({
      DEVICE_SOURCE: 'intune',
      GRAPH_TENANT_ID: TENANT,
      GRAPH_CLIENT_ID: '00000000-0000-0000-0000-00000000c11e',
      GRAPH_CERTIFICATE_PATH: pemPath,
    });
    expect(await createDeviceSource(config, { now }).devicesOf({ aadObjectId: USER, isHelpdesk: false })).toEqual([]);
    const header = JSON.parse(Buffer.from(assertion.split('.')[0], 'base64url').toString('utf8'));
    expect(header.alg).toMatch(/^(RS|PS)256$/);
    expect(header.x5t ?? header['x5t#S256']).toBeTruthy();
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('managed identity: asks the instance metadata service for a Graph token', async () => {
    nock('http://169.254.169.254')
      .matchHeader('metadata', 'true')
      .get('/metadata/identity/oauth2/token')
      .query((q) => q.resource === 'https://graph.microsoft.com')
      .reply(200, {
        access_token: 'eyJmanaged',
        expires_in: '3599',
        expires_on: String(Math.floor(Date.now() / 1000) + 3599),
        resource: 'https://graph.microsoft.com',
        token_type: 'Bearer',
      });
    mockDevicesCall('eyJmanaged');
    const config = inventorySchema.parse({ DEVICE_SOURCE: 'intune' });
    expect(await createDeviceSource(config, { now }).devicesOf({ aadObjectId: USER, isHelpdesk: false })).toEqual([]);
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('managed identity not attached → HB-INV-401 saying how to configure a secret or certificate', async () => {
    // What IMDS answers for a user-assigned identity that is not attached to this host.
    nock('http://169.254.169.254').get(/.*/).query(true).times(5).reply(400, { error: 'invalid_request', error_description: 'Identity not found' });
    // A user-assigned identity: its own token cache, so the previous test's token is not reused.
    const config = inventorySchema.parse({ DEVICE_SOURCE: 'intune', GRAPH_CLIENT_ID: '99999999-0000-4000-8000-000000000099' });
    await expect(createDeviceSource(config, { now }).devicesOf({ aadObjectId: USER, isHelpdesk: false })).rejects.toThrow(
      /HB-INV-401 .*no managed identity is available here: set GRAPH_CLIENT_SECRET or GRAPH_CERTIFICATE_PATH/,
    );
  });
});
