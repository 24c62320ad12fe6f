/** Admin overrides on top of the shipped release data (README, Architecture: "a dated, sourced file that an admin can override"). */
import { compare } from '../dates';
import type { ReleaseData, ReleaseEntry } from './types';

function key(e: ReleaseEntry): string {
  return `${e.month}|${e.outOfBand ? 'oob' : 'b'}|${e.date}`;
}

/**
 * Override entries win per (month, outOfBand, date). A month has one B release, so an override's
 * B (non out-of-band) entry also replaces the base B entry of that month when the override moves
 * its date. asOf is the later of the two dates (the override is the newer knowledge when it is later).
 */
export function mergeReleaseData(base: ReleaseData, override: ReleaseData): ReleaseData {
  const overrideKeys = new Set(override.releases.map(key));
  const overrideBMonths = new Set(override.releases.filter((e) => !e.outOfBand).map((e) => e.month));
  const kept = base.releases.filter((e) => !overrideKeys.has(key(e)) && !(!e.outOfBand && overrideBMonths.has(e.month)));
  const releases = [...kept, ...override.releases].sort((a, b) => compare(a.date, b.date));
  const asOf = compare(override.asOf, base.asOf) > 0 ? override.asOf : base.asOf;
  return { asOf, releases };
}
