/**
 * Prints the language layer's accuracy on the labelled corpus (tests/corpus): overall, held-out
 * split, per-intent precision/recall, slot accuracy. `--failures` lists what went wrong.
 * Usage: npm run eval:language [-- --failures] [-- --write-training] [-- --freeze-signals]
 * `--freeze-signals` rewrites the training examples' slot signals (src/language/training/signals.json) from
 * the extractors as they are now: the classifier retrains on them, so run the question eval after it.
 */
import { writeFileSync } from 'node:fs';
import frozenSignals from '../src/language/training/signals.json';
import { resolve } from 'node:path';
import { corpus } from '../tests/corpus';
import { evaluateCorpus, formatEvaluation } from '../tests/corpus/evaluate';
import { trainingExamples, trainingSignalsOf } from '../src/language';

if (process.argv.includes('--write-training')) {
  // The classifier trains on the corpus "train" split; the "heldout" split is never copied.
  const train = corpus.filter((c) => c.split === 'train').map((c) => ({ intent: c.intent, text: c.text }));
  writeFileSync(resolve(__dirname, '../src/language/training/corpus-train.json'), `${JSON.stringify(train, null, 1)}\n`);
  console.log(`wrote ${train.length} training utterances`);
}

if (process.argv.includes('--write-training') || process.argv.includes('--freeze-signals')) {
  // Sorted by text, one entry per distinct text: the file's diff shows what a parser change moved.
  const texts = [...new Set(trainingExamples().map((e) => e.text))].sort();
  const signals = Object.fromEntries(texts.map((t) => [t, trainingSignalsOf(t)]));
  writeFileSync(resolve(__dirname, '../src/language/training/signals.json'), `${JSON.stringify(signals, null, 1)}\n`);
  console.log(`froze the slot signals of ${texts.length} training texts`);
}

const started = process.hrtime.bigint();
const result = evaluateCorpus();
const ms = Number(process.hrtime.bigint() - started) / 1e6;
console.log(formatEvaluation(result));
console.log(`\n${result.total} utterances in ${ms.toFixed(0)} ms (including one-off training)`);
// The extractors may read a training text differently from its frozen signals (a parser change): said, not applied.
const frozen = frozenSignals as Record<string, string[]>;
const drifted = Object.keys(frozen).filter((t) => frozen[t].join() !== trainingSignalsOf(t).join());
console.log(`${drifted.length} training texts read differently by today's extractors than their frozen signals (kept; --freeze-signals applies them)`);
if (process.argv.includes('--failures')) {
  for (const f of result.failures) {
    console.log(`\n[${f.item.split}] ${JSON.stringify(f.item.text.slice(0, 140))}`);
    for (const p of f.problems) console.log(`   ${p}`);
  }
}
