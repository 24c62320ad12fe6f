import { readFileSync } from 'node:fs';

/** The shared facts and example questions, read once per test file (the tests' source of truth). */
export const FACTS_PATH = '/work/shared/domain/hotpatch-facts.md';
export const QUESTIONS_PATH = '/work/shared/domain/questions.md';

export const factsText = readFileSync(FACTS_PATH, 'utf8');

/** Every fact ID defined in bold at the start of a fact, e.g. "- **HP-LIC-1 (current…)**", "**CAL-REL-2 …". */
export function factIdsInFile(text = factsText): Set<string> {
  const ids = new Set<string>();
  for (const m of text.matchAll(/\*\*([A-Z]{1,4}(?:-[A-Z]{2,4})?-\d+)\b/g)) ids.add(m[1]);
  return ids;
}

export interface ExampleQuestion {
  id: string;
  en: string;
  fr: string;
}

/** TC-nn questions (EN and FR) from questions.md. */
export function exampleQuestions(): Map<string, ExampleQuestion> {
  const text = readFileSync(QUESTIONS_PATH, 'utf8');
  const out = new Map<string, ExampleQuestion>();
  for (const block of text.split(/\n(?=\*\*TC-\d+\*\*)/)) {
    const id = /^\*\*(TC-\d+)\*\*/.exec(block)?.[1];
    const en = /- EN Q: "(.+)"/.exec(block)?.[1];
    const fr = /- FR Q : « (.+) »/.exec(block)?.[1];
    if (id && en && fr) out.set(id, { id, en, fr });
  }
  return out;
}
