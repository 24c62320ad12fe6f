import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type Built } from '../../src/app/server';
import { loadConfig } from '../../src/config';
import { pipelineFromConfig } from '../../src/app/composition';
import { MemoryStorage, type Storage } from '../../src/storage';
import { createLogger, readiness } from '../../src/observability';
import { captureLines } from './capture';

/** /metrics, /readyz, /healthz and request ids on the real server (build()), as operators will see them. */
const TOKEN = 'metrics-token-for-tests-0123456789';
let storageDown = false;
const storage: Storage = {
  read: (keys) => (storageDown ? Promise.reject(new Error('ECONNREFUSED 127.0.0.1:10000')) : new MemoryStorage().read(keys)),
  write: async () => {},
  delete: async () => {},
};
const logs = captureLines();
let built: Built;
let url: string;

beforeAll(async () => {
  const config = loadConfig({ STORAGE: 'memory', METRICS_TOKEN: TOKEN });
  built = await build({
    config,
    pipeline: pipelineFromConfig(config),
    logger: createLogger(config, logs.stream),
    readiness: readiness(storage),
    typingDelayMs: 60_000,
  });
  url = await built.listen(0, '127.0.0.1');
});
afterAll(() => built?.close());

const ask = (text: string, locale = 'en-US') =>
  fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': `q-${text.length}` },
    body: JSON.stringify({
      type: 'message',
      id: `m-${Math.random()}`,
      channelId: 'msteams',
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      conversation: { id: 'a:obs', conversationType: 'personal' },
      from: { id: 'u' },
      recipient: { id: 'b' },
      text,
      locale,
      deliveryMode: 'expectReplies',
    }),
  });

function sample(text: string, name: string): number {
  const line = text.split('\n').find((l) => l.startsWith(name + ' '));
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
}

describe('operational endpoints of the real server', () => {
  it('counts questions by intent and locale, and unknown questions, in /metrics', async () => {
    await (await ask('When is the next reboot?')).arrayBuffer();
    await (await ask('Quand est le prochain redémarrage ?', 'fr-FR')).arrayBuffer();
    await (await ask('zqxj wibble frobnicate')).arrayBuffer();
    const res = await fetch(`${url}/metrics`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(sample(text, 'hotpatch_questions_total{intent="next-reboot",locale="en"}')).toBe(1);
    expect(sample(text, 'hotpatch_questions_total{intent="next-reboot",locale="fr"}')).toBe(1);
    expect(sample(text, 'hotpatch_unknown_questions_total{locale="en"}')).toBe(1);
    expect(text).toMatch(/hotpatch_http_requests_total\{route="\/api\/messages",status="200"\} [1-9]/);
  });

  it('times HTTP requests per route and turns per intent (histograms), with process metrics', async () => {
    await (await ask('Show the patch calendar')).arrayBuffer();
    const text = await (await fetch(`${url}/metrics`)).text();
    expect(sample(text, 'http_request_duration_seconds_count{route="/api/messages",method="POST",status="200"}')).toBeGreaterThanOrEqual(1);
    expect(text).toMatch(/^http_request_duration_seconds_bucket\{le="\+Inf",route="\/api\/messages",method="POST",status="200"\} [1-9]/m);
    expect(sample(text, 'hotpatch_turn_duration_seconds_count{intent="calendar"}')).toBeGreaterThanOrEqual(1);
    expect(text).toContain('# TYPE process_cpu_seconds_total counter');
    expect(text).toContain('# TYPE nodejs_eventloop_lag_seconds gauge');
  });

  // Issue 15, finding 7: the route label was the raw request path, so junk paths created series and,
  // once the family was full, real routes (/readyz) were no longer counted.
  it('1,000 junk paths create no series and do not push /readyz out: labels come from the route table', async () => {
    const junk = Array.from(
      { length: 1000 },
      (_, i) =>
        [`/junk-${i}`, `/healthz/${i}`, `/api/messages/${i}`, `/readyz/../x${i}`, `/%2e%2e/etc/${i}`, `/metrics;${i}`, `/readyz/`, `/HEALTHZ${i}`][i % 8]!,
    );
    for (let i = 0; i < junk.length; i += 50) {
      await Promise.all(junk.slice(i, i + 50).map(async (p) => (await fetch(`${url}${p}`)).arrayBuffer()));
    }
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    const text = await (await fetch(`${url}/metrics`)).text();
    const httpSeries = text.split('\n').filter((l) => /^(hotpatch_http_requests_total|http_request_duration_seconds_count)\{/.test(l));
    const routes = new Set(httpSeries.map((l) => /route="([^"]*)"/.exec(l)![1]));
    expect([...routes].every((r) => ['/api/messages', '/healthz', '/readyz', '/metrics', '/calendar.ics', '/reminders/status', 'unmatched'].includes(r))).toBe(
      true,
    );
    expect(text).not.toMatch(/junk|etc|HEALTHZ|\.\./);
    expect(sample(text, 'hotpatch_http_requests_total{route="unmatched",status="404"}')).toBeGreaterThanOrEqual(900);
    expect(sample(text, 'hotpatch_http_requests_total{route="/readyz",status="200"}')).toBeGreaterThanOrEqual(1);
    expect(httpSeries.length).toBeLessThan(40);
  });

  it('/metrics behind a proxy needs METRICS_TOKEN', async () => {
    const proxied = { 'x-forwarded-for': '198.51.100.7' };
    expect((await fetch(`${url}/metrics`, { headers: proxied })).status).toBe(401);
    expect((await fetch(`${url}/metrics`, { headers: { ...proxied, authorization: 'Bearer wrong-token-wrong-token' } })).status).toBe(403);
    expect((await fetch(`${url}/metrics`, { headers: { ...proxied, authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
    expect(logs.text()).not.toContain(TOKEN);
  });

  it('/readyz follows storage; /healthz does not', async () => {
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    storageDown = true;
    try {
      const res = await fetch(`${url}/readyz`);
      expect(res.status).toBe(503);
      expect(JSON.stringify(await res.json())).toContain('ECONNREFUSED');
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
    } finally {
      storageDown = false;
    }
  });

  it('every request gets an id, echoed and on its access-log line', async () => {
    const res = await ask('What is Quick Machine Recovery?');
    await res.arrayBuffer();
    const id = res.headers.get('x-request-id');
    expect(id).toBe('q-31');
    await new Promise((r) => setTimeout(r, 20));
    expect(logs.lines().some((l) => l.reqId === id && l.path === '/api/messages' && l.status === 200)).toBe(true);
  });
});
