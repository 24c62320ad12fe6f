/**
 * "When is my next reboot?" for a device cycle (CAL-1..CAL-10).
 * Restart events come from the effective calendar (build-calendar.ts): every month's B release, plus
 * out-of-band releases that need a restart (CAL-OOB-1: a non-hotpatchable OOB is an unplanned baseline).
 */
import { HbError } from '../../errors';
import { memoPerObject } from '../memo';
import { addDays, addMonths, compare, isValidPlainDate, monthOf } from '../dates';
import { calendarMonth } from './build-calendar';
import { ringPolicyProblems } from './ring-policy';
import type { Certainty, DeviceCycle, NextReboot, NextRebootInput, ReleaseData, ReleaseKind } from './types';

/** CAL-7 caveats, on every answer: unplanned baseline (CAL-6), drivers/firmware, .NET and non-security, feature update. */
export const ALWAYS_CAVEATS = ['unplanned-baseline', 'drivers-firmware', 'dotnet-non-security', 'feature-update'] as const;
/** Added when the release month's kind is not confirmed (e.g. June 2026, CAL-REL-2, §7 item 2). */
export const UNCERTAIN_CAVEAT = 'uncertain-month';

const HORIZON_MONTHS = 120;

interface ReleaseEvent {
  month: string;
  date: string;
  kind: ReleaseKind;
  outOfBand: boolean;
  certainty: Certainty;
  unplanned: boolean;
  factIds: string[];
}

type RebootKind = ReleaseKind | 'monthly-lcu';

const CYCLE_FACTS: Record<DeviceCycle['kind'], string[]> = {
  eligible: ['CAL-1', 'CAL-2'],
  'not-eligible': ['HP-INEL-1', 'R-7', 'CAL-2'],
  'behind-baseline': ['CAL-3', 'R-8', 'HP-OS-3'],
  'upgraded-25h2': ['HP-OS-5', 'R-4', 'CAL-1'],
};

/** B releases and restart OOBs from `today`'s month on, in date order. */
function* releaseEvents(today: string, data: ReleaseData): Generator<ReleaseEvent> {
  const start = monthOf(today);
  for (let i = 0; i < HORIZON_MONTHS; i++) {
    const cm = calendarMonth(addMonths(start, i), data);
    const events: ReleaseEvent[] = [
      { month: cm.month, date: cm.patchTuesday, kind: cm.kind, outOfBand: false, certainty: cm.certainty, unplanned: cm.unplanned, factIds: cm.factIds },
    ];
    for (const e of cm.releases) {
      if (e.outOfBand && e.kind === 'baseline') {
        events.push({
          month: e.month,
          date: e.date,
          kind: 'baseline',
          outOfBand: true,
          certainty: e.certainty,
          unplanned: true,
          factIds: ['CAL-OOB-1', 'CAL-6', ...e.factIds],
        });
      }
    }
    events.sort((a, b) => compare(a.date, b.date));
    for (const ev of events) if (compare(ev.date, today) >= 0) yield ev;
  }
}

/** The next baseline (planned, unplanned or restart OOB) strictly after `date` (HP-OS-5: "until the next baseline"). */
function nextBaselineAfter(date: string, data: ReleaseData): string | undefined {
  for (const ev of releaseEvents(addDays(date, 1), data)) if (ev.kind === 'baseline') return ev.date;
  return undefined;
}

/** How a release is experienced by the cycle: restart kind, or null when it installs without restart. */
function classifier(cycle: DeviceCycle, data: ReleaseData): (ev: ReleaseEvent, isFirst: boolean) => RebootKind | null {
  switch (cycle.kind) {
    case 'eligible':
      return (ev) => (ev.kind === 'baseline' ? 'baseline' : null);
    case 'not-eligible':
      // HP-INEL-1: the LCU every month; a restart OOB also restarts it.
      return (ev) => (ev.outOfBand ? 'baseline' : 'monthly-lcu');
    case 'behind-baseline':
      // CAL-3 / R-8: the next release brings the latest baseline (+ hotpatch): restart; then the hotpatch cycle.
      return (ev, isFirst) => (isFirst || ev.kind === 'baseline' ? 'baseline' : null);
    case 'upgraded-25h2': {
      if (!isValidPlainDate(cycle.upgradeDate)) {
        throw new HbError('HB-CAL-006', `upgradeDate "${cycle.upgradeDate}" is not a valid date (expected YYYY-MM-DD, e.g. 2026-11-18)`);
      }
      const upgradeMonth = calendarMonth(monthOf(cycle.upgradeDate), data);
      // HP-OS-5: upgraded in a baseline month → stays on the hotpatch cycle.
      if (upgradeMonth.kind === 'baseline') return (ev) => (ev.kind === 'baseline' ? 'baseline' : null);
      const until = nextBaselineAfter(cycle.upgradeDate, data);
      return (ev) =>
        ev.kind === 'baseline'
          ? 'baseline'
          : compare(ev.date, cycle.upgradeDate) >= 0 && until !== undefined && compare(ev.date, until) < 0
            ? 'monthly-lcu'
            : null;
    }
  }
}

/**
 * Answers already computed, per release data object: the answer is a pure function of (today, cycle,
 * ring policy, data) and every user asking on the same day asks the same thing. Frozen, so no caller
 * can change what the next one reads; bounded; errors are never remembered.
 */
const answersOf = memoPerObject<ReleaseData, string, NextReboot>(1000);

export function nextReboot(input: NextRebootInput): NextReboot {
  const { today, cycle, policy, releases } = input;
  const key = [today, cycle.kind, cycle.kind === 'upgraded-25h2' ? cycle.upgradeDate : '', policy.deferralDays, policy.deadlineDays, policy.graceDays].join(
    '|',
  );
  return answersOf(releases).get(key, () => freeze(computeNextReboot(input)));
}

function freeze(r: NextReboot): NextReboot {
  Object.freeze(r.caveats);
  Object.freeze(r.factIds);
  if (r.following) Object.freeze(r.following);
  return Object.freeze(r);
}

function computeNextReboot(input: NextRebootInput): NextReboot {
  const { today, cycle, policy, releases } = input;
  if (!isValidPlainDate(today)) throw new HbError('HB-CAL-005', `today "${today}" is not a valid date (expected YYYY-MM-DD, e.g. 2026-11-25)`);
  const problems = ringPolicyProblems(policy);
  if (problems.length > 0) throw new HbError('HB-CAL-007', problems.map((p) => p.message).join('; '), { problems });

  const classify = classifier(cycle, releases);
  const found: { ev: ReleaseEvent; kind: RebootKind }[] = [];
  for (const ev of releaseEvents(today, releases)) {
    const kind = classify(ev, found.length === 0);
    if (kind) found.push({ ev, kind });
    if (found.length === 2) break;
  }
  const [first, second] = found;
  if (!first) throw new HbError('HB-CAL-008', `No restart release found within ${HORIZON_MONTHS} months of ${today}: check the release data overrides`);

  // CAL-8 (HP-MGT-4, G-WU-1): the release day is not the restart day. The ring's deferral delays the
  // offer, the deadline forces the restart, the grace period covers devices offline at the deadline.
  const offeredOn = addDays(first.ev.date, policy.deferralDays);
  const restartBy = addDays(offeredOn, policy.deadlineDays);
  const latestRestart = addDays(restartBy, policy.graceDays);
  const caveats: string[] = [...ALWAYS_CAVEATS];
  if (first.ev.certainty === 'uncertain') caveats.push(UNCERTAIN_CAVEAT);
  return {
    month: first.ev.month,
    releaseDate: first.ev.date,
    releaseKind: first.kind,
    offeredOn,
    restartBy,
    latestRestart,
    certainty: first.ev.certainty,
    unplanned: first.ev.unplanned,
    caveats,
    factIds: [...new Set([...CYCLE_FACTS[cycle.kind], 'CAL-7', 'CAL-8', 'R-2', 'R-3', 'R-4', ...first.ev.factIds.filter((id) => id !== 'CAL-9')])],
    ...(second ? { following: { month: second.ev.month, releaseDate: second.ev.date, releaseKind: second.kind } } : {}),
  };
}
