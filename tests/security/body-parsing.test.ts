import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startBot, message } from './harness';

/**
 * Bodies restify's bodyParser used to accept before authentication: gzip garbage (an unhandled
 * stream 'error' that ended the process), a gzip bomb (limit on compressed bytes), multipart
 * (temp files never deleted) and url-encoded forms (cross-site posts). Each is sent over HTTP.
 */

type Raw = { status: number; body: string };
function raw(url: string, method: string, path: string, headers: Record<string, string | number>, body?: Buffer | string): Promise<Raw> {
  // A body without framing would be read as the next request: declare its length unless chunked.
  const framed = body === undefined || headers['transfer-encoding'] ? headers : { ...headers, 'content-length': Buffer.byteLength(body) };
  return new Promise((done, fail) => {
    const req = request(`${url}${path}`, { method, headers: framed }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    // The server may close the socket as soon as it has answered (connection: close on refusals).
    req.on('error', (err) => fail(err));
    if (body !== undefined) req.write(body);
    req.end();
  });
}

function freePort(): Promise<number> {
  return new Promise((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => done(port));
    });
  });
}

const uploads = () => readdirSync(tmpdir()).filter((f) => f.startsWith('upload_')).length;

describe('gzip garbage never ends the process (the server as npm start runs it)', () => {
  let child: ChildProcess;
  let url = '';
  beforeAll(async () => {
    const port = await freePort();
    child = spawn(process.execPath, [resolve(__dirname, '../../bin/hotpatch-bot.cjs'), 'serve'], {
      env: { ...process.env, PORT: String(port), STORAGE: 'memory', BOT_ID: '', LOG_LEVEL: 'warn', NODE_ENV: 'test' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    url = await new Promise<string>((done, fail) => {
      const timer = setTimeout(() => fail(new Error('server did not start in 60 s')), 60_000);
      let out = '';
      const onData = (c: Buffer) => {
        out += c.toString();
        const m = /listening on (http:\/\/[\d.]+:\d+)/.exec(out);
        if (m) {
          clearTimeout(timer);
          done(m[1]!);
        }
      };
      child.stderr!.on('data', onData);
      child.stdout!.on('data', onData);
      child.once('exit', (code) => fail(new Error(`server exited (${code}): ${out}`)));
    });
  }, 70_000);
  afterAll(() => {
    child?.kill('SIGKILL');
  });

  it.each([
    ['GET /healthz', 'GET', '/healthz'],
    ['POST /api/messages', 'POST', '/api/messages'],
    ['GET /readyz', 'GET', '/readyz'],
  ])('%s with Content-Encoding: gzip and a non-gzip body → 415, and the process still answers', async (_n, method, path) => {
    const res = await raw(url, method, path, { 'content-type': 'application/json', 'content-encoding': 'gzip' }, 'this is not gzip at all');
    expect(res.status).toBe(415);
    expect(JSON.parse(res.body).code).toBe('HB-HTTP-415');
    expect(child.exitCode).toBeNull();
    const health = await raw(url, 'GET', '/healthz', {});
    expect(health.status).toBe(200);
  });
});

describe('bodies are read only as JSON on POST /api/messages, with a limit on what is read', () => {
  let bot: Awaited<ReturnType<typeof startBot>>;
  beforeAll(async () => {
    bot = await startBot({ MAX_BODY_BYTES: String(64 * 1024) });
  });
  afterAll(() => bot?.close());

  it('a gzip bomb (200 KB → 200 MB) is refused before anything is inflated: 4xx, heap unchanged', async () => {
    const bomb = gzipSync(Buffer.alloc(200 * 1024 * 1024, 0x20));
    expect(bomb.length).toBeLessThan(64 * 1024 * 4);
    global.gc?.();
    const before = process.memoryUsage().heapUsed;
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => raw(bot.url, 'POST', '/api/messages', { 'content-type': 'application/json', 'content-encoding': 'gzip' }, bomb)),
    );
    // 413 (declared size over the limit) or 415 (encoded): refused either way, never inflated.
    for (const a of answers) expect([413, 415]).toContain(a.status);
    const grown = process.memoryUsage().heapUsed - before;
    // Five inflated bombs would be 1 GB; reading nothing keeps the growth to noise.
    expect(grown).toBeLessThan(50 * 1024 * 1024);
    expect(bot.seen.asks).toBe(0);
  });

  it('a chunked multipart upload → 415 and no file in the temp folder', async () => {
    const before = uploads();
    const boundary = 'XbOuNdArY';
    const part = `--${boundary}\r\nContent-Disposition: form-data; name="f"; filename="a.bin"\r\nContent-Type: application/octet-stream\r\n\r\n${'A'.repeat(300_000)}\r\n--${boundary}--\r\n`;
    const res = await raw(
      bot.url,
      'POST',
      '/api/messages',
      { 'content-type': `multipart/form-data; boundary=${boundary}`, 'transfer-encoding': 'chunked' },
      part,
    );
    expect(res.status).toBe(415);
    expect(uploads()).toBe(before);
  });

  it('a url-encoded form (what a cross-site <form> sends) → 415, nothing processed', async () => {
    const res = await raw(bot.url, 'POST', '/api/messages', { 'content-type': 'application/x-www-form-urlencoded' }, 'type=message&text=remind+me');
    expect(res.status).toBe(415);
    expect(bot.seen.activities).toBe(0);
  });

  it.each([
    ['text/plain', 'text/plain'],
    ['JSON in latin1', 'application/json; charset=iso-8859-1'],
    ['no content type', ''],
  ])('%s → 415', async (_n, ct) => {
    const headers: Record<string, string> = ct ? { 'content-type': ct } : {};
    const res = await raw(bot.url, 'POST', '/api/messages', headers, JSON.stringify(message({ text: 'hello' })));
    expect(res.status).toBe(415);
  });

  it('a 10,000-deep conversation → 400, never a 5xx', async () => {
    const deep = `{"type":"message","conversation":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`;
    const res = await raw(bot.url, 'POST', '/api/messages', { 'content-type': 'application/json' }, deep);
    expect(res.status).toBe(400);
  });

  it('a plain JSON activity with charset=utf-8 still works', async () => {
    const res = await bot.post(message({ text: 'hello' }), { 'content-type': 'application/json; charset=utf-8' });
    expect(res.status).toBe(200);
  });
});
