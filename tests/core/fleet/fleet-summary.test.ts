import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { summarizeFleet } from '../../../src/core/fleet/fleet-summary';
import { latestBaseline } from '../../../src/inventory/latest-baseline';
import { evaluate } from '../../../src/core/eligibility/evaluate';
import type { DeviceProfile } from '../../../src/core/device-profile';
import type { ReleaseData } from '../../../src/core/calendar/types';
import { profileArb } from '../../helpers/profile-arb';

const ok: DeviceProfile = {
  edition: 'enterprise',
  osFamily: 'windows-11',
  osVersion: '24H2',
  build: 26100,
  architecture: 'x64',
  vbs: 'running',
  licenses: ['e3'],
};

describe('summarizeFleet', () => {
  it('counts statuses and counts a device once per failing rule', async () => {
    async function* devices() {
      yield ok;
      yield { ...ok, edition: 'pro' as const, vbs: 'off' as const };
      yield { ...ok, vbs: 'off' as const };
      yield { ...ok, licenses: undefined };
      yield { ...ok, onLatestBaseline: false };
    }
    const s = await summarizeFleet(devices(), { today: '2026-11-25' });
    expect(s).toMatchObject({ total: 5, eligible: 1, notEligible: 3, unknown: 1, temporarilyBlocked: 1, invalidRows: [] });
    expect(s.byBlocker).toEqual({ edition: 1, 'vbs-running': 2, 'latest-baseline': 1 });
    expect(s.byMissing).toEqual({ license: 1 });
  });

  it('agrees with evaluate() on any fleet (fast-check): totals add up, blockers match', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(profileArb, { maxLength: 40 }), async (fleet) => {
        const s = await summarizeFleet(fleet, { today: '2026-11-25' });
        const verdicts = fleet.map((d) => evaluate(d, { today: '2026-11-25' }));
        expect(s.total).toBe(fleet.length);
        expect(s.eligible + s.notEligible + s.unknown).toBe(s.total);
        expect(s.eligible).toBe(verdicts.filter((v) => v.status === 'eligible').length);
        const blockerSum = Object.values(s.byBlocker).reduce((a, b) => a + (b ?? 0), 0);
        expect(blockerSum).toBe(verdicts.reduce((a, v) => a + v.blockers.length, 0));
      }),
      { numRuns: 50 },
    );
  });
});

describe('latestBaseline (HP-OS-3) from release data', () => {
  const data: ReleaseData = {
    asOf: '2026-11-25',
    releases: [
      {
        month: '2026-06',
        date: '2026-06-09',
        kind: 'baseline',
        unplanned: true,
        builds: ['26100.8655', '26200.8655'],
        certainty: 'uncertain',
        factIds: ['CAL-REL-2'],
        sources: [],
      },
      { month: '2026-05', date: '2026-05-12', kind: 'hotpatch', builds: ['26100.8390'], certainty: 'reported', factIds: ['CAL-REL-2'], sources: [] },
    ],
  };
  it.each([
    ['2026-07-01', { month: '2026-06', ubr: 8655 }], // unplanned June baseline (CAL-6) is the latest before July's
    ['2026-06-08', { month: '2026-04' }], // before June's Patch Tuesday: April's planned baseline, build not in the data
    ['2026-07-14', { month: '2026-07' }], // July baseline released, no build known → no UBR, not June's
    ['2026-11-25', { month: '2026-10' }],
  ])('%s → %j', (today, expected) => expect(latestBaseline(data, today)).toEqual(expected));
});
