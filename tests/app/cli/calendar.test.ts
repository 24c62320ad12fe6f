import { afterAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ICAL from 'ical.js';
import { calendarCommand } from '../../../src/app/cli/calendar';
import type { CliIo } from '../../../src/app/cli/types';

function fakeIo(now = '2026-11-25T10:00:00Z', env: Record<string, string | undefined> = {}, cwd = process.cwd()) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), now: () => new Date(now), env, cwd };
  return { io, out, err, stdout: () => out.join('\n'), stderr: () => err.join('\n') };
}
async function run(argv: string[], ...rest: Parameters<typeof fakeIo>) {
  const f = fakeIo(...rest);
  const code = await calendarCommand(argv, f.io);
  return { code, out: f.stdout(), err: f.stderr() };
}

const dir = mkdtempSync(join(tmpdir(), 'hb-cal-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** the computed calendar (CAL-1, CAL-2): month → [Patch Tuesday, label]. */
const TABLE_2_5: Record<string, [string, string]> = {
  '2026-01': ['2026-01-13', 'BASELINE – restart'],
  '2026-02': ['2026-02-10', 'Hotpatch – no restart'],
  '2026-03': ['2026-03-10', 'Hotpatch – no restart'],
  '2026-04': ['2026-04-14', 'BASELINE – restart'],
  '2026-05': ['2026-05-12', 'Hotpatch – no restart'],
  '2026-06': ['2026-06-09', 'Restart (likely unplanned baseline)'],
  '2026-07': ['2026-07-14', 'BASELINE – restart'],
  '2026-08': ['2026-08-11', 'Hotpatch – no restart'],
  '2026-09': ['2026-09-08', 'Hotpatch – no restart'],
  '2026-10': ['2026-10-13', 'BASELINE – restart'],
  '2026-11': ['2026-11-10', 'Hotpatch – no restart'],
  '2026-12': ['2026-12-08', 'Hotpatch – no restart'],
  '2027-01': ['2027-01-12', 'BASELINE – restart'],
  '2027-02': ['2027-02-09', 'Hotpatch – no restart'],
  '2027-03': ['2027-03-09', 'Hotpatch – no restart'],
  '2027-04': ['2027-04-13', 'BASELINE – restart'],
  '2027-05': ['2027-05-11', 'Hotpatch – no restart'],
  '2027-06': ['2027-06-08', 'Hotpatch – no restart'],
  '2027-07': ['2027-07-13', 'BASELINE – restart'],
  '2027-08': ['2027-08-10', 'Hotpatch – no restart'],
  '2027-09': ['2027-09-14', 'Hotpatch – no restart'],
  '2027-10': ['2027-10-12', 'BASELINE – restart'],
  '2027-11': ['2027-11-09', 'Hotpatch – no restart'],
  '2027-12': ['2027-12-14', 'Hotpatch – no restart'],
};

function checkJson(out: string) {
  const j = JSON.parse(out);
  expect(j.asOf).toBe('2026-12-06');
  expect(j.from).toBe('2026-01');
  expect(j.months).toHaveLength(24);
  for (const m of j.months) {
    const [pt, label] = TABLE_2_5[m.month]!;
    expect([m.month, m.patchTuesday, m.label]).toEqual([m.month, pt, label]);
    expect(m.restart).toBe(label !== 'Hotpatch – no restart');
  }
  const june = j.months.find((m: { month: string }) => m.month === '2026-06');
  expect([june.certainty, june.unplanned, june.kind]).toEqual(['uncertain', true, 'baseline']);
}

describe('CAL-10: released vs planned (calendar --from 2026-06 --months 8 --json)', () => {
  it.each([
    ['2026-06', 'released', 'baseline', 'KB5094126', '2026-06-23'],
    ['2026-07', 'released', 'baseline', undefined, '2026-07-28'],
    ['2026-08', 'released', 'hotpatch', undefined, '2026-08-25'],
    ['2026-09', 'released', 'hotpatch', undefined, '2026-09-22'],
    ['2026-10', 'released', 'baseline', undefined, '2026-10-27'],
    ['2026-11', 'released', 'hotpatch', undefined, '2026-11-24'],
    // CAL-9: no optional preview in December; CAL-10: December 2026 is planned until 2026-12-08.
    ['2026-12', 'planned', 'hotpatch', undefined, null],
    ['2027-01', 'planned', 'baseline', undefined, '2027-01-26'],
  ] as const)('%s is %s (%s), KB %s, D release %s', async (month, status, kind, kb, preview) => {
    const r = await run(['--from', '2026-06', '--months', '8', '--json']);
    const m = JSON.parse(r.out).months.find((x: { month: string }) => x.month === month);
    expect([m.status, m.kind, m.releases.find((e: { outOfBand?: boolean }) => !e.outOfBand)?.kb, m.previewTuesday]).toEqual([status, kind, kb, preview]);
  });

  it('CAL-10/CAL-3: the table marks planned months and says December 2026 needs the October 2026 baseline (EN, FR)', async () => {
    const en = await run(['--from', '2026-11', '--months', '3', '--today', '2026-12-07']);
    expect(en.out).toMatch(/December 2026 +2026-12-08 +Hotpatch – no restart +no +planned/);
    expect(en.out).toContain('October 2026 for December 2026');
    const fr = await run(['--from', '2026-11', '--months', '3', '--today', '2026-12-07', '--locale', 'fr']);
    expect(fr.out).toContain('prévu');
    expect(fr.out).toContain('octobre 2026 pour décembre 2026');
  });
});

describe('hotpatch-bot calendar', () => {
  it('--json reproduces §2.5 for --from 2026-01 --months 24', async () => {
    const r = await run(['--from', '2026-01', '--months', '24', '--json']);
    expect([r.code, r.err]).toEqual([0, '']);
    checkJson(r.out);
  });

  it('defaults to 12 months from the current month in the zone (clock from io.now)', async () => {
    // 2026-11-30T23:30Z is already 1 December in Paris, still 30 November in Los Angeles.
    const paris = JSON.parse((await run(['--json'], '2026-11-30T23:30:00Z')).out);
    expect(paris.from).toBe('2026-12');
    expect(paris.months).toHaveLength(12);
    const la = JSON.parse((await run(['--json', '--tz', 'America/Los_Angeles'], '2026-11-30T23:30:00Z')).out);
    expect(la.from).toBe('2026-11');
    const env = JSON.parse((await run(['--json'], '2026-11-30T23:30:00Z', { DEFAULT_TIMEZONE: 'America/Los_Angeles' })).out);
    expect(env.from).toBe('2026-11');
    const today = JSON.parse((await run(['--json', '--today', '2027-03-02'])).out);
    expect(today.from).toBe('2027-03');
  });

  it('prints an aligned table with month, Patch Tuesday, label, restart and note (EN)', async () => {
    const r = await run(['--from', '2026-05', '--months', '3', '--today', '2026-11-25']);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    const header = lines.find((l) => l.startsWith('Month'))!;
    const rows = lines.filter((l) => /^(May|June|July) 2026/.test(l));
    expect(rows).toHaveLength(3);
    const col = header.indexOf('Patch Tuesday');
    const restartCol = header.indexOf('Restart');
    for (const row of rows) {
      expect(row.slice(col, col + 10)).toMatch(/^2026-0[5-7]-\d\d$/);
      expect(row.slice(restartCol).split(/\s+/)[0]).toMatch(/^(yes|no)$/);
    }
    expect(rows[0]).toMatch(/Hotpatch – no restart\s+no\s+KB5089466/);
    expect(rows[1]).toMatch(/Restart \(likely unplanned baseline\)\s+yes\s+KB5094126, appears to have been a restart month/);
    expect(rows[2]).toMatch(/BASELINE – restart\s+yes$/);
    expect(r.out).toContain('release data as of 2026-12-06');
    expect(r.out).toContain('CAL-7');
  });

  it('prints the table in French with the glossary words', async () => {
    const r = await run(['--from', '2026-06', '--months', '2', '--locale', 'fr']);
    expect(r.out).toMatch(/juin 2026\s+2026-06-09\s+Redémarrage \(baseline non planifiée probable\)\s+oui/);
    expect(r.out).toMatch(/juillet 2026\s+2026-07-14\s+BASELINE \(mise à jour de référence\) – redémarrage\s+oui/);
    expect(r.out).toContain('données de publication au 2026-12-06');
  });

  it('--ics prints a calendar that ical.js parses, one event per month', async () => {
    const r = await run(['--from', '2026-01', '--months', '24', '--ics', '--locale', 'fr']);
    expect(r.code).toBe(0);
    const comp = new ICAL.Component(ICAL.parse(r.out));
    const events = comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.startDate.toString())).toEqual(Object.values(TABLE_2_5).map(([pt]) => pt));
    expect(events[5]!.summary).toBe('Patch Tuesday – baseline : redémarrage (baseline non planifiée probable)');
  });

  it('merges an admin override given with --releases (relative to cwd)', async () => {
    writeFileSync(
      join(dir, 'override.json'),
      JSON.stringify({
        asOf: '2026-12-20',
        releases: [
          {
            month: '2026-12',
            date: '2026-12-08',
            kind: 'baseline',
            unplanned: true,
            kb: 'KB7000002',
            certainty: 'confirmed',
            factIds: ['CAL-6'],
            sources: ['release health'],
          },
        ],
      }),
    );
    const r = await run(['--from', '2026-12', '--months', '1', '--json', '--releases', 'override.json'], undefined, {}, dir);
    const j = JSON.parse(r.out);
    expect(j.asOf).toBe('2026-12-20');
    expect([j.months[0].kind, j.months[0].label, j.months[0].releases[0].kb]).toEqual(['baseline', 'Restart (likely unplanned baseline)', 'KB7000002']);
  });

  it('a bad override file gives the HB-DATA code on stderr and exit 1', async () => {
    writeFileSync(
      join(dir, 'bad.json'),
      JSON.stringify({ asOf: '2026-12-01', releases: [{ month: '2026-12', date: '2026-12-08', kind: 'restart', certainty: 'confirmed' }] }),
    );
    const r = await run(['--releases', join(dir, 'bad.json')]);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/HB-DATA-003 .*bad\.json[\s\S]*releases\[0\]\.kind/);
    const missing = await run(['--releases', 'nope.json'], undefined, {}, dir);
    expect([missing.code, missing.err.includes('HB-DATA-001')]).toEqual([1, true]);
  });

  it.each([
    [['--from', '2026-13'], /--from must be a month YYYY-MM/],
    [['--from', 'January'], /--from must be a month YYYY-MM/],
    [['--months', '0'], /--months must be a whole number from 1 to 120/],
    [['--months', '121'], /--months must be a whole number from 1 to 120/],
    [['--months', 'twelve'], /--months must be a whole number/],
    [['--months', '2.5'], /--months must be a whole number/],
    [['--json', '--ics'], /--json and --ics cannot be used together/],
    [['--locale', 'de'], /--locale must be en or fr/],
    [['--today', '2026-02-30'], /--today must be a date YYYY-MM-DD/],
    [['--tz', 'Mars/Olympus'], /--tz must be an IANA time zone/],
    [['--frm', '2026-01'], /Unknown option '--frm'/],
    [['extra'], /positional/i],
  ])('%j → usage error, exit 2', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(message);
    expect(r.err).toContain('Usage: hotpatch-bot calendar');
  });

  it('a bad DEFAULT_TIMEZONE is named in the error', async () => {
    const r = await run([], undefined, { DEFAULT_TIMEZONE: 'Nowhere/Land' });
    expect([r.code, /DEFAULT_TIMEZONE must be an IANA time zone/.test(r.err)]).toEqual([2, true]);
  });

  it('--help prints the usage on stdout, exit 0', async () => {
    const r = await run(['--help']);
    expect([r.code, r.err]).toEqual([0, '']);
    expect(r.out).toContain('--months N');
  });

  it('the real binary: node bin/hotpatch-bot.cjs calendar --from 2026-01 --months 24 --json', async () => {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['bin/hotpatch-bot.cjs', 'calendar', '--from', '2026-01', '--months', '24', '--json'],
      { cwd: join(__dirname, '../../..') },
    );
    expect(stderr).toBe('');
    checkJson(stdout);
  });
});
