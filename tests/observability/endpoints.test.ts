import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { MemoryStorage } from '../../src/storage';
import type { Storage } from '../../src/storage';
import {
  MetricsRegistry,
  createBotMetrics,
  metricsEndpoint,
  readiness,
  readinessEndpoint,
  livenessEndpoint,
  isLoopback,
  requestIdHandler,
  createLogger,
  type Endpoint,
} from '../../src/observability';
import { captureLines } from './capture';

const TOKEN = 'metrics-token-0123456789';
let server: http.Server;
let base: string;
const registry = new MetricsRegistry();
createBotMetrics(registry).questions.inc({ intent: 'calendar', locale: 'en' });
const logs = captureLines();
const logger = createLogger({ LOG_LEVEL: 'info', METRICS_TOKEN: TOKEN }, logs.stream);

const failing: Storage = {
  read: async () => Promise.reject(new Error('connect ECONNREFUSED; AccountKey=abcdefgh12345678')),
  write: async () => {},
  delete: async () => {},
};
const hanging: Storage = { read: () => new Promise(() => {}), write: async () => {}, delete: async () => {} };

const routes: Record<string, Endpoint> = {
  '/metrics': metricsEndpoint({ registry, token: TOKEN }),
  '/metrics-no-loopback': metricsEndpoint({ registry, token: TOKEN, allowLoopback: false }),
  '/metrics-no-token': metricsEndpoint({ registry, allowLoopback: false }),
  '/readyz': readinessEndpoint(readiness(new MemoryStorage())),
  '/readyz-failing': readinessEndpoint(readiness(failing)),
  '/readyz-hanging': readinessEndpoint(readiness(hanging, { timeoutMs: 100 })),
  '/healthz': livenessEndpoint(),
};

beforeAll(async () => {
  const withId = requestIdHandler(logger);
  server = http.createServer((req, res) => withId(req, res, () => void routes[(req.url ?? '').split('?')[0]!]!(req, res)));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('/metrics guard', () => {
  it('serves Prometheus text to a loopback caller', async () => {
    const res = await fetch(`${base}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(await res.text()).toContain('hotpatch_questions_total{intent="calendar",locale="en"} 1');
  });

  it.each([
    ['no token', {}, 401],
    ['a wrong token', { authorization: 'Bearer nope' }, 403],
    ['the token without Bearer', { authorization: TOKEN }, 401],
  ])('refuses a non-loopback caller with %s', async (_n, headers, status) => {
    const res = await fetch(`${base}/metrics-no-loopback`, { headers });
    expect(res.status).toBe(status);
    expect(await res.text()).not.toContain('hotpatch_');
  });

  it('serves a non-loopback caller with the bearer token', async () => {
    const res = await fetch(`${base}/metrics-no-loopback`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
  });

  it('treats a proxied request (x-forwarded-for) as remote even on loopback', async () => {
    expect((await fetch(`${base}/metrics`, { headers: { 'x-forwarded-for': '203.0.113.9' } })).status).toBe(401);
  });

  it('without METRICS_TOKEN, no bearer value opens it', async () => {
    expect((await fetch(`${base}/metrics-no-token`, { headers: { authorization: 'Bearer ' } })).status).toBe(401);
    expect((await fetch(`${base}/metrics-no-token`, { headers: { authorization: 'Bearer undefined' } })).status).toBe(403);
  });

  it.each([
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['10.0.0.1', false],
    ['::ffff:192.168.1.2', false],
    ['1270.0.0.1', false],
    [undefined, false],
  ])('isLoopback(%s) = %s', (a, expected) => expect(isLoopback(a)).toBe(expected));
});

describe('/healthz and /readyz', () => {
  it('liveness answers 200', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('ready when storage answers', async () => {
    const res = await fetch(`${base}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ready: true, checks: { storage: 'ok' } });
  });

  it('503 with the reason (secrets removed) when storage fails', async () => {
    const res = await fetch(`${base}/readyz-failing`);
    expect(res.status).toBe(503);
    const body = (await res.json()) as { ready: boolean; checks: { storage: string } };
    expect(body.ready).toBe(false);
    expect(body.checks.storage).toContain('ECONNREFUSED');
    expect(body.checks.storage).not.toContain('abcdefgh12345678');
  });

  it('503 when storage does not answer in time', async () => {
    const t0 = Date.now();
    const res = await fetch(`${base}/readyz-hanging`);
    expect(res.status).toBe(503);
    expect(((await res.json()) as { checks: { storage: string } }).checks.storage).toMatch(/within 100 ms/);
    expect(Date.now() - t0).toBeLessThan(5000);
  });
});

describe('request ids', () => {
  it('echoes a safe x-request-id and logs it on the access line', async () => {
    const res = await fetch(`${base}/healthz?x=secret`, { headers: { 'x-request-id': 'abc-123' } });
    expect(res.headers.get('x-request-id')).toBe('abc-123');
    await new Promise((r) => setTimeout(r, 20));
    const line = logs.lines().find((l) => l.reqId === 'abc-123');
    expect(line).toMatchObject({ msg: 'request', method: 'GET', path: '/healthz', status: 200 });
  });

  it('replaces an unsafe id with a UUID', async () => {
    const res = await fetch(`${base}/healthz`, { headers: { 'x-request-id': 'a b"}\u00e9' } });
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it('gives each request its own id', async () => {
    const [a, b] = await Promise.all([fetch(`${base}/healthz`), fetch(`${base}/healthz`)]);
    expect(a.headers.get('x-request-id')).not.toBe(b.headers.get('x-request-id'));
  });
});
