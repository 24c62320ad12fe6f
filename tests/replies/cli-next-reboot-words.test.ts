import { describe, expect, it } from 'vitest';
import type { DeviceCycle, NextReboot, RingPolicy } from '../../src/core/calendar/types';
import { nextRebootText, type NextRebootReport } from '../../src/replies/cli-next-reboot-words';

const NO_POLICY: RingPolicy = { deferralDays: 0, deadlineDays: 0, graceDays: 0 };
const RING: RingPolicy = { deferralDays: 7, deadlineDays: 5, graceDays: 2 };

const baseline: NextReboot = {
  month: '2027-01',
  releaseDate: '2027-01-12',
  releaseKind: 'baseline',
  offeredOn: '2027-01-19',
  restartBy: '2027-01-24',
  latestRestart: '2027-01-26',
  certainty: 'reported',
  unplanned: false,
  caveats: [],
  factIds: ['CAL-1', 'CAL-8'],
  following: { month: '2027-04', releaseDate: '2027-04-13', releaseKind: 'baseline' },
};
const lcu: NextReboot = { ...baseline, month: '2026-12', releaseDate: '2026-12-08', releaseKind: 'monthly-lcu', following: undefined, factIds: ['HP-INEL-1'] };
const uncertain: NextReboot = {
  ...baseline,
  month: '2026-06',
  releaseDate: '2026-06-09',
  caveats: ['uncertain-month'],
  following: undefined,
  factIds: ['CAL-REL-1'],
};

const report = (cycle: DeviceCycle, reboot: NextReboot, policy = NO_POLICY): NextRebootReport => ({
  today: '2026-11-25',
  timeZone: 'Europe/Paris',
  asOf: '2026-12-06',
  policy,
  scenarios: [{ cycle, reboot }],
});

describe('hotpatch-bot next-reboot: the text answer, EN and FR', () => {
  it('gives the whole answer: as-of line, the scenario, the caveat (EN)', () => {
    expect(nextRebootText(report({ kind: 'eligible' }, baseline), 'en')).toBe(
      [
        'As of 25 November 2026 (Europe/Paris) — according to Microsoft documentation and release data as of 2026-12-06:',
        '',
        'Hotpatch-eligible device: the next restart is the January 2027 baseline — Patch Tuesday 12 January 2027.',
        "No ring policy given: the restart can happen from 12 January 2027; your ring's deferral, deadline and grace period move it later (CAL-8).",
        'After that: 13 April 2027 (baseline).',
        'Facts: CAL-1, CAL-8',
        '',
        'Caveat (CAL-7): Microsoft can issue an unplanned baseline (restart) in any month, and drivers, firmware, .NET, non-security or feature updates can still need a restart.',
      ].join('\n'),
    );
  });

  it('gives the whole answer: as-of line, the scenario, the caveat (FR)', () => {
    expect(nextRebootText(report({ kind: 'eligible' }, baseline), 'fr')).toBe(
      [
        'Au 25 novembre 2026 (Europe/Paris) — selon la documentation Microsoft et les données de publication au 2026-12-06 :',
        '',
        'Appareil éligible au hotpatch : prochain redémarrage à la baseline (mise à jour de référence) de janvier 2027 — Patch Tuesday le 12 janvier 2027.',
        'Sans stratégie d’anneau indiquée : redémarrage possible dès le 12 janvier 2027 ; le report, l’échéance et la période de grâce de votre anneau le décalent (CAL-8).',
        'Ensuite : 13 avril 2027 (baseline).',
        'Faits : CAL-1, CAL-8',
        '',
        'Réserve (CAL-7) : Microsoft peut publier une baseline non planifiée (avec redémarrage) n’importe quel mois, et des mises à jour de pilotes, firmware, .NET, non liées à la sécurité ou de fonctionnalités peuvent encore imposer un redémarrage.',
      ].join('\n'),
    );
  });

  // [cycle, reboot, policy, locale, a line the answer must hold]
  it.each([
    [
      { kind: 'not-eligible' },
      lcu,
      NO_POLICY,
      'en',
      'Device not eligible for hotpatch: it restarts every Patch Tuesday with the cumulative update (HP-INEL-1). Next: Patch Tuesday 8 December 2026.',
    ],
    [
      { kind: 'not-eligible' },
      lcu,
      NO_POLICY,
      'fr',
      'Appareil non éligible au hotpatch : il redémarre à chaque Patch Tuesday avec la mise à jour cumulative (HP-INEL-1). Prochain : Patch Tuesday le 8 décembre 2026.',
    ],
    [
      { kind: 'behind-baseline' },
      lcu,
      NO_POLICY,
      'en',
      'Device behind on its baseline: the next release (Patch Tuesday 8 December 2026) brings the latest baseline plus the hotpatch, with a restart (CAL-3).',
    ],
    [
      { kind: 'behind-baseline' },
      lcu,
      NO_POLICY,
      'fr',
      'Appareil en retard sur sa baseline : la prochaine publication (Patch Tuesday le 8 décembre 2026) apporte la dernière baseline et le hotpatch, avec redémarrage (CAL-3).',
    ],
    [
      { kind: 'upgraded-25h2', upgradeDate: '2026-11-18' },
      lcu,
      NO_POLICY,
      'en',
      'Device upgraded to 25H2 in a hotpatch month: standard updates with restarts until the next baseline (HP-OS-5). Next: Patch Tuesday 8 December 2026.',
    ],
    [
      { kind: 'upgraded-25h2', upgradeDate: '2026-11-18' },
      lcu,
      NO_POLICY,
      'fr',
      'Appareil mis à niveau vers 25H2 pendant un mois de hotpatch : mises à jour standard avec redémarrage jusqu’à la prochaine baseline (HP-OS-5). Prochain : Patch Tuesday le 8 décembre 2026.',
    ],
    [
      { kind: 'upgraded-25h2', upgradeDate: '2026-10-20' },
      baseline,
      NO_POLICY,
      'en',
      'Device upgraded to 25H2: it is on the hotpatch cycle (HP-OS-5). Next restart: the January 2027 baseline — Patch Tuesday 12 January 2027.',
    ],
    [
      { kind: 'upgraded-25h2', upgradeDate: '2026-10-20' },
      baseline,
      NO_POLICY,
      'fr',
      'Appareil mis à niveau vers 25H2 : il suit le cycle hotpatch (HP-OS-5). Prochain redémarrage à la baseline de janvier 2027 — Patch Tuesday le 12 janvier 2027.',
    ],
    [
      { kind: 'eligible' },
      baseline,
      RING,
      'en',
      'With your ring (deferral 7 d, deadline 5 d, grace 2 d): offered on 19 January 2027, restart forced by 24 January 2027, 26 January 2027 at the latest for a device offline at the deadline (CAL-8).',
    ],
    [
      { kind: 'eligible' },
      baseline,
      RING,
      'fr',
      'Avec votre anneau (report 7 j, échéance 5 j, grâce 2 j) : proposée le 19 janvier 2027, redémarrage imposé au plus tard le 24 janvier 2027, 26 janvier 2027 pour un appareil hors ligne à l’échéance (CAL-8).',
    ],
    [
      { kind: 'eligible' },
      uncertain,
      NO_POLICY,
      'en',
      'June 2026 appears to have been a restart month (likely an unplanned baseline) — not confirmed on a Microsoft page; check the hotpatch release notes (CAL-REL-1).',
    ],
    [
      { kind: 'eligible' },
      uncertain,
      NO_POLICY,
      'fr',
      'Juin 2026 semble avoir été un mois avec redémarrage (baseline non planifiée probable) — non confirmé sur une page Microsoft ; consultez les notes de publication hotpatch (CAL-REL-1).',
    ],
    [
      { kind: 'eligible' },
      { ...baseline, following: { month: '2026-12', releaseDate: '2026-12-08', releaseKind: 'monthly-lcu' } },
      NO_POLICY,
      'en',
      'After that: 8 December 2026 (monthly cumulative update, LCU).',
    ],
    [
      { kind: 'eligible' },
      { ...baseline, following: { month: '2026-12', releaseDate: '2026-12-08', releaseKind: 'monthly-lcu' } },
      NO_POLICY,
      'fr',
      'Ensuite : 8 décembre 2026 (mise à jour cumulative mensuelle, LCU).',
    ],
  ] as const)('%j (%s policy, %s): "%s"', (cycle, reboot, policy, locale, line) => {
    expect(nextRebootText(report(cycle as DeviceCycle, reboot as NextReboot, policy), locale).split('\n')).toContain(line);
  });

  it.each(['en', 'fr'] as const)('two scenarios are two paragraphs, in order (%s)', (locale) => {
    const two = {
      ...report({ kind: 'eligible' }, baseline),
      scenarios: [
        { cycle: { kind: 'eligible' } as const, reboot: baseline },
        { cycle: { kind: 'not-eligible' } as const, reboot: lcu },
      ],
    };
    const paragraphs = nextRebootText(two, locale).split('\n\n');
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[1]).toMatch(locale === 'fr' ? /^Appareil éligible/ : /^Hotpatch-eligible/);
    expect(paragraphs[2]).toMatch(locale === 'fr' ? /^Appareil non éligible/ : /^Device not eligible/);
  });
});
