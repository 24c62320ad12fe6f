// npm run bench:startup — the compiled build (node bin/hotpatch-bot.cjs → dist/) against the former
// TypeScript-at-run-time bin (bench/tsx-bin.cjs → tsx → src/), measured in the same run, alternating.
//   ask:     `hotpatch-bot ask "<question>" --json`, spawn to exit;
//   startup: `hotpatch-bot serve` (STORAGE=memory, a free port), spawn to the first 200 from /healthz.
// Prints the medians and the ratios (tsx / compiled). Needs `npm run build` first (npm run bench:startup does it).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const BINS = { compiled: join(ROOT, 'bin/hotpatch-bot.cjs'), tsx: join(ROOT, 'bench/tsx-bin.cjs') } as const;
type Which = keyof typeof BINS;
const QUESTION = 'When is the next reboot?';

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

function timeAsk(which: Which): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [BINS[which], 'ask', QUESTION, '--json'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LOG_LEVEL: 'silent' },
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c));
    child.on('error', reject);
    child.on('exit', (code) => {
      const ms = performance.now() - t0;
      if (code !== 0 || !out.includes('"intent"')) reject(new Error(`${which} ask exited ${code}: ${out.slice(0, 200)}`));
      else resolve(ms);
    });
  });
}

async function timeStartup(which: Which): Promise<number> {
  const port = await freePort();
  const t0 = performance.now();
  const child = spawn(process.execPath, [BINS[which], 'serve', '--port', String(port)], {
    cwd: ROOT,
    stdio: 'ignore',
    env: { ...process.env, STORAGE: 'memory', LOG_LEVEL: 'silent', HOST: '127.0.0.1' },
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${which} serve exited ${child.exitCode}`);
      try {
        const res = await fetch(`http://127.0.0.1:${port}/healthz`);
        if (res.status === 200) return performance.now() - t0;
      } catch {
        // not listening yet
      }
      if (performance.now() - t0 > 60_000) throw new Error(`${which} serve: no /healthz in 60 s`);
      await new Promise((r) => setTimeout(r, 10));
    }
  } finally {
    child.kill('SIGKILL');
  }
}

export async function run(argv: string[] = []): Promise<{ ask: Record<Which, number>; startup: Record<Which, number> }> {
  const rounds = Number(argv.find((a) => /^\d+$/.test(a)) ?? 5);
  const times = { ask: { compiled: [] as number[], tsx: [] as number[] }, startup: { compiled: [] as number[], tsx: [] as number[] } };
  // One unmeasured run of each warms the file system cache for both.
  await timeAsk('tsx');
  await timeAsk('compiled');
  for (let i = 0; i < rounds; i++) {
    const order: Which[] = i % 2 ? ['compiled', 'tsx'] : ['tsx', 'compiled'];
    for (const w of order) times.ask[w].push(await timeAsk(w));
    for (const w of order) times.startup[w].push(await timeStartup(w));
  }
  const ask = { compiled: median(times.ask.compiled), tsx: median(times.ask.tsx) };
  const startup = { compiled: median(times.startup.compiled), tsx: median(times.startup.tsx) };
  const row = (name: string, m: Record<Which, number>) =>
    `${name.padEnd(26)} tsx ${m.tsx.toFixed(0).padStart(5)} ms   compiled ${m.compiled.toFixed(0).padStart(5)} ms   compiled/tsx ${(m.compiled / m.tsx).toFixed(2)}×  (tsx/compiled ${(m.tsx / m.compiled).toFixed(2)}×)`;
  console.log(`median of ${rounds} alternating rounds, Node ${process.version}`);
  console.log(row('ask --json (spawn → exit)', ask));
  console.log(row('serve (spawn → /healthz)', startup));
  return { ask, startup };
}

if (process.argv[1] === __filename) void run(process.argv.slice(2));
