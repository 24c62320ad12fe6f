import type { DeviceProfile } from '../core/device-profile';
import type { SourcedDevice } from '../core/device-source';
import { isHbError } from '../errors';
import { summarizeFleet } from '../core/fleet/fleet-summary';
import type { AnyAnswer, Answer } from './types';
import type { AnswerDeps, AnswerInput } from './deps';
import { eligibilityFor } from './eligibility-answer';

/** At most this many device verdicts in one reply (Teams messages stay under ~28 KB). */
export const MAX_DEVICE_CARDS = 3;

function hasFacts(input: AnswerInput): boolean {
  const fromText = input.question.slots.device ?? {};
  return input.device !== undefined || Object.keys(fromText).length > 0;
}

/**
 * "Is my device eligible?" with an inventory configured and no facts in the question: the asker's own
 * devices from the source. Undefined when the source has nothing to say, so the caller falls back to the form.
 */
export async function ownDevices(input: AnswerInput, deps: AnswerDeps): Promise<SourcedDevice[] | undefined> {
  const source = deps.deviceSource;
  if (!source || source.kind === 'none' || hasFacts(input) || !input.requester?.aadObjectId) return undefined;
  try {
    const devices = await source.devicesOf(input.requester);
    return devices.length > 0 ? devices : undefined;
  } catch (e) {
    // A Graph outage or a missing permission must not block the question: ask with the form instead.
    if (isHbError(e)) return undefined;
    throw e;
  }
}

export function eligibilityForDevices(devices: SourcedDevice[], input: AnswerInput, deps: AnswerDeps): AnyAnswer {
  const answers: Answer[] = devices.slice(0, MAX_DEVICE_CARDS).map((d) => {
    const profile: DeviceProfile = d.deviceName ? { ...d.profile, deviceName: d.deviceName } : d.profile;
    return eligibilityFor(profile, input.today, deps, d.origins);
  });
  return answers.length === 1 ? answers[0]! : { kind: 'multi', answers, more: Math.max(0, devices.length - MAX_DEVICE_CARDS) };
}

type Source = NonNullable<AnswerDeps['deviceSource']>;
type Inventory = Source & { kind: Exclude<Source['kind'], 'none'>; allDevices: NonNullable<Source['allDevices']> };

/** The inventory the fleet summary can read: a configured device source that lists every device, else undefined. */
export function inventoryOf(deps: AnswerDeps): Inventory | undefined {
  const source = deps.deviceSource;
  return source && source.kind !== 'none' && source.allDevices ? (source as Inventory) : undefined;
}

/** "How ready is our fleet?" — helpdesk/admins only; the DeviceSource enforces who may list every device. */
export async function answerFleet(input: AnswerInput, deps: AnswerDeps): Promise<AnyAnswer> {
  const source = inventoryOf(deps);
  if (!source) return { kind: 'notice', intent: 'fleet-summary', notice: 'fleet-no-inventory' };
  try {
    const summary = await summarizeFleet(source.allDevices(input.requester ?? { isHelpdesk: false }), { today: input.today, lifecycle: deps.lifecycle });
    return { kind: 'fleet', summary, source: source.kind, today: input.today, asOf: input.today };
  } catch (e) {
    if (isHbError(e) && e.code === 'HB-INV-403') return { kind: 'notice', intent: 'fleet-summary', notice: 'fleet-forbidden' };
    throw e;
  }
}
