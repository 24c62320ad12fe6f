/**
 * Every reply the bot gives over the whole corpus (language corpus, example cases, real questions), written to one
 * JSON file, so that a refactor can prove replies byte-identical: run it before and after, then `cmp` the two files
 * (issue 13: "replies byte-identical over the corpus").
 * Usage: npm run snapshot:replies -- OUT.json
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig } from '../src/config';
import { pipelineFromConfig } from '../src/app/composition';
import { corpus, DEFAULT_TODAY as CORPUS_TODAY } from '../tests/corpus';
import { DEFAULT_TODAY as REAL_TODAY, loadRealQuestions } from '../tests/questions/evaluate';

interface Case {
  key: string;
  text: string;
  today: string;
  clientLocale?: string;
}

async function main(): Promise<void> {
  const out = process.argv[2];
  if (!out) {
    console.error('usage: snapshot:replies OUT.json');
    process.exit(2);
  }
  const cases: Case[] = [
    ...corpus.map((c, i) => ({ key: `corpus-${i}`, text: c.text, today: c.today ?? CORPUS_TODAY, clientLocale: c.clientLocale })),
    ...loadRealQuestions().map((q) => ({ key: q.id, text: q.text, today: q.today ?? REAL_TODAY, clientLocale: q.clientLocale })),
  ];
  const examples = JSON.parse(readFileSync(resolve(__dirname, '../tests/fixtures/questions/cases.json'), 'utf8')) as unknown;
  for (const [i, text] of collectStrings(examples).entries()) cases.push({ key: `example-${i}`, text, today: CORPUS_TODAY });
  const pipeline = pipelineFromConfig(loadConfig({ STORAGE: 'memory' }));
  const replies: Record<string, unknown> = {};
  for (const c of cases) {
    const r = await pipeline.ask({
      text: c.text,
      today: c.today,
      now: new Date(`${c.today}T10:00:00Z`),
      clientLocale: c.clientLocale,
      timeZone: 'Europe/Paris',
    });
    replies[c.key] = { text: c.text, locale: r.locale, intent: r.intent, reply: r.text, attachments: r.attachments, suggestedActions: r.suggestedActions };
  }
  writeFileSync(out, JSON.stringify(replies, null, 1));
  console.log(`${cases.length} replies written to ${out}`);
}

/** The question strings of the example-cases fixture, whatever its nesting ("en"/"fr"/"question" fields). */
function collectStrings(v: unknown): string[] {
  if (Array.isArray(v)) return v.flatMap(collectStrings);
  if (v && typeof v === 'object') {
    return Object.entries(v).flatMap(([k, x]) => (typeof x === 'string' && /^(en|fr|question|text)$/.test(k) ? [x] : collectStrings(x)));
  }
  return [];
}

void main();
