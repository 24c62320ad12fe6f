// npm run bench:turn [-- --iterations 3000]
// The in-process turn: text → language → answers → replies (createPipeline via pipelineFromConfig),
// the same call the Teams route makes, over a mix of real EN/FR questions. Target: p99 ≤ 2 ms, for
// new texts: each question carries a request number, so nothing is served from the understanding memo
// (src/language/index.ts). A second line shows repeated texts (what suggested-action buttons send).
// A benchmark, never a test assertion.
import { parseArgs } from 'node:util';
import { availableParallelism, loadavg } from 'node:os';
import { loadConfig } from '../src/config';
import { pipelineFromConfig } from '../src/app/composition';
import { unitIndex } from '../src/answers/retrieve';
import { allUnits } from '../src/core/knowledge/units';

const TARGET_P99_MS = 2;
/**
 * The turn before answer units and retrieval (commit c56d6f7, issue 11), same questions, same
 * machine (2 cores, quiet: load average 0.5–0.7), median of three runs alternated with the new turn:
 * the ratio printed compares with it. Under heavy load (5–6) both turns miss the p99 target alike.
 */
const PREVIOUS = { p50: 0.36, p99: 0.94 };
/** Questions as people post them (long, several sentences, several questions): retrieval's harder case. */
const REAL_WORLD: Array<[string, string]> = [
  [
    'Hi all, we enabled hotpatch in Intune last month but a few Enterprise laptops still restarted on Patch Tuesday. They are on 24H2 with VBS on. Is that expected, and how do I check which ones actually received the hotpatch?',
    'en-US',
  ],
  ['Do I have to pay for Windows Server 2025 hotpatch through Azure Arc? And is Datacenter Azure Edition different?', 'en-US'],
  ['Bonjour, nos postes Windows 11 Entreprise 25H2 redémarrent encore la semaine pro ? On pensait que le hotpatch évitait ça. Merci', 'fr-FR'],
  ['Comment tester la récupération rapide de la machine ? Quelles versions de Windows l’ont ?', 'fr-FR'],
  ['Our Secure Boot certificates expire soon, will the UEFI CA 2023 rollout break our Linux dual-boot machines?', 'en-US'],
];
const NOW = new Date('2026-11-25T10:00:00Z');
const QUESTIONS: Array<[string, string]> = [
  ['When is the next reboot?', 'en-US'],
  ['Is my Windows 11 Enterprise 24H2 x64 device eligible for Hotpatch?', 'en-US'],
  ['What is Quick Machine Recovery?', 'en-US'],
  ['Show me the patch calendar for next quarter', 'en-US'],
  ['Why did my PC restart last night?', 'en-US'],
  ['Quand est le prochain redémarrage ?', 'fr-FR'],
  ['Mon poste Windows 11 Pro 23H2 ARM est-il éligible à Hotpatch ?', 'fr-FR'],
  ["C'est quoi QMR ?", 'fr-FR'],
  ['calendrier des correctifs du 14 avril', 'fr-FR'],
  ['blah blah unrelated question about printers', 'en-US'],
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function run(argv: string[] = []): Promise<{ p50: number; p99: number; ratio: number }> {
  const { values } = parseArgs({ args: argv, options: { iterations: { type: 'string', default: '3000' } }, strict: false });
  const iterations = Number(values.iterations);
  const pipeline = pipelineFromConfig(loadConfig({ STORAGE: 'memory' }));
  // The index's memory: heap before and after building it (only with --expose-gc: otherwise garbage blurs it).
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage().heapUsed;
  unitIndex();
  gc?.();
  const indexKiB = gc ? Math.round((process.memoryUsage().heapUsed - before) / 1024) : undefined;
  let fresh = true;
  let ref = 0;
  const ask = (i: number) => {
    const [text, clientLocale] = QUESTIONS[i % QUESTIONS.length]!;
    return pipeline.ask({ text: fresh ? `${text} (ref ${++ref})` : text, clientLocale, now: NOW, timeZone: 'Europe/Paris' });
  };
  for (let i = 0; i < 300; i++) await ask(i);
  const times: number[] = [];
  // CPU time of this process per turn: on a shared, loaded machine wall time also counts waiting for a core.
  const cpu: number[] = [];
  const perQuestion = new Map<string, number[]>();
  for (let i = 0; i < iterations; i++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    await ask(i);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    times.push(ms);
    const q = QUESTIONS[i % QUESTIONS.length]![0];
    perQuestion.set(q, [...(perQuestion.get(q) ?? []), ms]);
  }
  times.sort((a, b) => a - b);
  const p50 = percentile(times, 50);
  const p99 = percentile(times, 99);
  const ratio = p99 / TARGET_P99_MS;
  console.log(`bench:turn — ${iterations} in-process turns (language → answers → replies), ${QUESTIONS.length} EN/FR questions, new texts each time`);
  console.log(
    `p50 ${p50.toFixed(3)} ms   p90 ${percentile(times, 90).toFixed(3)} ms   p99 ${p99.toFixed(3)} ms   max ${times.at(-1)!.toFixed(2)} ms   ${(1000 / (times.reduce((a, b) => a + b, 0) / times.length)).toFixed(0)} turns/s`,
  );
  console.log(`p99 / target (${TARGET_P99_MS} ms) = ${ratio.toFixed(2)} (${ratio <= 1 ? 'met' : 'NOT met'})`);
  cpu.sort((a, b) => a - b);
  console.log(
    `CPU time per turn: p50 ${percentile(cpu, 50).toFixed(3)} ms   p99 ${percentile(cpu, 99).toFixed(3)} ms   (load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores)`,
  );
  fresh = false;
  const repeated: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = process.hrtime.bigint();
    await ask(i);
    repeated.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  repeated.sort((a, b) => a - b);
  console.log(
    `repeated texts: p50 ${percentile(repeated, 50).toFixed(3)} ms   p99 ${percentile(repeated, 99).toFixed(3)} ms   (${(p50 / percentile(repeated, 50)).toFixed(1)}× faster at p50 than new texts)`,
  );
  // New real-world texts (retrieval over longer posts, several questions, declined subjects).
  fresh = true;
  const real: number[] = [];
  for (let i = 0; i < Math.min(iterations, 1500); i++) {
    const [text, clientLocale] = REAL_WORLD[i % REAL_WORLD.length]!;
    const t0 = process.hrtime.bigint();
    await pipeline.ask({ text: `${text} (ref ${++ref})`, clientLocale, now: NOW, timeZone: 'Europe/Paris' });
    real.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  real.sort((a, b) => a - b);
  console.log(`real-world posts (new texts): p50 ${percentile(real, 50).toFixed(3)} ms   p99 ${percentile(real, 99).toFixed(3)} ms`);
  console.log(`vs previous turn (c56d6f7, same questions): p50 ×${(p50 / PREVIOUS.p50).toFixed(2)}   p99 ×${(p99 / PREVIOUS.p99).toFixed(2)}`);
  console.log(
    `answer-unit index: ${allUnits.length} units, ${unitIndex().termCount} terms, ${indexKiB === undefined ? 'heap not measured (run with --expose-gc)' : `≈ ${indexKiB} KiB of heap`}`,
  );
  const slowest = [...perQuestion.entries()]
    .map(
      ([q, t]) =>
        [
          q,
          percentile(
            t.sort((a, b) => a - b),
            99,
          ),
        ] as const,
    )
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3);
  for (const [q, t] of slowest) console.log(`  slowest p99: ${t.toFixed(3)} ms  "${q}"`);
  return { p50, p99, ratio };
}

if (process.argv[1] === __filename) {
  run(process.argv.slice(2)).catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
