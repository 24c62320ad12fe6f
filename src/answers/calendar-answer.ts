import { buildCalendar, calendarMonth, requiredBaseline, type CalendarMonth, type ReleaseData, patchTuesdayOf } from '../core/calendar';
import { addMonths } from '../core/dates';
import type { CalendarAnswer, DateCheckAnswer, NeedsBaseline } from './types';
import type { AnswerDeps, AnswerInput } from './deps';
import { foldText, RESTART } from '../language';
import { nextBaseline } from '../core/knowledge/units';

function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm) + 1;
}

/** CAL-3 / CAL-10: the first hotpatch month of the answer that is still ahead (else the first one) and its baseline. */
function needsBaseline(months: CalendarMonth[], today: string, data: ReleaseData): NeedsBaseline | undefined {
  const hp = months.find((m) => m.kind === 'hotpatch' && m.patchTuesday >= today) ?? months.find((m) => m.kind === 'hotpatch');
  const baseline = hp && requiredBaseline(hp.month, data);
  return hp && baseline ? { hotpatchMonth: hp.month, baseline } : undefined;
}

/**
 * "Will I need to reboot on 14 April 2026?" → the day checked against its month (CAL-1, CAL-2);
 * "do we reboot in April?" / "Q3" → those months; otherwise the next six Patch Tuesdays from today.
 */
export function answerCalendar(input: AnswerInput, deps: AnswerDeps): CalendarAnswer | DateCheckAnswer {
  const { date, month, period } = input.question.slots;
  const base = { today: input.today, asOf: deps.releases.asOf };
  if (date) {
    const m = calendarMonth(date.slice(0, 7), deps.releases);
    // The question asks about a restart, not whether the day is Patch Tuesday.
    const asked = RESTART.test(foldText(input.question.text)) ? 'restart' : 'patch-tuesday';
    return {
      kind: 'date-check',
      date,
      month: m,
      isPatchTuesday: m.patchTuesday === date,
      asked,
      nextBaseline: nextBaseline(date),
      needsBaseline: needsBaseline([m], input.today, deps.releases),
      ...base,
    };
  }
  const calendar = (months: CalendarMonth[]): CalendarAnswer => ({
    kind: 'calendar',
    months,
    needsBaseline: needsBaseline(months, input.today, deps.releases),
    ...base,
  });
  if (month) return calendar([calendarMonth(month, deps.releases)]);
  if (period) {
    const from = period.from.slice(0, 7);
    const count = Math.min(Math.max(monthsBetween(from, period.to.slice(0, 7)), 1), 24);
    return calendar(buildCalendar(from, count, deps.releases));
  }
  // "When is the next Patch Tuesday?": start at the month whose Patch Tuesday is still ahead.
  const thisMonth = input.today.slice(0, 7);
  const from = patchTuesdayOf(thisMonth) < input.today ? addMonths(thisMonth, 1) : thisMonth;
  return calendar(buildCalendar(from, 6, deps.releases));
}
