import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fleetInProcess as fleetCommand, csvCell } from '../../../src/app/cli/fleet';
import type { CliIo } from '../../../src/app/cli/types';

const FIXTURES = resolve(__dirname, '../../fixtures/inventory');

function fakeIo(cwd = FIXTURES): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t), now: () => new Date('2026-11-25T09:00:00Z'), env: {}, cwd };
}

async function run(args: string[], io = fakeIo()) {
  const code = await fleetCommand(args, io);
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') };
}

const GT = ['fleet-ground-truth.csv', '--today', '2026-07-01', '--baseline-ubr', '8655'];

describe('fleet on the hand-checked fixture (expected counts in fleet-ground-truth.md)', () => {
  it('--json reproduces the counts derived from the facts', async () => {
    const { code, out } = await run([...GT, '--json']);
    expect(code).toBe(0);
    const j = JSON.parse(out);
    expect({ total: j.total, eligible: j.eligible, notEligible: j.notEligible, unknown: j.unknown }).toEqual({
      total: 26,
      eligible: 5,
      notEligible: 14,
      unknown: 7,
    });
    expect(j.byBlocker).toEqual({
      'os-version': 2,
      'end-of-servicing': 1,
      edition: 5,
      license: 2,
      'vbs-running': 3,
      'arm64-chpe': 2,
      'intune-managed': 1,
      'join-type': 1,
      'hotpatch-policy': 1,
      'latest-baseline': 1,
    });
    // HP-OS-8: PC-U05 (26H2) is eligible; HP-ED-1: PC-E05 (multi-session) is unknown; LIFE-1: PC-N02 past end of servicing.
    expect(j.byMissing).toEqual({ 'os-version': 1, edition: 4, license: 2, 'vbs-running': 2, 'arm64-chpe': 2 });
    expect(j.temporarilyBlocked).toBe(1);
    expect(j.invalidRows.map((r: { line: number }) => r.line)).toEqual([29, 30, 31, 32, 33, 34, 35, 36]);
    const errors = j.invalidRows.map((r: { error: string }) => r.error);
    expect(errors[0]).toMatch(/edition.*Ultimate/);
    expect(errors[1]).toMatch(/vbs.*maybe/);
    expect(errors[2]).toMatch(/osVersion.*10\.0\.abc/);
    expect(errors[3]).toMatch(/expected 10 columns, found 3/);
    expect(errors[4]).toMatch(/expected 10 columns, found 11/);
    expect(errors[5]).toMatch(/licen.*Frobnicator/);
    expect(errors[6]).toMatch(/architecture.*sparc/);
    expect(errors[7]).toMatch(/chpeDisabled.*perhaps/);
  });

  it('--csv gives one row per input row, with status and blockers', async () => {
    const { code, out } = await run([...GT, '--csv']);
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toBe('line,deviceName,status,blockers,missing,error');
    expect(lines).toHaveLength(1 + 26 + 8);
    expect(lines).toContain('2,PC-E01,eligible,,,');
    expect(lines).toContain('18,PC-N12,not-eligible,edition;license;vbs-running;join-type,,');
    expect(lines).toContain('27,PC-U07,unknown,,os-version;edition;license;vbs-running;arm64-chpe,');
    expect(lines.filter((l) => l.includes(',invalid,'))).toHaveLength(8);
  });

  it('the table names each blocker and the invalid lines, in English and in French', async () => {
    const en = await run(GT);
    expect(en.code).toBe(0);
    expect(en.out).toMatch(/Hotpatch readiness — 26 devices \(2026-07-01\)/);
    expect(en.out).toMatch(/Eligible\s+5\s+19\.2%/);
    expect(en.out).toMatch(/Edition \[edition\]\s+5/);
    expect(en.out).toMatch(/line 32: expected 10 columns, found 3/);
    const fr = await run([...GT, '--locale', 'fr']);
    expect(fr.out).toMatch(/Éligibles\s+5\s+19,2 %/);
    expect(fr.out).toMatch(/ligne 29 : edition/);
  });
});

describe('fleet usage and file errors', () => {
  it.each([
    [[], /exactly one inventory file/],
    [['a.csv', 'b.csv'], /exactly one inventory file/],
    [['x.csv', '--json', '--csv'], /--json or --csv/],
    [['x.csv', '--locale', 'de'], /--locale must be en or fr/],
    [['x.csv', '--today', '2026-02-30'], /--today must be a date/],
    [['x.csv', '--baseline-ubr', 'abc'], /--baseline-ubr must be a whole number/],
    [['x.csv', '--nope'], /Unknown option/],
  ])('%j → exit 2 with a message and the usage', async (args, message) => {
    const { code, err } = await run(args as string[]);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err).toMatch(/Usage: hotpatch-bot fleet/);
  });

  it('--help prints the usage and exits 0', async () => {
    const { code, out } = await run(['--help']);
    expect(code).toBe(0);
    expect(out).toMatch(/deviceName, edition, osVersion/);
  });

  it('a missing file or a directory exits 1 naming the path', async () => {
    const missing = await run(['nope.csv']);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/Cannot read .*nope\.csv: ENOENT/);
    expect((await run(['.'])).code).toBe(1);
  });

  it('a file without any known column exits 1 with HB-INV-010', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fleet-'));
    writeFileSync(join(dir, 'bad.csv'), 'foo,bar\n1,2\n');
    const { code, err } = await run(['bad.csv'], fakeIo(dir));
    expect(code).toBe(1);
    expect(err).toMatch(/HB-INV-010/);
  });

  it('--progress reports every 10,000 rows on stderr, and the default today comes from the clock', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fleet-'));
    const rows = Array.from({ length: 20_000 }, (_, i) => `PC${i},Enterprise,10.0.26100.8655,x64,running,E3`);
    writeFileSync(join(dir, 'big.csv'), ['deviceName,edition,osVersion,architecture,vbs,licenses', ...rows].join('\n'));
    const io = fakeIo(dir);
    const { code, out, err } = await run(['big.csv', '--json', '--progress', '--baseline-ubr', '8655'], io);
    expect(code).toBe(0);
    expect(err.match(/rows/g)).toHaveLength(2);
    expect(err).toMatch(/20,000 rows/);
    const j = JSON.parse(out);
    expect(j.today).toBe('2026-11-25');
    expect(j.eligible).toBe(20_000);
  });
});

describe('the latest baseline from the release data (HP-OS-3)', () => {
  it('uses the admin override (RELEASES_OVERRIDE_PATH) when --baseline-ubr is not given', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fleet-'));
    // A test value for the July 2026 baseline's build (made up for the test).
    writeFileSync(
      join(dir, 'override.json'),
      JSON.stringify({
        asOf: '2026-08-01',
        releases: [
          { month: '2026-07', date: '2026-07-14', kind: 'baseline', builds: ['26100.9100'], certainty: 'reported', factIds: ['CAL-1'], sources: ['test'] },
        ],
      }),
    );
    writeFileSync(join(dir, 'd.csv'), 'deviceName,osVersion\nA,10.0.26100.9100\nB,10.0.26100.8655\n');
    const io = { ...fakeIo(dir), env: { RELEASES_OVERRIDE_PATH: join(dir, 'override.json') } };
    const { code, out } = await run(['d.csv', '--json', '--today', '2026-08-01'], io);
    expect(code).toBe(0);
    const j = JSON.parse(out);
    expect(j.baselineUbr).toBe(9100);
    expect(j.byBlocker).toEqual({ 'latest-baseline': 1 });
  });

  it('a broken override is reported and the check stays unknown (assumed)', async () => {
    const io = { ...fakeIo(), env: { RELEASES_OVERRIDE_PATH: '/nonexistent/override.json' } };
    const { code, out, err } = await run(['fleet-ground-truth.csv', '--json', '--today', '2026-07-01'], io);
    expect(code).toBe(0);
    expect(err).toMatch(/Release data not loaded.*HB-DATA-001/);
    expect(JSON.parse(out).baselineUbr).toBeNull();
  });
});

describe('the installed command (bin/hotpatch-bot.cjs → dist/, fleet in a worker thread)', () => {
  it('streams --csv to stdout and exits 0; a missing file exits 1', async () => {
    const { execFile } = await import('node:child_process');
    const { promisify } = await import('node:util');
    const run = promisify(execFile);
    const root = resolve(__dirname, '../../..');
    const { stdout } = await run(process.execPath, ['bin/hotpatch-bot.cjs', 'fleet', join(FIXTURES, 'fleet-ground-truth.csv'), '--csv', ...GT.slice(1)], {
      cwd: root,
    });
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('line,deviceName,status,blockers,missing,error');
    expect(lines).toHaveLength(1 + 26 + 8);
    expect(lines).toContain('2,PC-E01,eligible,,,');
    await expect(run(process.execPath, ['bin/hotpatch-bot.cjs', 'fleet', 'nope.csv'], { cwd: root })).rejects.toMatchObject({ code: 1 });
  });
});

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['=cmd()', "'=cmd()"],
    ['-1+2', "'-1+2"],
  ])('%s → %s', (input, expected) => expect(csvCell(input)).toBe(expected));
});
