/** Reads the facts register (data/facts/register.json) once and validates it with the core schema. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { HbError } from '../errors';
import { parseRegister, type FactsRegister } from '../core/facts/register';

export const DEFAULT_FACTS_PATH = resolve(__dirname, '../../data/facts/register.json');

let cached: FactsRegister | undefined;

export function readFactsRegister(path = DEFAULT_FACTS_PATH): FactsRegister {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new HbError('HB-DATA-004', `Cannot read the facts register ${path}: ${(e as Error).message}`, { file: path });
  }
  const r = parseRegister(json);
  if (!r.ok) throw new HbError('HB-DATA-004', `Invalid facts register ${path}:\n  ${r.issues.slice(0, 10).join('\n  ')}`, { file: path });
  return r.register;
}

/** The shipped register, read on first use. */
export function factsRegister(): FactsRegister {
  return (cached ??= readFactsRegister());
}
