/**
 * Words for calendar months, EN and FR (project glossary: baseline =
 * « mise à jour de référence (baseline) », hotpatch = « correctif à chaud (hotpatch) »).
 * Dates and months in words come from src/replies/format.ts, the one longDate (issue 13).
 */
import type { CalendarMonth } from '../core/calendar';

import type { Locale } from '../core/vocabulary';

export type CalendarLocale = Locale;

/** The §2.5 labels; also the `label` of `calendar --json` (always English: a machine contract). */
export type CalendarLabel = 'BASELINE – restart' | 'Hotpatch – no restart' | 'Restart (likely unplanned baseline)';

export function calendarLabel(m: Pick<CalendarMonth, 'kind' | 'unplanned'>): CalendarLabel {
  if (m.kind === 'baseline') return m.unplanned ? 'Restart (likely unplanned baseline)' : 'BASELINE – restart';
  return 'Hotpatch – no restart';
}

const LABELS: Record<CalendarLocale, Record<CalendarLabel, string>> = {
  en: {
    'BASELINE – restart': 'BASELINE – restart',
    'Hotpatch – no restart': 'Hotpatch – no restart',
    'Restart (likely unplanned baseline)': 'Restart (likely unplanned baseline)',
  },
  fr: {
    'BASELINE – restart': 'BASELINE (mise à jour de référence) – redémarrage',
    'Hotpatch – no restart': 'Hotpatch (correctif à chaud) – sans redémarrage',
    'Restart (likely unplanned baseline)': 'Redémarrage (baseline non planifiée probable)',
  },
};

export function localizedLabel(m: Pick<CalendarMonth, 'kind' | 'unplanned'>, locale: CalendarLocale): string {
  return LABELS[locale][calendarLabel(m)];
}

/** Title of the all-day Patch Tuesday event. */
export function eventTitle(m: Pick<CalendarMonth, 'kind' | 'unplanned' | 'certainty'>, locale: CalendarLocale): string {
  const likely = m.certainty !== 'confirmed';
  if (locale === 'fr') {
    if (m.kind === 'hotpatch') return 'Patch Tuesday – hotpatch (correctif à chaud) : sans redémarrage';
    if (!m.unplanned) return 'Patch Tuesday – baseline (mise à jour de référence) : redémarrage';
    return `Patch Tuesday – baseline : redémarrage (baseline non planifiée${likely ? ' probable' : ''})`;
  }
  if (m.kind === 'hotpatch') return 'Patch Tuesday – hotpatch: no restart';
  if (!m.unplanned) return 'Patch Tuesday – baseline: restart';
  return `Patch Tuesday – baseline: restart (${likely ? 'likely ' : ''}unplanned baseline)`;
}
