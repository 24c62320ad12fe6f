import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ValueError,
  fold,
  parseArchitecture,
  parseBool,
  parseEdition,
  parseHotpatchPolicy,
  parseJoinType,
  parseLicenses,
  parseManagement,
  parseVbs,
} from '../../src/inventory/normalize-values';
import { parseOsVersionCell, onLatestBaseline } from '../../src/inventory/inventory-row';

describe('edition words, EN and FR, product names and EditionIDs', () => {
  it.each([
    ['Enterprise', 'enterprise'],
    ['Windows 11 Enterprise', 'enterprise'],
    ['Microsoft Windows 11 Entreprise', 'enterprise'],
    ['ENTERPRISE', 'enterprise'],
    ['EnterpriseS', 'enterprise-ltsc'],
    ['Enterprise LTSC', 'enterprise-ltsc'],
    ['Windows 10 Pro', 'pro'],
    ['Professionnel', 'pro'],
    ['Professional', 'pro'],
    ['Pro Education', 'pro-education'],
    ['Pro for Workstations', 'pro-workstation'],
    ['Famille', 'home'],
    ['Core', 'home'],
    ['Home', 'home'],
    ['Éducation', 'education'],
    ['Windows 11 Education', 'education'],
    ['Enterprise multi-session', 'enterprise-multi-session'],
    ['ServerRdsh', 'enterprise-multi-session'],
    ['IoT Enterprise', 'iot-enterprise'],
    ['IoTEnterpriseS', 'iot-enterprise-ltsc'],
    ['Windows 11 SE', 'se'],
    ['CloudEdition', 'se'],
  ])('%s → %s', (raw, expected) => expect(parseEdition(raw)).toBe(expected));
  it('empty is unknown; an unknown word is an error naming it', () => {
    expect(parseEdition('  ')).toBeUndefined();
    expect(() => parseEdition('Ultimate')).toThrow(/unknown edition "Ultimate"/);
    expect(() => parseEdition('Windows 11')).toThrow(ValueError);
  });
});

describe('VBS in files uses the WMI numbers (CHK-2: 2 = running), not Graph’s enum (CF-1)', () => {
  it.each([
    ['running', 'running'],
    ['Running', 'running'],
    ['2', 'running'],
    ['enabled', 'enabled-not-running'],
    ['1', 'enabled-not-running'],
    ['Enabled but not running', 'enabled-not-running'],
    ['off', 'off'],
    ['0', 'off'],
    ['Désactivé', 'off'],
    ['not configured', 'off'],
  ])('%s → %s', (raw, expected) => expect(parseVbs(raw)).toBe(expected));
  it('rejects other values', () => expect(() => parseVbs('3')).toThrow(/VBS state/));
});

describe('small enums', () => {
  it.each([
    ['yes', true],
    ['Oui', true],
    ['TRUE', true],
    ['1', true],
    ['no', false],
    ['Non', false],
    ['false', false],
    ['0', false],
  ])('bool %s → %s', (raw, expected) => expect(parseBool(raw)).toBe(expected));
  it.each([
    ['x64', 'x64'],
    ['AMD64', 'x64'],
    ['x86-64', 'x64'],
    ['arM64', 'arm64'],
    ['ARM64', 'arm64'],
    ['aarch64', 'arm64'],
    ['x86', 'x86'],
  ])('arch %s → %s', (raw, expected) => expect(parseArchitecture(raw)).toBe(expected));
  it.each([
    ['allow', 'allow'],
    ['Autoriser', 'allow'],
    ['Block', 'block'],
    ['bloqué', 'block'],
    ['none', 'none'],
    ['Aucune', 'none'],
  ])('policy %s → %s', (raw, expected) => expect(parseHotpatchPolicy(raw)).toBe(expected));
  it.each([
    ['entra', 'entra'],
    ['Microsoft Entra joined', 'entra'],
    ['azureADJoined', 'entra'],
    ['Microsoft Entra hybrid joined', 'hybrid'],
    ['hybridAzureADJoined', 'hybrid'],
    ['Azure AD registered', 'registered'],
    ['workgroup', 'workgroup'],
    ['Unknown', undefined],
  ])('join %s → %s', (raw, expected) => expect(parseJoinType(raw)).toBe(expected));
  it.each([
    ['intune', 'intune'],
    ['yes', 'intune'],
    ['Co-managed', 'co-managed'],
    ['ConfigMgr', 'other-mdm'],
    ['no', 'none'],
  ])('managed %s → %s', (raw, expected) => expect(parseManagement(raw)).toBe(expected));
  it('rejects unknown words, naming what is expected', () => {
    expect(() => parseArchitecture('sparc')).toThrow(/x64, arm64 or x86/);
    expect(() => parseHotpatchPolicy('maybe')).toThrow(/allow, block or none/);
    expect(() => parseBool('perhaps')).toThrow(/yes, no/);
  });
});

describe('licences (HP-LIC-1, HP-LIC-4)', () => {
  it.each([
    ['E3', ['e3']],
    ['Microsoft 365 E5', ['e5']],
    ['Windows 11 Enterprise F3', ['f3']],
    ['Microsoft 365 F3', ['f3']],
    ['E3; E5', ['e3', 'e5']],
    ['E3;E3', ['e3']],
    ['Business Premium', ['business-premium']],
    ['Windows 365 Enterprise', ['w365-enterprise']],
    ['Office 365 E3', ['other']],
    ['none', []],
    ['Aucune', []],
  ])('%s → %j', (raw, expected) => expect(parseLicenses(raw)).toEqual(expected));
  it('empty is unknown, an unknown name is an error', () => {
    expect(parseLicenses('')).toBeUndefined();
    expect(() => parseLicenses('E3;Frobnicator')).toThrow(/licence "Frobnicator"/);
  });
});

describe('osVersion cells and the latest baseline (HP-OS-3, CAL-NUM-1)', () => {
  it.each([
    ['24H2', { osFamily: 'windows-11', osVersion: '24H2', build: 26100 }],
    ['10.0.26100.4349', { osFamily: 'windows-11', osVersion: '24H2', build: 26100, ubr: 4349 }],
    ['26200.8655', { osFamily: 'windows-11', osVersion: '25H2', build: 26200, ubr: 8655 }],
    ['10.0.19045.5000', { osFamily: 'windows-10', osVersion: '22H2', build: 19045, ubr: 5000 }],
  ])('%s', (raw, expected) => expect(parseOsVersionCell(raw)).toEqual(expected));
  it.each(['10.0.abc', 'soon', '10.0.9999.1'])('rejects %s', (raw) => expect(() => parseOsVersionCell(raw)).toThrow(/bad osVersion/));
  it('compares the UBR on the shared 24H2/25H2 branch only, and only when both are known', () => {
    expect(onLatestBaseline({ build: 26100, ubr: 8655 }, { baselineUbr: 8655 })).toBe(true);
    expect(onLatestBaseline({ build: 26200, ubr: 8000 }, { baselineUbr: 8655 })).toBe(false);
    expect(onLatestBaseline({ build: 26100 }, { baselineUbr: 8655 })).toBeUndefined();
    expect(onLatestBaseline({ build: 26100, ubr: 1 }, {})).toBeUndefined();
    expect(onLatestBaseline({ build: 28000, ubr: 9999 }, { baselineUbr: 8655 })).toBeUndefined();
  });
});

describe('fold', () => {
  it('is idempotent and ignores case, accents and separators', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(fold(fold(s))).toBe(fold(s));
      }),
    );
    expect(fold('Pro_Éducation-N')).toBe(fold('pro education n'));
  });
});
