import { buildCalendar, requiredBaseline, type CalendarMonth } from '../../core/calendar';
import { isValidMonth, monthOf } from '../../core/dates';
import { RELEASE_NOTES_URLS, toIcs } from '../../calendar-export/ics';
import { calendarLabel, localizedLabel, longMonth, type CalendarLocale } from '../../calendar-export/labels';
import { loadData, resolveContext, type Context } from './context';
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
    io.out(renderTable(months, { ...r.ctx, data }));
  }
  return 0;
};

const WORDS = {
  en: {
    title: (a: string, b: string, asOf: string) => `Patch Tuesday calendar ${a} → ${b} (release data as of ${asOf})`,
    head: ['Month', 'Patch Tuesday', 'Baseline / hotpatch', 'Restart', 'Note'],
    yes: 'yes',
    no: 'no',
    oob: 'out-of-band',
    planned: 'planned',
    needs: (hp: string, bl: string) => `A hotpatch month needs the latest baseline first (CAL-3): ${bl} for ${hp}.`,
    uncertain: 'appears to have been a restart month; not confirmed by Microsoft',
    footer: [
      'Restart = on a hotpatch device. Devices not eligible for hotpatch restart every Patch Tuesday (HP-INEL-1).',
      'The actual restart follows your update ring deferral, deadline and grace period (CAL-8).',
      'Microsoft can issue an unplanned baseline; drivers, firmware, .NET and feature updates can still need a restart (CAL-7).',
      `Hotpatch release notes (CAL-REL-1): ${RELEASE_NOTES_URLS.join(' ')}`,
    ],
  },
  fr: {
    title: (a: string, b: string, asOf: string) => `Calendrier des Patch Tuesday ${a} → ${b} (données de publication au ${asOf})`,
    head: ['Mois', 'Patch Tuesday', 'Baseline / hotpatch', 'Redémarrage', 'Remarque'],
    yes: 'oui',
    no: 'non',
    oob: 'hors cycle',
    planned: 'prévu',
    needs: (hp: string, bl: string) => `Un mois hotpatch exige d’abord la dernière baseline (CAL-3) : ${bl} pour ${hp}.`,
    uncertain: 'semble avoir été un mois avec redémarrage ; non confirmé par Microsoft',
    footer: [
      'Redémarrage = sur un appareil hotpatch. Les appareils non éligibles redémarrent à chaque Patch Tuesday (HP-INEL-1).',
      'Le redémarrage réel suit le report, l’échéance et la période de grâce de votre anneau de mise à jour (CAL-8).',
      'Microsoft peut publier une baseline non planifiée ; pilotes, firmware, .NET et mises à jour de fonctionnalités peuvent encore imposer un redémarrage (CAL-7).',
      `Notes de publication hotpatch (CAL-REL-1) : ${RELEASE_NOTES_URLS.join(' ')}`,
    ],
  },
} as const;

function note(m: CalendarMonth, locale: CalendarLocale): string {
  const w = WORDS[locale];
  const parts = m.releases.map((e) => (e.outOfBand ? `${e.kb ?? e.kind} (${w.oob} ${e.date})` : (e.kb ?? ''))).filter(Boolean);
  if (m.certainty === 'uncertain') parts.push(w.uncertain);
  // CAL-10: a month Microsoft has not published yet is planned, never confirmed.
  if (m.status === 'planned') parts.unshift(w.planned);
  return parts.join(', ');
}

export function renderTable(months: CalendarMonth[], ctx: Context): string {
  const w = WORDS[ctx.locale];
  const rows = months.map((m) => [
    longMonth(m.month, ctx.locale),
    m.patchTuesday,
    localizedLabel(m, ctx.locale),
    m.restart ? w.yes : w.no,
    note(m, ctx.locale),
  ]);
  const all = [[...w.head], ...rows];
  const widths = w.head.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const first = months[0]?.month ?? '';
  const last = months.at(-1)?.month ?? '';
  const hp = months.find((m) => m.status === 'planned' && m.kind === 'hotpatch') ?? months.find((m) => m.kind === 'hotpatch');
  const bl = hp && requiredBaseline(hp.month, ctx.data);
  const needs = hp && bl ? [w.needs(longMonth(hp.month, ctx.locale), longMonth(bl, ctx.locale))] : [];
  return [w.title(first, last, ctx.data.asOf), '', line(all[0]!), ...rows.map(line), '', ...needs, ...w.footer].join('\n');
}
