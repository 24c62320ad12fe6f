/**
 * `npm run bench:fleet-csv [-- --devices N]`: peak memory of `hotpatch-bot fleet <file> --csv` on a
 * generated fleet (bench/fleet-generate.ts; default 1,000,000 rows). The compiled CLI (dist/) runs in a
 * child process whose stdout is a pipe this process reads (so the CSV output really streams, with
 * backpressure); the child reports its own peak RSS (process.resourceUsage().maxRSS) on fd 3.
 * Target (issue 16): peak RSS under 150 MB on 1,000,000 rows — memory independent of the file size.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BASELINE_UBR, writeFleetCsv } from './fleet-generate';

const ROOT = resolve(__dirname, '..');
// Runs the CLI in-process so the peak RSS it prints is the command's own.
const CHILD = `
const { main } = require(${JSON.stringify(join(ROOT, 'dist/app/cli.js'))});
main(process.argv.slice(1)).then((code) => {
  require('node:fs').writeSync(3, JSON.stringify({ code, maxRssKB: process.resourceUsage().maxRSS }));
  process.exitCode = code;
});`;

export async function run(argv: string[] = []): Promise<{ rows: number; peakRssMB: number; seconds: number }> {
  const { values } = parseArgs({ args: argv, options: { devices: { type: 'string' } }, allowPositionals: true });
  const n = Number(values.devices ?? 1_000_000);
  const dir = mkdtempSync(join(tmpdir(), 'fleet-csv-bench-'));
  const file = join(dir, 'devices.csv');
  try {
    await writeFleetCsv(file, n);
    const t0 = performance.now();
    const child = spawn(process.execPath, ['-e', CHILD, 'fleet', file, '--csv', '--baseline-ubr', String(BASELINE_UBR), '--today', '2026-11-25'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit', 'pipe'],
    });
    let lines = 0;
    let bytes = 0;
    child.stdout!.on('data', (c: Buffer) => {
      bytes += c.length;
      for (let i = c.indexOf(10); i !== -1; i = c.indexOf(10, i + 1)) lines++;
    });
    let report = '';
    (child.stdio[3] as NodeJS.ReadableStream).on('data', (c: Buffer) => (report += c));
    const code = await new Promise<number | null>((r) => child.on('close', r));
    const seconds = (performance.now() - t0) / 1000;
    const { maxRssKB, code: cliCode } = JSON.parse(report) as { maxRssKB: number; code: number };
    if (code !== 0 || cliCode !== 0) throw new Error(`fleet --csv exited ${code}`);
    const peakRssMB = Math.round((maxRssKB / 1024) * 10) / 10;
    console.log(
      `fleet --csv: ${n.toLocaleString('en-US')} devices (${(statSync(file).size / 1048576).toFixed(0)} MB in, ${(bytes / 1048576).toFixed(0)} MB out, ${lines.toLocaleString('en-US')} lines), ` +
        `${seconds.toFixed(1)} s, peak RSS ${peakRssMB} MB (target < 150 MB), node ${process.version}`,
    );
    if (lines !== n + 1) throw new Error(`expected ${n + 1} lines (header + one per row), got ${lines}`);
    return { rows: n, peakRssMB, seconds };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === __filename) void run(process.argv.slice(2));
