import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { architectures, telemetryLevels } from '../../src/core/device-profile';
import {
  ValueError,
  fold,
  hotpatchPolicyOfWord,
  isOneOf,
  joinTypeOfWord,
  onLatestBaselineOfWord,
  serviceRunningOfWord,
  telemetryOfWord,
  vbsOfWord,
  parseArchitecture,
  parseBool,
  parseEdition,
  parseHotpatchPolicy,
  parseJoinType,
  parseLicenses,
  parseManagement,
  parseVbs,
} from '../../src/core/device-values';

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

describe('canonical values only: isOneOf (CLI flag lists, Graph enums, form choices)', () => {
  it.each([
    ['x64', architectures, true],
    ['arm64', architectures, true],
    ['ARM64', architectures, false],
    [' x64', architectures, false],
    ['amd64', architectures, false],
    [undefined, architectures, false],
    [64, architectures, false],
    ['required', telemetryLevels, true],
    ['basic', telemetryLevels, false],
  ] as const)('%j in %j → %s', (value, allowed, want) => expect(isOneOf(value, allowed)).toBe(want));
});

describe('word lookups for sources that pick words out of text or enums (language layer, Graph)', () => {
  it.each([
    [vbsOfWord, '2', 'running'],
    [vbsOfWord, '1', 'enabled-not-running'],
    [vbsOfWord, '0', 'off'],
    [vbsOfWord, '3', undefined],
    [hotpatchPolicyOfWord, 'bloquer', 'block'],
    [hotpatchPolicyOfWord, 'Autorisé', 'allow'],
    [hotpatchPolicyOfWord, 'bloquee', undefined],
    [joinTypeOfWord, 'azureADJoined', 'entra'],
    [joinTypeOfWord, 'hybridAzureADJoined', 'hybrid'],
    [joinTypeOfWord, 'azureADRegistered', 'registered'],
    [joinTypeOfWord, 'unknown', undefined],
    [joinTypeOfWord, 'constructor', undefined],
    [telemetryOfWord, 'de base', 'required'],
    [telemetryOfWord, 'Sécurité', 'security'],
    [telemetryOfWord, 'full', 'optional'],
    [telemetryOfWord, 'enhanced', undefined],
    [serviceRunningOfWord, 'demarree', true],
    [serviceRunningOfWord, 'not running', false],
    [serviceRunningOfWord, 'paused', undefined],
    [onLatestBaselineOfWord, 'latest', true],
    [onLatestBaselineOfWord, 'behind', false],
    [onLatestBaselineOfWord, 'current', undefined],
  ] as const)('%o(%j) → %j', (lookup, word, want) => expect((lookup as (w: string) => unknown)(word)).toBe(want));

  // The words src/language/extract-device-state.ts captures (its regex alternations), each with its meaning.
  it.each([
    ...(
      [
        'off',
        'security',
        'securite',
        'required',
        'requise',
        'requises',
        'requis',
        'basic',
        'de base',
        'optional',
        'facultative',
        'facultatives',
        'full',
        'complete',
        'completes',
      ] as const
    ).map(
      (w) => [telemetryOfWord, w, w === 'off' ? 'off' : /^secur/.test(w) ? 'security' : /^(requi|basic|de base)/.test(w) ? 'required' : 'optional'] as const,
    ),
    ...(
      [
        'disabled',
        'desactive',
        'desactivee',
        'stopped',
        'arrete',
        'off',
        'not running',
        'running',
        'enabled',
        'active',
        'activee',
        'demarre',
        'demarree',
        'started',
      ] as const
    ).map((w) => [serviceRunningOfWord, w, /^(running|enabled|activ|demarr|started)/.test(w)] as const),
    ...(['allow', 'allowed', 'autorise', 'autoriser', 'block', 'blocked', 'bloque', 'bloquer'] as const).map(
      (w) => [hotpatchPolicyOfWord, w, /^bl/.test(w) ? 'block' : 'allow'] as const,
    ),
  ])('the language layer’s %o(%j) → %j', (lookup, word, want) => expect((lookup as (w: string) => unknown)(word)).toBe(want));

  it('agree with the parse* mappers on every non-empty word: same value, or both reject it (property)', () => {
    const pairs = [
      [vbsOfWord, parseVbs],
      [hotpatchPolicyOfWord, parseHotpatchPolicy],
      [joinTypeOfWord, parseJoinType],
    ] as const;
    const word = fc.oneof(
      fc.string(),
      fc.constantFrom('Running', '2', 'Bloqué', 'none', 'Azure AD joined', 'unknown', 'inconnu', 'groupe de travail', 'HAADJ'),
    );
    fc.assert(
      fc.property(word, (w) => {
        fc.pre(w.trim() !== '' && !(fold(w) in Object.prototype));
        for (const [lookup, parse] of pairs) {
          let parsed: unknown;
          try {
            parsed = parse(w);
          } catch (e) {
            expect(e).toBeInstanceOf(ValueError);
            parsed = undefined;
          }
          expect(lookup(w)).toBe(parsed);
        }
      }),
    );
  });
});
