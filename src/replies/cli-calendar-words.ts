import { requiredBaseline, type CalendarMonth, type ReleaseData } from '../core/calendar';
import type { Locale } from '../core/vocabulary';
import { RELEASE_NOTES_URLS } from '../calendar-export/ics';
import { localizedLabel } from '../calendar-export/labels';
import { monthName } from './format';

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

function note(m: CalendarMonth, locale: Locale): string {
  const w = WORDS[locale];
  const parts = m.releases.map((e) => (e.outOfBand ? `${e.kb ?? e.kind} (${w.oob} ${e.date})` : (e.kb ?? ''))).filter(Boolean);
  if (m.certainty === 'uncertain') parts.push(w.uncertain);
  // CAL-10: a month Microsoft has not published yet is planned, never confirmed.
  if (m.status === 'planned') parts.unshift(w.planned);
  return parts.join(', ');
}

/** The text answer of `hotpatch-bot calendar`: a fixed-width table with its notes, EN and FR. */
export function calendarTable(months: CalendarMonth[], locale: Locale, data: ReleaseData): string {
  const w = WORDS[locale];
  const rows = months.map((m) => [monthName(m.month, locale), m.patchTuesday, localizedLabel(m, locale), m.restart ? w.yes : w.no, note(m, locale)]);
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
  const bl = hp && requiredBaseline(hp.month, data);
  const needs = hp && bl ? [w.needs(monthName(hp.month, locale), monthName(bl, locale))] : [];
  return [w.title(first, last, data.asOf), '', line(all[0]!), ...rows.map(line), '', ...needs, ...w.footer].join('\n');
}
