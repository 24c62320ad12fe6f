import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import nock from 'nock';
import { createDeviceSource } from '../../../src/inventory/create-device-source';
import type { IntuneDeviceSource } from '../../../src/inventory/graph/intune-source';
import { evaluate } from '../../../src/core/eligibility/evaluate';
import { createGraphApi } from '../../../src/inventory/graph/graph-http';
import { summarizeFleet } from '../../../src/core/fleet/fleet-summary';
import { ADMIN_USER, HELPDESK_GROUP, HELPDESK_USER, SECRET, USER, config, fixture, graph, mockToken, mockUserDevices } from './graph-fixtures';

let clock = new Date('2026-11-25T10:00:00Z');
const sleeps: number[] = [];
function source(extra: Record<string, string> = {}) {
  sleeps.length = 0;
  return createDeviceSource(config(extra), { now: () => clock, sleep: async (ms) => void sleeps.push(ms), baselineUbr: () => undefined }) as IntuneDeviceSource;
}

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  clock = new Date('2026-11-25T10:00:00Z');
});

describe("the asking user's devices (/users/{id}/managedDevices, beta single GET, policies, licences)", () => {
  it('pages through, keeps Windows devices and maps each one with its origins', async () => {
    mockToken();
    mockUserDevices({ catalog: true });
    const devices = await source({ GRAPH_READ_CATALOG: 'true' }).devicesOf({ aadObjectId: USER, isHelpdesk: false });
    expect(nock.pendingMocks()).toEqual([]);
    expect(devices.map((d) => d.deviceName)).toEqual(['LAPTOP-ALICE', 'SURFACE-ALICE', 'OLD-PC']);
    const [laptop, surface, old] = devices;
    expect(laptop.profile).toEqual({
      deviceName: 'LAPTOP-ALICE',
      osFamily: 'windows-11',
      osVersion: '24H2',
      build: 26100,
      ubr: 8700,
      onLatestBaseline: true,
      edition: 'enterprise',
      vbs: 'running',
      architecture: 'x64',
      joinType: 'entra',
      management: 'intune',
      licenses: ['e3', 'other'],
      hotpatchPolicy: 'allow',
    });
    expect(laptop.origins.vbs).toEqual({ source: 'intune', asOf: '2026-11-25T08:12:00.000Z' });
    expect(laptop.origins.licenses).toEqual({ source: 'intune', asOf: '2026-11-25T10:00:00.000Z' });
    expect(laptop.asOf).toBe('2026-11-25T10:00:00.000Z');
    expect(evaluate(laptop.profile, { today: '2026-11-25' }).status).toBe('eligible');
    // G-MD-5 numeric 1 = rebootRequired; arM64; hybrid; edition from skuFamily; excluded from the pilot by group → in no policy.
    expect(surface.profile).toMatchObject({
      osVersion: '25H2',
      build: 26200,
      ubr: 8390,
      onLatestBaseline: false,
      edition: 'pro',
      vbs: 'enabled-not-running',
      architecture: 'arm64',
      joinType: 'hybrid',
      management: 'co-managed',
      hotpatchPolicy: 'none',
    });
    expect(surface.profile.tenantDefault).toBeUndefined(); // G-QUP-4
    // G-MD-3: default hardwareInformation (VBS enum 0 = "running") must not read as running.
    expect(old.profile).toEqual({
      deviceName: 'OLD-PC',
      osFamily: 'windows-11',
      osVersion: '23H2',
      build: 22631,
      ubr: 4000,
      management: 'intune',
      licenses: ['e3', 'other'],
    });
    expect(evaluate(old.profile, { today: '2026-11-25' }).status).toBe('not-eligible');
  });

  it('serves repeated questions from the cache until GRAPH_CACHE_SECONDS, then reads again', async () => {
    mockToken();
    mockUserDevices();
    const src = source({ GRAPH_CACHE_SECONDS: '60' });
    const first = await src.devicesOf({ aadObjectId: USER, isHelpdesk: false });
    clock = new Date('2026-11-25T10:00:30Z');
    const again = await src.devicesOf({ aadObjectId: USER, isHelpdesk: false });
    expect(again).toBe(first);
    clock = new Date('2026-11-25T10:01:01Z');
    mockUserDevices();
    const later = await src.devicesOf({ aadObjectId: USER, isHelpdesk: false });
    expect(later[0].asOf).toBe('2026-11-25T10:01:01.000Z');
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('a requester without an Entra id, or unknown to the tenant, has no devices', async () => {
    const src = source();
    expect(await src.devicesOf({ isHelpdesk: false })).toEqual([]);
    mockToken();
    graph()
      .get(`/v1.0/users/${USER}/managedDevices`)
      .query(true)
      .reply(404, { error: { code: 'Request_ResourceNotFound', message: 'not found' } });
    expect(await src.devicesOf({ aadObjectId: USER, isHelpdesk: false })).toEqual([]);
  });
});

describe('a device by name: helpdesk staff only', () => {
  function mockByName() {
    const g = graph();
    g.get('/v1.0/deviceManagement/managedDevices')
      .query((q) => q.$filter === "deviceName eq 'LAPTOP-ALICE'")
      .reply(200, fixture('device-by-name'));
    return g;
  }

  it('anyone else gets HB-INV-403 for a device that is not theirs, after a membership check', async () => {
    mockToken();
    graph()
      .post(`/v1.0/users/${USER}/checkMemberGroups`, { groupIds: [HELPDESK_GROUP] })
      .reply(200, fixture('check-member-groups-none'));
    mockUserDevices();
    const src = source();
    await expect(src.deviceByName('PC-BOB', { aadObjectId: USER, isHelpdesk: false })).rejects.toThrow(
      /HB-INV-403 Sorry, you can only look up your own devices/,
    );
    expect(nock.pendingMocks()).toEqual([]);
    // Their own device, by name (any case), comes from their device list without a by-name search.
    expect((await src.deviceByName('laptop-alice', { aadObjectId: USER, isHelpdesk: false }))?.id).toBe('md-1');
  });

  it('a member of HELPDESK_GROUP_ID gets the most recently synced record of that name', async () => {
    mockToken();
    graph()
      .post(`/v1.0/users/${HELPDESK_USER}/checkMemberGroups`, { groupIds: [HELPDESK_GROUP] })
      .reply(200, fixture('check-member-groups'));
    mockByName();
    const g = graph();
    g.get('/beta/deviceManagement/managedDevices/md-1').query(true).reply(200, fixture('beta-device-md-1'));
    g.get(`/v1.0/users/${USER}/licenseDetails`).query(true).reply(200, fixture('license-details'));
    g.get('/beta/deviceManagement/windowsQualityUpdatePolicies').query(true).reply(200, { value: [] });
    g.get(/\/devices\(deviceId=.*transitiveMemberOf/)
      .query(true)
      .reply(200, fixture('device-1-groups'));
    g.get(`/v1.0/users/${USER}/transitiveMemberOf/microsoft.graph.group`).query(true).reply(200, fixture('user-groups'));
    const d = await source().deviceByName('LAPTOP-ALICE', { aadObjectId: HELPDESK_USER, isHelpdesk: false });
    expect(d?.id).toBe('md-1');
    expect(d?.profile).toMatchObject({ ubr: 8700, hotpatchPolicy: 'none', vbs: 'running' });
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('an id in HELPDESK_ADMIN_IDS needs no membership call; an unknown name is undefined; quotes are escaped', async () => {
    mockToken();
    graph()
      .get('/v1.0/deviceManagement/managedDevices')
      .query((q) => q.$filter === "deviceName eq 'O''Brien-PC'")
      .reply(200, { value: [] });
    expect(await source().deviceByName("O'Brien-PC", { aadObjectId: ADMIN_USER, isHelpdesk: false })).toBeUndefined();
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('allDevices (fleet card) is helpdesk-only and feeds summarizeFleet', async () => {
    const src = source();
    mockToken();
    graph()
      .get('/v1.0/deviceManagement/managedDevices')
      .query((q) => q.$filter === "operatingSystem eq 'Windows'")
      .reply(200, fixture('user-managed-devices-page2'));
    graph().get('/beta/deviceManagement/managedDevices/md-4').query(true).reply(200, fixture('beta-device-md-4-defaults'));
    graph().get(`/v1.0/users/${USER}/licenseDetails`).query(true).reply(200, { value: [] });
    graph().get('/beta/deviceManagement/windowsQualityUpdatePolicies').query(true).reply(200, { value: [] });
    const s = await summarizeFleet(src.allDevices!({ aadObjectId: ADMIN_USER, isHelpdesk: false }), { today: '2026-11-25' });
    expect(s).toMatchObject({ total: 1, notEligible: 1, byBlocker: { 'os-version': 1, license: 1 } });
    const denied = src.allDevices!({ isHelpdesk: false })[Symbol.asyncIterator]();
    await expect(denied.next()).rejects.toThrow(/HB-INV-403/);
  });
});

describe('tokens, permissions, throttling, timeouts and malformed data', () => {
  it('a wrong client secret → HB-INV-401 naming GRAPH_CLIENT_SECRET, never the secret', async () => {
    nock('https://login.microsoftonline.com')
      .post(/oauth2\/v2\.0\/token/)
      .query(true)
      .reply(401, fixture('token-invalid-secret'));
    const err = await source()
      .devicesOf({ aadObjectId: USER, isHelpdesk: false })
      .catch((e) => e);
    expect(String(err)).toMatch(/HB-INV-401 .*AADSTS7000215.*GRAPH_CLIENT_SECRET/);
    expect(String(err)).not.toContain(SECRET);
  });

  it('403 → HB-INV-031 naming the least-privileged permission to grant', async () => {
    mockToken();
    graph().get(`/v1.0/users/${USER}/managedDevices`).query(true).reply(403, fixture('error-403'));
    await expect(source().devicesOf({ aadObjectId: USER, isHelpdesk: false })).rejects.toThrow(
      /HB-INV-031 .*DeviceManagementManagedDevices\.Read\.All.*Grant admin consent/,
    );
    mockToken();
    const g = graph();
    g.get(`/v1.0/users/${USER}/managedDevices`)
      .query(true)
      .reply(200, { value: [fixture('user-managed-devices-page1').value as unknown[]][0].slice(0, 1) });
    g.get('/beta/deviceManagement/managedDevices/md-1').query(true).reply(200, fixture('beta-device-md-1'));
    g.get(`/v1.0/users/${USER}/licenseDetails`).query(true).reply(200, fixture('license-details'));
    g.get('/beta/deviceManagement/windowsQualityUpdatePolicies').query(true).reply(403, fixture('error-403'));
    await expect(source().devicesOf({ aadObjectId: USER, isHelpdesk: false })).rejects.toThrow(/DeviceManagementConfiguration\.Read\.All/);
  });

  it('429 honours Retry-After, then succeeds; the wait is bounded', async () => {
    mockToken();
    const g = graph();
    g.get(`/v1.0/users/${USER}/managedDevices`).query(true).reply(429, fixture('error-429'), { 'Retry-After': '7' });
    g.get(`/v1.0/users/${USER}/managedDevices`).query(true).reply(429, fixture('error-429'), { 'Retry-After': '86400' });
    g.get(`/v1.0/users/${USER}/managedDevices`).query(true).reply(200, { value: [] });
    const src = source();
    expect(await src.devicesOf({ aadObjectId: USER, isHelpdesk: false })).toEqual([]);
    expect(sleeps).toEqual([7000, 30000]);
  });

  it('503 without Retry-After backs off 1, 2, 4 s, then gives up with HB-INV-502', async () => {
    mockToken();
    graph().get(`/v1.0/users/${USER}/managedDevices`).query(true).times(4).reply(503, 'Service Unavailable');
    const src = source();
    await expect(src.devicesOf({ aadObjectId: USER, isHelpdesk: false })).rejects.toThrow(/HB-INV-502/);
    expect(sleeps).toEqual([1000, 2000, 4000]);
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('429 that never ends → HB-INV-429 with the last Retry-After', async () => {
    mockToken();
    graph().get(`/v1.0/users/${USER}/managedDevices`).query(true).times(4).reply(429, fixture('error-429'), { 'Retry-After': '3' });
    await expect(source().devicesOf({ aadObjectId: USER, isHelpdesk: false })).rejects.toThrow(/HB-INV-429 .*retry after 3 s/);
  });

  it('a Graph call slower than the timeout → HB-INV-504', async () => {
    mockToken();
    // The answer is held back before its headers: nock 15's .delay() starts the response, and when the client's
    // timeout aborts, undici then asserts on a half-read response of the mocked socket (an unhandled error).
    graph()
      .get(`/v1.0/users/${USER}/managedDevices`)
      .query(true)
      .reply(() => new Promise((done) => setTimeout(() => done([200, { value: [] }]), 2000)));
    const src = createDeviceSource(config(), { now: () => clock, sleep: async () => undefined, graphTimeoutMs: 100 });
    await expect(src.devicesOf({ aadObjectId: USER, isHelpdesk: false })).rejects.toThrow(/HB-INV-504/);
  });

  it('malformed answers: a page without value, a device without id → HB-INV-422', async () => {
    mockToken();
    graph().get(`/v1.0/users/${USER}/managedDevices`).query(true).reply(200, { items: [] });
    await expect(source().devicesOf({ aadObjectId: USER, isHelpdesk: false })).rejects.toThrow(/HB-INV-422 .*without "value"/);
    mockToken();
    graph()
      .get(`/v1.0/users/${USER}/managedDevices`)
      .query(true)
      .reply(200, { value: [{ deviceName: 'X', operatingSystem: 'Windows' }] });
    await expect(source().devicesOf({ aadObjectId: USER, isHelpdesk: false })).rejects.toThrow(/HB-INV-422 .*without an id/);
  });

  it('a runaway nextLink loop stops at the page bound', async () => {
    mockToken();
    const self = `https://graph.microsoft.com/v1.0/users/${USER}/managedDevices?$skiptoken=again`;
    graph().get(`/v1.0/users/${USER}/managedDevices`).query(true).times(3).reply(200, { value: [], '@odata.nextLink': self });
    const api = createGraphApi({ getToken: async () => 'eyJtest', maxPages: 3 });
    const read = async () => {
      for await (const _ of api.list(`/users/${USER}/managedDevices`)) void _;
    };
    await expect(read()).rejects.toThrow(/HB-INV-422 Stopped after 3 pages/);
  });
});
