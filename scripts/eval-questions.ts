/**
 * The bot on real questions (issue 11), through the real pipeline (the path of `hotpatch-bot ask --json`).
 * Prints per language and overall: answered correctly, abstained, wrong.
 * Usage: npm run eval:questions [-- --split tuning|test|all] [-- --failures]
 * --failures lists the tuning half's failures only: the test half is counted, never read.
 */
import { loadConfig } from '../src/config';
import { pipelineFromConfig } from '../src/app/composition';
import { DEFAULT_TODAY, evaluate, formatTally, halfOf, loadRealQuestions, summarize, type Judged } from '../tests/questions/evaluate';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const split = arg('--split') ?? 'all';
  if (!['tuning', 'test', 'all'].includes(split)) {
    console.error('usage: eval-questions [--split tuning|test|all] [--failures]');
    process.exit(2);
  }
  const pipeline = pipelineFromConfig(loadConfig({ STORAGE: 'memory' }));
  const questions = loadRealQuestions().filter((q) => split === 'all' || halfOf(q.url) === split);
  const judged = await evaluate(questions, (q) =>
    pipeline.ask({
      text: q.text,
      today: q.today ?? DEFAULT_TODAY,
      now: new Date(`${q.today ?? DEFAULT_TODAY}T10:00:00Z`),
      clientLocale: q.clientLocale,
      timeZone: 'Europe/Paris',
    }),
  );
  const halves: ('tuning' | 'test')[] = split === 'all' ? ['tuning', 'test'] : [split as 'tuning' | 'test'];
  for (const h of halves) {
    const s = summarize(judged.filter((j) => j.half === h));
    console.log(`\n${h} half`);
    console.log(formatTally('  EN', s.en));
    console.log(formatTally('  FR', s.fr));
    console.log(formatTally('  overall', s.all));
  }
  if (split === 'all') {
    const s = summarize(judged);
    console.log('\nboth halves');
    console.log(formatTally('  overall', s.all));
  }
  if (process.argv.includes('--failures')) {
    const failed = (j: Judged) => j.outcome !== 'correct';
    const testFailures = judged.filter((j) => j.half === 'test' && failed(j)).length;
    if (testFailures) {
      const t = judged.filter((j) => j.half === 'test' && failed(j));
      const n = (f: (j: Judged) => boolean) => t.filter(f).length;
      console.log(
        `\n${testFailures} test-half failures (not listed: the test half is only counted): ` +
          `${n((j) => j.q.expected.scope === 'abstain')} answered where it should abstain, ` +
          `${n((j) => j.q.expected.scope === 'answer' && j.outcome === 'wrong')} wrong answers, ${n((j) => j.outcome === 'abstained')} abstained`,
      );
    }
    for (const j of judged.filter((x) => x.half === 'tuning' && failed(x))) {
      console.log(`\n[${j.q.id} ${j.outcome} → ${j.replyKind}/${j.replyLocale}] ${JSON.stringify(j.q.text.slice(0, 200))}`);
      for (const p of j.problems) console.log(`   ${p}`);
      console.log(`   expected: ${j.q.expected.answer.slice(0, 200)}`);
    }
  }
}

void main();
