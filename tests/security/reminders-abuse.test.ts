import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { MemoryStorage } from '../../src/storage';
import type { Storage } from '../../src/storage/types';
import { addSubscription, readTenantIndex, ReminderCapError, stopSubscription } from '../../src/reminders/subscriptions';
import { tenantReminderStatus } from '../../src/reminders/status';
import { keys } from '../../src/reminders/keys';
import { startServer } from '../../src/app/main';
import type { Built } from '../../src/app/server';
import { channelRef } from '../reminders/helpers';
import { activity, post } from '../app/server/helpers';

/**
 * Issue 15 findings 6 (GET /reminders/status open to anyone, every tenant, a full scan per call),
 * 8 (no cap: 1,565 subscriptions from one member in 50 s; the list then sent 91 KB) and the
 * subscriptions written during a kill -9 that were never indexed (finding 9, index consistency).
 */
const AT = new Date('2026-11-25T10:00:00Z');
const input = (i: number | string, tenant = 'tenant-a', time = '09:00') => ({
  reference: channelRef(i, tenant),
  day: 1,
  time,
  timeZone: 'Europe/Paris',
  locale: 'en' as const,
});

/** Counts the keys each read asks for. */
function counting(storage: Storage) {
  const read: string[][] = [];
  const wrapped: Storage = {
    read: (k) => {
      read.push([...k]);
      return storage.read(k);
    },
    write: (c) => storage.write(c),
    delete: (k) => storage.delete(k),
  };
  return { storage: wrapped, read };
}

describe('a per-conversation cap on reminders (finding 8)', () => {
  it('the 11th active reminder of one conversation is refused; other conversations are not affected', async () => {
    const storage = new MemoryStorage();
    for (let i = 0; i < 10; i += 1) await addSubscription(storage, input('one', 'tenant-a', `0${i}:00`), AT);
    await expect(addSubscription(storage, input('one', 'tenant-a', '11:00'), AT)).rejects.toBeInstanceOf(ReminderCapError);
    await expect(addSubscription(storage, input('one', 'tenant-a', '11:00'), AT)).rejects.toThrow(/HB-REMIND-002/);
    await addSubscription(storage, input('two'), AT);
  });

  it('40 concurrent adds in one conversation create exactly the cap', async () => {
    const storage = new MemoryStorage();
    const results = await Promise.allSettled(
      Array.from({ length: 40 }, (_, i) =>
        addSubscription(storage, input('race', 'tenant-a', `${String(i % 24).padStart(2, '0')}:00`), AT, { maxPerConversation: 5 }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(5);
    const index = await readTenantIndex(storage, 'tenant-a');
    expect(Object.keys(index.subs)).toHaveLength(5);
  });

  it('a stopped reminder frees its place', async () => {
    const storage = new MemoryStorage();
    const subs = [];
    for (let i = 0; i < 3; i += 1) subs.push(await addSubscription(storage, input('s', 'tenant-a', `0${i}:00`), AT, { maxPerConversation: 3 }));
    await expect(addSubscription(storage, input('s', 'tenant-a', '05:00'), AT, { maxPerConversation: 3 })).rejects.toBeInstanceOf(ReminderCapError);
    await stopSubscription(storage, 'tenant-a', subs[0]!.id, 'test', AT);
    await addSubscription(storage, input('s', 'tenant-a', '05:00'), AT, { maxPerConversation: 3 });
  });
});

describe('GET /reminders/status (finding 6) and chat lists (finding 8) through the server', () => {
  let built: Built;
  const TOKEN = 'status-token-0123456789abcdef';
  beforeAll(async () => {
    built = await startServer(
      { STORAGE: 'memory', LOG_LEVEL: 'silent', METRICS_TOKEN: TOKEN, REMINDERS_MAX_PER_CONVERSATION: '3' },
      { port: 0, host: '127.0.0.1', handleSignals: false, scheduleReminders: false },
    );
  });
  afterAll(() => built?.close());
  const status = (q = '', headers: Record<string, string> = {}) => fetch(`${built.url}/reminders/status${q}`, { headers });
  const channel = (text: string, conv = '19:ops@thread.tacv2', tenant = 'tenant-1') =>
    activity({
      text: `<at>Hotpatch</at> ${text}`,
      entities: [{ type: 'mention', text: '<at>Hotpatch</at>', mentioned: { id: 'bot', name: 'Hotpatch' } }],
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      recipient: { id: 'bot', name: 'Hotpatch' },
      conversation: { id: conv, conversationType: 'channel', isGroup: true, tenantId: tenant },
      channelData: { tenant: { id: tenant } },
    });

  it.each([
    ['X-Forwarded-For', { 'x-forwarded-for': '203.0.113.9' }],
    ['Forwarded', { forwarded: 'for=203.0.113.9;proto=https' }],
    ['X-Real-IP', { 'x-real-ip': '203.0.113.9' }],
  ])('a proxied request (%s) without the token → 401, nothing listed', async (_name, headers) => {
    const r = await status('', headers);
    expect(r.status).toBe(401);
    expect(await r.text()).not.toMatch(/tenant|conversation/i);
  });

  it('a wrong token → 403; the right token → 200 even through a proxy', async () => {
    expect((await status('', { 'x-forwarded-for': '203.0.113.9', authorization: 'Bearer wrong-token-wrong-token' })).status).toBe(403);
    expect((await status('', { 'x-forwarded-for': '203.0.113.9', authorization: `Bearer ${TOKEN}` })).status).toBe(200);
  });

  it('/metrics follows the same rule: Forwarded and X-Real-IP are not "this machine"', async () => {
    expect((await fetch(`${built.url}/metrics`, { headers: { forwarded: 'for=203.0.113.9' } })).status).toBe(401);
    expect((await fetch(`${built.url}/metrics`, { headers: { 'x-real-ip': '203.0.113.9' } })).status).toBe(401);
    expect((await fetch(`${built.url}/metrics`)).status).toBe(200);
  });

  it('a channel gets at most REMINDERS_MAX_PER_CONVERSATION reminders, with a polite answer after', async () => {
    for (const day of ['monday', 'tuesday', 'wednesday']) expect((await post(built.url!, channel(`remind this channel every ${day} at 9am`))).status).toBe(200);
    const refused = await post(built.url!, channel('remind this channel every thursday at 9am'));
    expect(refused.status).toBe(200);
    expect(refused.text).toContain('already has 3 active reminders');
  });

  it('status is per tenant and paged: another tenant never appears', async () => {
    await post(built.url!, channel('remind this channel every friday at 9am', '19:other@thread.tacv2', 'tenant-2'));
    const overview = (await (await status()).json()) as { tenants: Array<{ tenantId: string; subscriptions: number }> };
    expect(overview.tenants).toEqual([
      { tenantId: 'tenant-1', subscriptions: 3 },
      { tenantId: 'tenant-2', subscriptions: 1 },
    ]);
    const first = (await (await status('?tenant=tenant-1&limit=2')).json()) as {
      items: { conversationId: string }[];
      nextCursor?: string;
      subscriptions: { active: number };
    };
    expect(first.subscriptions.active).toBe(3);
    expect(first.items).toHaveLength(2);
    expect(JSON.stringify(first)).not.toContain('19:other');
    const second = (await (await status(`?tenant=tenant-1&limit=2&cursor=${encodeURIComponent(first.nextCursor!)}`)).json()) as {
      items: unknown[];
      nextCursor?: string;
    };
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeUndefined();
    expect((await status('?limit=100000')).status).toBe(400);
  });
});

describe('status reads one page, not every subscription (finding 6)', () => {
  it('a page of 20 out of 600 subscriptions reads about 20 documents', async () => {
    const memory = new MemoryStorage();
    for (let i = 0; i < 600; i += 1) await addSubscription(memory, input(i, i % 2 ? 'tenant-a' : 'tenant-b'), new Date(AT.getTime() + i * 1000));
    const c = counting(memory);
    const page = await tenantReminderStatus({ storage: c.storage, clock: () => AT }, 'tenant-a', { limit: 20 });
    expect(page.items).toHaveLength(20);
    expect(page.subscriptions.active).toBe(300);
    const subscriptionReads = c.read.flat().filter((k) => k.includes('/reminders/subscriptions/')).length;
    expect(subscriptionReads).toBeLessThanOrEqual(20);
  });
});

describe('kill -9 while subscriptions are written: no orphan (finding 9, index consistency)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hb-kill-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('every stored subscription is in both indexes after a SIGKILL mid-write', async () => {
    for (let round = 0; round < 3; round += 1) {
      const file = join(dir, `kill-${round}.sqlite`);
      const child = spawn(process.execPath, [resolve(__dirname, '../../bin/run-ts.cjs'), resolve(__dirname, 'fixtures/add-loop.ts'), file], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      await new Promise<void>((done) => child.stdout!.once('data', () => done()));
      await new Promise((r) => setTimeout(r, 150 + round * 97));
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      const db = new Database(file, { readonly: true });
      const rows = db.prepare('SELECT key, value FROM items').all() as Array<{ key: string; value: string }>;
      db.close();
      const byKey = new Map(rows.map((r) => [r.key, JSON.parse(r.value) as Record<string, unknown>]));
      const global = (byKey.get(keys.index()) as { subs: Record<string, string> } | undefined)?.subs ?? {};
      const subs = rows.filter((r) => r.key.includes('/reminders/subscriptions/'));
      expect(subs.length).toBeGreaterThan(20);
      for (const r of subs) {
        const doc = byKey.get(r.key) as { id: string; tenantId: string };
        expect(global[doc.id], `${doc.id} in the global index`).toBe(doc.tenantId);
        const tenantIndex = (byKey.get(keys.tenantIndex(doc.tenantId)) as { subs: Record<string, unknown> }).subs;
        expect(tenantIndex[doc.id], `${doc.id} in its tenant index`).toBeDefined();
      }
    }
  }, 90_000);
});

describe('list reminders is paged (finding 8: 1,565 reminders made one 91 KB message)', () => {
  let built: Built;
  beforeAll(async () => {
    built = await startServer(
      { STORAGE: 'memory', LOG_LEVEL: 'silent', REMINDERS_MAX_PER_CONVERSATION: '30' },
      { port: 0, host: '127.0.0.1', handleSignals: false, scheduleReminders: false },
    );
  });
  afterAll(() => built?.close());
  const say = (text: string) =>
    post(
      built.url!,
      activity({
        text: `<at>Hotpatch</at> ${text}`,
        entities: [{ type: 'mention', text: '<at>Hotpatch</at>', mentioned: { id: 'bot', name: 'Hotpatch' } }],
        serviceUrl: 'https://smba.trafficmanager.net/emea/',
        recipient: { id: 'bot', name: 'Hotpatch' },
        conversation: { id: '19:paged@thread.tacv2', conversationType: 'channel', isGroup: true, tenantId: 'tenant-p' },
        channelData: { tenant: { id: 'tenant-p' } },
      }),
    );

  it('12 reminders → the list shows 10 and says how to see page 2, which shows the other 2', async () => {
    for (let h = 6; h < 18; h += 1) expect((await say(`remind this channel every monday at ${h}:00`)).status).toBe(200);
    const first = await say('list reminders');
    expect((first.text.match(/• /g) ?? []).length).toBe(10);
    expect(first.text).toContain('list reminders page 2');
    const second = await say('list reminders page 2');
    expect((second.text.match(/• /g) ?? []).length).toBe(2);
    expect(second.text.length).toBeLessThan(first.text.length);
  });
});
