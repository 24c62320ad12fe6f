/** CAL-8 / G-WU-1: update-ring bounds (deferralInDays 0-30; deadline 0-30; grace period 0-7). */
import type { RingPolicy } from './types';

export const RING_POLICY_BOUNDS = {
  deferralDays: { min: 0, max: 30 },
  deadlineDays: { min: 0, max: 30 },
  graceDays: { min: 0, max: 7 },
} as const satisfies Record<keyof RingPolicy, { min: number; max: number }>;

export const DEFAULT_RING_POLICY: RingPolicy = Object.freeze({ deferralDays: 0, deadlineDays: 0, graceDays: 0 });

/** Problems with a policy, as [field, message] pairs; empty when valid. */
export function ringPolicyProblems(policy: RingPolicy): { field: keyof RingPolicy; message: string }[] {
  return (Object.keys(RING_POLICY_BOUNDS) as (keyof RingPolicy)[]).flatMap((field) => {
    const { min, max } = RING_POLICY_BOUNDS[field];
    const v = policy[field];
    return Number.isInteger(v) && v >= min && v <= max ? [] : [{ field, message: `${field} must be a whole number of days from ${min} to ${max} (got ${v})` }];
  });
}
