import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../src/core/calendar/build-calendar';
import type { ReleaseData } from '../../src/core/calendar/types';
import { RELEASE_NOTES_URLS } from '../../src/calendar-export/ics';
import { calendarTable } from '../../src/replies/cli-calendar-words';

// Synthetic data: March 2026 released as an unplanned, uncertain baseline with an out-of-band fix.
const data: ReleaseData = {
  asOf: '2026-03-20',
  releases: [
    { month: '2026-02', date: '2026-02-10', kind: 'hotpatch', kb: 'KB1', certainty: 'reported', factIds: [], sources: [] },
    { month: '2026-03', date: '2026-03-10', kind: 'baseline', unplanned: true, kb: 'KB2', certainty: 'uncertain', factIds: [], sources: [] },
    { month: '2026-03', date: '2026-03-17', kind: 'hotpatch', outOfBand: true, kb: 'KB3', certainty: 'reported', factIds: [], sources: [] },
  ],
};
const months = buildCalendar('2026-02', 3, data);

describe('hotpatch-bot calendar: the text table, EN and FR', () => {
  it.each([
    [
      'en',
      [
        'Patch Tuesday calendar 2026-02 → 2026-04 (release data as of 2026-03-20)',
        '',
        'Month          Patch Tuesday  Baseline / hotpatch                  Restart  Note',
        'February 2026  2026-02-10     Hotpatch – no restart                no       KB1',
        'March 2026     2026-03-10     Restart (likely unplanned baseline)  yes      KB2, KB3 (out-of-band 2026-03-17), appears to have been a restart month; not confirmed by Microsoft',
        'April 2026     2026-04-14     BASELINE – restart                   yes      planned',
        '',
        'A hotpatch month needs the latest baseline first (CAL-3): January 2026 for February 2026.',
        'Restart = on a hotpatch device. Devices not eligible for hotpatch restart every Patch Tuesday (HP-INEL-1).',
        'The actual restart follows your update ring deferral, deadline and grace period (CAL-8).',
        'Microsoft can issue an unplanned baseline; drivers, firmware, .NET and feature updates can still need a restart (CAL-7).',
        `Hotpatch release notes (CAL-REL-1): ${RELEASE_NOTES_URLS.join(' ')}`,
      ],
    ],
    [
      'fr',
      [
        'Calendrier des Patch Tuesday 2026-02 → 2026-04 (données de publication au 2026-03-20)',
        '',
        'Mois          Patch Tuesday  Baseline / hotpatch                                Redémarrage  Remarque',
        'février 2026  2026-02-10     Hotpatch (correctif à chaud) – sans redémarrage    non          KB1',
        'mars 2026     2026-03-10     Redémarrage (baseline non planifiée probable)      oui          KB2, KB3 (hors cycle 2026-03-17), semble avoir été un mois avec redémarrage ; non confirmé par Microsoft',
        'avril 2026    2026-04-14     BASELINE (mise à jour de référence) – redémarrage  oui          prévu',
        '',
        'Un mois hotpatch exige d’abord la dernière baseline (CAL-3) : janvier 2026 pour février 2026.',
        'Redémarrage = sur un appareil hotpatch. Les appareils non éligibles redémarrent à chaque Patch Tuesday (HP-INEL-1).',
        'Le redémarrage réel suit le report, l’échéance et la période de grâce de votre anneau de mise à jour (CAL-8).',
        'Microsoft peut publier une baseline non planifiée ; pilotes, firmware, .NET et mises à jour de fonctionnalités peuvent encore imposer un redémarrage (CAL-7).',
        `Notes de publication hotpatch (CAL-REL-1) : ${RELEASE_NOTES_URLS.join(' ')}`,
      ],
    ],
  ] as const)('%s', (locale, lines) => {
    expect(calendarTable(months, locale, data).split('\n')).toEqual(lines);
  });

  it.each([
    ['en', 'Patch Tuesday calendar  →  (release data as of 2026-03-20)'],
    ['fr', 'Calendrier des Patch Tuesday  →  (données de publication au 2026-03-20)'],
  ] as const)('no month: a title and the notes, no baseline line (%s)', (locale, title) => {
    const lines = calendarTable([], locale, data).split('\n');
    expect(lines[0]).toBe(title);
    expect(lines.some((l) => l.includes('CAL-3'))).toBe(false);
  });
});
