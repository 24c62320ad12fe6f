import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DeviceProfile } from '../../../src/core/device-profile';
import { profileArb } from '../../helpers/profile-arb';
import { evaluate } from '../../../src/core/eligibility/evaluate';
import { allRules } from '../../../src/core/eligibility/all-rules';

const ctx = { today: '2026-11-25' };

// The eligibility example cases (tests/fixtures/questions/cases.json), with the verdict and the blocker the answer must name.
const cases: [tc: string, device: DeviceProfile, status: string, blockers: string[]][] = [
  [
    'TC-01 Pro 24H2 x64, VBS running, no Enterprise subscription',
    { edition: 'pro', osVersion: '24H2', architecture: 'x64', vbs: 'running', licenses: [] },
    'not-eligible',
    ['edition', 'license'],
  ],
  [
    'TC-02 Enterprise 25H2 x64 E3 VBS running, policy Allow, latest baseline',
    { edition: 'enterprise', osVersion: '25H2', architecture: 'x64', vbs: 'running', licenses: ['e3'], hotpatchPolicy: 'allow', onLatestBaseline: true },
    'eligible',
    [],
  ],
  ['TC-04 Windows 10 22H2 Enterprise with ESU', { osFamily: 'windows-10', osVersion: '22H2', edition: 'enterprise' }, 'not-eligible', ['os-version']],
  ['TC-05 Enterprise 24H2 E3, VBS not enabled', { edition: 'enterprise', osVersion: '24H2', licenses: ['e3'], vbs: 'off' }, 'not-eligible', ['vbs-running']],
  ['TC-09 Enterprise LTSC 2024', { edition: 'enterprise-ltsc' }, 'not-eligible', ['edition']],
  [
    'TC-12 telemetry Security and wlidsvc disabled',
    { edition: 'enterprise', osVersion: '24H2', architecture: 'x64', vbs: 'running', licenses: ['e5'], telemetry: 'security', signInAssistantRunning: false },
    'not-eligible',
    ['diagnostic-data', 'sign-in-assistant'],
  ],
  [
    'TC-14 eligible but behind the baseline',
    { edition: 'enterprise', osVersion: '24H2', architecture: 'x64', vbs: 'running', licenses: ['e3'], onLatestBaseline: false },
    'not-eligible',
    ['latest-baseline'],
  ],
  [
    'Pro + Business Premium (HP-LIC-6)',
    { edition: 'pro', osVersion: '24H2', architecture: 'x64', vbs: 'running', licenses: ['business-premium'] },
    'not-eligible',
    ['edition'],
  ],
  [
    'Arm64 Enterprise with CHPE disabled',
    { edition: 'enterprise', osVersion: '24H2', architecture: 'arm64', chpeDisabled: true, vbs: 'running', licenses: ['e3'] },
    'eligible',
    [],
  ],
  ['Arm64 without knowing CHPE', { edition: 'enterprise', osVersion: '24H2', architecture: 'arm64', vbs: 'running', licenses: ['e3'] }, 'unknown', []],
  [
    'HP-OS-8: Enterprise 26H2 (covered by 24H2 or later, hedged)',
    { edition: 'enterprise', osVersion: '26H2', architecture: 'x64', vbs: 'running', licenses: ['e3'] },
    'eligible',
    [],
  ],
  ['HP-OS-7: Enterprise 26H1 (undocumented)', { edition: 'enterprise', build: 28000, architecture: 'x64', vbs: 'running', licenses: ['e3'] }, 'unknown', []],
  [
    'HP-ED-1: Enterprise multi-session (verify)',
    { edition: 'enterprise-multi-session', osVersion: '24H2', architecture: 'x64', vbs: 'running', licenses: ['e3'] },
    'unknown',
    [],
  ],
  ['HP-LIC-8: Education with A5', { edition: 'education', osVersion: '25H2', architecture: 'x64', vbs: 'running', licenses: ['a5'] }, 'eligible', []],
  [
    'HP-LIC-8: Pro Education with A3 (not yet activated)',
    { edition: 'pro-education', osVersion: '25H2', architecture: 'x64', vbs: 'running', licenses: ['a3'] },
    'not-eligible',
    ['edition'],
  ],
  ['GCC tenant', { edition: 'enterprise', osVersion: '24H2', architecture: 'x64', vbs: 'running', licenses: ['e3'], cloud: 'gcc' }, 'unknown', []],
  ['nothing known', {}, 'unknown', []],
];

describe('evaluate()', () => {
  it.each(cases)('%s', (_tc, device, status, blockers) => {
    const v = evaluate(DeviceProfile.parse(device), ctx);
    expect(v.status).toBe(status);
    for (const b of blockers) expect(v.blockers).toContain(b);
    if (status === 'eligible') expect(v.checks.every((c) => c.status === 'pass' || c.assumed)).toBe(true);
  });

  it('runs every rule, in checklist order', () => {
    expect(evaluate({}, ctx).checks.map((c) => c.id)).toHaveLength(allRules.length);
  });

  it('lists what to ask for when the verdict is unknown', () => {
    const v = evaluate({ edition: 'enterprise' }, ctx);
    expect(v.missing).toEqual(expect.arrayContaining(['os-version', 'license', 'vbs-running', 'arm64-chpe']));
    expect(v.checks.find((c) => c.id === 'vbs-running')?.ask).toBe('vbs');
  });

  it('an eligible verdict says which conventions it assumed', () => {
    const v = evaluate({ edition: 'enterprise', osVersion: '24H2', architecture: 'x64', vbs: 'running', licenses: ['e3'] }, ctx);
    expect(v.status).toBe('eligible');
    expect(v.assumptions).toEqual(
      expect.arrayContaining(['intune-managed', 'join-type', 'diagnostic-data', 'sign-in-assistant', 'hotpatch-policy', 'latest-baseline']),
    );
  });
});

describe('evaluate() properties', () => {
  it('removing a fact never creates a fail (missing data is unknown, never fail)', () => {
    fc.assert(
      fc.property(profileArb, fc.constantFrom(...(Object.keys(DeviceProfile.shape) as (keyof DeviceProfile)[])), (device, field) => {
        const fewer = { ...device };
        delete fewer[field];
        const before = new Map(evaluate(device, ctx).checks.map((c) => [c.id, c.status]));
        for (const c of evaluate(fewer, ctx).checks) if (c.status === 'fail') expect(before.get(c.id)).toBe('fail');
      }),
      { numRuns: 500, seed: 42 },
    );
  });

  it('"eligible" only when every check passes or is a stated convention', () => {
    fc.assert(
      fc.property(profileArb, (device) => {
        const v = evaluate(device, ctx);
        if (v.status === 'eligible') {
          expect(v.blockers).toEqual([]);
          expect(v.checks.every((c) => c.status === 'pass' || c.assumed === true)).toBe(true);
          expect(['enterprise', 'education', 'enterprise-multi-session']).toContain(device.edition);
          expect(v.checks.find((c) => c.id === 'vbs-running')?.status).toBe('pass');
        }
      }),
      { numRuns: 1000, seed: 7 },
    );
  });
});
