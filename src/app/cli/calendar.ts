import { buildCalendar } from '../../core/calendar';
import { isValidMonth, monthOf } from '../../core/dates';
import { toIcs } from '../../calendar-export/ics';
import { calendarLabel } from '../../calendar-export/labels';
import { calendarTable } from '../../replies';
import { loadData, resolveContext } from './context';
import type { CliCommand } from './types';
import { parseCommand, usageError } from './usage';

export const MAX_CLI_MONTHS = 120;

export const CALENDAR_HELP = `Usage: hotpatch-bot calendar [--from YYYY-MM] [--months N] [--json|--ics] [--locale en|fr]
                            [--today YYYY-MM-DD] [--tz Area/City] [--releases override.json]

Patch Tuesdays (2nd Tuesday, CAL-2) with baseline (restart) and hotpatch (no restart) months (CAL-1),
merged with the known releases (data/releases.json) and an optional admin override file.

  --from YYYY-MM        first month (default: the current month in --tz)
  --months N            number of months, 1-${MAX_CLI_MONTHS} (default 12)
  --json                print { asOf, from, months: [CalendarMonth + label] }
  --ics                 print an iCalendar file (one all-day event per Patch Tuesday)
  --locale en|fr        language of the table and of the ICS events (default en)
  --today YYYY-MM-DD    today's date instead of the clock
  --tz Area/City        time zone for "today" (default: DEFAULT_TIMEZONE or Europe/Paris)
  --releases FILE       admin override of the release data (same shape as data/releases.json)
`;

const options = {
  from: { type: 'string' },
  months: { type: 'string' },
  json: { type: 'boolean' },
  ics: { type: 'boolean' },
  locale: { type: 'string' },
  today: { type: 'string' },
  tz: { type: 'string' },
  releases: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const calendarCommand: CliCommand = async (argv, io) => {
  const parsed = parseCommand(argv, options, CALENDAR_HELP, io);
  if (typeof parsed === 'number') return parsed;
  const v = parsed.values;
  if (v.json && v.ics) return usageError(io, '--json and --ics cannot be used together', CALENDAR_HELP);
  if (v.from !== undefined && !isValidMonth(v.from)) return usageError(io, `--from must be a month YYYY-MM, e.g. 2026-01 (got "${v.from}")`, CALENDAR_HELP);
  const count = v.months === undefined ? 12 : /^\d+$/.test(v.months) ? Number(v.months) : NaN;
  if (!Number.isInteger(count) || count < 1 || count > MAX_CLI_MONTHS) {
    return usageError(io, `--months must be a whole number from 1 to ${MAX_CLI_MONTHS} (got "${v.months}")`, CALENDAR_HELP);
  }
  const r = resolveContext(v, io);
  if (!r.ok) return usageError(io, r.message, CALENDAR_HELP);
  const data = loadData(v.releases, io);
  if (!data) return 1;

  const from = v.from ?? monthOf(r.ctx.today);
  const months = buildCalendar(from, count, data);
  if (v.json) {
    io.out(JSON.stringify({ asOf: data.asOf, from, months: months.map((m) => ({ ...m, label: calendarLabel(m) })) }, null, 2));
  } else if (v.ics) {
    io.out(toIcs(months, { locale: r.ctx.locale, now: io.now(), asOf: data.asOf }));
  } else {
    io.out(calendarTable(months, r.ctx.locale, data));
  }
  return 0;
};
