import { Worker, isMainThread } from 'node:worker_threads';
import { cliSettings } from '../../config';
import type { CliCommand } from './types';
import { cliNotices } from '../../replies';

/**
 * Heap limits of the worker thread that runs `hotpatch-bot fleet`. Reading, evaluating and writing a
 * large inventory allocates fast with a little survival per scavenge, so V8 would grow the young
 * generation to its maximum (128 MB in Node 24) and let the old generation fill up to a large limit
 * before compacting, although the live data stays flat (≈ 40 MB, plus the invalid rows the summary
 * lists). These bounds keep the whole process at 128–145 MB on 1,000,000 rows (npm run bench:fleet-csv;
 * 211 MB without them). A file that needs more (hundreds of thousands of invalid rows) stops with a
 * message; HOTPATCH_FLEET_IN_PROCESS=1 runs the command without these limits.
 */
export const FLEET_HEAP_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 96 } as const;

/**
 * `hotpatch-bot fleet`: in the compiled CLI, with the process's own stdout, the command runs in a
 * worker thread with {@link FLEET_HEAP_LIMITS}; the worker's stdout is piped to ours with backpressure,
 * so `--csv` output streams at the reader's pace. This module loads nothing else, so the main thread
 * stays small. Otherwise (tests with a captured io, tsx) the command runs in this thread.
 */
export const fleetCommand: CliCommand = async (argv, io) => {
  if (!io.stdoutStream || !isMainThread || !__filename.endsWith('.js') || cliSettings(io.env).fleetInProcess) {
    return (require('./fleet') as typeof import('./fleet')).fleetInProcess(argv, io);
  }
  const args = [...argv];
  // A worker's stderr is not a terminal: carry the default of --progress over.
  if (process.stderr.isTTY && !args.includes('--progress')) args.push('--progress');
  const worker = new Worker(require.resolve('./fleet-worker'), { argv: args, resourceLimits: FLEET_HEAP_LIMITS });
  let code = 1;
  worker.on('message', (m: { code?: number }) => {
    if (typeof m.code === 'number') code = m.code;
  });
  return new Promise<number>((resolve, reject) => {
    worker.once('error', (err: Error & { code?: string }) => {
      if (err.code !== 'ERR_WORKER_OUT_OF_MEMORY') return reject(err);
      io.err(cliNotices.fleetOutOfMemory(FLEET_HEAP_LIMITS.maxOldGenerationSizeMb));
      code = 1;
    });
    worker.once('exit', () => resolve(code));
  });
};
