import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The team's shared facts and example questions (the tests' source of truth). They live in `shared/`
 * beside the repository (CI lays a copy there); SHARED_DIR overrides.
 */
function sharedDir(): string {
  const candidates = [process.env.SHARED_DIR, resolve(__dirname, '../../../../shared'), '/work/shared'].filter((d): d is string => !!d);
  const found = candidates.find((d) => existsSync(resolve(d, 'domain/hotpatch-facts.md')));
  if (!found) throw new Error(`shared/domain/hotpatch-facts.md not found (looked in ${candidates.join(', ')}); set SHARED_DIR`);
  return found;
}

export const FACTS_PATH = resolve(sharedDir(), 'domain/hotpatch-facts.md');
export const QUESTIONS_PATH = resolve(sharedDir(), 'domain/questions.md');

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
