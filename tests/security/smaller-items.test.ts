import { afterAll, describe, expect, it } from 'vitest';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { SqliteStorage } from '../../src/storage';
import { readiness } from '../../src/observability/endpoints';
import { remindersCommand } from '../../src/app/cli/reminders';
import type { CliIo } from '../../src/app/cli/types';
import { loadConfig } from '../../src/config';
import { build } from '../../src/app/server';
import { createLogger } from '../../src/observability';
import { captureLines } from '../observability/capture';
import { activity } from '../app/server/helpers';
import { isHbError } from '../../src/errors';

/** Issue 15 finding 9: the smaller items, one test each. */
const dir = mkdtempSync(join(tmpdir(), 'hb-small-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a database that cannot be used at start → an HB code and a sentence, not a SqliteError stack', () => {
  it('a corrupted file (not a database) → HB-STORAGE-003', () => {
    const file = join(dir, 'corrupt.db');
    writeFileSync(file, Buffer.alloc(8192, 0x41));
    let err: unknown;
    try {
      new SqliteStorage(file);
    } catch (e) {
      err = e;
    }
    expect(isHbError(err) && err.code).toBe('HB-STORAGE-003');
    expect(String((err as Error).message)).toMatch(/not a readable SQLite database/);
  });

  it.skipIf(process.getuid?.() === 0)('a read-only file → HB-STORAGE-003 naming permissions', () => {
    const file = join(dir, 'ro.db');
    new SqliteStorage(file).close();
    chmodSync(file, 0o444);
    expect(() => new SqliteStorage(file)).toThrow(/HB-STORAGE-003.*read-only/);
    chmodSync(file, 0o644);
  });

  it('`hotpatch-bot serve` on a corrupted file exits 1 with the code on one line, no stack', () => {
    const file = join(dir, 'serve-corrupt.db');
    writeFileSync(file, Buffer.alloc(8192, 0x42));
    const r = spawnSync(process.execPath, [resolve(__dirname, '../../bin/hotpatch-bot.cjs'), 'serve', '--port', '0'], {
      env: { ...process.env, STORAGE: 'sqlite', SQLITE_PATH: file, BOT_ID: '', NODE_ENV: 'test', LOG_LEVEL: 'silent' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/HB-STORAGE-003/);
    expect(r.stderr).not.toMatch(/SqliteError|\n\s+at /);
  }, 70_000);
});

describe('a full disk → /readyz is not ready', () => {
  it('after a write fails with SQLITE_FULL the readiness check says not ready; it recovers when writes work', async () => {
    const storage = new SqliteStorage(join(dir, 'full.db'), { maxPageCount: 16 });
    const check = readiness(storage);
    expect((await check()).ready).toBe(true);
    let failed = false;
    for (let i = 0; i < 500 && !failed; i += 1) {
      await storage.write({ [`k${i}`]: { blob: 'x'.repeat(4000), eTag: '*' } }).catch(() => (failed = true));
    }
    expect(failed).toBe(true);
    const report = await check();
    expect(report.ready).toBe(false);
    expect(report.checks.storage).toMatch(/full/);
    await storage.delete(Array.from({ length: 500 }, (_, i) => `k${i}`));
    expect((await check()).ready).toBe(true);
    storage.close();
  });
});

describe('reminders add refuses service URLs that are not Bot Framework (or loopback for local tests)', () => {
  const run = async (serviceUrl: string) => {
    const file = join(dir, `ref-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(file, JSON.stringify({ serviceUrl, channelId: 'msteams', conversation: { id: '19:x@thread.tacv2', tenantId: 't' } }));
    const err: string[] = [];
    const io: CliIo = {
      out: () => undefined,
      err: (t) => err.push(t),
      now: () => new Date('2026-11-25T10:00:00Z'),
      env: { SQLITE_PATH: join(dir, 'cli.db') },
      cwd: dir,
    };
    const code = await remindersCommand(['add', '--conversation', file, '--day', 'mon', '--time', '09:00'], io);
    return { code, err: err.join('\n') };
  };
  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'http://169.254.169.254/', 'https://evil.example.com/'])('%s → refused (exit 2)', async (url) => {
    const r = await run(url);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/serviceUrl/);
  });
  it('a Bot Framework URL is accepted', async () => {
    expect((await run('https://smba.trafficmanager.net/emea/')).code).toBe(0);
  });
});

describe("restify's own logger is the JSON logger: the Authorization header never reaches a log line", () => {
  it('a request logged by restify has its Authorization redacted', async () => {
    const logs = captureLines();
    const built = await build({
      config: loadConfig({}),
      pipeline: {
        ask: async () => {
          throw new Error('unused');
        },
      },
      logger: createLogger({ LOG_LEVEL: 'trace' }, logs.stream),
    });
    const url = await built.listen(0, '127.0.0.1');
    const secret = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJlLXNlY3JldA';
    // restify logs requests through server.log (trace) and on errors; make it log one with the header.
    built.server.log.info({ req: { headers: { authorization: `Bearer ${secret}` } } }, 'restify request');
    await fetch(`${url}/nowhere`, { headers: { authorization: `Bearer ${secret}` } });
    await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: JSON.stringify(activity({ conversation: '@@' })).replace('"@@"', `{"id":${'['.repeat(30_000)}${']'.repeat(30_000)}}`),
    });
    await built.close();
    expect(logs.text()).toContain('restify request');
    expect(logs.text()).not.toContain(secret);
    expect(logs.lines().every((l) => l.service === 'hotpatch-bot')).toBe(true);
  });
});
