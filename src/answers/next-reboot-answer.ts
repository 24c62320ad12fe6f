import { evaluate } from '../core/eligibility/evaluate';
import { nextReboot, type DeviceCycle } from '../core/calendar';
import type { DeviceProfile } from '../core/device-profile';
import type { Verdict } from '../core/eligibility/types';
import type { NextRebootAnswer } from './types';
import type { AnswerDeps, AnswerInput } from './deps';
import { mergeDeviceFacts } from './device-facts';

type Cycle = NextRebootAnswer['scenarios'][number]['cycle'];

/**
 * Which restart cycle the device is on: eligible → baselines only; behind its
 * baseline only → the next release, then baselines (CAL-3); any other blocker → every Patch Tuesday
 * (HP-INEL-1); unknown → both scenarios, so the user sees the earliest possible restart.
 */
export function cyclesFor(verdict: Verdict): Cycle[] {
  if (verdict.status === 'eligible') return ['eligible'];
  if (verdict.status === 'not-eligible') {
    return verdict.blockers.every((b) => b === 'latest-baseline') ? ['behind-baseline'] : ['not-eligible'];
  }
  return ['eligible', 'not-eligible'];
}

function toCycle(kind: Cycle): DeviceCycle {
  if (kind === 'upgraded-25h2') throw new Error('upgraded-25h2 needs an upgrade date');
  return { kind };
}

export function answerNextReboot(input: AnswerInput, deps: AnswerDeps): NextRebootAnswer {
  const device: DeviceProfile = mergeDeviceFacts(input.question.slots.device, input.device);
  const verdict = evaluate(device, { today: input.today, lifecycle: deps.lifecycle });
  // The ring's numbers said in the question win over the configured policy (CAL-8).
  const policy = { ...deps.ringPolicy, ...input.question.slots.ring };
  // LIFE-5: a version past its end of servicing gets no update at all, so no update restart to announce.
  const ended = verdict.checks.find((c) => c.id === 'end-of-servicing' && c.status === 'fail')?.servicing;
  if (ended)
    return {
      kind: 'next-reboot',
      today: input.today,
      timeZone: input.timeZone,
      policy,
      scenarios: [],
      servicing: ended,
      asOf: deps.releases.asOf,
    };
  // "…when do devices restart in April?": the first restart from that month on, not from today.
  const { month, past } = input.question.slots;
  const from = month && !past && `${month}-01` > input.today ? `${month}-01` : input.today;
  const scenarios = cyclesFor(verdict).map((cycle) => ({
    cycle,
    reboot: nextReboot({ today: from, cycle: toCycle(cycle), policy, releases: deps.releases }),
  }));
  return { kind: 'next-reboot', today: input.today, timeZone: input.timeZone, policy, scenarios, asOf: deps.releases.asOf };
}
