import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Reply } from '../../src/pipeline/types';

/**
 * Evaluation of the bot on real questions (issue 11): tests/questions/real/{en,fr}.json, questions
 * found in public places (URL, real wording) with the answer expected. The set is split ONCE by a
 * fixed hash of the URL (sha1, first byte even → tuning, odd → test), so that a question never moves
 * between halves and translations of one post stay together. Tune on the tuning half; of the test
 * half only count.
 */

export interface RealQuestion {
  id: string;
  lang: 'en' | 'fr';
  url: string;
  source?: string;
  date?: string | null;
  kind?: 'real' | 'translation';
  text: string;
  /** Optional per-item context: "today" for the question, the client locale it came with. */
  today?: string;
  clientLocale?: string;
  expected: {
    scope: 'answer' | 'abstain';
    intent: string;
    answer: string;
    /** Every group must match: one regex (case-insensitive) of the group is enough. */
    mustMention: string[][];
    mustNotMention?: string[];
    factIds: string[];
    certain: boolean;
  };
}

export type Half = 'tuning' | 'test';
export type Outcome = 'correct' | 'abstained' | 'wrong';

export const DEFAULT_TODAY = '2026-12-07';

export function loadRealQuestions(dir = resolve(__dirname, 'real')): RealQuestion[] {
  return (['en', 'fr'] as const).flatMap((l) => JSON.parse(readFileSync(resolve(dir, `${l}.json`), 'utf8')) as RealQuestion[]);
}

/** The fixed split: sha1 of the URL, first byte even → tuning, odd → test. Never changes. */
export function halfOf(url: string): Half {
  return createHash('sha1').update(url).digest()[0]! % 2 === 0 ? 'tuning' : 'test';
}

/**
 * "Abstained" = the bot did not claim an answer: the reply is the can't-answer reply (kind unknown,
 * which says so and offers the helpdesk) or a hand-over to the helpdesk (escalate). A device form
 * is NOT an abstention: it asks for facts as if the question were an eligibility check.
 */
export function abstained(reply: Pick<Reply, 'answer'>): boolean {
  const a = reply.answer;
  if (a.kind === 'unknown') return true;
  if (a.kind === 'notice' && a.intent === 'escalate') return true;
  return false;
}

export interface Judged {
  q: RealQuestion;
  half: Half;
  outcome: Outcome;
  problems: string[];
  replyLocale: string;
  replyKind: string;
}

function rx(pattern: string): RegExp {
  return new RegExp(pattern, 'imu');
}

/** Judge one reply against its expectation. */
export function judge(q: RealQuestion, reply: Pick<Reply, 'answer' | 'text' | 'locale'>): Judged {
  const problems: string[] = [];
  const base = { q, half: halfOf(q.url), replyLocale: reply.locale, replyKind: reply.answer.kind };
  const didAbstain = abstained(reply);
  if (q.expected.scope === 'abstain') {
    if (didAbstain) return { ...base, outcome: 'correct', problems };
    problems.push(`should abstain, answered with ${reply.answer.kind}`);
    return { ...base, outcome: 'wrong', problems };
  }
  if (didAbstain) return { ...base, outcome: 'abstained', problems: ['abstained'] };
  if (reply.locale !== q.lang) problems.push(`replied in ${reply.locale}`);
  for (const group of q.expected.mustMention) {
    if (group.length && !group.some((p) => rx(p).test(reply.text))) problems.push(`missing one of ${JSON.stringify(group)}`);
  }
  for (const p of q.expected.mustNotMention ?? []) if (rx(p).test(reply.text)) problems.push(`must not mention ${p}`);
  return { ...base, outcome: problems.length ? 'wrong' : 'correct', problems };
}

export interface Tally {
  total: number;
  correct: number;
  abstained: number;
  wrong: number;
}

export function tally(items: readonly Judged[]): Tally {
  const t: Tally = { total: items.length, correct: 0, abstained: 0, wrong: 0 };
  for (const i of items) t[i.outcome] += 1;
  return t;
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '—');

export function formatTally(label: string, t: Tally): string {
  return `${label.padEnd(14)} ${String(t.total).padStart(4)}  correct ${String(t.correct).padStart(4)} (${pct(t.correct, t.total).padStart(6)})  abstained ${String(t.abstained).padStart(3)}  wrong ${String(t.wrong).padStart(3)}`;
}

/** Per language and overall, for the given judged items. */
export function summarize(items: readonly Judged[]): { en: Tally; fr: Tally; all: Tally } {
  return { en: tally(items.filter((i) => i.q.lang === 'en')), fr: tally(items.filter((i) => i.q.lang === 'fr')), all: tally(items) };
}

export type Ask = (q: RealQuestion) => Promise<Pick<Reply, 'answer' | 'text' | 'locale'>>;

export async function evaluate(questions: readonly RealQuestion[], ask: Ask): Promise<Judged[]> {
  const out: Judged[] = [];
  for (const q of questions) out.push(judge(q, await ask(q)));
  return out;
}
