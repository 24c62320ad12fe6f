import { nextReboot, RING_POLICY_BOUNDS, type DeviceCycle, type NextReboot, type RingPolicy } from '../../core/calendar';
import { isValidPlainDate } from '../../core/dates';
import { longDate, longMonth, type CalendarLocale } from '../../calendar-export/labels';
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
  const lines = [
    locale === 'fr'
      ? `Au ${longDate(today, locale)} (${timeZone}) — selon la documentation Microsoft et les données de publication au ${data.asOf} :`
      : `As of ${longDate(today, locale)} (${timeZone}) — according to Microsoft documentation and release data as of ${data.asOf}:`,
  ];
  for (const s of scenarios) lines.push('', ...describe(s.cycle, s.reboot, policy, locale));
  lines.push('', CAVEAT[locale]);
  io.out(lines.join('\n'));
  return 0;
};

const CAVEAT = {
  en: 'Caveat (CAL-7): Microsoft can issue an unplanned baseline (restart) in any month, and drivers, firmware, .NET, non-security or feature updates can still need a restart.',
  fr: 'Réserve (CAL-7) : Microsoft peut publier une baseline non planifiée (avec redémarrage) n’importe quel mois, et des mises à jour de pilotes, firmware, .NET, non liées à la sécurité ou de fonctionnalités peuvent encore imposer un redémarrage.',
} as const;

function kindWord(kind: NextReboot['releaseKind'], locale: CalendarLocale): string {
  const w =
    locale === 'fr'
      ? { baseline: 'baseline', hotpatch: 'hotpatch', 'monthly-lcu': 'mise à jour cumulative mensuelle, LCU' }
      : { baseline: 'baseline', hotpatch: 'hotpatch', 'monthly-lcu': 'monthly cumulative update, LCU' };
  return w[kind];
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function describe(cycle: DeviceCycle, r: NextReboot, p: RingPolicy, locale: CalendarLocale): string[] {
  const d = (s: string) => longDate(s, locale);
  const fr = locale === 'fr';
  const when = fr ? `Patch Tuesday le ${d(r.releaseDate)}` : `Patch Tuesday ${d(r.releaseDate)}`;
  const head: Record<DeviceCycle['kind'], string> = fr
    ? {
        eligible: `Appareil éligible au hotpatch : prochain redémarrage à la baseline (mise à jour de référence) de ${longMonth(r.month, locale)} — ${when}.`,
        'not-eligible': `Appareil non éligible au hotpatch : il redémarre à chaque Patch Tuesday avec la mise à jour cumulative (HP-INEL-1). Prochain : ${when}.`,
        'behind-baseline': `Appareil en retard sur sa baseline : la prochaine publication (${when}) apporte la dernière baseline et le hotpatch, avec redémarrage (CAL-3).`,
        'upgraded-25h2':
          r.releaseKind === 'monthly-lcu'
            ? `Appareil mis à niveau vers 25H2 pendant un mois de hotpatch : mises à jour standard avec redémarrage jusqu’à la prochaine baseline (HP-OS-5). Prochain : ${when}.`
            : `Appareil mis à niveau vers 25H2 : il suit le cycle hotpatch (HP-OS-5). Prochain redémarrage à la baseline de ${longMonth(r.month, locale)} — ${when}.`,
      }
    : {
        eligible: `Hotpatch-eligible device: the next restart is the ${longMonth(r.month, locale)} ${kindWord(r.releaseKind, locale)} — ${when}.`,
        'not-eligible': `Device not eligible for hotpatch: it restarts every Patch Tuesday with the cumulative update (HP-INEL-1). Next: ${when}.`,
        'behind-baseline': `Device behind on its baseline: the next release (${when}) brings the latest baseline plus the hotpatch, with a restart (CAL-3).`,
        'upgraded-25h2':
          r.releaseKind === 'monthly-lcu'
            ? `Device upgraded to 25H2 in a hotpatch month: standard updates with restarts until the next baseline (HP-OS-5). Next: ${when}.`
            : `Device upgraded to 25H2: it is on the hotpatch cycle (HP-OS-5). Next restart: the ${longMonth(r.month, locale)} baseline — ${when}.`,
      };
  const lines = [head[cycle.kind]];
  const noPolicy = p.deferralDays === 0 && p.deadlineDays === 0 && p.graceDays === 0;
  if (noPolicy) {
    lines.push(
      fr
        ? `Sans stratégie d’anneau indiquée : redémarrage possible dès le ${d(r.releaseDate)} ; le report, l’échéance et la période de grâce de votre anneau le décalent (CAL-8).`
        : `No ring policy given: the restart can happen from ${d(r.releaseDate)}; your ring's deferral, deadline and grace period move it later (CAL-8).`,
    );
  } else
    lines.push(
      fr
        ? `Avec votre anneau (report ${p.deferralDays} j, échéance ${p.deadlineDays} j, grâce ${p.graceDays} j) : proposée le ${d(r.offeredOn)}, redémarrage imposé au plus tard le ${d(r.restartBy)}, ${d(r.latestRestart)} pour un appareil hors ligne à l’échéance (CAL-8).`
        : `With your ring (deferral ${p.deferralDays} d, deadline ${p.deadlineDays} d, grace ${p.graceDays} d): offered on ${d(r.offeredOn)}, restart forced by ${d(r.restartBy)}, ${d(r.latestRestart)} at the latest for a device offline at the deadline (CAL-8).`,
    );
  if (r.caveats.includes('uncertain-month')) {
    lines.push(
      fr
        ? `${cap(longMonth(r.month, locale))} semble avoir été un mois avec redémarrage (baseline non planifiée probable) — non confirmé sur une page Microsoft ; consultez les notes de publication hotpatch (CAL-REL-1).`
        : `${longMonth(r.month, locale)} appears to have been a restart month (likely an unplanned baseline) — not confirmed on a Microsoft page; check the hotpatch release notes (CAL-REL-1).`,
    );
  }
  if (r.following) {
    lines.push(
      fr
        ? `Ensuite : ${d(r.following.releaseDate)} (${kindWord(r.following.releaseKind, locale)}).`
        : `After that: ${d(r.following.releaseDate)} (${kindWord(r.following.releaseKind, locale)}).`,
    );
  }
  lines.push(`${fr ? 'Faits :' : 'Facts:'} ${r.factIds.join(', ')}`);
  return lines;
}
