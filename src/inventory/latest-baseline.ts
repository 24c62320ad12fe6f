import { patchTuesdayOf, plannedKind, type ReleaseData } from '../core/calendar';
import { addMonths, monthOf } from '../core/dates';

export interface LatestBaseline {
  /** Month of the latest baseline released on or before `today` (YYYY-MM). */
  month: string;
  /** Its UBR on the 24H2/25H2 branch, when the release data lists the build (CAL-NUM-1). */
  ubr?: number;
}

/**
 * HP-OS-3: the latest baseline as of `today`: the release data's kind wins (CAL-6 unplanned baselines,
 * e.g. June 2026), else the planned calendar (CAL-1). A baseline whose build is not in the data gives
 * no UBR, so devices stay "unknown" on that check rather than being judged against an older baseline.
 */
export function latestBaseline(data: ReleaseData, today: string): LatestBaseline | undefined {
  let month = monthOf(today);
  for (let i = 0; i < 36; i++, month = addMonths(month, -1)) {
    if (patchTuesdayOf(month) > today) continue;
    const entry = data.releases.find((e) => e.month === month && !e.outOfBand);
    if ((entry?.kind ?? plannedKind(month)) !== 'baseline') continue;
    const build = entry?.builds?.find((b) => b.startsWith('26100.') || b.startsWith('26200.'));
    return build ? { month, ubr: Number(build.split('.')[1]) } : { month };
  }
  return undefined;
}
