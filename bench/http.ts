// npm run bench:http [-- --duration 10 --connections 10]
// Throughput and latency of POST /api/messages for a real question (expectReplies, local mode) on the
// real server (build()), against the bare botbuilder echo bot (bench/echo-bot.ts) measured the same way
// in the same run. Each server runs in its own child process; autocannon drives it from this one.
// Target: hotpatch-bot ≥ 0.8× the echo bot's requests/s. A benchmark, never a test assertion.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startEchoBot } from './echo-bot';
import { build } from '../src/server';
import { loadConfig } from '../src/config';
import { pipelineFromConfig } from '../src/composition';

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
const TARGET_RATIO = 0.8;

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
    const config = loadConfig({ STORAGE: 'memory', LOG_LEVEL: 'silent' });
    const built = await build({ config, pipeline: pipelineFromConfig(config), typingDelayMs: 60_000 });
    url = await built.listen(0, '127.0.0.1');
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

async function load(url: string, seconds: number, connections: number, tag: string, text: string): Promise<Measure> {
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
        setupRequest: (req) => ({ ...req, body: activity(`${tag}-${++n}`, text) }),
      },
    ],
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors, total: result.requests.total };
}

async function measure(kind: 'bot' | 'echo', seconds: number, connections: number, texts: string[]): Promise<Measure[]> {
  const { url, child } = await startChild(kind);
  try {
    await load(url, Math.max(2, Math.round(seconds / 3)), connections, `${kind}-warm`, texts[0]!);
    const out: Measure[] = [];
    for (const [i, text] of texts.entries()) out.push(await load(url, seconds, connections, `${kind}-${i}`, text));
    return out;
  } finally {
    child.removeAllListeners('exit');
    child.kill('SIGTERM');
  }
}

export async function run(argv: string[] = []): Promise<{ ratio: number; bot: Measure; echo: Measure; greeting: Measure }> {
  const { values } = parseArgs({ args: argv, options: { duration: { type: 'string', default: '10' }, connections: { type: 'string', default: '10' } }, strict: false });
  const seconds = Number(values.duration);
  const connections = Number(values.connections);
  console.log(`bench:http — POST /api/messages "${QUESTION}" (expectReplies, local mode), ${connections} connections, ${seconds}s each after warm-up`);
  const [echo] = (await measure('echo', seconds, connections, [QUESTION])) as [Measure];
  const [bot, greeting] = (await measure('bot', seconds, connections, [QUESTION, GREETING])) as [Measure, Measure];
  const ratio = bot.rps / echo.rps;
  const row = (name: string, m: Measure) =>
    `${name.padEnd(12)} ${m.rps.toFixed(0).padStart(7)} req/s   p50 ${String(m.p50).padStart(4)} ms   p99 ${String(m.p99).padStart(4)} ms   non-2xx ${m.non2xx}   errors ${m.errors}`;
  console.log(row('echo bot', echo));
  console.log(row('hotpatch-bot', bot));
  console.log(row(`  "${GREETING}"`, greeting) + `   (${(greeting.rps / echo.rps).toFixed(2)}× echo)`);
  console.log(`throughput ratio hotpatch-bot / echo bot = ${ratio.toFixed(2)} (target ≥ ${TARGET_RATIO}: ${ratio >= TARGET_RATIO ? 'met' : 'NOT met'})`);
  console.log(`latency ratio p50 ${(bot.p50 / Math.max(echo.p50, 1)).toFixed(2)}×, p99 ${(bot.p99 / Math.max(echo.p99, 1)).toFixed(2)}× the echo bot`);
  return { ratio, bot, echo, greeting };
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
