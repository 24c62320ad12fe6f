import { describe, expect, it } from 'vitest';
import type { DeviceProfile } from '../../../src/core/device-profile';
import type { CheckStatus, Rule } from '../../../src/core/eligibility/types';
import { osVersionRule } from '../../../src/core/eligibility/rules/os-version';
import { editionRule } from '../../../src/core/eligibility/rules/edition';
import { licenseRule } from '../../../src/core/eligibility/rules/license';
import { vbsRunningRule } from '../../../src/core/eligibility/rules/vbs-running';
import { arm64ChpeRule } from '../../../src/core/eligibility/rules/arm64-chpe';
import { diagnosticDataRule, intuneManagedRule, joinTypeRule, signInAssistantRule } from '../../../src/core/eligibility/rules/management';
import { hotpatchPolicyRule } from '../../../src/core/eligibility/rules/hotpatch-policy';
import { latestBaselineRule } from '../../../src/core/eligibility/rules/latest-baseline';
import { governmentCloudRule } from '../../../src/core/eligibility/rules/government-cloud';

type Row = [
  name: string,
  rule: Rule,
  device: DeviceProfile,
  status: CheckStatus,
  factId: string,
  extra?: { assumed?: boolean; hedge?: string; fix?: string; today?: string },
];

const TODAY = '2026-11-25';

// One row per situation of the eligibility checklist; the fact ID column is what the answer must cite.
const rows: Row[] = [
  ['Windows 10 is out', osVersionRule, { osFamily: 'windows-10', osVersion: '22H2' }, 'fail', 'HP-OS-4', { fix: 'upgrade-to-windows-11-24h2' }],
  ['Windows 11 23H2 is out', osVersionRule, { osFamily: 'windows-11', osVersion: '23H2' }, 'fail', 'HP-OS-4'],
  ['build 22631 is 23H2: out', osVersionRule, { build: 22631 }, 'fail', 'HP-OS-1'],
  ['build 19045 is Windows 10', osVersionRule, { build: 19045 }, 'fail', 'HP-OS-4'],
  ['24H2 passes', osVersionRule, { osFamily: 'windows-11', osVersion: '24H2' }, 'pass', 'HP-OS-1'],
  ['25H2 passes', osVersionRule, { osVersion: '25H2' }, 'pass', 'HP-OS-1'],
  ['build 26100.4349 passes', osVersionRule, { build: 26100, ubr: 4349 }, 'pass', 'HP-OS-1'],
  ['HP-OS-8: 26H2 passes, covered by "24H2 or later", with a hedge', osVersionRule, { osVersion: '26H2' }, 'pass', 'HP-OS-8', { hedge: 'covered-26h2' }],
  ['HP-OS-8: build 26300 passes with the same hedge', osVersionRule, { build: 26300 }, 'pass', 'HP-OS-5', { hedge: 'covered-26h2' }],
  ['HP-OS-7: 26H1 (build 28000) is undocumented: hedge', osVersionRule, { build: 28000 }, 'unknown', 'HP-OS-7', { hedge: 'new-release-undocumented' }],
  ['26H1 (28000) is undocumented: hedge', osVersionRule, { build: 28000 }, 'unknown', 'HP-OS-7', { hedge: 'new-release-undocumented' }],
  ['no version: unknown', osVersionRule, {}, 'unknown', 'HP-OS-1'],
  ['Enterprise passes', editionRule, { edition: 'enterprise' }, 'pass', 'HP-OS-1'],
  ['Education passes', editionRule, { edition: 'education' }, 'pass', 'HP-LIC-1'],
  [
    'HP-ED-1: Enterprise multi-session is unknown — verify, never a plain pass',
    editionRule,
    { edition: 'enterprise-multi-session' },
    'unknown',
    'HP-ED-1',
    { hedge: 'multi-session' },
  ],
  ['Home fails', editionRule, { edition: 'home' }, 'fail', 'HP-LIC-7'],
  ['Pro fails', editionRule, { edition: 'pro' }, 'fail', 'HP-LIC-7', { fix: 'subscription-activation' }],
  [
    'Pro + Business Premium fails with the hedge',
    editionRule,
    { edition: 'pro', licenses: ['business-premium'] },
    'fail',
    'HP-LIC-6',
    { hedge: 'pro-business-premium' },
  ],
  ['Pro Education fails', editionRule, { edition: 'pro-education' }, 'fail', 'HP-LIC-7'],
  [
    'HP-LIC-8: Pro Education with A3 fails until Education is activated',
    editionRule,
    { edition: 'pro-education', licenses: ['a3'] },
    'fail',
    'HP-LIC-8',
    { fix: 'activate-education' },
  ],
  ['LTSC fails', editionRule, { edition: 'enterprise-ltsc' }, 'fail', 'HP-OS-6', { fix: 'use-update-rings', hedge: 'ltsc-press' }],
  ['SE fails', editionRule, { edition: 'se' }, 'fail', 'HP-LIC-7'],
  ['IoT Enterprise undocumented', editionRule, { edition: 'iot-enterprise' }, 'unknown', 'HP-OS-1'],
  ['no edition: unknown', editionRule, {}, 'unknown', 'HP-LIC-7'],
  ['E3 passes', licenseRule, { licenses: ['e3'] }, 'pass', 'HP-LIC-1'],
  ['Business Premium is listed', licenseRule, { licenses: ['business-premium'] }, 'pass', 'HP-LIC-1'],
  ['Windows 365 Enterprise is listed', licenseRule, { licenses: ['w365-enterprise'] }, 'pass', 'HP-LIC-1'],
  ['F3 alone carries the naming hedge', licenseRule, { licenses: ['f3'] }, 'pass', 'HP-LIC-4', { hedge: 'f3-naming' }],
  ['A5 passes', licenseRule, { licenses: ['a5'] }, 'pass', 'HP-LIC-1'],
  ['Business Standard is not listed', licenseRule, { licenses: ['business-standard'] }, 'fail', 'HP-LIC-1'],
  ['known to have no licence fails', licenseRule, { licenses: [] }, 'fail', 'HP-LIC-1', { fix: 'assign-eligible-licence' }],
  ['licence unknown', licenseRule, {}, 'unknown', 'HP-LIC-1'],
  ['VBS running passes', vbsRunningRule, { vbs: 'running' }, 'pass', 'HP-VBS-1'],
  ['VBS enabled but not running fails', vbsRunningRule, { vbs: 'enabled-not-running' }, 'fail', 'HP-VBS-2'],
  ['VBS off fails', vbsRunningRule, { vbs: 'off' }, 'fail', 'HP-VBS-1', { fix: 'enable-vbs' }],
  ['VBS unknown', vbsRunningRule, {}, 'unknown', 'CHK-2'],
  ['x64 passes', arm64ChpeRule, { architecture: 'x64' }, 'pass', 'HP-CPU-1'],
  ['x64 ignores HotPatchRestrictions', arm64ChpeRule, { architecture: 'x64', chpeDisabled: false }, 'pass', 'HP-CPU-4'],
  ['Arm64 with CHPE disabled passes', arm64ChpeRule, { architecture: 'arm64', chpeDisabled: true }, 'pass', 'HP-CPU-2'],
  ['Arm64 with CHPE enabled fails', arm64ChpeRule, { architecture: 'arm64', chpeDisabled: false }, 'fail', 'HP-CPU-2', { fix: 'disable-chpe' }],
  ['Arm64, CHPE not known: unknown', arm64ChpeRule, { architecture: 'arm64' }, 'unknown', 'CHK-7'],
  ['x86 fails', arm64ChpeRule, { architecture: 'x86' }, 'fail', 'HP-CPU-1'],
  ['Intune passes', intuneManagedRule, { management: 'intune' }, 'pass', 'HP-MGT-5'],
  ['in a policy implies Intune', intuneManagedRule, { hotpatchPolicy: 'allow' }, 'pass', 'HP-MGT-1'],
  ['co-managed passes with the workload hedge', intuneManagedRule, { management: 'co-managed' }, 'pass', 'HP-MGT-6', { hedge: 'co-management-workload' }],
  ['not managed fails', intuneManagedRule, { management: 'none' }, 'fail', 'HP-MGT-5', { fix: 'enroll-in-intune' }],
  ['management unknown is assumed', intuneManagedRule, {}, 'unknown', 'HP-MGT-5', { assumed: true }],
  ['hybrid join passes (not excluded)', joinTypeRule, { joinType: 'hybrid' }, 'pass', 'HP-MGT-8'],
  ['Entra registered fails', joinTypeRule, { joinType: 'registered' }, 'fail', 'HP-MGT-5'],
  ['join unknown is assumed', joinTypeRule, {}, 'unknown', 'HP-MGT-5', { assumed: true }],
  ['telemetry Security fails', diagnosticDataRule, { telemetry: 'security' }, 'fail', 'HP-MGT-5', { fix: 'set-telemetry-required' }],
  ['telemetry Off fails', diagnosticDataRule, { telemetry: 'off' }, 'fail', 'HP-MGT-5'],
  ['telemetry Required passes', diagnosticDataRule, { telemetry: 'required' }, 'pass', 'HP-MGT-5'],
  ['wlidsvc disabled fails', signInAssistantRule, { signInAssistantRunning: false }, 'fail', 'HP-MGT-5', { fix: 'enable-wlidsvc' }],
  ['wlidsvc running passes', signInAssistantRule, { signInAssistantRunning: true }, 'pass', 'HP-MGT-5'],
  ['policy Allow passes', hotpatchPolicyRule, { hotpatchPolicy: 'allow' }, 'pass', 'HP-MGT-1'],
  ['policy Block fails', hotpatchPolicyRule, { hotpatchPolicy: 'block' }, 'fail', 'HP-MGT-2'],
  ['policy Allow wins over tenant Block (TC-29)', hotpatchPolicyRule, { hotpatchPolicy: 'allow', tenantDefault: 'block' }, 'pass', 'HP-MGT-2'],
  ['no policy + tenant Block fails', hotpatchPolicyRule, { hotpatchPolicy: 'none', tenantDefault: 'block' }, 'fail', 'HP-MGT-2'],
  ['no policy + tenant Allow passes', hotpatchPolicyRule, { hotpatchPolicy: 'none', tenantDefault: 'allow' }, 'pass', 'HP-MGT-2'],
  ['no policy since May 2026: default-on assumed', hotpatchPolicyRule, { hotpatchPolicy: 'none' }, 'unknown', 'HP-MGT-3', { assumed: true }],
  ['no policy before May 2026: opt-in era', hotpatchPolicyRule, { hotpatchPolicy: 'none' }, 'fail', 'CF-2', { today: '2026-03-01' }],
  ['policy unknown before May 2026 is a real unknown', hotpatchPolicyRule, {}, 'unknown', 'CF-2', { today: '2026-04-30' }],
  ['policy unknown since May 2026 is assumed', hotpatchPolicyRule, {}, 'unknown', 'HP-MGT-3', { assumed: true }],
  ['on latest baseline passes', latestBaselineRule, { onLatestBaseline: true }, 'pass', 'HP-OS-3'],
  ['behind the baseline fails, temporarily', latestBaselineRule, { onLatestBaseline: false }, 'fail', 'CAL-3', { fix: 'install-latest-baseline' }],
  ['GCC is a documented conflict', governmentCloudRule, { cloud: 'gcc' }, 'unknown', 'HP-LIC-2', { hedge: 'gcc-conflict' }],
  ['GCC High is reported unsupported', governmentCloudRule, { cloud: 'gcc-high' }, 'unknown', 'HP-LIC-2', { hedge: 'gcc-high-unsupported' }],
  ['commercial cloud passes', governmentCloudRule, { cloud: 'commercial' }, 'pass', 'HP-LIC-2'],
];

describe('eligibility rules (the checklist of src/core/eligibility/all-rules.ts)', () => {
  it.each(rows)('%s', (_name, rule, device, status, factId, extra = {}) => {
    const check = rule(device, { today: extra.today ?? TODAY });
    expect(check.status).toBe(status);
    expect(check.factIds).toContain(factId);
    expect(check.source).toMatch(/^https:\/\/learn\.microsoft\.com\//);
    expect(check.reason.startsWith(`${check.id}.`)).toBe(true);
    expect(Boolean(check.assumed)).toBe(Boolean(extra.assumed));
    if (extra.hedge) expect(check.hedge).toBe(extra.hedge);
    if (extra.fix) expect(check.fix).toBe(extra.fix);
    if (status === 'fail') expect(check.fix).toBeTruthy();
    if (status === 'pass') expect(check.fix).toBeUndefined();
  });

  it('behind-baseline is marked temporary (§1.8 item 9)', () => {
    expect(latestBaselineRule({ onLatestBaseline: false }, { today: TODAY }).temporary).toBe(true);
  });
});
