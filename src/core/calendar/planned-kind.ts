/** CAL-1: the planned quarterly cycle (Autopatch / Intune hotpatch pages, MS-Learn). */
import { parseMonth } from '../dates';
import type { ReleaseKind } from './types';

/** Baseline (restart) months: January, April, July, October. The other eight are hotpatch months. */
export const BASELINE_MONTHS: readonly number[] = [1, 4, 7, 10];

/** Planned kind of a month, given as 1-12 or 'YYYY-MM'. */
export function plannedKind(month: number | string): ReleaseKind {
  const m = typeof month === 'number' ? month : parseMonth(month).month;
  return BASELINE_MONTHS.includes(m) ? 'baseline' : 'hotpatch';
}
