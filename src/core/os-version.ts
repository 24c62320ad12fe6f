import type { OsFamily } from './device-profile';

/**
 * Windows client builds ↔ feature releases. 24H2 = 26100, 25H2 = 26200 (HP-OS-1, CAL-NUM-1);
 * 26H2 = 26300 and 26H1 = 28000 (HP-OS-7, HP-OS-8); earlier Windows 11 releases and Windows 10
 * (builds below 22000) are the public build numbers of those releases.
 */
const BUILDS: ReadonlyArray<readonly [number, OsFamily, string]> = [
  [28000, 'windows-11', '26H1'],
  [26300, 'windows-11', '26H2'],
  [26200, 'windows-11', '25H2'],
  [26100, 'windows-11', '24H2'],
  [22631, 'windows-11', '23H2'],
  [22621, 'windows-11', '22H2'],
  [22000, 'windows-11', '21H2'],
  [19045, 'windows-10', '22H2'],
  [19044, 'windows-10', '21H2'],
  [19043, 'windows-10', '21H1'],
  [19042, 'windows-10', '20H2'],
];

export interface OsInfo {
  osFamily?: OsFamily;
  osVersion?: string;
  build?: number;
  ubr?: number;
}

/** The feature release of a build in the table above, else undefined. */
export function knownRelease(build: number): { osFamily: OsFamily; osVersion: string } | undefined {
  const exact = BUILDS.find(([b]) => b === build);
  return exact ? { osFamily: exact[1], osVersion: exact[2] } : undefined;
}

export function releaseOfBuild(build: number): { osFamily: OsFamily; osVersion?: string } {
  return knownRelease(build) ?? { osFamily: build >= 22000 ? 'windows-11' : 'windows-10' };
}

export function buildOfRelease(osFamily: OsFamily | undefined, osVersion: string): number | undefined {
  const hit = BUILDS.find(([, f, v]) => v === osVersion && (osFamily === undefined ? f === 'windows-11' : f === osFamily));
  return hit?.[0];
}

/**
 * Parses "24H2", "Windows 11 24H2", "Windows 10 22H2", "26100.4349", "10.0.26100.4349", "26100".
 * Returns undefined for text that names no Windows version.
 */
export function parseOsVersion(text: string): OsInfo | undefined {
  const t = text.trim();
  const build = /^(?:10\.0\.)?(\d{5})(?:\.(\d{1,5}))?$/.exec(t);
  if (build) {
    const b = Number(build[1]);
    return { ...releaseOfBuild(b), build: b, ...(build[2] !== undefined ? { ubr: Number(build[2]) } : {}) };
  }
  const family: OsFamily | undefined = /windows\s*10|win\s*10/i.test(t) ? 'windows-10' : /windows\s*11|win\s*11/i.test(t) ? 'windows-11' : undefined;
  const rel = /\b(\d{2})h([12])\b/i.exec(t);
  if (rel) {
    const osVersion = `${rel[1]}H${rel[2]}`;
    const osFamily = family ?? (Number(rel[1]) >= 24 ? 'windows-11' : undefined);
    const b = buildOfRelease(osFamily, osVersion);
    return { ...(osFamily ? { osFamily } : {}), osVersion, ...(b !== undefined ? { build: b } : {}) };
  }
  return family ? { osFamily: family } : undefined;
}
