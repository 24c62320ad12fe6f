/**
 * RFC 5545 export of the patch calendar (one all-day event per Patch Tuesday), built with the `ics`
 * package. DTSTAMP comes from `opts.now` so the output is reproducible; UIDs are stable per month so
 * a re-import updates events instead of duplicating them.
 */
import { createEvents, type EventAttributes } from 'ics';
import { HbError } from '../errors';
import { addDays } from '../core/dates';
import type { CalendarMonth } from '../core/calendar';
import { refoldByOctets } from './fold';
import { eventTitle, type CalendarLocale } from './labels';

export interface IcsOptions {
  locale: CalendarLocale;
  now: Date;
  /** Date of the release data ("as of"), cited in each description. */
  asOf?: string;
}

/** CAL-REL-1: the pages the bot links to instead of quoting them. */
export const RELEASE_NOTES_URLS = [
  'https://support.microsoft.com/topic/c0906ee6-5e62-498f-bd5a-8f4966349f3c',
  'https://support.microsoft.com/topic/0bbaa1c7-5070-41ca-a7c9-4ead79602dbf',
  'https://learn.microsoft.com/en-us/windows/release-health/windows11-release-information',
];

export function eventUid(month: string): string {
  return `patch-tuesday-${month}@hotpatch-bot`;
}

function ymd(date: string): [number, number, number] {
  return date.split('-').map(Number) as [number, number, number];
}

const TEXT = {
  en: {
    baseline: 'Baseline month: the cumulative update needs a restart (CAL-1, CAL-4).',
    hotpatch:
      'Hotpatch month: security update without restart on hotpatch devices; ineligible devices get the cumulative update with a restart (CAL-1, HP-INEL-1).',
    uncertain:
      'This month appears to have been a restart month (likely an unplanned baseline, CAL-6): the standard cumulative update shipped and no hotpatch KB is known; not confirmed on a Microsoft page (CAL-REL-2). Check the hotpatch release notes (CAL-REL-1):',
    unplanned: 'Unplanned baseline: this month needs a restart (CAL-6).',
    timing: 'The actual restart follows your update ring deferral, deadline and grace period (CAL-8).',
    caveat: 'Unplanned baselines, drivers, firmware, .NET or feature updates can still need a restart (CAL-7, R-2, R-3, R-4).',
    releases: 'Releases',
    oob: 'out-of-band',
    facts: 'Facts',
    asOf: 'Data as of',
  },
  fr: {
    baseline: 'Mois de baseline (mise à jour de référence) : la mise à jour cumulative exige un redémarrage (CAL-1, CAL-4).',
    hotpatch:
      'Mois de hotpatch : mise à jour de sécurité sans redémarrage sur les appareils hotpatch ; les appareils non éligibles reçoivent la mise à jour cumulative avec redémarrage (CAL-1, HP-INEL-1).',
    uncertain:
      'Ce mois semble avoir été un mois avec redémarrage (baseline non planifiée probable, CAL-6) : la mise à jour cumulative standard a été publiée et aucun KB hotpatch n’est connu ; non confirmé sur une page Microsoft (CAL-REL-2). Consultez les notes de publication hotpatch (CAL-REL-1) :',
    unplanned: 'Baseline non planifiée : ce mois exige un redémarrage (CAL-6).',
    timing: 'Le redémarrage réel suit le report, l’échéance et la période de grâce de votre anneau de mise à jour (CAL-8).',
    caveat:
      'Une baseline non planifiée, des pilotes, firmware, .NET ou mises à jour de fonctionnalités peuvent encore imposer un redémarrage (CAL-7, R-2, R-3, R-4).',
    releases: 'Publications',
    oob: 'hors cycle (OOB)',
    facts: 'Faits',
    asOf: 'Données au',
  },
} as const;

export function eventDescription(m: CalendarMonth, locale: CalendarLocale, asOf?: string): string {
  const t = TEXT[locale];
  const lines: string[] = [];
  if (m.unplanned && m.kind === 'baseline' && m.certainty === 'uncertain') lines.push(`${t.uncertain} ${RELEASE_NOTES_URLS.join(' ')}`);
  else if (m.unplanned && m.kind === 'baseline') lines.push(t.unplanned);
  else lines.push(m.kind === 'baseline' ? t.baseline : t.hotpatch);
  lines.push(t.timing, t.caveat);
  if (m.releases.length > 0) {
    const list = m.releases.map((r) => [r.kb ?? r.kind, r.date, r.outOfBand ? t.oob : '', r.builds?.join('/') ?? ''].filter(Boolean).join(' '));
    lines.push(`${t.releases}: ${list.join('; ')}`);
  }
  lines.push(`${t.facts}: ${m.factIds.join(', ')}`);
  if (asOf) lines.push(`${t.asOf} ${asOf}`);
  return lines.join('\n');
}

export function toIcs(months: CalendarMonth[], opts: IcsOptions): string {
  const events: EventAttributes[] = months.map((m) => {
    const attrs = {
      uid: eventUid(m.month),
      title: eventTitle(m, opts.locale),
      description: eventDescription(m, opts.locale, opts.asOf),
      start: ymd(m.patchTuesday),
      end: ymd(addDays(m.patchTuesday, 1)),
      timestamp: opts.now.getTime(), // DTSTAMP (accepted by `ics` at runtime, missing from its types)
      transp: 'TRANSPARENT' as const,
      categories: ['Patch Tuesday', m.kind],
      productId: 'hotpatch-bot',
      calName: opts.locale === 'fr' ? 'Patch Tuesday – calendrier hotpatch' : 'Patch Tuesday – hotpatch calendar',
    };
    return attrs as EventAttributes;
  });
  if (events.length === 0) {
    // `ics` refuses an empty list; an empty VCALENDAR is still valid RFC 5545 for "no months".
    return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'CALSCALE:GREGORIAN', 'PRODID:hotpatch-bot', 'METHOD:PUBLISH', 'END:VCALENDAR', ''].join('\r\n');
  }
  const { error, value } = createEvents(events, {
    productId: 'hotpatch-bot',
    calName: opts.locale === 'fr' ? 'Patch Tuesday – calendrier hotpatch' : 'Patch Tuesday – hotpatch calendar',
  });
  if (error || !value) throw new HbError('HB-ICS-001', `Could not build the ICS calendar: ${error?.message ?? 'no output'}`);
  return refoldByOctets(value);
}
