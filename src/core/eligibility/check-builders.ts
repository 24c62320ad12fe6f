import type { Check, RuleId } from './types';

type Extra = Omit<Check, 'id' | 'status' | 'reason' | 'factIds' | 'source'>;

/** Tiny builders so each rule reads as a table of outcomes (vercel/ai shape). */
export const pass = (id: RuleId, reason: string, factIds: string[], source: string, extra: Extra = {}): Check => ({
  id,
  status: 'pass',
  reason: `${id}.${reason}`,
  factIds,
  source,
  ...extra,
});

export const fail = (id: RuleId, reason: string, factIds: string[], source: string, extra: Extra): Check => ({
  id,
  status: 'fail',
  reason: `${id}.${reason}`,
  factIds,
  source,
  ...extra,
});

export const unknown = (id: RuleId, reason: string, factIds: string[], source: string, extra: Extra = {}): Check => ({
  id,
  status: 'unknown',
  reason: `${id}.${reason}`,
  factIds,
  source,
  ...extra,
});

/** Unknown only for lack of data, where the usual value is assumed (managed, joined, telemetry on, not blocked). */
export const assumed = (id: RuleId, reason: string, factIds: string[], source: string, extra: Extra = {}): Check =>
  unknown(id, reason, factIds, source, { assumed: true, ...extra });
