import { addMonths, compare, monthOf } from '../../dates';
import { BASELINE_MONTHS, patchTuesdayOf } from '../../calendar';
import type { Edition } from '../../device-profile';

/**
 * Dates the units state, computed from the rules (never written into the text):
 * CAL-1 baselines in January, April, July, October; CAL-2 Patch Tuesday = second Tuesday;
 * LIFE-1..3 servicing 24 months (Home/Pro) or 36 months (Enterprise/Education) from the first
 * servicing month, ending on that month's Patch Tuesday.
 */

/** A baseline (restart) month of the quarterly calendar (CAL-1), for a YYYY-MM month. */
export const isBaselineMonth = (m: string) => BASELINE_MONTHS.includes(Number(m.slice(5, 7)));

/** The next Patch Tuesday on or after today. */
export function nextPatchTuesday(today: string): string {
  const pt = patchTuesdayOf(monthOf(today));
  return compare(pt, today) >= 0 ? pt : patchTuesdayOf(addMonths(monthOf(today), 1));
}

/** The next Patch Tuesday on or after today in a hotpatch (no restart) month (CAL-1, CAL-10: planned). */
export function nextHotpatchTuesday(today: string): string {
  let m = monthOf(today);
  for (let i = 0; i < 13; i += 1, m = addMonths(m, 1)) {
    if (!isBaselineMonth(m) && compare(patchTuesdayOf(m), today) >= 0) return patchTuesdayOf(m);
  }
  throw new Error('unreachable: two hotpatch months come every quarter');
}

/** The next planned baseline (restart) Patch Tuesday after today (CAL-1, CAL-10: planned). */
export function nextBaseline(today: string): string {
  let m = monthOf(today);
  for (let i = 0; i < 13; i += 1, m = addMonths(m, 1)) {
    if (isBaselineMonth(m) && compare(patchTuesdayOf(m), today) > 0) return patchTuesdayOf(m);
  }
  throw new Error('unreachable: a baseline month comes every quarter');
}

/** The latest baseline already released on or before today (HP-OS-3: devices must be on it). */
export function latestBaseline(today: string): string {
  let m = monthOf(today);
  for (let i = 0; i < 13; i += 1, m = addMonths(m, -1)) {
    if (isBaselineMonth(m) && compare(patchTuesdayOf(m), today) <= 0) return patchTuesdayOf(m);
  }
  throw new Error('unreachable: a baseline month comes every quarter');
}

/** First month of servicing per Windows 11 feature update (LIFE-1..3; GA late September → October). */
export const SERVICING_START: Record<string, string> = { '23H2': '2023-11', '24H2': '2024-10', '25H2': '2025-10', '26H2': '2026-10' };

/** End of servicing: the Patch Tuesday 24 (Home/Pro) or 36 (Enterprise/Education) months after the first month. */
export function endOfServicing(version: string, family: 'consumer' | 'enterprise'): string | undefined {
  const start = SERVICING_START[version];
  return start ? patchTuesdayOf(addMonths(start, family === 'consumer' ? 24 : 36)) : undefined;
}

/**
 * Whether a version's servicing has ended by `today` for the edition named (LIFE-1/2/3): Home and Pro follow the
 * consumer dates, Enterprise and Education the enterprise ones; with no edition named, only when both have ended.
 * Other editions (LTSC, SE…) and versions with no known start: false (no fact says so).
 */
export function servicingEnded(version: string, edition: Edition | undefined, today: string): boolean {
  const families: ('consumer' | 'enterprise')[] = !edition
    ? ['consumer', 'enterprise']
    : edition === 'home' || edition === 'pro'
      ? ['consumer']
      : edition === 'enterprise' || edition === 'education'
        ? ['enterprise']
        : [];
  return families.length > 0 && families.every((f) => servicingEndedFor(version, f, today));
}

/** Whether a version's servicing has ended by `today` for one family (consumer: Home/Pro; enterprise: Enterprise/Education). */
export function servicingEndedFor(version: string, family: 'consumer' | 'enterprise', today: string): boolean {
  const end = endOfServicing(version, family);
  return end !== undefined && compare(end, today) < 0;
}
