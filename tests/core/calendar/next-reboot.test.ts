import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { calendarMonth } from '../../../src/core/calendar/build-calendar';
import { mergeReleaseData } from '../../../src/core/calendar/merge-release-data';
import { ALWAYS_CAVEATS, nextReboot, UNCERTAIN_CAVEAT } from '../../../src/core/calendar/next-reboot';
import type { DeviceCycle, ReleaseData, RingPolicy } from '../../../src/core/calendar/types';
import { addDays, compare, daysBetween, monthOf } from '../../../src/core/dates';
import { loadReleaseData } from '../../../src/data/load-release-data';

const data = loadReleaseData();
const NONE: RingPolicy = { deferralDays: 0, deadlineDays: 0, graceDays: 0 };
const at = (today: string, cycle: DeviceCycle, policy: RingPolicy = NONE, releases: ReleaseData = data) => nextReboot({ today, cycle, policy, releases });

const E: DeviceCycle = { kind: 'eligible' };
const N: DeviceCycle = { kind: 'not-eligible' };
const B: DeviceCycle = { kind: 'behind-baseline' };
const U = (upgradeDate: string): DeviceCycle => ({ kind: 'upgraded-25h2', upgradeDate });

describe('nextReboot: one row per situation of CAL-1..CAL-10 (today, cycle) → release', () => {
  it.each([
    // TC-17: eligible, asked 2026-11-25 → the January 2027 baseline, Patch Tuesday 12 January 2027.
    ['TC-17 eligible', '2026-11-25', E, '2027-01-12', 'baseline', '2027-04-13'],
    // HP-INEL-1: not eligible → the LCU every Patch Tuesday.
    ['not eligible', '2026-11-25', N, '2026-12-08', 'monthly-lcu', '2027-01-12'],
    // TC-15: 14 April 2026 is Patch Tuesday and a baseline: a release on `today` counts.
    ['TC-15 baseline on today', '2026-04-14', E, '2026-04-14', 'baseline', '2026-06-09'],
    ['day after a baseline', '2026-04-15', E, '2026-06-09', 'baseline', '2026-07-14'],
    ['not eligible on Patch Tuesday', '2026-12-08', N, '2026-12-08', 'monthly-lcu', '2027-01-12'],
    // TC-14 / CAL-3 / R-8: behind on the baseline in a hotpatch month → the next release restarts.
    ['TC-14 behind baseline', '2026-11-25', B, '2026-12-08', 'baseline', '2027-01-12'],
    ['behind baseline early in a hotpatch month', '2026-11-02', B, '2026-11-10', 'baseline', '2027-01-12'],
    // HP-OS-5: upgrade in a hotpatch month → standard (restart) updates until the next baseline.
    ['25H2 upgrade in a hotpatch month', '2026-11-25', U('2026-11-18'), '2026-12-08', 'monthly-lcu', '2027-01-12'],
    ['25H2 upgrade early in a hotpatch month', '2026-11-02', U('2026-11-01'), '2026-11-10', 'monthly-lcu', '2026-12-08'],
    // HP-OS-5: upgrade in a baseline month → stays on the hotpatch cycle.
    ['25H2 upgrade in a baseline month', '2026-11-25', U('2026-10-20'), '2027-01-12', 'baseline', '2027-04-13'],
    ['25H2 upgrade long ago', '2026-11-25', U('2026-02-20'), '2027-01-12', 'baseline', '2027-04-13'],
    // June 2026 appears to have been a restart month (CAL-REL-2): eligible devices restart then.
    ['eligible in May 2026', '2026-05-20', E, '2026-06-09', 'baseline', '2026-07-14'],
    ['eligible in March 2026', '2026-03-01', E, '2026-04-14', 'baseline', '2026-06-09'],
  ] as const)('%s: today %s', (_name, today, cycle, releaseDate, releaseKind, followingDate) => {
    const r = at(today, cycle);
    expect(r.releaseDate).toBe(releaseDate);
    expect(r.month).toBe(monthOf(releaseDate));
    expect(r.releaseKind).toBe(releaseKind);
    expect(r.following?.releaseDate).toBe(followingDate);
  });

  it('TC-17 carries the CAL-7 caveats and cites CAL-1 / CAL-8', () => {
    const r = at('2026-11-25', E);
    expect(r.caveats).toEqual([...ALWAYS_CAVEATS]);
    expect(r.certainty).toBe('confirmed');
    expect(r.unplanned).toBe(false);
    expect(r.factIds).toEqual(expect.arrayContaining(['CAL-1', 'CAL-7', 'CAL-8', 'R-2', 'R-3', 'R-4']));
  });

  it('June 2026 adds the uncertain-month caveat and is marked unplanned', () => {
    const r = at('2026-05-20', E);
    expect(r.certainty).toBe('uncertain');
    expect(r.unplanned).toBe(true);
    expect(r.caveats).toEqual([...ALWAYS_CAVEATS, UNCERTAIN_CAVEAT]);
    expect(r.factIds).toEqual(expect.arrayContaining(['CAL-REL-2', 'CAL-6']));
  });

  it.each([
    // CAL-8: offeredOn = release + deferral; restartBy = offeredOn + deadline; latestRestart = restartBy + grace.
    [{ deferralDays: 7, deadlineDays: 2, graceDays: 1 }, '2027-01-19', '2027-01-21', '2027-01-22'],
    [{ deferralDays: 30, deadlineDays: 30, graceDays: 7 }, '2027-02-11', '2027-03-13', '2027-03-20'],
    [{ deferralDays: 0, deadlineDays: 5, graceDays: 2 }, '2027-01-12', '2027-01-17', '2027-01-19'],
  ])('ring policy %j moves the restart (CAL-8)', (policy, offeredOn, restartBy, latestRestart) => {
    const r = at('2026-11-25', E, policy);
    expect(r.releaseDate).toBe('2027-01-12');
    expect([r.offeredOn, r.restartBy, r.latestRestart]).toEqual([offeredOn, restartBy, latestRestart]);
  });

  it('an unplanned baseline in an override, incl. a restart out-of-band, becomes the eligible next reboot', () => {
    const oob = mergeReleaseData(data, {
      asOf: '2026-12-01',
      releases: [
        { month: '2026-12', date: '2026-12-17', kind: 'baseline', outOfBand: true, certainty: 'confirmed', factIds: ['CAL-OOB-1'], sources: ['admin'] },
      ],
    });
    const r = at('2026-11-25', E, NONE, oob);
    expect([r.releaseDate, r.releaseKind, r.unplanned]).toEqual(['2026-12-17', 'baseline', true]);
    expect(r.following?.releaseDate).toBe('2027-01-12');
    // Not-eligible devices get both the December LCU and the restart OOB.
    const n = at('2026-11-25', N, NONE, oob);
    expect([n.releaseDate, n.following?.releaseDate]).toEqual(['2026-12-08', '2026-12-17']);
    // A hotpatch out-of-band (no restart, like KB5072753) never moves the reboot.
    expect(at('2025-11-12', E).releaseDate).toBe('2026-01-13');
  });

  it('rejects bad input with HbError codes', () => {
    expect(() => at('2026-02-30', E)).toThrow(/HB-CAL-005/);
    expect(() => at('2026-11-25', U('someday'))).toThrow(/HB-CAL-006/);
    expect(() => at('2026-11-25', E, { deferralDays: 31, deadlineDays: 0, graceDays: 0 })).toThrow(/HB-CAL-007.*deferralDays/);
    expect(() => at('2026-11-25', E, { deferralDays: 0, deadlineDays: 0, graceDays: 8 })).toThrow(/HB-CAL-007.*graceDays/);
    expect(() => at('2026-11-25', E, { deferralDays: 0, deadlineDays: -1, graceDays: 0 })).toThrow(/HB-CAL-007.*deadlineDays/);
  });
});

describe('nextReboot properties (1990-2200, any cycle and policy)', () => {
  const day = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2200, 0, 1) }).map((ms) => new Date(ms).toISOString().slice(0, 10));
  const policy = fc.record({
    deferralDays: fc.integer({ min: 0, max: 30 }),
    deadlineDays: fc.integer({ min: 0, max: 30 }),
    graceDays: fc.integer({ min: 0, max: 7 }),
  });
  const cycle: fc.Arbitrary<DeviceCycle> = fc.oneof(fc.constant(E), fc.constant(N), fc.constant(B), day.map(U));

  it('is never before today, and is always a restart release for the cycle', () => {
    fc.assert(
      fc.property(day, cycle, policy, (today, c, p) => {
        const r = at(today, c, p);
        expect(compare(r.releaseDate, today)).toBeGreaterThanOrEqual(0);
        expect(compare(r.offeredOn, r.releaseDate)).toBeGreaterThanOrEqual(0);
        expect(compare(r.restartBy, r.offeredOn)).toBeGreaterThanOrEqual(0);
        expect(compare(r.latestRestart, r.restartBy)).toBeGreaterThanOrEqual(0);
        expect(r.caveats).toEqual(expect.arrayContaining([...ALWAYS_CAVEATS]));
        expect(r.caveats.includes(UNCERTAIN_CAVEAT)).toBe(r.certainty === 'uncertain');
        const cm = calendarMonth(r.month, data);
        const isB = cm.patchTuesday === r.releaseDate;
        if (c.kind === 'eligible') {
          expect(r.releaseKind).toBe('baseline');
          expect(isB ? cm.kind : 'baseline').toBe('baseline');
          expect(daysBetween(today, r.releaseDate)).toBeLessThanOrEqual(98); // a baseline every quarter (CAL-1)
        }
        if (c.kind === 'not-eligible') {
          expect(r.releaseKind).toBe('monthly-lcu');
          expect(isB).toBe(true);
          expect(daysBetween(today, r.releaseDate)).toBeLessThanOrEqual(36); // the next Patch Tuesday
        }
        if (c.kind === 'behind-baseline') expect(r.releaseKind).toBe('baseline');
        if (r.following) expect(compare(r.following.releaseDate, r.releaseDate)).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });

  it('eligible: no baseline is skipped between today and the answer', () => {
    fc.assert(
      fc.property(day, (today) => {
        const r = at(today, E);
        for (let d = today; compare(d, r.releaseDate) < 0; d = addDays(d, 7)) {
          const cm = calendarMonth(monthOf(d), data);
          if (cm.kind === 'baseline') expect(compare(cm.patchTuesday, today) < 0 || compare(cm.patchTuesday, r.releaseDate) >= 0).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('nextReboot remembers answers per release data, never wrongly', () => {
  it('returns the same frozen answer for the same day, cycle and policy; a copy of the data gets an equal one', () => {
    const first = at('2026-11-25', E);
    expect(at('2026-11-25', E)).toBe(first);
    expect(Object.isFrozen(first) && Object.isFrozen(first.caveats) && Object.isFrozen(first.factIds)).toBe(true);
    expect(() => (first.caveats as string[]).push('x')).toThrow(TypeError);
    const copy: ReleaseData = JSON.parse(JSON.stringify(data));
    const fresh = at('2026-11-25', E, NONE, copy);
    expect(fresh).not.toBe(first);
    expect(fresh).toEqual(first);
  });

  it('keys on every input: another day, cycle, upgrade date or ring policy is its own answer', () => {
    const base = at('2026-11-25', E);
    expect(at('2026-11-26', E)).not.toBe(base);
    expect(at('2026-11-25', N).releaseKind).toBe('monthly-lcu');
    expect(at('2026-11-25', E, { deferralDays: 7, deadlineDays: 2, graceDays: 1 }).restartBy).toBe(addDays(base.releaseDate, 9));
    expect(at('2026-11-25', U('2026-11-18'))).not.toEqual(at('2026-11-25', U('2026-10-20')));
  });

  it('never remembers an error: a bad day fails every time with its code', () => {
    for (let i = 0; i < 2; i++) expect(() => at('2026-02-30', E)).toThrow(/HB-CAL-005/);
  });
});
