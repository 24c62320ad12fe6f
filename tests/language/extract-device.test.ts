import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/language/clean-text';
import { extractDevice } from '../../src/language/extract-device';
import { extractDeviceName } from '../../src/language/extract-device-name';
import { DeviceProfile } from '../../src/core/device-profile';

const device = (text: string) => extractDevice(foldText(text));

describe('extractDevice', () => {
  it.each<[string, Partial<DeviceProfile> | undefined]>([
    // Editions, both languages.
    ['mon PC Famille', { edition: 'home' }],
    ['Windows 11 Home laptop', { edition: 'home', osFamily: 'windows-11' }],
    ['Windows 11 Professionnel', { edition: 'pro', osFamily: 'windows-11' }],
    ['Pro Education device', { edition: 'pro-education' }],
    ['Pro for Workstations', { edition: 'pro-workstation' }],
    ['Entreprise 24H2', { edition: 'enterprise', osVersion: '24H2', osFamily: 'windows-11' }],
    ['Éducation A3', { edition: 'education', licenses: ['a3'] }],
    ['Enterprise LTSC 2024', { edition: 'enterprise-ltsc' }],
    ['IoT Enterprise LTSC', { edition: 'iot-enterprise-ltsc' }],
    ['IoT Enterprise', { edition: 'iot-enterprise' }],
    ['Windows 11 SE', { edition: 'se', osFamily: 'windows-11' }],
    ['AVD multi-session hosts', { edition: 'enterprise-multi-session' }],
    ['Surface Pro X', { architecture: 'arm64' }],
    // Versions and builds.
    ['Windows 10 22H2', { osFamily: 'windows-10', osVersion: '22H2' }],
    ['22H2', { osVersion: '22H2' }],
    ['25H2', { osFamily: 'windows-11', osVersion: '25H2' }],
    ['build 26100.4349', { build: 26100, ubr: 4349, osFamily: 'windows-11', osVersion: '24H2' }],
    ['10.0.26200.7781', { build: 26200, ubr: 7781, osFamily: 'windows-11', osVersion: '25H2' }],
    ['OS build 26300.1000', { build: 26300, ubr: 1000, osFamily: 'windows-11', osVersion: '26H2' }],
    ['28000.1719', { build: 28000, ubr: 1719, osFamily: 'windows-11', osVersion: '26H1' }],
    ['22631.4890', { build: 22631, ubr: 4890, osFamily: 'windows-11', osVersion: '23H2' }],
    ['22000.2538', { build: 22000, ubr: 2538, osFamily: 'windows-11', osVersion: '21H2' }],
    ['build 19045.5737', { build: 19045, ubr: 5737, osFamily: 'windows-10', osVersion: '22H2' }],
    ['build 17763', { build: 17763, osFamily: 'windows-10' }],
    // Architecture.
    ['Arm64 laptop', { architecture: 'arm64' }],
    ['Snapdragon X Elite', { architecture: 'arm64' }],
    ['Intel laptops', { architecture: 'x64' }],
    ['AMD Ryzen', { architecture: 'x64' }],
    ['x64', { architecture: 'x64' }],
    // VBS, with negations.
    ['VBS off', { vbs: 'off' }],
    ['VBS disabled', { vbs: 'off' }],
    ['VBS not enabled', { vbs: 'off' }],
    ['msinfo32 shows Virtualization-based security = Not enabled', { vbs: 'off' }],
    ['Sécurité basée sur la virtualisation désactivée', { vbs: 'off' }],
    ['VBS pas activé', { vbs: 'off' }],
    ['without VBS', { vbs: 'off' }],
    ['VBS on', { vbs: 'running' }],
    ['VBS running', { vbs: 'running' }],
    ['VBS actif', { vbs: 'running' }],
    ['VBS enabled but not running', { vbs: 'enabled-not-running' }],
    ['VirtualizationBasedSecurityStatus = 2', { vbs: 'running' }],
    ['VBS status 1', { vbs: 'enabled-not-running' }],
    ['VBS = 0', { vbs: 'off' }],
    ['how do I check VBS is running', undefined],
    // Licences, with negations.
    ['E3', { licenses: ['e3'] }],
    ['Microsoft 365 E5 and F3', { licenses: ['e5', 'f3'] }],
    ['A3 and A5', { licenses: ['a3', 'a5'] }],
    ['Business Premium', { licenses: ['business-premium'] }],
    ['Windows 365 Enterprise', { licenses: ['w365-enterprise'] }],
    ['no Enterprise subscription', { licenses: [] }],
    ['sans abonnement Enterprise', { licenses: [] }],
    ['pas de licence', { licenses: [] }],
    ['no E3', undefined],
    ['no E3 but E5', { licenses: ['e5'] }],
    // CHPE, management, policy, baseline, telemetry, wlidsvc, join, cloud.
    ['HotPatchRestrictions=1', { chpeDisabled: true }],
    ['HotPatchRestrictions = 0', { chpeDisabled: false }],
    ['should I set HotPatchRestrictions=1', undefined],
    ['CHPE disabled', { chpeDisabled: true }],
    ['CHPE still enabled', { chpeDisabled: false }],
    ['Intune-managed', { management: 'intune' }],
    ['géré par Intune', { management: 'intune' }],
    ['co-managed with ConfigMgr', { management: 'co-managed' }],
    ['hotpatch = Allow', { hotpatchPolicy: 'allow' }],
    ['hotpatch = Autoriser', { hotpatchPolicy: 'allow' }],
    ['hotpatch: Bloquer', { hotpatchPolicy: 'block' }],
    ['tenant default = Block', { tenantDefault: 'block' }],
    ['on the latest baseline', { onLatestBaseline: true }],
    ['sur la dernière baseline', { onLatestBaseline: true }],
    ["still on last quarter's build", { onLatestBaseline: false }],
    ['not on the latest baseline', { onLatestBaseline: false }],
    ['telemetry Off', { telemetry: 'off' }],
    ['diagnostic data set to Required', { telemetry: 'required' }],
    ['données de diagnostic sur Sécurité', { telemetry: 'security' }],
    ['wlidsvc disabled', { signInAssistantRunning: false }],
    ['Sign-In Assistant running', { signInAssistantRunning: true }],
    ['hybrid joined', { joinType: 'hybrid' }],
    ['Entra joined', { joinType: 'entra' }],
    ['GCC', { cloud: 'gcc' }],
    ['GCC High', { cloud: 'gcc-high' }],
    ['what is hotpatch', undefined],
  ])('%j', (text, want) => {
    expect(device(text)).toEqual(want);
  });

  it('reads the TC-01 and TC-02 descriptions completely', () => {
    expect(device('Windows 11 Pro 24H2 x64, VBS running, no Enterprise subscription — eligible for hotpatch?')).toEqual({
      edition: 'pro',
      osFamily: 'windows-11',
      osVersion: '24H2',
      architecture: 'x64',
      vbs: 'running',
      licenses: [],
    });
    expect(
      device(
        'Windows 11 Enterprise 25H2, x64, licence E3, VBS actif, dans une stratégie de mises à jour qualité avec hotpatch = Autoriser, sur la dernière baseline. Éligible ?',
      ),
    ).toEqual({
      edition: 'enterprise',
      osFamily: 'windows-11',
      osVersion: '25H2',
      architecture: 'x64',
      vbs: 'running',
      licenses: ['e3'],
      hotpatchPolicy: 'allow',
      onLatestBaseline: true,
    });
  });
});

describe('extractDeviceName', () => {
  it.each<[string, string | undefined]>([
    ['is LAPTOP-4F2K eligible', 'LAPTOP-4F2K'],
    ['check desktop-abc123', 'DESKTOP-ABC123'],
    ['PC-FIN-042 status', 'PC-FIN-042'],
    ['what about NYC-WS0193?', 'NYC-WS0193'],
    ['KB5050009 and CVE-2026-42910', undefined],
    ['fact HP-LIC-7 and WS-2', undefined],
    ['Win32_DeviceGuard x86-64', undefined],
    ['multi-session co-managed', undefined],
  ])('%j → %j', (text, want) => {
    expect(extractDeviceName(text)).toBe(want);
  });
});
