// npm run bench: runs every bench file in bench/ that exports `run()`, one after the other.
// Files are checked as text first: bench scripts without `run()` start their work on import
// (bench/reminders.ts, bench/fleet.ts run main()), so they are listed and left to their own npm script.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const EXPORTS_RUN = /export\s+(async\s+)?function\s+run\s*\(|export\s+const\s+run\s*=|export\s*\{[^}]*\brun\b[^}]*\}/;

export function benchFiles(dir = __dirname): { runnable: string[]; skipped: string[] } {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && f !== 'index.ts')
    .sort();
  const runnable = files.filter((f) => EXPORTS_RUN.test(readFileSync(join(dir, f), 'utf8')));
  return { runnable, skipped: files.filter((f) => !runnable.includes(f)) };
}

async function main() {
  const { runnable, skipped } = benchFiles();
  if (skipped.length) console.log(`(not run here, no run() export: ${skipped.join(', ')})`);
  let failed = 0;
  for (const file of runnable) {
    console.log(`\n=== ${file}`);
    const t0 = Date.now();
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const mod = require(join(__dirname, file)) as { run: (argv: string[]) => Promise<unknown> };
      await mod.run(process.argv.slice(2));
    } catch (e) {
      failed++;
      console.error(`${file} failed:`, e);
    }
    console.log(`=== ${file} done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  process.exitCode = failed ? 1 : 0;
}

if (process.argv[1] === __filename) void main();
