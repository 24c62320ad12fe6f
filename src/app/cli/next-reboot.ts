import { nextReboot, RING_POLICY_BOUNDS, type DeviceCycle, type RingPolicy } from '../../core/calendar';
import { isValidPlainDate } from '../../core/dates';
import { nextRebootText } from '../../replies';
import { loadData, resolveContext } from './context';
import type { CliCommand } from './types';
import { parseCommand, usageError } from './usage';

export const NEXT_REBOOT_HELP = `Usage: hotpatch-bot next-reboot [--eligible|--not-eligible|--behind-baseline|--upgraded-25h2 YYYY-MM-DD]
                               [--today YYYY-MM-DD] [--tz Area/City] [--deferral N --deadline N --grace N]
                               [--json] [--locale en|fr] [--releases override.json]

The next restart for Windows security updates. Without a device flag, both the eligible and the
not-eligible answers are given.

  --eligible                 hotpatch device: restarts at baselines only (CAL-1)
  --not-eligible             restarts every Patch Tuesday with the cumulative update (HP-INEL-1)
  --behind-baseline          hotpatch device not on the latest baseline: restarts at the next release (CAL-3)
  --upgraded-25h2 DATE       upgraded to 25H2 on DATE (HP-OS-5)
  --deferral N               ring deferral in days, 0-30 (default 0)
  --deadline N               days from offer to forced restart, 0-30 (default 0)
  --grace N                  grace period in days, 0-7 (default 0)
  --json                     print { today, timeZone, policy, scenarios: [{cycle, …}], date, restartBy, … }
  --locale en|fr             language of the text answer (default en)
  --today YYYY-MM-DD         today's date instead of the clock
  --tz Area/City             time zone for "today" (default: DEFAULT_TIMEZONE or Europe/Paris)
  --releases FILE            admin override of the release data
`;

const options = {
  eligible: { type: 'boolean' },
  'not-eligible': { type: 'boolean' },
  'behind-baseline': { type: 'boolean' },
  'upgraded-25h2': { type: 'string' },
  deferral: { type: 'string' },
  deadline: { type: 'string' },
  grace: { type: 'string' },
  json: { type: 'boolean' },
  locale: { type: 'string' },
  today: { type: 'string' },
  tz: { type: 'string' },
  releases: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const POLICY_FLAGS = [
  ['deferral', 'deferralDays'],
  ['deadline', 'deadlineDays'],
  ['grace', 'graceDays'],
] as const;

export const nextRebootCommand: CliCommand = async (argv, io) => {
  const parsed = parseCommand(argv, options, NEXT_REBOOT_HELP, io);
  if (typeof parsed === 'number') return parsed;
  const v = parsed.values;
  const chosen = (['eligible', 'not-eligible', 'behind-baseline', 'upgraded-25h2'] as const).filter((f) => v[f] !== undefined && v[f] !== false);
  if (chosen.length > 1) return usageError(io, `choose one of --${chosen.join(', --')}`, NEXT_REBOOT_HELP);
  const upgrade = v['upgraded-25h2'];
  if (upgrade !== undefined && !isValidPlainDate(upgrade))
    return usageError(io, `--upgraded-25h2 needs the upgrade date YYYY-MM-DD, e.g. 2026-11-18 (got "${upgrade}")`, NEXT_REBOOT_HELP);

  const policy: RingPolicy = { deferralDays: 0, deadlineDays: 0, graceDays: 0 };
  for (const [flag, field] of POLICY_FLAGS) {
    const raw = v[flag];
    if (raw === undefined) continue;
    const { min, max } = RING_POLICY_BOUNDS[field];
    const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
    if (!(n >= min && n <= max)) return usageError(io, `--${flag} must be a whole number of days from ${min} to ${max} (got "${raw}")`, NEXT_REBOOT_HELP);
    policy[field] = n;
  }
  const r = resolveContext(v, io);
  if (!r.ok) return usageError(io, r.message, NEXT_REBOOT_HELP);
  const data = loadData(v.releases, io);
  if (!data) return 1;

  const cycles: DeviceCycle[] =
    chosen[0] === 'eligible'
      ? [{ kind: 'eligible' }]
      : chosen[0] === 'not-eligible'
        ? [{ kind: 'not-eligible' }]
        : chosen[0] === 'behind-baseline'
          ? [{ kind: 'behind-baseline' }]
          : chosen[0] === 'upgraded-25h2'
            ? [{ kind: 'upgraded-25h2', upgradeDate: upgrade! }]
            : [{ kind: 'eligible' }, { kind: 'not-eligible' }];
  const { today, timeZone, locale } = r.ctx;
  const scenarios = cycles.map((cycle) => ({ cycle, reboot: nextReboot({ today, cycle, policy, releases: data }) }));

  if (v.json) {
    const first = scenarios[0]!.reboot;
    io.out(
      JSON.stringify(
        {
          today,
          timeZone,
          policy,
          asOf: data.asOf,
          ...(scenarios.length === 1 ? first : {}),
          scenarios: scenarios.map(({ cycle, reboot }) => ({
            cycle: cycle.kind,
            ...(cycle.kind === 'upgraded-25h2' ? { upgradeDate: cycle.upgradeDate } : {}),
            ...reboot,
          })),
          date: first.releaseDate,
          restartBy: first.restartBy,
        },
        null,
        2,
      ),
    );
    return 0;
  }
  io.out(nextRebootText({ today, timeZone, asOf: data.asOf, policy, scenarios }, locale));
  return 0;
};
