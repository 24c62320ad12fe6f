/** Reads data/lifecycle.json (end of servicing per version × edition family, LIFE-1..LIFE-3) once. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { HbError } from '../errors';
import { parseLifecycleData, type LifecycleData } from '../core/lifecycle/servicing';

export const DEFAULT_LIFECYCLE_PATH = resolve(__dirname, '../../data/lifecycle.json');

let cached: LifecycleData | undefined;

export function readLifecycleData(path = DEFAULT_LIFECYCLE_PATH): LifecycleData {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new HbError('HB-DATA-005', `Cannot read the lifecycle data ${path}: ${(e as Error).message}`, { file: path });
  }
  const r = parseLifecycleData(json);
  if (!r.ok) throw new HbError('HB-DATA-005', `Invalid lifecycle data ${path}:\n  ${r.issues.slice(0, 10).join('\n  ')}`, { file: path });
  return r.data;
}

/** The shipped lifecycle data, read on first use. */
export function lifecycleData(): LifecycleData {
  return (cached ??= readLifecycleData());
}
