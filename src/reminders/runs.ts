import type { Storage } from '../storage';
import { keys } from './keys';
import { update } from './cas';

/** One tick's result: counts and, per target, [subscription, conversation, occurrence, status, code, attempts, reason]. */
export interface RunRecord {
  runId: string;
  instanceId: string;
  startedAt: string;
  finishedAt: string;
  dueAt: string;
  sent: number;
  failed: number;
  skipped: number;
  possiblySent: number;
  pending: number;
  targets: Array<[string, string, string, string, number | null, number, string | null]>;
}

const KEEP_RUNS = 10;

export async function recordRun(storage: Storage, run: RunRecord): Promise<void> {
  await update<{ runs: RunRecord[] }>(storage, keys.runs(), (cur) => ({ runs: [...(cur?.runs ?? []), run].slice(-KEEP_RUNS) }));
}

export async function readRuns(storage: Storage): Promise<RunRecord[]> {
  const doc = (await storage.read([keys.runs()]))[keys.runs()] as { runs?: RunRecord[] } | undefined;
  return doc?.runs ?? [];
}
