/**
 * Prints the language layer's accuracy on the labelled corpus (tests/corpus): overall, held-out
 * split, per-intent precision/recall, slot accuracy. `--failures` lists what went wrong.
 * Usage: npm run eval:language [-- --failures] [-- --write-training]
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { corpus } from '../tests/corpus';
import { evaluateCorpus, formatEvaluation } from '../tests/corpus/evaluate';

if (process.argv.includes('--write-training')) {
  // The classifier trains on the corpus "train" split; the "heldout" split is never copied.
  const train = corpus.filter((c) => c.split === 'train').map((c) => ({ intent: c.intent, text: c.text }));
  writeFileSync(resolve(__dirname, '../src/language/training/corpus-train.json'), `${JSON.stringify(train, null, 1)}\n`);
  console.log(`wrote ${train.length} training utterances`);
}

const started = process.hrtime.bigint();
const result = evaluateCorpus();
const ms = Number(process.hrtime.bigint() - started) / 1e6;
console.log(formatEvaluation(result));
console.log(`\n${result.total} utterances in ${ms.toFixed(0)} ms (including one-off training)`);
if (process.argv.includes('--failures')) {
  for (const f of result.failures) {
    console.log(`\n[${f.item.split}] ${JSON.stringify(f.item.text.slice(0, 140))}`);
    for (const p of f.problems) console.log(`   ${p}`);
  }
}
