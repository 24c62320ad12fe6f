import { evaluate } from '../core/eligibility/evaluate';
import { recommend } from '../core/recommendations';
import type { DeviceProfile, ProfileOrigins } from '../core/device-profile';
import type { DeviceFormAnswer, EligibilityAnswer } from './types';
import type { AnswerDeps, AnswerInput } from './deps';
import { mergeDeviceFacts, missingFormFields, needsForm } from './device-facts';

export function eligibilityFor(device: DeviceProfile, today: string, deps: AnswerDeps, origins?: ProfileOrigins): EligibilityAnswer {
  const verdict = evaluate(device, { today, lifecycle: deps.lifecycle });
  return {
    kind: 'eligibility',
    device,
    ...(origins ? { origins } : {}),
    verdict,
    recommendations: recommend(device, verdict),
    // "according to Microsoft documentation as of <date>" (the licence lists changed three times, HP-LIC-1/HP-LIC-3).
    asOf: deps.releases.asOf,
  };
}

/** "Is my device eligible?" — a verdict when the facts allow one, else the pre-filled form. */
export function answerEligibility(input: AnswerInput, deps: AnswerDeps): EligibilityAnswer | DeviceFormAnswer {
  const device = mergeDeviceFacts(input.question.slots.device, input.device);
  const answer = eligibilityFor(device, input.today, deps);
  if (needsForm(answer.verdict, device, input.device !== undefined)) {
    return { kind: 'device-form', purpose: 'eligibility', prefill: device, missing: missingFormFields(device) };
  }
  return answer;
}
