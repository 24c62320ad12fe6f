import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { makeDataCommand } from '../../../src/app/cli/data';
import type { CliIo } from '../../../src/app/cli/types';
import { mockToken, TENANT } from '../../inventory/graph/graph-fixtures';

function fakeIo(env: Record<string, string | undefined> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), now: () => new Date('2026-12-07T10:00:00Z'), env, cwd: process.cwd() };
  return { io, stdout: () => out.join('\n'), stderr: () => err.join('\n') };
}
async function run(argv: string[], env: Record<string, string | undefined> = {}) {
  const f = fakeIo(env);
  const code = await makeDataCommand()(argv, f.io);
  return { code, out: f.stdout(), err: f.stderr() };
}

const GRAPH_ENV = {
  GRAPH_READ_CATALOG: 'true',
  GRAPH_TENANT_ID: TENANT,
  GRAPH_CLIENT_ID: '00000000-0000-0000-0000-00000000c11e',
  GRAPH_CLIENT_SECRET: 'super-secret-value~123',
};
const catalog = JSON.parse(readFileSync(resolve(__dirname, '../../fixtures/data-status/catalog-2026-12.json'), 'utf8'));

afterEach(() => nock.cleanAll());

describe('hotpatch-bot data status', () => {
  it('prints the as-of dates, the last released month and no warning on 2026-12-07', async () => {
    const r = await run(['status']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Release data:   as of 2026-12-06');
    expect(r.out).toContain('Lifecycle data: as of 2026-12-06');
    expect(r.out).toContain('Last released month: 2026-11');
    expect(r.out).toContain('Patch Tuesday 2026-12-08 — planned / not recorded yet');
    expect(r.out).toContain('No warnings.');
  });

  it('warns (exit 0) when Patch Tuesday is more than 2 days past with no entry, EN and FR', async () => {
    const en = await run(['status', '--today', '2026-12-11']);
    expect(en.code).toBe(0);
    expect(en.out).toMatch(/WARNING: Patch Tuesday of 2026-12 \(2026-12-08\) was 3 days ago/);
    const fr = await run(['status', '--today', '2026-12-11', '--locale', 'fr']);
    expect(fr.out).toMatch(/AVERTISSEMENT: Le Patch Tuesday de 2026-12 \(2026-12-08\) est passé depuis 3 jours/);
  });

  it('warns when the data is older than 45 days (--json)', async () => {
    const r = await run(['status', '--today', '2027-01-21', '--json']);
    const j = JSON.parse(r.out);
    expect(j.warnings.map((w: { code: string }) => w.code)).toEqual(['current-month-missing', 'releases-stale', 'lifecycle-stale']);
    expect(j.warnings[1]).toMatchObject({ asOf: '2026-12-06', ageDays: 46 });
  });

  it('GRAPH_READ_CATALOG=true: the Windows Update catalog fills the current month (G-CAT-1, G-CAT-3)', async () => {
    mockToken();
    const g = nock('https://graph.microsoft.com').get('/beta/admin/windows/updates/catalog/entries').query(true).reply(200, catalog);
    const r = await run(['status', '--today', '2026-12-11', '--json'], GRAPH_ENV);
    expect(r.err).toBe('');
    const j = JSON.parse(r.out);
    expect(j.warnings).toEqual([]);
    expect([j.currentMonthReleased, j.lastReleasedMonth]).toEqual([true, '2026-12']);
    expect(j.filledFromCatalog).toMatchObject({
      month: '2026-12',
      kind: 'hotpatch',
      kb: 'KB7000101',
      builds: ['26100.9001', '26200.9001'],
      status: 'released',
    });
    expect(g.isDone()).toBe(true);
  });

  it('GRAPH_READ_CATALOG=true but the catalog refuses: says why on stderr, still reports (exit 0)', async () => {
    mockToken();
    nock('https://graph.microsoft.com')
      .get('/beta/admin/windows/updates/catalog/entries')
      .query(true)
      .times(4)
      .reply(403, { error: { code: 'Forbidden', message: 'Missing role' } });
    const r = await run(['status', '--today', '2026-12-11'], GRAPH_ENV);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/catalog could not be read/);
    expect(r.out).toMatch(/WARNING: Patch Tuesday of 2026-12/);
  });

  it('does not call Graph when the data already has the month or the flag is off', async () => {
    const r = await run(['status', '--today', '2026-12-11'], { ...GRAPH_ENV, GRAPH_READ_CATALOG: 'false' });
    expect(r.code).toBe(0);
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('usage errors exit 2', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(['frobnicate'])).code).toBe(2);
    expect((await run(['status', '--today', 'tomorrow'])).code).toBe(2);
  });
});
