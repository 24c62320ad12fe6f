import type { Locale } from '../core/vocabulary';
import type { Certainty, ReleaseKind, ReleaseStatus } from '../core/calendar';

type L = { en: string; fr: string };

export const CAL_SOURCES = [
  'https://learn.microsoft.com/en-us/training/modules/hotpatch-updates/3-update-schedules',
  'https://learn.microsoft.com/en-us/windows/deployment/windows-autopatch/manage/windows-autopatch-hotpatch-updates',
  'https://learn.microsoft.com/en-us/windows/release-health/windows11-release-information',
];

/** CAL-1: baseline = restart, hotpatch = no restart; 'monthly-lcu' = an ineligible device's monthly update (HP-INEL-1). */
export const KIND_WORDS: Record<ReleaseKind | 'monthly-lcu', L> = {
  baseline: { en: 'Baseline (restart)', fr: 'Baseline (avec redémarrage)' },
  hotpatch: { en: 'Hotpatch (no restart)', fr: 'Hotpatch (sans redémarrage)' },
  'monthly-lcu': { en: 'Monthly cumulative update (restart)', fr: 'Mise à jour cumulative mensuelle (avec redémarrage)' },
};

export const CERTAINTY_WORDS: Record<Certainty, L> = {
  confirmed: { en: 'confirmed', fr: 'confirmé' },
  reported: { en: 'reported, not confirmed by Microsoft', fr: 'rapporté, non confirmé par Microsoft' },
  uncertain: { en: 'uncertain', fr: 'incertain' },
};

/** CAL-7 caveats, said on every "next reboot" answer. */
export const CAVEAT_WORDS: Record<string, L> = {
  'unplanned-baseline': {
    en: 'Unless Microsoft issues an unplanned baseline (a restart month outside January, April, July and October).',
    fr: 'Sauf si Microsoft publie une baseline non planifiée (un mois avec redémarrage hors janvier, avril, juillet et octobre).',
  },
  'drivers-firmware': {
    en: 'Driver, firmware and app updates can still need a restart in a hotpatch month.',
    fr: 'Les mises à jour de pilotes, de microprogrammes et d’applications peuvent quand même demander un redémarrage un mois hotpatch.',
  },
  'dotnet-non-security': {
    en: '.NET and non-security updates are not hotpatched and may need a restart.',
    fr: 'Les mises à jour .NET et non liées à la sécurité ne sont pas en hotpatch et peuvent demander un redémarrage.',
  },
  'feature-update': {
    en: 'A feature update (for example 24H2 to 25H2) always restarts the device.',
    fr: 'Une mise à jour de fonctionnalités (par exemple de 24H2 vers 25H2) redémarre toujours l’appareil.',
  },
  'uncertain-month': {
    en: 'This month’s release type is not confirmed by Microsoft: treat the date as uncertain.',
    fr: 'Le type de publication de ce mois n’est pas confirmé par Microsoft : considérez la date comme incertaine.',
  },
};

/** CAL-7 caveats said on every calendar answer too (CAL-10). */
export const CALENDAR_CAVEATS = ['unplanned-baseline', 'drivers-firmware', 'dotnet-non-security', 'feature-update'] as const;

/** CAL-10: released vs planned, never "confirmed" for a month Microsoft has not published. */
export const STATUS_WORDS: Record<ReleaseStatus, L> = {
  released: { en: 'released', fr: 'publié' },
  planned: { en: 'planned (not yet published by Microsoft)', fr: 'prévu (pas encore publié par Microsoft)' },
};

const MONTHS: Record<Locale, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
};
const monthWords = (month: string, locale: Locale) => `${MONTHS[locale][Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;

/** CAL-3: "December 2026's hotpatch needs the October 2026 baseline". */
export function needsBaselineText(n: { hotpatchMonth: string; baseline: string }, locale: Locale): string {
  return locale === 'fr'
    ? `Le hotpatch de ${monthWords(n.hotpatchMonth, 'fr')} exige la dernière baseline (${monthWords(n.baseline, 'fr')}) : un appareil qui ne l’a pas reçoit d’abord la baseline, avec redémarrage.`
    : `The ${monthWords(n.hotpatchMonth, 'en')} hotpatch needs the latest baseline (${monthWords(n.baseline, 'en')}): a device without it gets the baseline first, with a restart.`;
}

/** CAL-9: the D release's usual slot, never stated as a fact; none in December. */
export function previewText(m: { previewTuesday: string | null; status: ReleaseStatus }, locale: Locale): string {
  if (m.previewTuesday === null) return locale === 'fr' ? 'aucune en décembre (pas de préversion facultative)' : 'none in December (no optional preview)';
  const d = `${Number(m.previewTuesday.slice(8, 10))} ${MONTHS[locale][Number(m.previewTuesday.slice(5, 7)) - 1]} ${m.previewTuesday.slice(0, 4)}`;
  if (m.status === 'planned') return locale === 'fr' ? `créneau habituel : ${d}` : `usual slot: ${d}`;
  return d;
}

export function caveatText(code: string, locale: Locale): string {
  return CAVEAT_WORDS[code]?.[locale] ?? code;
}

export const CYCLE_WORDS: Record<string, L> = {
  eligible: { en: 'If the device gets Hotpatch', fr: 'Si l’appareil reçoit le Hotpatch' },
  'not-eligible': {
    en: 'If the device is not eligible (restart every Patch Tuesday)',
    fr: 'Si l’appareil n’est pas éligible (redémarrage à chaque Patch Tuesday)',
  },
  'behind-baseline': { en: 'If the device is behind on its baseline', fr: 'Si l’appareil n’a pas la dernière baseline' },
  // HP-OS-5 / HP-OS-8: the rule holds for any feature update (25H2, 26H2) installed in a hotpatch month.
  'upgraded-25h2': {
    en: 'After a feature update (25H2 or 26H2) in a hotpatch month',
    fr: 'Après une mise à jour de fonctionnalités (25H2 ou 26H2) un mois hotpatch',
  },
};

/** Short labels for the headline when several scenarios are given (eligibility unknown). */
export const CYCLE_SHORT: Record<string, L> = {
  eligible: { en: 'Hotpatch device', fr: 'appareil Hotpatch' },
  'not-eligible': { en: 'not eligible', fr: 'non éligible' },
  'behind-baseline': { en: 'behind on baseline', fr: 'baseline en retard' },
  'upgraded-25h2': { en: 'after the 25H2 upgrade', fr: 'après la mise à niveau 25H2' },
};
