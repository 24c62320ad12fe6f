import { calendarMonth, nextReboot, DEFAULT_RING_POLICY } from '../core/calendar';
import type { ReleaseData, RingPolicy } from '../core/calendar';
import { addMonths, daysBetween, monthOf } from '../core/dates';
import type { ReminderContentSource, ReminderWeek } from './types';

/**
 * The week's facts from the real calendar (CAL-1 baseline/hotpatch months, CAL-2 second Tuesday,
 * CAL-8 ring policy moves the restart date), with the release data merged on top.
 */
export function calendarContent(releases: ReleaseData, policy: RingPolicy = DEFAULT_RING_POLICY): ReminderContentSource {
  // The same few days are asked for by every subscriber of a broadcast: compute each once.
  const memo = new Map<string, ReminderWeek>();
  const week = (today: string): ReminderWeek => {
    let month = monthOf(today);
    let cm = calendarMonth(month, releases);
    if (cm.patchTuesday < today) {
      month = addMonths(month, 1);
      cm = calendarMonth(month, releases);
    }
    const following = calendarMonth(addMonths(month, 1), releases);
    const others = nextReboot({ today, cycle: { kind: 'not-eligible' }, policy, releases });
    const hotpatch = nextReboot({ today, cycle: { kind: 'eligible' }, policy, releases });
    const daysToGo = daysBetween(today, cm.patchTuesday);
    return {
      today,
      next: { date: cm.patchTuesday, month, kind: cm.kind, daysToGo, thisWeek: daysToGo <= 6, certainty: cm.certainty },
      following: { date: following.patchTuesday, month: following.month, kind: following.kind },
      othersRestartBy: others.restartBy,
      hotpatchNextRestart: hotpatch.restartBy,
      factIds: [...new Set(['CAL-1', 'CAL-2', 'CAL-8', ...cm.factIds, ...others.factIds, ...hotpatch.factIds])],
    };
  };
  return {
    week(today: string): ReminderWeek {
      let hit = memo.get(today);
      if (!hit) memo.set(today, (hit = week(today)));
      return hit;
    },
  };
}
