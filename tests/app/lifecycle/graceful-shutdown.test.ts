import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { installGracefulShutdown } from '../../../src/app/graceful-shutdown';
import { silentLogger } from '../../../src/observability/logger';

const ROOT = join(__dirname, '..', '..', '..');

interface Child {
  url: Promise<string>;
  exit: Promise<{ code: number | null; at: number }>;
  lines: Array<Record<string, unknown>>;
  kill(signal: NodeJS.Signals): void;
}

function startFixture(env: Record<string, string>): Child {
  const child = spawn(process.execPath, ['bin/run-ts.cjs', 'tests/app/lifecycle/fixtures/serve-slow.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...env, NODE_NO_WARNINGS: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: Array<Record<string, unknown>> = [];
  let buf = '';
  let resolveUrl!: (u: string) => void;
  const url = new Promise<string>((r) => (resolveUrl = r));
  child.stdout.on('data', (d) => {
    buf += String(d);
    let i;
    while ((i = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, i);
      buf = buf.slice(i + 1);
      try {
        const obj = JSON.parse(line) as Record<string, unknown>;
        lines.push(obj);
        if (obj.msg === 'ready') resolveUrl(String(obj.url));
      } catch {
        /* not a log line */
      }
    }
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += String(d)));
  const exit = new Promise<{ code: number | null; at: number }>((r) => child.on('exit', (code) => r({ code, at: Date.now() })));
  exit.then(({ code }) => {
    if (code === 2) console.error(stderr);
  });
  return { url, exit, lines, kill: (s) => child.kill(s) };
}

function ask(url: string, text: string) {
  return fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      id: `m-${Math.random()}`,
      channelId: 'msteams',
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      conversation: { id: 'c1', conversationType: 'personal' },
      from: { id: 'u1' },
      recipient: { id: 'b1' },
      text,
      deliveryMode: 'expectReplies',
    }),
  });
}

describe('graceful shutdown of the real server process (SIGTERM to src/app/main.ts startServer)', () => {
  it('finishes the in-flight turn, refuses new connections, runs the hooks, exits 0 within the bound', { timeout: 60_000 }, async () => {
    const child = startFixture({ MODE: 'main', SLOW_MS: '1500' });
    const url = await child.url;
    const inFlight = ask(url, 'When is the next reboot?');
    await new Promise((r) => setTimeout(r, 300));
    const signalledAt = Date.now();
    child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 200));
    const late = await fetch(`${url}/healthz`).then(
      (r) => r.status,
      () => 'refused',
    );
    const res = await inFlight;
    const answeredAt = Date.now();
    expect(res.status).toBe(200);
    expect(JSON.stringify(await res.json())).toMatch(/2027-01-12|January 2027|reboot/i);
    expect(late).toBe('refused');
    const { code, at } = await child.exit;
    expect(code).toBe(0);
    // The in-flight turn needs ~1.2 s more and the bound is 20 s (as in src/app/main.ts): a clean stop is well inside.
    expect(at - signalledAt).toBeLessThan(5000);
    const msgs = child.lines.map((l) => l.msg);
    expect(msgs).toContain('shutdown: no longer accepting requests');
    // Order inside the process: the in-flight request's access-log line, then "finished", then the hook.
    const served = child.lines.findIndex((l) => l.msg === 'request' && l.path === '/api/messages' && l.status === 200);
    expect(served).toBeGreaterThanOrEqual(0);
    expect(served).toBeLessThan(msgs.indexOf('shutdown: in-flight requests finished'));
    expect(msgs.indexOf('hook ran')).toBeGreaterThan(msgs.indexOf('shutdown: in-flight requests finished'));
    expect(answeredAt).toBeGreaterThan(signalledAt);
    expect(child.lines.at(-1)).toMatchObject({ msg: 'shutdown: done', code: 0 });
  });

  it('a turn that outlives the timeout: exits 1 at the bound instead of hanging', { timeout: 60_000 }, async () => {
    const child = startFixture({ MODE: 'direct', SLOW_MS: '30000', SHUTDOWN_TIMEOUT_MS: '1000' });
    const url = await child.url;
    const hung = ask(url, 'When is the next reboot?').catch(() => 'dropped');
    await new Promise((r) => setTimeout(r, 300));
    const signalledAt = Date.now();
    child.kill('SIGTERM');
    const { code, at } = await child.exit;
    expect(code).toBe(1);
    expect(at - signalledAt).toBeGreaterThanOrEqual(900);
    expect(at - signalledAt).toBeLessThan(4000);
    expect(child.lines.some((l) => l.msg === 'shutdown: timed out, exiting anyway')).toBe(true);
    expect(child.lines.some((l) => l.msg === 'hook ran')).toBe(false);
    await hung;
  });
});

describe('installGracefulShutdown (in process)', () => {
  async function server() {
    const s = http.createServer((_req, res) => setTimeout(() => res.end('ok'), 100));
    await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
    return { s, url: `http://127.0.0.1:${(s.address() as AddressInfo).port}` };
  }

  it('runs hooks in order, keeps going after a failing hook, and reports exit 1', async () => {
    const { s } = await server();
    const order: string[] = [];
    const codes: number[] = [];
    const g = installGracefulShutdown({
      server: s,
      hooks: [async () => void order.push('a'), async () => Promise.reject(new Error('outbox unreachable')), async () => void order.push('c')],
      timeoutMs: 2000,
      logger: silentLogger(),
      signals: [],
      exit: (c) => codes.push(c),
    });
    expect(await g.shutdown('test')).toBe(1);
    expect(order).toEqual(['a', 'c']);
    expect(codes).toEqual([1]);
    expect(s.listening).toBe(false);
    g.dispose();
  });

  it('is idempotent: a second shutdown call returns the same outcome, hooks run once', async () => {
    const { s } = await server();
    let runs = 0;
    const g = installGracefulShutdown({
      server: { server: s },
      hooks: [async () => void runs++],
      timeoutMs: 2000,
      logger: silentLogger(),
      signals: [],
      exit: () => {},
    });
    const [a, b] = await Promise.all([g.shutdown('one'), g.shutdown('two')]);
    expect([a, b]).toEqual([0, 0]);
    expect(runs).toBe(1);
    expect(g.shuttingDown).toBe(true);
  });

  it('closes idle keep-alive connections so close() does not wait for them', async () => {
    const { s, url } = await server();
    const agent = new http.Agent({ keepAlive: true });
    await new Promise<void>((r) => http.get(url, { agent }, (res) => res.resume().on('end', () => r())));
    const g = installGracefulShutdown({ server: s, hooks: [], timeoutMs: 3000, logger: silentLogger(), signals: [], exit: () => {} });
    const t0 = Date.now();
    expect(await g.shutdown('test')).toBe(0);
    expect(Date.now() - t0).toBeLessThan(1000);
    agent.destroy();
  });
});
