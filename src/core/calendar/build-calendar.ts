/** The effective calendar: the planned cycle (CAL-1, CAL-2, CAL-9) with release data merged on top. */
import { HbError } from '../../errors';
import { memoPerObject } from '../memo';
import { addMonths, compare, parseMonth } from '../dates';
import { patchTuesday, previewTuesday } from './patch-tuesday';
import { plannedKind } from './planned-kind';
import type { CalendarMonth, ReleaseData, ReleaseEntry } from './types';

export const MAX_CALENDAR_MONTHS = 1200;

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

/** The month's B release (not out-of-band); with several, the last one in data order wins. */
export function bRelease(releases: ReleaseEntry[]): ReleaseEntry | undefined {
  return releases.filter((e) => !e.outOfBand).at(-1);
}

/**
 * Months already computed for a release data object. Next reboot walks month after month for every
 * question (bench:turn profile: a fifth of the turn); a month is a pure function of (month, data), and
 * the data is loaded once and never mutated, so the memo is keyed by the data object itself. The
 * months are frozen: a caller cannot change what the next caller reads. Bounded per data object.
 */
const monthsOf = memoPerObject<ReleaseData, string, CalendarMonth>(2400);

export function calendarMonth(month: string, data: ReleaseData): CalendarMonth {
  return monthsOf(data).get(month, () => freezeMonth(computeMonth(month, data)));
}

function freezeMonth(cm: CalendarMonth): CalendarMonth {
  Object.freeze(cm.releases);
  Object.freeze(cm.factIds);
  return Object.freeze(cm);
}

function computeMonth(month: string, data: ReleaseData): CalendarMonth {
  const { year, month: m } = parseMonth(month);
  const planned = plannedKind(m);
  const inMonth = data.releases.filter((e) => e.month === month);
  const b = bRelease(inMonth);
  const kind = b?.kind ?? planned;
  // CAL-6: a month whose B release differs from the planned cycle is an unplanned baseline.
  const unplanned = b ? b.unplanned === true || b.kind !== planned : false;
  // The month's certainty is about its KIND (restart or not). When the release data agrees with the
  // documented cycle (CAL-1), the kind is as certain as the cycle, even if the KB number itself comes
  // from a secondary source (that stays on the release entry). Only a departure from the cycle (June
  // 2026) carries the entry's own certainty. CAL-7 caveats are added by next-reboot and the replies.
  const certainty = b && (b.kind !== planned || b.unplanned === true) ? b.certainty : 'confirmed';
  const releases = [...inMonth].sort((a, c) => compare(a.date, c.date));
  const factIds = unique(['CAL-1', 'CAL-2', 'CAL-9', 'CAL-10', ...(unplanned ? ['CAL-6'] : []), ...releases.flatMap((e) => e.factIds)]);
  // CAL-10: only a month whose update Microsoft has published is "released"; the rest is planned.
  const status = b && (b.status ?? 'released') === 'released' ? 'released' : 'planned';
  return {
    month,
    // The B release's actual date when the data knows it (always the 2nd Tuesday in data/releases.json).
    patchTuesday: b?.date ?? patchTuesday(year, m),
    // CAL-9: Microsoft normally skips the optional preview in December.
    previewTuesday: m === 12 ? null : previewTuesday(year, m),
    status,
    plannedKind: planned,
    kind,
    restart: kind === 'baseline',
    unplanned,
    certainty,
    releases,
    factIds,
  };
}

/** `months` consecutive months starting at `from` ('YYYY-MM'). */
export function buildCalendar(from: string, months: number, data: ReleaseData): CalendarMonth[] {
  parseMonth(from);
  if (!Number.isInteger(months) || months < 0 || months > MAX_CALENDAR_MONTHS) {
    throw new HbError('HB-CAL-004', `months must be a whole number 0-${MAX_CALENDAR_MONTHS} (got ${months})`);
  }
  return Array.from({ length: months }, (_, i) => calendarMonth(addMonths(from, i), data));
}

/**
 * CAL-3 / CAL-10: the baseline a device must have to take `month`'s hotpatch — the latest month up to
 * `month` whose release is a baseline (planned or unplanned): October 2026 for December 2026, July
 * 2026 for August 2026. Undefined for a baseline month itself (it is the baseline).
 */
export function requiredBaseline(month: string, data: ReleaseData): string | undefined {
  if (calendarMonth(month, data).kind === 'baseline') return undefined;
  for (let i = 1; i <= 12; i++) {
    const m = addMonths(month, -i);
    if (calendarMonth(m, data).kind === 'baseline') return m;
  }
  return undefined;
}
