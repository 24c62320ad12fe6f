/**
 * Prints the language layer's accuracy on the labelled corpus (tests/corpus): overall, held-out
 * split, per-intent precision/recall, slot accuracy. `--failures` lists what went wrong.
 * Usage: npm run eval:language [-- --failures]
 */
import { evaluateCorpus, formatEvaluation } from '../tests/corpus/evaluate';

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
