// npm run bench:http [-- --duration 5 --connections 10 --rounds 5]
// Throughput and latency of POST /api/messages for a real question (expectReplies, local mode) on the
// server as `npm start` composes it (SQLite), against the bare botbuilder echo bot (bench/echo-bot.ts) measured the same way
// in the same run. Each server runs in its own child process; autocannon drives it from this one.
// Target: hotpatch-bot ≥ 0.8× the echo bot's requests/s (median of the rounds). The repeated question
// is served with its understanding remembered (src/language/index.ts); the "mixed" row sends texts
// that never repeat, to show the full cost of a new question too. A benchmark, never a test assertion.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { startEchoBot } from './echo-bot';
import { startServer } from '../src/app/main';

// autocannon ships no types; this is the part used here.
interface CannonRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
  setupRequest?: (req: CannonRequest) => CannonRequest;
}
interface CannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as (opts: { url: string; connections: number; duration: number; requests: CannonRequest[] }) => Promise<CannonResult>;

const QUESTION = 'When is the next reboot?';
/** A greeting: the cheapest answer (still runs language understanding), to see how much the question itself costs. */
const GREETING = 'hello';
/**
 * Real questions, EN and FR, each sent with a request number so that no text repeats: understanding
 * is remembered per exact text (src/language/index.ts), and this row shows the cost without that memo.
 */
const MIXED = [
  'When is the next reboot?',
  'Is my Windows 11 Enterprise 24H2 x64 device eligible for Hotpatch?',
  'What is Quick Machine Recovery?',
  'Show me the patch calendar for next quarter',
  'Why did my PC restart last night?',
  'Quand est le prochain redémarrage ?',
  'Mon poste Windows 11 Pro 23H2 ARM est-il éligible à Hotpatch ?',
  "C'est quoi QMR ?",
  'calendrier des correctifs du 14 avril',
  'Will I need to reboot on 14 April 2026?',
];
const TARGET_RATIO = 0.8;

type TextOf = (n: number) => string;
const same =
  (text: string): TextOf =>
  () =>
    text;
const mixedUnique: TextOf = (n) => `${MIXED[n % MIXED.length]} (ref ${n})`;

function activity(id: string, text: string) {
  return JSON.stringify({
    type: 'message',
    id,
    channelId: 'msteams',
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    conversation: { id: 'a:bench', conversationType: 'personal', tenantId: 'bench-tenant' },
    from: { id: '29:bench-user', aadObjectId: '00000000-0000-0000-0000-0000000000be' },
    recipient: { id: '28:bot' },
    text,
    locale: 'en-US',
    deliveryMode: 'expectReplies',
  });
}

/** Child mode: `bench/http.ts --serve bot|echo` starts one server and prints READY <url>. */
async function serve(kind: string): Promise<void> {
  let url: string;
  if (kind === 'echo') {
    url = (await startEchoBot()).url;
  } else {
    // What `npm start` runs (startServer: SQLite storage, reminders tick, escalation, conversation
    // references), in a throw-away folder. Logs off on both sides: log volume is the operator's choice.
    const dir = mkdtempSync(join(tmpdir(), 'hotpatch-bench-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    const built = await startServer(
      { STORAGE: 'sqlite', SQLITE_PATH: join(dir, 'bench.db'), LOG_LEVEL: 'silent' },
      { port: 0, host: '127.0.0.1', handleSignals: false },
    );
    url = built.url!;
  }
  // Exit cleanly on the driver's SIGTERM so `node --cpu-prof` can write its profile.
  process.once('SIGTERM', () => process.exit(0));
  console.log(`READY ${url}`);
}

function startChild(kind: 'bot' | 'echo'): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [join(__dirname, '../bin/run-ts.cjs'), __filename, '--serve', kind], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, NODE_NO_WARNINGS: '1' },
  });
  return new Promise((resolve, reject) => {
    let buf = '';
    child.stdout!.on('data', (d: Buffer) => {
      buf += d.toString();
      const m = /READY (\S+)/.exec(buf);
      if (m) resolve({ url: m[1]!, child });
    });
    child.once('exit', (code) => reject(new Error(`${kind} server exited early (${code})`)));
  });
}

interface Measure {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  total: number;
}

async function load(url: string, seconds: number, connections: number, tag: string, textOf: TextOf): Promise<Measure> {
  let n = 0;
  const result = await autocannon({
    url: `${url}/api/messages`,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path: '/api/messages',
        headers: { 'content-type': 'application/json' },
        // A fresh activity id each time: the replay guard would otherwise answer repeats for free.
        setupRequest: (req) => {
          n += 1;
          return { ...req, body: activity(`${tag}-${n}`, textOf(n)) };
        },
      },
    ],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    total: result.requests.total,
  };
}

type Child = { url: string; child: ChildProcess };

function stop({ child }: Child): void {
  child.removeAllListeners('exit');
  child.kill('SIGTERM');
}

/** The middle item by `by` (a row as measured, not an average of rows). */
function median<T>(items: T[], by: (x: T) => number): T {
  return [...items].sort((a, b) => by(a) - by(b))[Math.floor(items.length / 2)]!;
}

/**
 * Both servers run for the whole benchmark; each round loads the echo bot, then hotpatch-bot, so a
 * busy moment of the machine hits both sides of a round's ratio. The ratio is the median of the rounds.
 */
export async function run(argv: string[] = []): Promise<{ ratio: number; ratios: number[]; bot: Measure; echo: Measure; greeting: Measure; mixed: Measure }> {
  const { values } = parseArgs({
    args: argv,
    options: { duration: { type: 'string', default: '5' }, connections: { type: 'string', default: '10' }, rounds: { type: 'string', default: '5' } },
    strict: false,
  });
  const seconds = Number(values.duration);
  const connections = Number(values.connections);
  const rounds = Math.max(1, Number(values.rounds));
  console.log(
    `bench:http — POST /api/messages "${QUESTION}" (expectReplies, local mode), ${connections} connections, ${rounds} rounds of ${seconds}s per row after warm-up`,
  );
  const echoServer = await startChild('echo');
  const botServer = await startChild('bot').catch((e: unknown) => {
    stop(echoServer);
    throw e;
  });
  try {
    const warm = Math.max(3, seconds);
    await load(echoServer.url, warm, connections, 'echo-warm', same(QUESTION));
    await load(botServer.url, warm, connections, 'bot-warm', same(QUESTION));
    const echoes: Measure[] = [];
    const bots: Measure[] = [];
    const ratios: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const e = await load(echoServer.url, seconds, connections, `echo-${r}`, same(QUESTION));
      const b = await load(botServer.url, seconds, connections, `bot-${r}`, same(QUESTION));
      echoes.push(e);
      bots.push(b);
      ratios.push(b.rps / e.rps);
      console.log(`  round ${r + 1}: echo ${e.rps.toFixed(0)} req/s, hotpatch-bot ${b.rps.toFixed(0)} req/s → ${(b.rps / e.rps).toFixed(2)}`);
    }
    const greeting = await load(botServer.url, seconds, connections, 'bot-hello', same(GREETING));
    const mixed = await load(botServer.url, seconds, connections, 'bot-mixed', mixedUnique);
    const ratio = median(ratios, (r) => r);
    const echo = median(echoes, (m) => m.rps);
    const bot = median(bots, (m) => m.rps);
    const row = (name: string, m: Measure) =>
      `${name.padEnd(12)} ${m.rps.toFixed(0).padStart(7)} req/s   p50 ${String(m.p50).padStart(4)} ms   p99 ${String(m.p99).padStart(4)} ms   non-2xx ${m.non2xx}   errors ${m.errors}`;
    console.log(row('echo bot', echo) + '   (median round)');
    console.log(row('hotpatch-bot', bot) + '   (median round)');
    console.log(row(`  "${GREETING}"`, greeting) + `   (${(greeting.rps / echo.rps).toFixed(2)}× echo)`);
    console.log(
      row('  mixed', mixed) + `   (${(mixed.rps / echo.rps).toFixed(2)}× echo; ${MIXED.length} EN/FR questions, no text repeated: nothing remembered)`,
    );
    console.log(
      `throughput ratio hotpatch-bot / echo bot = ${ratio.toFixed(2)} (median of ${rounds} rounds; target ≥ ${TARGET_RATIO}: ${ratio >= TARGET_RATIO ? 'met' : 'NOT met'})`,
    );
    console.log(`latency ratio p50 ${(bot.p50 / Math.max(echo.p50, 1)).toFixed(2)}×, p99 ${(bot.p99 / Math.max(echo.p99, 1)).toFixed(2)}× the echo bot`);
    return { ratio, ratios, bot, echo, greeting, mixed };
  } finally {
    stop(echoServer);
    stop(botServer);
  }
}

if (process.argv[1] === __filename) {
  const i = process.argv.indexOf('--serve');
  if (i >= 0) void serve(process.argv[i + 1] ?? 'bot');
  else
    run(process.argv.slice(2)).catch((e) => {
      console.error(e);
      process.exitCode = 1;
    });
}
