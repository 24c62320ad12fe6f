import { isDeepStrictEqual } from 'node:util';
import { understand } from '../../src/language';
import { cleanText } from '../../src/pipeline/clean-text';
import { intents, type Intent, type Question, type Slots } from '../../src/language/types';
import { corpus, DEFAULT_TODAY, type CorpusItem } from './index';

export interface IntentRow {
  intent: Intent;
  support: number;
  predicted: number;
  truePositives: number;
  precision: number;
  recall: number;
}

export interface Failure {
  item: CorpusItem;
  got: Question;
  problems: string[];
}

export interface Evaluation {
  total: number;
  intentAccuracy: number;
  heldoutTotal: number;
  heldoutAccuracy: number;
  trainAccuracy: number;
  localeAccuracy: number;
  slotChecks: number;
  slotAccuracy: number;
  rows: IntentRow[];
  failures: Failure[];
}

/** Differences between the expected slots and what understand() found. */
export function slotProblems(expected: Slots | undefined, absent: (keyof Slots)[] | undefined, got: Slots): string[] {
  const problems: string[] = [];
  for (const [key, want] of Object.entries(expected ?? {}) as [keyof Slots, unknown][]) {
    const have = got[key] as unknown;
    if (key === 'device' || key === 'reminder') {
      for (const [field, value] of Object.entries(want as object)) {
        const actual = (have as Record<string, unknown> | undefined)?.[field];
        if (!isDeepStrictEqual(actual, value)) problems.push(`${key}.${field}: want ${JSON.stringify(value)}, got ${JSON.stringify(actual)}`);
      }
    } else if (key === 'period') {
      const w = want as { from: string; to: string };
      const g = have as { from: string; to: string } | undefined;
      if (g?.from !== w.from || g?.to !== w.to) problems.push(`period: want ${w.from}..${w.to}, got ${JSON.stringify(g)}`);
    } else if (!isDeepStrictEqual(have, want)) {
      problems.push(`${key}: want ${JSON.stringify(want)}, got ${JSON.stringify(have)}`);
    }
  }
  for (const key of absent ?? []) if (got[key] !== undefined) problems.push(`${key}: want none, got ${JSON.stringify(got[key])}`);
  return problems;
}

export function evaluateCorpus(items: CorpusItem[] = corpus): Evaluation {
  const rows = new Map<Intent, IntentRow>(intents.map((i) => [i, { intent: i, support: 0, predicted: 0, truePositives: 0, precision: 1, recall: 1 }]));
  let correct = 0;
  let heldoutTotal = 0;
  let heldoutCorrect = 0;
  let localeCorrect = 0;
  let slotChecks = 0;
  let slotCorrect = 0;
  const failures: Failure[] = [];
  for (const item of items) {
    const got = understand({ text: cleanText(item.text), clientLocale: item.clientLocale, today: item.today ?? DEFAULT_TODAY });
    const ok = got.intent === item.intent;
    rows.get(item.intent)!.support += 1;
    rows.get(got.intent)!.predicted += 1;
    if (ok) {
      correct += 1;
      rows.get(item.intent)!.truePositives += 1;
    }
    if (item.split === 'heldout') {
      heldoutTotal += 1;
      if (ok) heldoutCorrect += 1;
    }
    const problems = ok ? [] : [`intent: want ${item.intent}, got ${got.intent} (${got.confidence})`];
    if (item.locale && got.locale !== item.locale) problems.push(`locale: want ${item.locale}, got ${got.locale}`);
    else localeCorrect += 1;
    if (item.slots || item.absent) {
      slotChecks += 1;
      const sp = slotProblems(item.slots, item.absent, got.slots);
      if (sp.length === 0) slotCorrect += 1;
      problems.push(...sp);
    }
    if (problems.length) failures.push({ item, got, problems });
  }
  for (const r of rows.values()) {
    r.precision = r.predicted ? r.truePositives / r.predicted : r.support ? 0 : 1;
    r.recall = r.support ? r.truePositives / r.support : 1;
  }
  const trainTotal = items.length - heldoutTotal;
  return {
    total: items.length,
    intentAccuracy: correct / items.length,
    heldoutTotal,
    heldoutAccuracy: heldoutTotal ? heldoutCorrect / heldoutTotal : 1,
    trainAccuracy: trainTotal ? (correct - heldoutCorrect) / trainTotal : 1,
    localeAccuracy: localeCorrect / items.length,
    slotChecks,
    slotAccuracy: slotChecks ? slotCorrect / slotChecks : 1,
    rows: [...rows.values()].filter((r) => r.support || r.predicted),
    failures,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function formatEvaluation(e: Evaluation): string {
  const lines = [
    `utterances ${e.total} (held-out ${e.heldoutTotal})`,
    `intent accuracy  overall ${pct(e.intentAccuracy)}  train split ${pct(e.trainAccuracy)}  held-out ${pct(e.heldoutAccuracy)}`,
    `locale accuracy  ${pct(e.localeAccuracy)}    slots ${pct(e.slotAccuracy)} of ${e.slotChecks} items with expected slots`,
    '',
    `${'intent'.padEnd(24)}${'support'.padStart(8)}${'precision'.padStart(11)}${'recall'.padStart(9)}`,
    ...e.rows.map((r) => `${r.intent.padEnd(24)}${String(r.support).padStart(8)}${pct(r.precision).padStart(11)}${pct(r.recall).padStart(9)}`),
  ];
  return lines.join('\n');
}
