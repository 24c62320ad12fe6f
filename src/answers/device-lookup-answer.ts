import { isHbError } from '../errors';
import type { Answer } from './types';
import type { AnswerDeps, AnswerInput } from './deps';
import { eligibilityFor } from './eligibility-answer';

/** "Is LAPTOP-4F2K eligible?" — from the inventory, for helpdesk staff only (DeviceSource enforces it). */
export async function answerDeviceLookup(input: AnswerInput, deps: AnswerDeps): Promise<Answer> {
  const name = input.question.slots.deviceName;
  const source = deps.deviceSource;
  if (!source || source.kind === 'none' || !name) return { kind: 'notice', intent: 'device-lookup', notice: 'lookup-no-inventory' };
  try {
    const found = await source.deviceByName(name, input.requester ?? { isHelpdesk: false });
    if (!found) return { kind: 'notice', intent: 'device-lookup', notice: 'lookup-not-found' };
    return eligibilityFor({ ...found.profile, deviceName: found.deviceName ?? name }, input.today, deps, found.origins);
  } catch (e) {
    if (isHbError(e) && e.code === 'HB-INV-403') return { kind: 'notice', intent: 'device-lookup', notice: 'lookup-forbidden' };
    throw e;
  }
}
