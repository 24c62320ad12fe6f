import { describe, expect, it } from 'vitest';
import { emptySummary, type FleetSummary } from '../../src/core/fleet/fleet-summary';
import { fleetTable } from '../../src/replies/cli-fleet-words';

const summary: FleetSummary = {
  ...emptySummary(),
  total: 8,
  eligible: 3,
  notEligible: 4,
  unknown: 1,
  temporarilyBlocked: 1,
  byBlocker: { edition: 2, 'latest-baseline': 1 },
  byMissing: { license: 1 },
  invalidRows: [{ line: 7, error: 'bad edition' }],
};

describe('hotpatch-bot fleet: the text table, EN and FR', () => {
  it.each([
    [
      'en',
      [
        'Hotpatch readiness — 8 devices (2026-07-01)',
        '  Eligible                                        3  37.5%',
        '  Not eligible                                    4  50.0%',
        '    … of which only behind the baseline           1  12.5%',
        '  Unknown (data missing)                          1  12.5%',
        '',
        'Blockers (a device counts once per failing rule)',
        '  Edition [edition]                               2  25.0%',
        '  Latest baseline [latest-baseline]               1  12.5%',
        '',
        'Missing data',
        '  Licence [license]                               1  12.5%',
        '',
        'Invalid rows (skipped): 1',
        '  line 7: bad edition',
      ],
    ],
    [
      'fr',
      [
        'Préparation au hotpatch — 8 appareils (2026-07-01)',
        '  Éligibles                                       3  37,5 %',
        '  Non éligibles                                   4  50,0 %',
        '    … dont seulement en retard de baseline        1  12,5 %',
        '  Inconnus (données manquantes)                   1  12,5 %',
        '',
        'Blocages (un appareil compte une fois par règle en échec)',
        '  Édition [edition]                               2  25,0 %',
        '  Dernière baseline [latest-baseline]             1  12,5 %',
        '',
        'Données manquantes',
        '  Licence [license]                               1  12,5 %',
        '',
        'Lignes invalides (ignorées) : 1',
        '  ligne 7 : bad edition',
      ],
    ],
  ] as const)('%s', (locale, lines) => {
    expect(fleetTable(summary, '2026-07-01', locale).split('\n')).toEqual(lines);
  });

  it.each([
    ['en', 'Hotpatch readiness — 0 devices (2026-07-01)', '  Eligible                                        0  0.0%'],
    ['fr', 'Préparation au hotpatch — 0 appareils (2026-07-01)', '  Éligibles                                       0  0,0 %'],
  ] as const)('an empty file is a table of zeros, no missing or invalid section (%s)', (locale, title, eligible) => {
    const lines = fleetTable(emptySummary(), '2026-07-01', locale).split('\n');
    expect(lines.slice(0, 2)).toEqual([title, eligible]);
    expect(lines).toHaveLength(6);
  });

  it.each(['en', 'fr'] as const)('lists at most 50 invalid rows, then how many more (%s)', (locale) => {
    const invalidRows = Array.from({ length: 53 }, (_, i) => ({ line: i + 2, error: 'x' }));
    const lines = fleetTable({ ...emptySummary(), invalidRows }, '2026-07-01', locale).split('\n');
    expect(lines.at(-1)).toBe('  … +3');
    expect(lines.filter((l) => /^ {2}(line|ligne) /.test(l))).toHaveLength(50);
  });
});
