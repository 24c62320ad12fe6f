import type { DeviceProfile } from '../device-profile';
import type { SourcedDevice } from '../device-source';
import { evaluate as defaultEvaluate } from '../eligibility/evaluate';
import { ruleIds, type EvaluationContext, type RuleId, type Verdict } from '../eligibility/types';

/**
 * Fleet readiness as pure aggregation (issue 13): verdicts in, counts out, no I/O. The sources of the
 * devices (an inventory file, Intune) live in src/inventory.
 */

/** A record of an inventory that could not be read, with where it starts. */
export interface InvalidRow {
  /** 1-based line of the file where the record starts. */
  line: number;
  error: string;
}

export interface FleetSummary {
  total: number;
  eligible: number;
  notEligible: number;
  unknown: number;
  /** A device counts once per failing rule, so the sum can exceed notEligible. */
  byBlocker: Partial<Record<RuleId, number>>;
  /** Unknown devices, per rule whose data is missing (what to collect next). */
  byMissing: Partial<Record<RuleId, number>>;
  /** Not-eligible devices whose only blockers resolve by themselves (HP-OS-3 / CAL-3: baseline first). */
  temporarilyBlocked: number;
  /** Rows of the input that could not be read, with their line numbers (never dropped silently). */
  invalidRows: InvalidRow[];
}

export interface FleetContext extends EvaluationContext {
  evaluate?: (device: DeviceProfile, ctx: EvaluationContext) => Verdict;
  /** Called for every evaluated device (the CLI's --csv output, the Teams card's examples). */
  onDevice?: (device: DeviceProfile, verdict: Verdict, line?: number) => void;
}

export function emptySummary(): FleetSummary {
  return { total: 0, eligible: 0, notEligible: 0, unknown: 0, byBlocker: {}, byMissing: {}, temporarilyBlocked: 0, invalidRows: [] };
}

export function addVerdict(s: FleetSummary, v: Verdict): void {
  s.total++;
  if (v.status === 'eligible') s.eligible++;
  else if (v.status === 'unknown') s.unknown++;
  else s.notEligible++;
  for (const id of v.blockers) s.byBlocker[id] = (s.byBlocker[id] ?? 0) + 1;
  if (v.status === 'unknown') for (const id of v.missing) s.byMissing[id] = (s.byMissing[id] ?? 0) + 1;
  if (v.status === 'not-eligible' && v.checks.every((c) => c.status !== 'fail' || c.temporary)) s.temporarilyBlocked++;
}

/** Same counts, keys in checklist order (§1.8), so JSON and tables read the same way every time. */
export function ordered(s: FleetSummary): FleetSummary {
  const sort = (m: Partial<Record<RuleId, number>>) =>
    Object.fromEntries(ruleIds.filter((id) => m[id] !== undefined).map((id) => [id, m[id]])) as Partial<Record<RuleId, number>>;
  return { ...s, byBlocker: sort(s.byBlocker), byMissing: sort(s.byMissing) };
}

type FleetItem = DeviceProfile | SourcedDevice;

/**
 * Readiness of any set of devices — profiles, or a DeviceSource's `allDevices()` as is — for the Teams
 * fleet card and the CLI.
 */
export async function summarizeFleet(devices: AsyncIterable<FleetItem> | Iterable<FleetItem>, ctx: FleetContext): Promise<FleetSummary> {
  const evaluate = ctx.evaluate ?? defaultEvaluate;
  const s = emptySummary();
  for await (const item of devices) {
    // DeviceProfile is a strict object without a `profile` key, so this tells the two apart.
    const d = 'profile' in item && typeof item.profile === 'object' ? (item as SourcedDevice).profile : (item as DeviceProfile);
    const v = evaluate(d, { today: ctx.today, lifecycle: ctx.lifecycle });
    addVerdict(s, v);
    ctx.onDevice?.(d, v);
  }
  return ordered(s);
}
