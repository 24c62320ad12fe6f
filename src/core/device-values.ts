import type { Architecture, Edition, HotpatchPolicy, JoinType, License, Management, TelemetryLevel, VbsState } from './device-profile';

/**
 * Device-fact words → DeviceProfile values, once for every source (issue 13): CLI flags, inventory files
 * (CSV cells, Intune export values), the Graph mapper and the language layer read their words here.
 * What each source lets through stays its own rule (a flag takes the canonical words, the language layer
 * picks words out of sentences, Graph numbers VBS its own way — CF-1); the meaning of a word is here.
 *
 * The parse* mappers return undefined for an empty value (= unknown) and throw ValueError for a word they
 * do not recognise, so a bad row or flag is reported, never guessed. The *OfWord lookups return undefined
 * instead, for sources that only hand on words they already picked.
 */
export class ValueError extends Error {}

/** Exactly one of the canonical values (no folding): choice lists, enums. */
export function isOneOf<T extends string>(value: unknown, allowed: readonly T[]): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}

/** Lower case, no accents, separators collapsed: "Windows 11 Éducation" → "windows 11 education". */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s_\-/]+/g, ' ')
    .trim();
}

function lookup<T>(table: Record<string, T>, what: string, raw: string, hint: string): T | undefined {
  if (raw.trim() === '') return undefined;
  // No table holds undefined as a value: absent and unknown are the same.
  const value = wordIn(table, raw);
  if (value !== undefined) return value;
  throw new ValueError(`unknown ${what} "${raw.trim()}" (expected ${hint})`);
}

/** The table's value for a word, undefined when it has none. */
function wordIn<T>(table: Record<string, T>, word: string): T | undefined {
  const key = fold(word);
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

const EDITION_WORDS: Record<string, Edition> = {};
const addEditions = (e: Edition, words: string[]) => words.forEach((w) => (EDITION_WORDS[w] = e));
// EN and FR product names, Windows EditionID values (Intune skuFamily / operatingSystemEdition).
addEditions('home', [
  'home',
  'famille',
  'core',
  'coren',
  'core n',
  'core single language',
  'coresinglelanguage',
  'corecountryspecific',
  'home single language',
  'unilingue',
]);
addEditions('pro', ['pro', 'professional', 'professionnel', 'professionaln', 'pro n']);
addEditions('pro-education', ['pro education', 'professionaleducation', 'pro education n', 'professionnel education']);
addEditions('pro-workstation', ['pro for workstations', 'pro workstation', 'professionalworkstation', 'professionnel pour les stations de travail']);
addEditions('enterprise', ['enterprise', 'entreprise', 'enterprisen', 'enterprise n']);
addEditions('enterprise-multi-session', [
  'enterprise multi session',
  'entreprise multisession',
  'entreprise multi session',
  'enterprisemultisession',
  'serverrdsh',
  'enterprise multisession',
]);
addEditions('education', ['education', 'educationn', 'education n']);
addEditions('enterprise-ltsc', ['enterprise ltsc', 'entreprise ltsc', 'enterprises', 'enterprisesn', 'ltsc', 'enterprise ltsc 2024', 'enterprise ltsc 2021']);
addEditions('iot-enterprise', ['iot enterprise', 'iotenterprise', 'iot entreprise']);
addEditions('iot-enterprise-ltsc', ['iot enterprise ltsc', 'iotenterprises', 'iot entreprise ltsc', 'iot enterprise ltsc 2024']);
addEditions('se', ['se', 'cloudedition', 'cloudeditionn']);

export function parseEdition(raw: string): Edition | undefined {
  // "Windows 11 Enterprise", "Microsoft Windows 10 Professionnel" → the edition word alone.
  const stripped = raw.replace(/^\s*(microsoft\s+)?windows(\s+1[01])?\s*/i, '');
  return lookup(EDITION_WORDS, 'edition', stripped === '' ? raw : stripped, 'e.g. Enterprise, Pro, Education, Home');
}

// Text and WMI numbers (CHK-2: 2 = running, 1 = enabled not running, 0 = off) for files people write;
// Graph's enum (G-MD-5, where running = 0) is mapped separately in graph/intune-mapper.ts (CF-1).
const VBS_WORDS: Record<string, VbsState> = {
  running: 'running',
  '2': 'running',
  'enabled and running': 'running',
  'en cours d execution': 'running',
  actif: 'running',
  enabled: 'enabled-not-running',
  'enabled not running': 'enabled-not-running',
  'enabled but not running': 'enabled-not-running',
  '1': 'enabled-not-running',
  'reboot required': 'enabled-not-running',
  rebootrequired: 'enabled-not-running',
  'active mais non executee': 'enabled-not-running',
  off: 'off',
  '0': 'off',
  disabled: 'off',
  'not enabled': 'off',
  'not configured': 'off',
  notconfigured: 'off',
  desactive: 'off',
  inactif: 'off',
};
export const parseVbs = (raw: string) => lookup(VBS_WORDS, 'VBS state', raw, 'running, enabled, off or 2, 1, 0');
export const vbsOfWord = (word: string): VbsState | undefined => wordIn(VBS_WORDS, word);

const BOOL_WORDS: Record<string, boolean> = {
  yes: true,
  y: true,
  true: true,
  '1': true,
  oui: true,
  o: true,
  vrai: true,
  no: false,
  n: false,
  false: false,
  '0': false,
  non: false,
  faux: false,
};
export const parseBool = (raw: string) => lookup(BOOL_WORDS, 'yes/no value', raw, 'yes, no, true, false, 1 or 0');

const ARCH_WORDS: Record<string, Architecture> = {
  x64: 'x64',
  amd64: 'x64',
  'x86 64': 'x64',
  x86_64: 'x64',
  '64 bit': 'x64',
  intel64: 'x64',
  arm64: 'arm64',
  aarch64: 'arm64',
  'arm 64': 'arm64',
  x86: 'x86',
  i386: 'x86',
  i686: 'x86',
  '32 bit': 'x86',
};
export const parseArchitecture = (raw: string) => lookup(ARCH_WORDS, 'architecture', raw, 'x64, arm64 or x86');

const POLICY_WORDS: Record<string, HotpatchPolicy> = {
  allow: 'allow',
  allowed: 'allow',
  enabled: 'allow',
  on: 'allow',
  autoriser: 'allow',
  autorise: 'allow',
  true: 'allow',
  block: 'block',
  blocked: 'block',
  disabled: 'block',
  bloquer: 'block',
  bloque: 'block',
  false: 'block',
  none: 'none',
  'no policy': 'none',
  aucune: 'none',
  aucun: 'none',
  'not assigned': 'none',
};
export const parseHotpatchPolicy = (raw: string) => lookup(POLICY_WORDS, 'hotpatch policy', raw, 'allow, block or none');
/** Also the tenant default's words (allow, block). */
export const hotpatchPolicyOfWord = (word: string): HotpatchPolicy | undefined => wordIn(POLICY_WORDS, word);

const JOIN_WORDS: Record<string, JoinType | null> = {
  entra: 'entra',
  'entra joined': 'entra',
  'microsoft entra joined': 'entra',
  'azure ad joined': 'entra',
  azureadjoined: 'entra',
  aadj: 'entra',
  'aad joined': 'entra',
  hybrid: 'hybrid',
  'hybrid joined': 'hybrid',
  'microsoft entra hybrid joined': 'hybrid',
  'hybrid azure ad joined': 'hybrid',
  hybridazureadjoined: 'hybrid',
  haadj: 'hybrid',
  'entra hybrid joined': 'hybrid',
  registered: 'registered',
  'microsoft entra registered': 'registered',
  'azure ad registered': 'registered',
  azureadregistered: 'registered',
  'workplace joined': 'registered',
  workgroup: 'workgroup',
  'not joined': 'workgroup',
  'groupe de travail': 'workgroup',
  unknown: null,
  inconnu: null,
};
export function parseJoinType(raw: string): JoinType | undefined {
  return lookup(JOIN_WORDS, 'join type', raw, 'entra, hybrid, registered or workgroup') ?? undefined;
}
export const joinTypeOfWord = (word: string): JoinType | undefined => wordIn(JOIN_WORDS, word) ?? undefined;

const MANAGED_WORDS: Record<string, Management> = {
  intune: 'intune',
  mdm: 'intune',
  'microsoft intune': 'intune',
  yes: 'intune',
  true: 'intune',
  '1': 'intune',
  oui: 'intune',
  'co managed': 'co-managed',
  comanaged: 'co-managed',
  cogere: 'co-managed',
  'intune and configmgr': 'co-managed',
  'other mdm': 'other-mdm',
  configmgr: 'other-mdm',
  sccm: 'other-mdm',
  eas: 'other-mdm',
  'third party': 'other-mdm',
  none: 'none',
  no: 'none',
  false: 'none',
  '0': 'none',
  non: 'none',
  unmanaged: 'none',
  aucun: 'none',
};
export const parseManagement = (raw: string) => lookup(MANAGED_WORDS, 'management', raw, 'intune, co-managed, other-mdm or none (or yes/no)');

const LICENSE_WORDS: Record<string, License> = {};
const addLicences = (l: License, words: string[]) => words.forEach((w) => (LICENSE_WORDS[w] = l));
// HP-LIC-1 entitlements. "Office 365 E3" carries no Windows Enterprise right: it maps to "other".
for (const n of ['3', '5'] as const) {
  addLicences(`e${n}`, [
    `e${n}`,
    `m365 e${n}`,
    `microsoft 365 e${n}`,
    `windows e${n}`,
    `windows enterprise e${n}`,
    `windows 11 enterprise e${n}`,
    `windows 10 enterprise e${n}`,
  ]);
  addLicences(`a${n}`, [`a${n}`, `m365 a${n}`, `microsoft 365 a${n}`, `education a${n}`, `windows education a${n}`, `windows 11 education a${n}`]);
}
// HP-LIC-4: Microsoft 365 F3 and Windows 11 Enterprise F3 are one entitlement.
addLicences('f3', ['f3', 'm365 f3', 'microsoft 365 f3', 'windows 11 enterprise f3', 'windows enterprise f3']);
addLicences('business-premium', ['business premium', 'm365 business premium', 'microsoft 365 business premium', 'm365bp', 'spb']);
addLicences('w365-enterprise', ['windows 365 enterprise', 'w365 enterprise', 'cloud pc enterprise']);
addLicences('w365-business', ['windows 365 business', 'w365 business']);
addLicences('business-standard', ['business standard', 'microsoft 365 business standard', 'm365 business standard']);
addLicences('business-basic', ['business basic', 'microsoft 365 business basic', 'm365 business basic']);
addLicences('e1', ['e1', 'office 365 e1', 'microsoft 365 e1']);
addLicences('other', [
  'office 365 e3',
  'office 365 e5',
  'o365 e3',
  'o365 e5',
  'ems e3',
  'ems e5',
  'intune plan 1',
  'intune',
  'visio',
  'project',
  'other',
  'autre',
]);

/** `;`-separated (HP-LIC-1 names); "none" = known to have none. Empty = unknown. */
export function parseLicenses(raw: string): License[] | undefined {
  if (raw.trim() === '') return undefined;
  const parts = raw
    .split(/[;|]/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 1 && ['none', 'aucune', 'aucun', '-'].includes(fold(parts[0]))) return [];
  const out = new Set<License>();
  for (const p of parts) {
    const l = lookup(LICENSE_WORDS, 'licence', p, 'e.g. E3, E5, F3, A3, A5, Business Premium, Windows 365 Enterprise, none');
    if (l) out.add(l);
  }
  return [...out];
}

// HP-MGT-5: diagnostic data levels, EN and FR names ("Basic" is the Windows 10 name of "Required").
const TELEMETRY_WORDS: Record<string, TelemetryLevel> = {
  off: 'off',
  security: 'security',
  securite: 'security',
  required: 'required',
  requis: 'required',
  requise: 'required',
  requises: 'required',
  basic: 'required',
  'de base': 'required',
  optional: 'optional',
  facultative: 'optional',
  facultatives: 'optional',
  full: 'optional',
  complete: 'optional',
  completes: 'optional',
};
export const telemetryOfWord = (word: string): TelemetryLevel | undefined => wordIn(TELEMETRY_WORDS, word);

// A Windows service's state (HP-MGT-5: wlidsvc, the Microsoft Account Sign-In Assistant), as running or not.
const SERVICE_WORDS: Record<string, boolean> = {
  running: true,
  enabled: true,
  started: true,
  active: true,
  activee: true,
  demarre: true,
  demarree: true,
  disabled: false,
  stopped: false,
  off: false,
  'not running': false,
  desactive: false,
  desactivee: false,
  arrete: false,
};
export const serviceRunningOfWord = (word: string): boolean | undefined => wordIn(SERVICE_WORDS, word);

// HP-OS-3, CAL-3: on the latest baseline or behind it.
const BASELINE_WORDS: Record<string, boolean> = { latest: true, behind: false };
export const onLatestBaselineOfWord = (word: string): boolean | undefined => wordIn(BASELINE_WORDS, word);
