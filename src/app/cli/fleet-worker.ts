// The worker thread that runs `hotpatch-bot fleet` for the compiled CLI (see ./fleet-command).
// Its process.stdout / stderr are piped to the main thread's, with backpressure.
import { parentPort } from 'node:worker_threads';
import { processIo } from '../cli';
import { fleetInProcess } from './fleet';

fleetInProcess(process.argv.slice(2), processIo()).then(
  (code) => parentPort?.postMessage({ code }),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error && err.stack ? err.stack : String(err)}\n`);
    parentPort?.postMessage({ code: 1 });
  },
);
