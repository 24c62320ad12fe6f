import type { DeviceProfile } from '../device-profile';
import type { EvaluationContext, Rule, Verdict } from './types';
import { allRules } from './all-rules';

/**
 * One evaluator over the rules. Any fail → not-eligible. Otherwise any unknown that is not a mere
 * convention (assumed) → unknown: missing data is never turned into a fail, nor into a "yes".
 */
export function evaluate(device: DeviceProfile, ctx: EvaluationContext, rules: readonly Rule[] = allRules): Verdict {
  const checks = rules.map((rule) => rule(device, ctx));
  const blockers = checks.filter((c) => c.status === 'fail').map((c) => c.id);
  const missing = checks.filter((c) => c.status === 'unknown' && !c.assumed).map((c) => c.id);
  const assumptions = checks.filter((c) => c.status === 'unknown' && c.assumed).map((c) => c.id);
  const hedges = [...new Set(checks.flatMap((c) => (c.hedge ? [c.hedge] : [])))];
  const status = blockers.length > 0 ? 'not-eligible' : missing.length > 0 ? 'unknown' : 'eligible';
  return { status, checks, blockers, missing, assumptions, hedges };
}
