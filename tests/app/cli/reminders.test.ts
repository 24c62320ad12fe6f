import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { remindersCommand } from '../../../src/app/cli/reminders';
import type { CliIo } from '../../../src/app/cli/types';
import { startConnectorStub, type ConnectorStub } from '../../../bench/connector-stub';

const dir = mkdtempSync(join(tmpdir(), 'hb-cli-'));
let stub: ConnectorStub;
beforeAll(async () => {
  stub = await startConnectorStub();
  writeFileSync(
    join(dir, 'ref.json'),
    JSON.stringify({
      serviceUrl: stub.url,
      channelId: 'msteams',
      conversation: { id: '19:cli@thread.tacv2', tenantId: 'tenant-cli', conversationType: 'channel' },
      bot: { id: 'bot' },
    }),
  );
  writeFileSync(join(dir, 'bad-ref.json'), JSON.stringify({ conversation: {} }));
});
afterAll(async () => stub.close());

function io(now = '2026-11-25T10:00:00Z', env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), now: () => new Date(now), env: { SQLITE_PATH: 'data/cli.db', ...env }, cwd: dir };
  return { io: value, out, err };
}

const run = async (argv: string[], now?: string, env?: Record<string, string>) => {
  const r = io(now, env);
  const code = await remindersCommand(argv, r.io);
  return { code, out: r.out.join('\n'), err: r.err.join('\n') };
};

describe('hotpatch-bot reminders (in-process, real SQLite file)', () => {
  it('--help prints usage with exit 0; no sub-command is a usage error (2)', async () => {
    expect(await run(['--help'])).toMatchObject({ code: 0, out: expect.stringContaining('reminders <command>') });
    expect((await run([])).code).toBe(2);
  });

  it.each([
    [['add', '--day', 'mon', '--time', '09:00'], /--conversation/],
    [['add', '--conversation', 'ref.json', '--day', 'someday', '--time', '09:00'], /--day must be one of mon/],
    [['add', '--conversation', 'ref.json', '--day', 'mon', '--time', '25:00'], /--time must be HH:mm/],
    [['add', '--conversation', 'ref.json', '--day', 'mon', '--time', '09:00', '--tz', 'Nowhere/City'], /IANA time zone/],
    [['add', '--conversation', 'ref.json', '--day', 'mon', '--time', '09:00', '--locale', 'de'], /--locale must be en or fr/],
    [['add', '--conversation', 'missing.json', '--day', 'mon', '--time', '09:00'], /Cannot read missing.json/],
    [['add', '--conversation', 'bad-ref.json', '--day', 'mon', '--time', '09:00'], /not a ConversationReference/],
    [['tick', '--now', 'yesterday'], /--now must be an ISO instant/],
    [['list', '--bogus'], /Unknown option/],
    [['frobnicate'], /Unknown reminders command/],
  ])('bad input %j → exit 2 with a clear message', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  it('a wrong STORAGE value is a configuration error naming the variable (exit 2)', async () => {
    const r = await run(['list'], undefined, { STORAGE: 'floppy' });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/HB-CONFIG-001[\s\S]*STORAGE/);
  });

  it('add → list → tick delivers once → status → remove', async () => {
    const added = await run(['add', '--conversation', 'ref.json', '--day', 'mon', '--time', '9:00', '--tz', 'Europe/Paris', '--locale', 'fr']);
    expect(added.code).toBe(0);
    const id = /Added reminder (\w+)/.exec(added.out)![1]!;
    const list = await run(['list', '--json']);
    expect(JSON.parse(list.out)).toEqual([expect.objectContaining({ id, day: 1, time: '09:00', timeZone: 'Europe/Paris', locale: 'fr' })]);

    const early = await run(['tick', '--now', '2026-11-30T07:59:00Z', '--json']);
    expect(JSON.parse(early.out)).toMatchObject({ sent: 0, targets: [] });
    const tick = await run(['tick', '--now', '2026-11-30T08:00:00Z']);
    expect(tick).toMatchObject({ code: 0, out: expect.stringContaining('sent 1, failed 0') });
    const again = await run(['tick', '--now', '2026-11-30T08:01:00Z']);
    expect(again.out).toContain('sent 0');
    expect(stub.delivered.get('19:cli@thread.tacv2')).toBe(1);

    const status = await run(['status', '--json'], '2026-11-30T09:00:00Z');
    const s = JSON.parse(status.out);
    expect(s.subscriptions).toEqual({ active: 1, stopped: 0 });
    expect(s.next[0]).toMatchObject({ id, at: '2026-12-07T08:00:00.000Z' });
    expect(s.runs[0]).toMatchObject({ sent: 1, failed: 0 });
    expect((await run(['status'])).out).toMatch(/Subscriptions: 1 active/);

    expect(await run(['remove', id])).toMatchObject({ code: 0 });
    expect((await run(['remove', id])).code).toBe(1);
    expect((await run(['list'])).out).toBe('No reminders.');
  });
});
