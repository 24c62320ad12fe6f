import type { DeviceProfile } from '../device-profile';
import type { LifecycleData, ServicingStatus } from '../lifecycle/servicing';

export type CheckStatus = 'pass' | 'fail' | 'unknown';

/** Stable ids of the prerequisites (one per rule file in src/core/eligibility/rules). */
export const ruleIds = [
  'os-version',
  'end-of-servicing',
  'edition',
  'license',
  'vbs-running',
  'arm64-chpe',
  'intune-managed',
  'join-type',
  'diagnostic-data',
  'sign-in-assistant',
  'hotpatch-policy',
  'latest-baseline',
  'government-cloud',
] as const;
export type RuleId = (typeof ruleIds)[number];

/**
 * The result of one rule. Words are not here: `reason`, `fix` and `hedge` are stable codes that
 * src/replies renders per locale.
 */
export interface Check {
  id: RuleId;
  status: CheckStatus;
  /** Reason code, e.g. "os-version.windows-10". */
  reason: string;
  /** Fix code, e.g. "upgrade-to-24h2"; absent when the check passes. */
  fix?: string;
  /** Fact IDs (data/facts/register.json) that ground this result. */
  factIds: string[];
  /** Primary source URL shown to the user. */
  source: string;
  /** Unknown only because the data is missing, and the conventional value is assumed (managed, joined, telemetry on, not blocked). */
  assumed?: boolean;
  /** Uncertain or conflicting fact: the answer must carry this hedge (facts with certainty "uncertain" in data/facts/register.json). */
  hedge?: string;
  /** Which profile field would turn an unknown into pass/fail. */
  ask?: keyof DeviceProfile;
  /** A fail that resolves by itself (e.g. not on the latest baseline: HP-OS-3, CAL-3). */
  temporary?: boolean;
  /** end-of-servicing only: the version, edition family and end date (LIFE-1..3). */
  servicing?: ServicingStatus;
}

export interface EvaluationContext {
  /** Plain date YYYY-MM-DD: rules that changed over time (default-on since May 2026, HP-MGT-3) need it. */
  today: string;
  /** End-of-servicing data (data/lifecycle.json); without it the end-of-servicing rule is only assumed. */
  lifecycle?: LifecycleData;
}

export type Rule = (device: DeviceProfile, ctx: EvaluationContext) => Check;

export type VerdictStatus = 'eligible' | 'not-eligible' | 'unknown';

export interface Verdict {
  status: VerdictStatus;
  checks: Check[];
  /** Ids of failing checks (the blockers). */
  blockers: RuleId[];
  /** Ids of checks that are unknown and not assumed: what to ask the user. */
  missing: RuleId[];
  /** Ids of checks that passed only by that assumption. */
  assumptions: RuleId[];
  /** Hedge codes carried by any check. */
  hedges: string[];
}
