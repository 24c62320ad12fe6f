import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { checkCommand } from '../../../src/app/cli/check';
import { fakeIo } from '../../helpers/fake-io';

async function check(args: string[]) {
  const f = fakeIo();
  const code = await checkCommand([...args, '--json'], f.io);
  return { code, result: code === 0 ? f.json() : undefined, stderr: f.stderr() };
}

// The eligibility example cases through the CLI contract (README, Architecture: check … --json).
const cases: [name: string, args: string[], status: string, failing: string[]][] = [
  [
    'TC-01 Pro without Enterprise subscription',
    ['--edition', 'Pro', '--version', '25H2', '--arch', 'x64', '--vbs', 'running', '--license', 'none'],
    'not-eligible',
    ['edition', 'license'],
  ],
  // LIFE-2/LIFE-5: 24H2 Home/Pro ended 2026-10-13 — a blocker of its own, beside the Pro rule (HP-LIC-6).
  [
    'LIFE-2: Pro 24H2 past its end of servicing',
    ['--edition', 'Pro', '--version', '24H2', '--arch', 'x64', '--vbs', 'running', '--license', 'none'],
    'not-eligible',
    ['edition', 'end-of-servicing', 'license'],
  ],
  [
    'LIFE-1: Enterprise 23H2 past its end of servicing (2026-11-10)',
    ['--edition', 'Enterprise', '--version', '23H2', '--arch', 'x64', '--vbs', 'running', '--license', 'E3'],
    'not-eligible',
    ['os-version', 'end-of-servicing'],
  ],
  [
    'TC-02 Enterprise 25H2 E3 in an Allow policy',
    [
      '--edition',
      'Enterprise',
      '--version',
      '25H2',
      '--arch',
      'x64',
      '--vbs',
      'running',
      '--license',
      'E3',
      '--managed',
      'intune',
      '--policy',
      'allow',
      '--baseline',
      'latest',
    ],
    'eligible',
    [],
  ],
  ['TC-04 Windows 10 22H2 Enterprise', ['--edition', 'Enterprise', '--version', 'Windows 10 22H2', '--license', 'E3'], 'not-eligible', ['os-version']],
  [
    'TC-05 VBS not enabled',
    ['--edition', 'Enterprise', '--version', '24H2', '--license', 'E3', '--vbs', 'off', '--arch', 'x64'],
    'not-eligible',
    ['vbs-running'],
  ],
  ['TC-09 LTSC', ['--edition', 'Enterprise LTSC', '--version', '24H2'], 'not-eligible', ['edition']],
  [
    'TC-12 telemetry and wlidsvc',
    [
      '--edition',
      'Enterprise',
      '--version',
      '24H2',
      '--arch',
      'x64',
      '--vbs',
      'running',
      '--license',
      'E5',
      '--telemetry',
      'security',
      '--wlidsvc',
      'disabled',
    ],
    'not-eligible',
    ['diagnostic-data', 'sign-in-assistant'],
  ],
  [
    'build number instead of a release',
    ['--edition', 'Education', '--build', '10.0.26100.4349', '--arch', 'x64', '--vbs', 'running', '--license', 'A5'],
    'eligible',
    [],
  ],
  [
    'Arm64 with CHPE still enabled',
    ['--edition', 'Enterprise', '--version', '24H2', '--arch', 'arm64', '--chpe-enabled', '--vbs', 'running', '--license', 'E3'],
    'not-eligible',
    ['arm64-chpe'],
  ],
  [
    'Arm64 with CHPE disabled',
    ['--edition', 'Enterprise', '--version', '24H2', '--arch', 'arm64', '--chpe-disabled', '--vbs', 'running', '--license', 'E3'],
    'eligible',
    [],
  ],
  ['missing facts stay unknown', ['--edition', 'Enterprise'], 'unknown', []],
  [
    'policy Block',
    ['--edition', 'Enterprise', '--version', '24H2', '--arch', 'x64', '--vbs', 'running', '--license', 'E3', '--policy', 'block'],
    'not-eligible',
    ['hotpatch-policy'],
  ],
];

describe('hotpatch-bot check', () => {
  it.each(cases)('%s', async (_n, args, status, failing) => {
    const { code, result } = await check(args);
    expect(code).toBe(0);
    expect(result.status).toBe(status);
    const failed = result.checks.filter((c: any) => c.status === 'fail').map((c: any) => c.id);
    expect(failed.sort()).toEqual([...failing].sort());
    for (const c of result.checks) {
      expect(['pass', 'fail', 'unknown']).toContain(c.status);
      expect(typeof c.reason).toBe('string');
      expect(c.source).toMatch(/^https:\/\//);
      if (c.status === 'fail') expect(typeof c.fix).toBe('string');
    }
  });

  it('recommends QMR first to a device that cannot get hotpatch (QMR-4, QMR-16)', async () => {
    const { result } = await check(['--edition', 'Pro', '--version', '24H2', '--license', 'none']);
    const qmr = result.recommendations.find((r: any) => r.id === 'qmr-enable');
    expect(qmr.priority).toBe('high');
    expect(qmr.text).toMatch(/Settings > System > Recovery/);
    expect(qmr.text).toMatch(/off by default on Windows 11 Pro/);
  });

  it('answers in French with --locale fr', async () => {
    const f = fakeIo();
    await checkCommand(['--edition', 'Home', '--version', '24H2', '--locale', 'fr'], f.io);
    expect(f.stdout()).toMatch(/Non éligible/);
    expect(f.stdout()).toMatch(/n'est pas proposé aux appareils Famille ou Professionnel/);
  });

  it.each([
    [['--edition', 'Ultimate']],
    [['--version', 'banana']],
    [['--vbs', 'maybe']],
    [['--arch', 'sparc']],
    [['--nope']],
    [['--chpe-disabled', '--chpe-enabled']],
    [['--today', '2026-13-01']],
    [['--tz', 'Mars/Olympus']],
    [['--locale', 'de']],
  ])('bad input %j → a clear message and exit code 2', async (args) => {
    const { code, stderr } = await check(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^hotpatch-bot: /);
    expect(stderr).toMatch(/Usage: hotpatch-bot check/);
  });

  it('runs as the installed command (bin/hotpatch-bot.cjs)', () => {
    const out = execFileSync(process.execPath, ['bin/hotpatch-bot.cjs', 'check', '--edition', 'Pro', '--version', '23H2', '--arch', 'x64', '--json'], {
      encoding: 'utf8',
    });
    const result = JSON.parse(out);
    expect(result.status).toBe('not-eligible');
    expect(result.checks.find((c: any) => c.id === 'os-version').status).toBe('fail');
  });
});
