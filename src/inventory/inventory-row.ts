import type { DeviceProfile } from '../core/device-profile';
import { parseOsVersion, type OsInfo } from '../core/os-version';
import type { CanonicalColumn } from './csv-columns';
import {
  ValueError,
  parseArchitecture,
  parseBool,
  parseEdition,
  parseHotpatchPolicy,
  parseJoinType,
  parseLicenses,
  parseManagement,
  parseVbs,
} from '../core/device-values';

/** Builds that share one UBR per release (CAL-NUM-1: 24H2/25H2; HP-OS-8: 26H2 on the same branch). */
const SHARED_BRANCH_BUILDS = new Set([26100, 26200, 26300]);

export interface BaselineInput {
  /** UBR of the latest baseline release on the 24H2/25H2 branch (from release data or the Graph catalog). */
  baselineUbr?: number;
}

/** "24H2", "Windows 11 24H2", "26100.4349", "10.0.26100.4349"; anything else is a bad value. */
export function parseOsVersionCell(raw: string): OsInfo | undefined {
  if (raw.trim() === '') return undefined;
  const info = parseOsVersion(raw);
  if (!info || (info.build !== undefined && info.build < 10240)) {
    throw new ValueError(`bad osVersion "${raw.trim()}" (expected e.g. 24H2 or 10.0.26100.4349)`);
  }
  return info;
}

/** HP-OS-3/CAL-3: a device whose UBR is below the latest baseline's is behind. Unknown when either is unknown. */
export function onLatestBaseline(os: OsInfo, input: BaselineInput): boolean | undefined {
  if (os.build === undefined || os.ubr === undefined || input.baselineUbr === undefined) return undefined;
  if (!SHARED_BRANCH_BUILDS.has(os.build)) return undefined;
  return os.ubr >= input.baselineUbr;
}

export function applyOs(profile: DeviceProfile, os: OsInfo | undefined, input: BaselineInput): void {
  if (!os) return;
  if (os.osFamily) profile.osFamily = os.osFamily;
  if (os.osVersion) profile.osVersion = os.osVersion;
  if (os.build !== undefined) profile.build = os.build;
  if (os.ubr !== undefined) profile.ubr = os.ubr;
  const current = onLatestBaseline(os, input);
  if (current !== undefined) profile.onLatestBaseline = current;
}

type Cols = Partial<Record<CanonicalColumn, number>>;

/**
 * Inventory values repeat (a fleet has a handful of editions, builds and licence sets): each pure
 * mapper remembers its answers, errors included, up to a bound. bench/fleet.ts measures the gain.
 */
function memo<T>(fn: (s: string) => T, max = 20_000): (s: string) => T {
  const seen = new Map<string, { v: T } | { e: ValueError }>();
  return (s) => {
    let hit = seen.get(s);
    if (!hit) {
      try {
        hit = { v: fn(s) };
      } catch (e) {
        if (!(e instanceof ValueError)) throw e;
        hit = { e };
      }
      if (seen.size < max) seen.set(s, hit);
    }
    if ('e' in hit) throw hit.e;
    return hit.v;
  };
}
const m = {
  edition: memo(parseEdition),
  os: memo(parseOsVersionCell),
  arch: memo(parseArchitecture),
  vbs: memo(parseVbs),
  licenses: memo(parseLicenses),
  bool: memo(parseBool),
  managed: memo(parseManagement),
  policy: memo(parseHotpatchPolicy),
  join: memo(parseJoinType),
};

function field<T>(cells: readonly string[], cols: Cols, col: CanonicalColumn, parse: (s: string) => T | undefined): T | undefined {
  const i = cols[col];
  if (i === undefined) return undefined;
  const raw = cells[i] ?? '';
  try {
    return parse(raw);
  } catch (e) {
    if (e instanceof ValueError) throw new ValueError(`${col}: ${e.message}`);
    throw e;
  }
}

export interface MappedRow {
  profile: DeviceProfile;
  ownerId?: string;
}

/** One CSV record → profile. Empty cells stay unknown; unrecognised values throw ValueError naming the column. */
export function mapInventoryRow(cells: readonly string[], cols: Cols, input: BaselineInput): MappedRow {
  const p: DeviceProfile = {};
  const name = field(cells, cols, 'deviceName', (s) => s.trim() || undefined);
  if (name !== undefined) {
    if (name.length > 256) throw new ValueError('deviceName: longer than 256 characters');
    p.deviceName = name;
  }
  const edition = field(cells, cols, 'edition', m.edition);
  if (edition) p.edition = edition;
  applyOs(p, field(cells, cols, 'osVersion', m.os), input);
  const arch = field(cells, cols, 'architecture', m.arch);
  if (arch) p.architecture = arch;
  const vbs = field(cells, cols, 'vbs', m.vbs);
  if (vbs) p.vbs = vbs;
  const licenses = field(cells, cols, 'licenses', m.licenses);
  if (licenses) p.licenses = [...licenses]; // a copy: the memoised array is shared
  const chpe = field(cells, cols, 'chpeDisabled', m.bool);
  if (chpe !== undefined) p.chpeDisabled = chpe;
  const managed = field(cells, cols, 'managed', m.managed);
  if (managed) p.management = managed;
  const policy = field(cells, cols, 'hotpatchPolicy', m.policy);
  if (policy) p.hotpatchPolicy = policy;
  const join = field(cells, cols, 'joinType', m.join);
  if (join) p.joinType = join;
  const ownerId = field(cells, cols, 'ownerId', (s) => s.trim() || undefined);
  return ownerId ? { profile: p, ownerId } : { profile: p };
}
