/**
 * How old the bot's data is (release data, lifecycle data). Pure: today comes from the edge. A warning
 * when the current month's Patch Tuesday is more than two days past and the release data has no
 * released entry for it (CAL-2, CAL-10), or when a data file is older than 45 days.
 */
import { bRelease, calendarMonth, type ReleaseData } from './calendar';
import { daysBetween } from './dates';
import type { LifecycleData } from './lifecycle/servicing';

export const STALE_AFTER_DAYS = 45;
export const MISSING_MONTH_GRACE_DAYS = 2;

export type DataWarning =
  | { code: 'current-month-missing'; month: string; patchTuesday: string; daysPast: number }
  | { code: 'releases-stale'; asOf: string; ageDays: number }
  | { code: 'lifecycle-stale'; asOf: string; ageDays: number };

export interface DataStatus {
  today: string;
  releasesAsOf: string;
  lifecycleAsOf?: string;
  /** Latest month with a released B entry (CAL-10). */
  lastReleasedMonth?: string;
  currentMonth: string;
  currentPatchTuesday: string;
  /** Is the current month's B release recorded as released? */
  currentMonthReleased: boolean;
  warnings: DataWarning[];
}

export function lastReleasedMonth(data: ReleaseData): string | undefined {
  return data.releases
    .filter((e) => !e.outOfBand && (e.status ?? 'released') === 'released')
    .map((e) => e.month)
    .sort()
    .at(-1);
}

export function dataStatus(input: { today: string; releases: ReleaseData; lifecycle?: LifecycleData }): DataStatus {
  const { today, releases, lifecycle } = input;
  const month = today.slice(0, 7);
  const cm = calendarMonth(month, releases);
  const b = bRelease(cm.releases);
  const currentMonthReleased = b !== undefined && (b.status ?? 'released') === 'released';
  const warnings: DataWarning[] = [];
  const daysPast = daysBetween(cm.patchTuesday, today);
  if (!currentMonthReleased && daysPast > MISSING_MONTH_GRACE_DAYS) {
    warnings.push({ code: 'current-month-missing', month, patchTuesday: cm.patchTuesday, daysPast });
  }
  const relAge = daysBetween(releases.asOf, today);
  if (relAge > STALE_AFTER_DAYS) warnings.push({ code: 'releases-stale', asOf: releases.asOf, ageDays: relAge });
  if (lifecycle) {
    const lifeAge = daysBetween(lifecycle.asOf, today);
    if (lifeAge > STALE_AFTER_DAYS) warnings.push({ code: 'lifecycle-stale', asOf: lifecycle.asOf, ageDays: lifeAge });
  }
  return {
    today,
    releasesAsOf: releases.asOf,
    lifecycleAsOf: lifecycle?.asOf,
    lastReleasedMonth: lastReleasedMonth(releases),
    currentMonth: month,
    currentPatchTuesday: cm.patchTuesday,
    currentMonthReleased,
    warnings,
  };
}
