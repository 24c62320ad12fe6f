import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { archFromGraph, joinFromGraph, managementFromGraph, vbsFromGraph } from '../../../src/inventory/graph/intune-mapper';
import { hotpatchPolicyFor, policyApplies, type QualityUpdatePolicy } from '../../../src/inventory/graph/hotpatch-policies';
import { baselineUbrFromCatalog, isHotpatchRevision, type CatalogEntry } from '../../../src/inventory/graph/catalog-baseline';
import { licenseOfSku } from '../../../src/inventory/graph/license-skus';
import { retryDelayMs } from '../../../src/inventory/graph/graph-http';
import { permissionFor, toInventoryError } from '../../../src/inventory/graph/graph-errors';
import { fixture } from './graph-fixtures';

describe('managedDevice enums (G-MD-2, G-MD-5, CF-1)', () => {
  it.each([
    ['running', 'running'],
    [0, 'running'],
    ['0', 'running'],
    ['rebootRequired', 'enabled-not-running'],
    [1, 'enabled-not-running'],
    ['require64BitArchitecture', 'off'],
    [2, 'off'],
    ['notLicensed', 'off'],
    ['notConfigured', 'off'],
    [4, 'off'],
    ['doesNotMeetHardwareRequirements', 'off'],
    ['other', 'off'],
    [42, 'off'],
    [null, undefined],
    ['bogus', undefined],
    [7, undefined],
  ])('VBS %j → %s (Graph running = 0, unlike WMI 2)', (raw, expected) => expect(vbsFromGraph(raw as string | number | null)).toBe(expected));
  it.each([
    ['x64', 'x64'],
    ['arM64', 'arm64'],
    ['x86', 'x86'],
    ['arm', undefined],
    ['unknown', undefined],
    [null, undefined],
  ])('arch %s → %s', (raw, expected) => expect(archFromGraph(raw)).toBe(expected));
  it.each([
    ['azureADJoined', 'entra'],
    ['hybridAzureADJoined', 'hybrid'],
    ['azureADRegistered', 'registered'],
    ['unknown', undefined],
  ])('join %s → %s', (raw, expected) => expect(joinFromGraph(raw)).toBe(expected));
  it.each([
    ['mdm', 'intune'],
    ['configurationManagerClientMdm', 'co-managed'],
    ['configurationManagerClient', 'other-mdm'],
    ['unknown', undefined],
  ])('management %s → %s', (raw, expected) => expect(managementFromGraph(raw)).toBe(expected));
});

const G1 = 'g-1',
  G2 = 'g-2',
  G3 = 'g-3';
const group = (groupId: string) => ({ target: { '@odata.type': '#microsoft.graph.groupAssignmentTarget', groupId } });
const exclude = (groupId: string) => ({ target: { '@odata.type': '#microsoft.graph.exclusionGroupAssignmentTarget', groupId } });
const allDevices = { target: { '@odata.type': '#microsoft.graph.allDevicesAssignmentTarget' } };
const policy = (hotpatchEnabled: unknown, ...assignments: QualityUpdatePolicy['assignments'] & object): QualityUpdatePolicy => ({
  id: 'p',
  hotpatchEnabled: hotpatchEnabled as boolean,
  assignments,
});

describe('hotpatch policy of a device (HP-MGT-2, G-QUP-1, G-QUP-4)', () => {
  it.each([
    ['no policies in the tenant', [], new Set([G1]), 'none'],
    ['in an Allow policy', [policy(true, group(G1))], new Set([G1]), 'allow'],
    ['in a Block policy', [policy(false, group(G1))], new Set([G1]), 'block'],
    ['hotpatchEnabled as a string', [policy('false', group(G1))], new Set([G1]), 'block'],
    ['in no policy → tenant default (unknown here)', [policy(true, group(G2))], new Set([G1]), 'none'],
    ['excluded wins over included', [policy(true, group(G1), exclude(G3))], new Set([G1, G3]), 'none'],
    ['all devices', [policy(true, allDevices)], new Set<string>(), 'allow'],
    ['two policies disagree → unknown', [policy(true, group(G1)), policy(false, group(G2))], new Set([G1, G2]), undefined],
    ['unreadable hotpatchEnabled → unknown', [policy(null, group(G1))], new Set([G1]), undefined],
    ['groups unknown, group-targeted policies → unknown', [policy(true, group(G1))], undefined, undefined],
    ['groups unknown, all-devices Block → block', [policy(false, allDevices)], undefined, 'block'],
  ])('%s', (_name, policies, groups, expected) => expect(hotpatchPolicyFor(policies as QualityUpdatePolicy[], groups)).toBe(expected));

  it('never answers "allow" unless an applying policy says true (fast-check)', () => {
    const arb = fc.array(
      fc.record({
        hotpatchEnabled: fc.constantFrom(true, false, 'true', 'false', null, 'yes'),
        assignments: fc.array(fc.constantFrom(group(G1), group(G2), exclude(G1), exclude(G3), allDevices), { maxLength: 3 }),
      }),
      { maxLength: 4 },
    );
    fc.assert(
      fc.property(arb, fc.subarray([G1, G2, G3]), (ps, gs) => {
        const result = hotpatchPolicyFor(
          ps.map((p, i) => ({ id: `p${i}`, ...p })),
          new Set(gs),
        );
        const applying = ps.filter((p, i) => policyApplies({ id: `p${i}`, ...p }, new Set(gs)));
        if (result === 'allow') {
          expect(applying.length).toBeGreaterThan(0);
          expect(applying.every((p) => p.hotpatchEnabled === true || p.hotpatchEnabled === 'true')).toBe(true);
        }
        if (applying.some((p) => p.hotpatchEnabled !== true && p.hotpatchEnabled !== 'true')) expect(result).not.toBe('allow');
      }),
    );
  });
});

describe('catalog: latest baseline UBR (G-CAT-2..4, CAL-6)', () => {
  const entries = fixture('catalog-entries').value as CatalogEntry[];
  it('skips future releases, D previews and hotpatch months: June 2026 → 8655', () => {
    expect(baselineUbrFromCatalog(entries, '2026-11-25T10:00:00.000Z')).toBe(8655);
  });
  it('before June, May was a hotpatch month and nothing older is listed → unknown', () => {
    expect(baselineUbrFromCatalog(entries, '2026-06-01T00:00:00.000Z')).toBeUndefined();
  });
  it.each([
    [true, true],
    ['true', true],
    ['TRUE', true],
    [false, false],
    ['false', false],
    [null, false],
  ])('isHotpatchUpdate %j → %s', (v, expected) => expect(isHotpatchRevision({ isHotpatchUpdate: v as boolean })).toBe(expected));
  it('reads the older property name isHotpatchEnabled too (G-CAT-4)', () => expect(isHotpatchRevision({ isHotpatchEnabled: 'true' })).toBe(true));
});

describe('licence SKUs (HP-LIC-1, HP-LIC-4)', () => {
  it.each([
    ['SPE_E3', 'e3'],
    ['SPE_E5', 'e5'],
    ['WIN10_VDA_E3', 'e3'],
    ['SPE_F1', 'f3'],
    ['M365EDU_A3_FACULTY', 'a3'],
    ['M365EDU_A5_STUDENT', 'a5'],
    ['SPB', 'business-premium'],
    ['O365_BUSINESS_PREMIUM', 'business-standard'],
    ['CPC_E_2C_8GB_128GB', 'w365-enterprise'],
    ['CPC_B_2C_4GB_64GB', 'w365-business'],
    ['ENTERPRISEPACK', 'other'],
    ['POWER_BI_STANDARD', 'other'],
  ])('%s → %s', (sku, expected) => expect(licenseOfSku(sku)).toBe(expected));
});

describe('retries and errors', () => {
  it.each([
    ['5', 0, 5000],
    ['0', 2, 0],
    [null, 0, 1000],
    [null, 2, 4000],
    ['999999', 0, 30000],
    ['garbage', 1, 2000],
    ['Wed, 25 Nov 2026 10:00:10 GMT', 0, 10000],
  ])('Retry-After %j, attempt %i → %i ms', (h, attempt, expected) =>
    expect(retryDelayMs(h, attempt, 30_000, Date.parse('2026-11-25T10:00:00Z'))).toBe(expected),
  );

  it.each([
    ['/users/x/managedDevices', 'DeviceManagementManagedDevices.Read.All'],
    ['/deviceManagement/windowsQualityUpdatePolicies?$expand=assignments', 'DeviceManagementConfiguration.Read.All'],
    ["/devices(deviceId='x')/transitiveMemberOf/microsoft.graph.group", 'Device.Read.All and GroupMember.Read.All'],
    ['/users/x/checkMemberGroups', 'GroupMember.Read.All and User.ReadBasic.All'],
    ['/users/x/licenseDetails', 'User.Read.All'],
    ['/admin/windows/updates/catalog/entries', 'WindowsUpdates.ReadWrite.All'],
  ])('403 on %s names %s', (path, permission) => {
    expect(permissionFor(path).permission).toBe(permission);
    expect(toInventoryError({ statusCode: 403 }, path).message).toContain(permission);
  });

  it('messages drop query strings (filters carry device names)', () => {
    expect(toInventoryError({ statusCode: 500 }, "/deviceManagement/managedDevices?$filter=deviceName eq 'SECRET-PC'").message).not.toContain('SECRET-PC');
  });
});
