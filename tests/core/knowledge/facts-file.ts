import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readFactsRegister } from '../../../src/data/load-facts';

/**
 * The tests' source of truth, all inside the repository: the facts register (data/facts/register.json)
 * and the example questions (tests/fixtures/questions/cases.json).
 */
export const register = readFactsRegister();

export const QUESTIONS_PATH = resolve(__dirname, '../../fixtures/questions/cases.json');

/** Every fact ID the register defines. */
export function factIdsInFile(): Set<string> {
  return new Set(register.byId.keys());
}

/** Every source URL the register cites (no trailing slash). */
export const registerUrls: ReadonlySet<string> = new Set(register.facts.flatMap((f) => f.sources.map((u) => u.replace(/\/$/, ''))));

export interface ExampleQuestion {
  id: string;
  en: string;
  fr: string;
  factIds: string[];
}

/** TC-nn questions (EN and FR) from the fixture. */
export function exampleQuestions(): Map<string, ExampleQuestion> {
  const json = JSON.parse(readFileSync(QUESTIONS_PATH, 'utf8')) as { cases: ExampleQuestion[] };
  return new Map(json.cases.map((c) => [c.id, c]));
}
