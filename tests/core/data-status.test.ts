import { describe, expect, it } from 'vitest';
import { dataStatus } from '../../src/core/data-status';
import { loadReleaseData } from '../../src/data/load-release-data';
import { lifecycleData } from '../../src/data/load-lifecycle';
import { mergeReleaseData } from '../../src/core/calendar/merge-release-data';

const releases = loadReleaseData();
const lifecycle = lifecycleData();

describe('dataStatus (CAL-2, CAL-10): age of the data and the current month', () => {
  it.each([
    // today, warning codes
    ['2026-12-07', []], // December's Patch Tuesday (2026-12-08) has not come yet
    ['2026-12-10', []], // two days past: still within the grace
    ['2026-12-11', ['current-month-missing']], // three days past, December not recorded as released
    ['2027-01-20', ['current-month-missing']], // 45 days after 2026-12-06: not yet stale
    ['2027-01-21', ['current-month-missing', 'releases-stale', 'lifecycle-stale']], // 46 days
  ] as const)('%s → %j', (today, codes) => {
    const s = dataStatus({ today, releases, lifecycle });
    expect(s.warnings.map((w) => w.code)).toEqual(codes);
    expect([s.releasesAsOf, s.lifecycleAsOf, s.lastReleasedMonth]).toEqual(['2026-12-06', '2026-12-06', '2026-11']);
  });

  it('a released entry for the month (admin override) clears the missing-month warning', () => {
    const merged = mergeReleaseData(releases, {
      asOf: '2026-12-10',
      releases: [
        {
          month: '2026-12',
          date: '2026-12-08',
          kind: 'hotpatch',
          status: 'released',
          certainty: 'confirmed',
          factIds: ['CAL-10'],
          sources: ['https://support.microsoft.com/'],
        },
      ],
    });
    const s = dataStatus({ today: '2026-12-11', releases: merged, lifecycle });
    expect(s.warnings).toEqual([]);
    expect([s.currentMonthReleased, s.lastReleasedMonth]).toEqual([true, '2026-12']);
  });
});
