import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { CliCommand, CliIo } from '../../../src/app/cli/types';
import { calendarCommand } from '../../../src/app/cli/calendar';
import { checkCommand, profileFromFlags } from '../../../src/app/cli/check';
import { fleetInProcess } from '../../../src/app/cli/fleet';
import { nextRebootCommand } from '../../../src/app/cli/next-reboot';
import { buildCalendar } from '../../../src/core/calendar/build-calendar';
import { nextReboot } from '../../../src/core/calendar/next-reboot';
import type { DeviceCycle, RingPolicy } from '../../../src/core/calendar/types';
import { evaluate } from '../../../src/core/eligibility/evaluate';
import { recommend } from '../../../src/core/recommendations';
import { loadReleaseData } from '../../../src/data/load-release-data';
import { lifecycleData } from '../../../src/data/load-lifecycle';
import { summarizeInventoryCsv } from '../../../src/inventory/csv-fleet-summary';
import { createReadStream } from 'node:fs';
import { calendarTable } from '../../../src/replies/cli-calendar-words';
import { checkReport, checkReportLines } from '../../../src/replies/cli-check-words';
import { fleetTable } from '../../../src/replies/cli-fleet-words';
import { nextRebootText } from '../../../src/replies/cli-next-reboot-words';

const FIXTURES = resolve(__dirname, '../../fixtures/inventory');
const locales = ['en', 'fr'] as const;

const commands: Record<string, CliCommand> = { 'next-reboot': nextRebootCommand, check: checkCommand, fleet: fleetInProcess, calendar: calendarCommand };

async function run([name, ...argv]: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), now: () => new Date('2026-11-25T10:00:00Z'), env: {}, cwd: FIXTURES };
  const code = await commands[name!]!(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** The CLI parses, computes and prints what src/replies renders for the same data (issue 13): no words of its own. */
describe('the CLI prints what replies render', () => {
  const data = loadReleaseData({});
  const policy: RingPolicy = { deferralDays: 3, deadlineDays: 2, graceDays: 1 };

  it.each(locales)('next-reboot (%s)', async (locale) => {
    const cycles: DeviceCycle[] = [{ kind: 'eligible' }, { kind: 'not-eligible' }];
    const scenarios = cycles.map((cycle) => ({ cycle, reboot: nextReboot({ today: '2026-11-25', cycle, policy, releases: data }) }));
    const r = await run(['next-reboot', '--today', '2026-11-25', '--deferral', '3', '--deadline', '2', '--grace', '1', '--locale', locale]);
    expect([r.code, r.err]).toEqual([0, '']);
    expect(r.out).toBe(nextRebootText({ today: '2026-11-25', timeZone: 'Europe/Paris', asOf: data.asOf, policy, scenarios }, locale));
  });

  it.each(locales)('check (%s)', async (locale) => {
    const flags = ['--edition', 'Pro', '--version', '24H2', '--arch', 'x64', '--vbs', 'running'];
    const device = profileFromFlags({ edition: 'Pro', version: '24H2', arch: 'x64', vbs: 'running' });
    const verdict = evaluate(device, { today: '2026-11-25', lifecycle: lifecycleData() });
    const report = checkReport(device, verdict, recommend(device, verdict), data.asOf, locale);
    const text = await run(['check', ...flags, '--today', '2026-11-25', '--locale', locale]);
    expect([text.code, text.err]).toEqual([0, '']);
    expect(text.out).toBe(checkReportLines(report, locale).join('\n'));
    const json = await run(['check', ...flags, '--today', '2026-11-25', '--locale', locale, '--json']);
    expect(JSON.parse(json.out)).toEqual(report);
  });

  it.each(locales)('fleet (%s)', async (locale) => {
    const summary = await summarizeInventoryCsv(createReadStream(resolve(FIXTURES, 'fleet-ground-truth.csv')), {
      today: '2026-07-01',
      lifecycle: lifecycleData(),
      baselineUbr: 8655,
    });
    const r = await run(['fleet', 'fleet-ground-truth.csv', '--today', '2026-07-01', '--baseline-ubr', '8655', '--locale', locale]);
    expect([r.code, r.err]).toEqual([0, '']);
    expect(r.out).toBe(fleetTable(summary, '2026-07-01', locale));
  });

  it.each(locales)('calendar (%s)', async (locale) => {
    const r = await run(['calendar', '--from', '2026-01', '--months', '12', '--locale', locale]);
    expect([r.code, r.err]).toEqual([0, '']);
    expect(r.out).toBe(calendarTable(buildCalendar('2026-01', 12, data), locale, data));
  });
});
