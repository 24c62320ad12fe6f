import { describe, expect, it } from 'vitest';
import { corpus } from '../corpus';
import { evaluateCorpus, formatEvaluation } from '../corpus/evaluate';
import { foldText } from '../../src/language/clean-text';
import { trainingExamples } from '../../src/language/training-data';
import corpusTrain from '../../src/language/training/corpus-train.json';

const norm = (s: string) => foldText(s).replace(/\s+/g, ' ').trim();

describe('labelled corpus', () => {
  it('is large enough, half French, every intent present, at least 15% held out', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    const fr = corpus.filter((c) => c.locale === 'fr').length;
    expect(fr / corpus.length).toBeGreaterThanOrEqual(0.45);
    const heldout = corpus.filter((c) => c.split === 'heldout').length;
    expect(heldout / corpus.length).toBeGreaterThanOrEqual(0.15);
    const intents = new Set(corpus.map((c) => c.intent));
    expect(intents.size).toBe(20);
  });

  it('trains on the train split only: held-out texts are not in the training data', () => {
    const trained = new Set(trainingExamples().map((e) => norm(e.text)));
    const leaked = corpus.filter((c) => c.split === 'heldout' && trained.has(norm(c.text))).map((c) => c.text);
    expect(leaked).toEqual([]);
    // corpus-train.json is the train split, copied (regenerate with: npm run eval:language -- --write-training).
    const trainSplit = corpus.filter((c) => c.split === 'train').map((c) => ({ intent: c.intent, text: c.text }));
    expect(corpusTrain).toEqual(trainSplit);
  });

  it('reaches 95% intent accuracy overall, 90% on the held-out split, and finds the expected slots', () => {
    const e = evaluateCorpus();
    console.log(formatEvaluation(e));
    const failures = e.failures.map((f) => `${JSON.stringify(f.item.text.slice(0, 100))}: ${f.problems.join('; ')}`);
    if (failures.length) console.log(failures.join('\n'));
    expect(e.intentAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(e.heldoutAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(e.localeAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(e.slotAccuracy).toBeGreaterThanOrEqual(0.95);
    for (const row of e.rows) expect(row.recall, `recall of ${row.intent}`).toBeGreaterThanOrEqual(0.75);
  });
});
