/** Tuesday arithmetic for the monthly release slots (CAL-2, CAL-9). */
import { HbError } from '../../errors';
import { parseMonth, plainDate } from '../dates';

const TUESDAY = 2;

/** The n-th Tuesday (1-4) of a month (1-12), as 'YYYY-MM-DD'. Always exists: a month has ≥ 28 days. */
export function nthTuesday(year: number, month: number, n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 4) throw new HbError('HB-CAL-001', `nthTuesday: n must be 1-4 (got ${n})`);
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new HbError('HB-CAL-002', `nthTuesday: month must be 1-12 (got ${month})`);
  if (!Number.isInteger(year) || year < 1 || year > 9999) throw new HbError('HB-CAL-003', `nthTuesday: year must be 1-9999 (got ${year})`);
  const firstDow = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const firstTuesday = 1 + ((TUESDAY - firstDow + 7) % 7);
  return plainDate(year, month, firstTuesday + 7 * (n - 1));
}

/** CAL-2: Patch Tuesday (B release) = second Tuesday of the month. */
export function patchTuesday(year: number, month: number): string {
  return nthTuesday(year, month, 2);
}

/** CAL-9: usual slot of the optional non-security preview (D release) = fourth Tuesday. */
export function previewTuesday(year: number, month: number): string {
  return nthTuesday(year, month, 4);
}

/** Patch Tuesday of a 'YYYY-MM' month. */
export function patchTuesdayOf(month: string): string {
  const { year, month: m } = parseMonth(month);
  return patchTuesday(year, m);
}
