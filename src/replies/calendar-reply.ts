import type { CalendarAnswer, DateCheckAnswer, NeedsBaseline } from '../answers';
import type { CalendarMonth } from '../core/calendar';
import type { Locale } from '../core/vocabulary';
import type { RenderContext } from './render-types';
import type { DocRow, ReplyDoc } from './doc';
import { LABELS, sourcesOf, suggestions, t } from './common-words';
import { CAL_SOURCES, CALENDAR_CAVEATS, CERTAINTY_WORDS, KIND_WORDS, caveatText, needsBaselineText, STATUS_WORDS, previewText } from './calendar-words';
import { asOfLine, dateBoth, monthName, pick, kv } from './format';

/** One month: baseline vs hotpatch (CAL-1), Patch Tuesday (CAL-2), preview (CAL-9), uncertainty marked. */
function monthRow(m: CalendarMonth, locale: Locale): DocRow {
  const restart = m.restart ? pick(locale, '🔁 Restart', '🔁 Redémarrage') : pick(locale, '✅ No restart', '✅ Sans redémarrage');
  const lines = [
    kv(locale, pick(locale, 'Patch Tuesday', 'Patch Tuesday'), `${dateBoth(m.patchTuesday, locale, true)}`),
    kv(locale, pick(locale, 'Status', 'Statut'), STATUS_WORDS[m.status][locale]),
    kv(locale, pick(locale, 'Optional preview (D release)', 'Préversion facultative (publication D)'), previewText(m, locale)),
  ];
  if (m.unplanned) lines.push(pick(locale, 'Unplanned baseline.', 'Baseline non planifiée.'));
  if (m.certainty !== 'confirmed') lines.push(kv(locale, pick(locale, 'Certainty', 'Certitude'), `${CERTAINTY_WORDS[m.certainty][locale]}`));
  for (const r of m.releases) {
    if (r.outOfBand)
      lines.push(kv(locale, pick(locale, 'Out-of-band release', 'Publication hors cycle'), `${dateBoth(r.date, locale)}${r.kb ? ` (${r.kb})` : ''}`));
    else if (r.kb) lines.push(`KB: ${r.kb}${r.builds?.length ? ` — builds ${r.builds.join(', ')}` : ''}`);
  }
  return {
    icon: restart,
    tone: m.certainty !== 'confirmed' ? 'warning' : m.restart ? 'attention' : 'good',
    label: `${monthName(m.month, locale)} — ${KIND_WORDS[m.kind][locale]}`,
    lines,
  };
}

/**
 * Every calendar answer: the months not confirmed, the CAL-7 caveats and, for the first hotpatch
 * month ahead, the baseline it needs (CAL-3, CAL-10).
 */
function calendarHedges(months: CalendarMonth[], needs: NeedsBaseline | undefined, locale: Locale): string[] {
  return [...uncertainHedge(months, locale), ...(needs ? [needsBaselineText(needs, locale)] : []), ...CALENDAR_CAVEATS.map((c) => caveatText(c, locale))];
}

function uncertainHedge(months: CalendarMonth[], locale: Locale): string[] {
  const u = months.filter((m) => m.certainty !== 'confirmed').map((m) => monthName(m.month, locale));
  if (!u.length) return [];
  return [
    pick(
      locale,
      `Not confirmed by Microsoft: ${u.join(', ')}. Microsoft can also issue an unplanned baseline in any month.`,
      `Non confirmé par Microsoft : ${u.join(', ')}. Microsoft peut aussi publier une baseline non planifiée n'importe quel mois.`,
    ),
  ];
}

export function renderCalendar(a: CalendarAnswer, ctx: RenderContext): ReplyDoc {
  const { locale } = ctx;
  const restarts = a.months.filter((m) => m.restart).length;
  const summary = pick(
    locale,
    `Patch calendar: ${a.months.length} ${a.months.length === 1 ? 'month' : 'months'}, ${restarts} with a restart on Hotpatch devices`,
    `Calendrier des correctifs : ${a.months.length} mois, dont ${restarts} avec redémarrage sur les appareils Hotpatch`,
  );
  const upcoming = a.months.filter((m) => m.patchTuesday >= ctx.today);
  return {
    answer: {
      text: summary,
      tone: 'accent',
      why: pick(
        locale,
        'Baseline months (January, April, July, October) restart; hotpatch months do not.',
        'Les mois de baseline (janvier, avril, juillet, octobre) redémarrent ; les mois hotpatch non.',
      ),
      facts: (upcoming.length ? upcoming : a.months).slice(0, 3).map((m) => ({
        title: monthName(m.month, locale),
        value: `${m.restart ? pick(locale, '🔁 Restart', '🔁 Redémarrage') : pick(locale, '✅ No restart', '✅ Sans redémarrage')} — ${dateBoth(m.patchTuesday, locale, true)}${m.certainty !== 'confirmed' ? ` (${CERTAINTY_WORDS[m.certainty][locale]})` : ''}`,
      })),
    },
    title: pick(locale, 'Patch calendar (Hotpatch devices)', 'Calendrier des correctifs (appareils Hotpatch)'),
    status: { text: summary, tone: 'accent' },
    intro: [
      pick(
        locale,
        'Baseline months (January, April, July, October) restart; the other months are hotpatch months without a restart. Devices that are not eligible restart every month.',
        'Les mois de baseline (janvier, avril, juillet, octobre) redémarrent ; les autres mois sont des mois hotpatch sans redémarrage. Les appareils non éligibles redémarrent chaque mois.',
      ),
      // CAL-2: the release day people ask about ("what is Patch Tuesday?") is the month's second Tuesday.
      pick(
        locale,
        'Microsoft releases the monthly security update on Patch Tuesday, the second Tuesday of the month.',
        'Microsoft publie la mise à jour de sécurité mensuelle le Patch Tuesday, le deuxième mardi du mois.',
      ),
    ],
    sections: [{ rows: a.months.map((m) => monthRow(m, locale)) }],
    hedges: calendarHedges(a.months, a.needsBaseline, locale),
    asOf: asOfLine(a.asOf, locale),
    sourcesHeading: t(LABELS.sources, locale),
    sources: sourcesOf(CAL_SOURCES),
    suggestions: suggestions(['next-reboot', 'eligibility'], locale),
    summary,
  };
}

/** "Will I need to restart on D?": the opener answers the restart, not whether D is Patch Tuesday. */
function restartOpener(a: DateCheckAnswer, date: string, locale: RenderContext['locale']): string {
  const m = a.month;
  const pt = dateBoth(m.patchTuesday, locale, true);
  const next =
    a.nextBaseline && !m.restart
      ? pick(
          locale,
          ` The next planned baseline (restart) is ${dateBoth(a.nextBaseline, locale, true)}.`,
          ` La prochaine baseline planifiée (redémarrage) est le ${dateBoth(a.nextBaseline, locale, true)}.`,
        )
      : '';
  if (!a.isPatchTuesday) {
    return pick(
      locale,
      `No planned security-update restart on ${date}: it is not Patch Tuesday (that is ${pt}).${next}`,
      `Pas de redémarrage de sécurité prévu le ${date} : ce n'est pas un Patch Tuesday (c'est le ${pt}).${next}`,
    );
  }
  return m.restart
    ? pick(
        locale,
        `Yes: ${date} is Patch Tuesday of a baseline month — a restart is needed, hotpatch devices included.`,
        `Oui : le ${date} est le Patch Tuesday d'un mois de baseline — redémarrage nécessaire, appareils Hotpatch compris.`,
      )
    : pick(
        locale,
        `No, not for eligible hotpatch devices: ${date} is Patch Tuesday of a hotpatch month (no restart); devices that are not eligible still restart.${next}`,
        `Non, pas pour les appareils Hotpatch éligibles : le ${date} est le Patch Tuesday d'un mois de hotpatch (sans redémarrage) ; les appareils non éligibles redémarrent quand même.${next}`,
      );
}

export function renderDateCheck(a: DateCheckAnswer, ctx: RenderContext): ReplyDoc {
  const { locale } = ctx;
  const m = a.month;
  const date = dateBoth(a.date, locale, true);
  const status =
    a.asked === 'restart'
      ? restartOpener(a, date, locale)
      : a.isPatchTuesday
        ? pick(locale, `Yes: ${date} is Patch Tuesday.`, `Oui : ${date} est un Patch Tuesday.`)
        : pick(
            locale,
            `No: ${date} is not Patch Tuesday. Patch Tuesday of ${monthName(m.month, locale)} is ${dateBoth(m.patchTuesday, locale, true)}.`,
            `Non : ${date} n'est pas un Patch Tuesday. Le Patch Tuesday de ${monthName(m.month, locale)} est le ${dateBoth(m.patchTuesday, locale, true)}.`,
          );
  const restart = m.restart
    ? pick(
        locale,
        `${monthName(m.month, locale)} is a baseline month: Hotpatch devices restart too.`,
        `${monthName(m.month, locale)} est un mois de baseline : les appareils Hotpatch redémarrent aussi.`,
      )
    : pick(
        locale,
        `${monthName(m.month, locale)} is a hotpatch month: eligible Hotpatch devices do not restart; devices that are not eligible still restart.`,
        `${monthName(m.month, locale)} est un mois hotpatch : les appareils Hotpatch éligibles ne redémarrent pas ; les appareils non éligibles redémarrent quand même.`,
      );
  return {
    answer: { text: status, tone: a.isPatchTuesday ? 'accent' : 'default', why: restart },
    title: pick(locale, 'Patch Tuesday check', 'Vérification du Patch Tuesday'),
    status: { text: status, tone: a.isPatchTuesday ? 'accent' : 'default' },
    intro: [restart],
    sections: [{ rows: [monthRow(m, locale)] }],
    hedges: calendarHedges([m], a.needsBaseline, locale),
    asOf: asOfLine(a.asOf, locale),
    sourcesHeading: t(LABELS.sources, locale),
    sources: sourcesOf(CAL_SOURCES),
    suggestions: suggestions(['next-reboot', 'calendar'], locale),
    summary: status,
  };
}
