import { describe, expect, it } from 'vitest';
import { nextRebootCommand } from '../../../src/app/cli/next-reboot';
import type { CliIo } from '../../../src/app/cli/types';

async function run(argv: string[], now = '2026-11-25T10:00:00Z', env: Record<string, string | undefined> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), now: () => new Date(now), env, cwd: process.cwd() };
  const code = await nextRebootCommand(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}
const json = async (argv: string[], now?: string, env?: Record<string, string | undefined>) => {
  const r = await run([...argv, '--json'], now, env);
  expect([r.code, r.err]).toEqual([0, '']);
  return JSON.parse(r.out);
};

describe('hotpatch-bot next-reboot --json', () => {
  it('with no device flag gives both scenarios: eligible (TC-17) then not eligible', async () => {
    const j = await json([]);
    expect(j.today).toBe('2026-11-25');
    expect(j.timeZone).toBe('Europe/Paris');
    expect(j.policy).toEqual({ deferralDays: 0, deadlineDays: 0, graceDays: 0 });
    expect(j.scenarios.map((s: { cycle: string; releaseDate: string }) => [s.cycle, s.releaseDate])).toEqual([
      ['eligible', '2027-01-12'],
      ['not-eligible', '2026-12-08'],
    ]);
    expect(j.date).toBe('2027-01-12');
    expect(j.restartBy).toBe('2027-01-12');
    expect(j.releaseDate).toBeUndefined(); // top-level NextReboot fields only with one device flag
  });

  it.each([
    [['--eligible'], 'eligible', '2027-01-12', 'baseline'],
    [['--not-eligible'], 'not-eligible', '2026-12-08', 'monthly-lcu'],
    [['--behind-baseline'], 'behind-baseline', '2026-12-08', 'baseline'],
    [['--upgraded-25h2', '2026-11-18'], 'upgraded-25h2', '2026-12-08', 'monthly-lcu'],
    [['--upgraded-25h2', '2026-10-20'], 'upgraded-25h2', '2027-01-12', 'baseline'],
  ])('%j → %s on %s (%s), with every NextReboot field at the top level', async (flags, cycle, date, kind) => {
    const j = await json(flags);
    expect(j.scenarios).toHaveLength(1);
    expect(j.scenarios[0].cycle).toBe(cycle);
    expect([j.date, j.releaseDate, j.releaseKind, j.scenarios[0].releaseKind]).toEqual([date, date, kind, kind]);
    for (const k of ['month', 'offeredOn', 'restartBy', 'latestRestart', 'certainty', 'unplanned', 'caveats', 'factIds', 'following'])
      expect(j).toHaveProperty(k);
    expect(j.caveats).toEqual(expect.arrayContaining(['unplanned-baseline', 'drivers-firmware', 'feature-update']));
  });

  it('TC-15: on 14 April 2026 an eligible device restarts that day (baseline)', async () => {
    const j = await json(['--eligible', '--today', '2026-04-14']);
    expect([j.date, j.releaseKind]).toEqual(['2026-04-14', 'baseline']);
  });

  it('applies the ring policy (CAL-8)', async () => {
    const j = await json(['--eligible', '--deferral', '7', '--deadline', '2', '--grace', '1']);
    expect(j.policy).toEqual({ deferralDays: 7, deadlineDays: 2, graceDays: 1 });
    expect([j.releaseDate, j.offeredOn, j.restartBy, j.latestRestart]).toEqual(['2027-01-12', '2027-01-19', '2027-01-21', '2027-01-22']);
    expect(j.restartBy).toBe(j.scenarios[0].restartBy);
  });

  it('computes today in --tz / DEFAULT_TIMEZONE from the clock (Kiritimati is already on Patch Tuesday)', async () => {
    // 2026-12-07T10:30Z: 8 December in Kiritimati (UTC+14), 7 December in Paris.
    expect((await json(['--not-eligible', '--tz', 'Pacific/Kiritimati'], '2026-12-07T10:30:00Z')).today).toBe('2026-12-08');
    expect((await json(['--not-eligible'], '2026-12-07T10:30:00Z')).today).toBe('2026-12-07');
    const env = await json(['--not-eligible'], '2026-12-07T10:30:00Z', { DEFAULT_TIMEZONE: 'Pacific/Kiritimati' });
    expect([env.timeZone, env.date]).toEqual(['Pacific/Kiritimati', '2026-12-08']);
  });

  it('June 2026 is hedged: uncertain-month caveat', async () => {
    const j = await json(['--eligible', '--today', '2026-05-20']);
    expect([j.date, j.certainty, j.unplanned]).toEqual(['2026-06-09', 'uncertain', true]);
    expect(j.caveats).toContain('uncertain-month');
  });
});

describe('hotpatch-bot next-reboot text', () => {
  it('EN: both scenarios, dates, caveats and "as of"', async () => {
    const r = await run([]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('As of 25 November 2026 (Europe/Paris)');
    expect(r.out).toContain('as of 2026-12-06');
    expect(r.out).toContain('Hotpatch-eligible device: the next restart is the January 2027 baseline — Patch Tuesday 12 January 2027.');
    expect(r.out).toContain('Device not eligible for hotpatch');
    expect(r.out).toContain('Patch Tuesday 8 December 2026');
    expect(r.out).toMatch(/unplanned baseline[\s\S]*drivers, firmware/);
  });

  it('FR: sentences in French with the hedge for June 2026', async () => {
    const r = await run(['--eligible', '--today', '2026-05-20', '--locale', 'fr', '--deferral', '7', '--deadline', '2', '--grace', '1']);
    expect(r.out).toContain('Au 20 mai 2026');
    expect(r.out).toContain('Patch Tuesday le 9 juin 2026');
    expect(r.out).toContain('proposée le 16 juin 2026');
    expect(r.out).toContain('Juin 2026 semble avoir été un mois avec redémarrage');
    expect(r.out).toContain('Réserve (CAL-7)');
  });

  it('behind baseline (TC-14) and a 25H2 upgrade in a hotpatch month (HP-OS-5)', async () => {
    expect((await run(['--behind-baseline'])).out).toContain('brings the latest baseline plus the hotpatch, with a restart (CAL-3)');
    expect((await run(['--upgraded-25h2', '2026-11-18'])).out).toContain('standard updates with restarts until the next baseline (HP-OS-5)');
  });
});

describe('hotpatch-bot next-reboot usage errors (exit 2)', () => {
  it.each([
    [['--deferral', '31'], /--deferral must be a whole number of days from 0 to 30/],
    [['--deadline', '-1'], /'--deadline' argument is ambiguous/],
    [['--deadline', '31'], /--deadline must be a whole number of days from 0 to 30/],
    [['--grace', '8'], /--grace must be a whole number of days from 0 to 7/],
    [['--grace', 'two'], /--grace must be a whole number/],
    [['--eligible', '--not-eligible'], /choose one of --eligible, --not-eligible/],
    [['--upgraded-25h2', 'last week'], /--upgraded-25h2 needs the upgrade date YYYY-MM-DD/],
    [['--today', '25/11/2026'], /--today must be a date YYYY-MM-DD/],
    [['--tz', 'Paris'], /--tz must be an IANA time zone/],
    [['--locale', 'es'], /--locale must be en or fr/],
    [['--eligble'], /Unknown option '--eligble'/],
  ])('%j', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(message);
    expect(r.err).toContain('Usage: hotpatch-bot next-reboot');
  });

  it('--help', async () => {
    const r = await run(['--help']);
    expect([r.code, r.out.includes('--upgraded-25h2 DATE')]).toEqual([0, true]);
  });
});
