import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, dayOfWeek } from '../../../src/core/dates';
import { nthTuesday, patchTuesday, patchTuesdayOf, previewTuesday } from '../../../src/core/calendar/patch-tuesday';
import { BASELINE_MONTHS, plannedKind } from '../../../src/core/calendar/planned-kind';

const yearMonth = fc.record({ year: fc.integer({ min: 1990, max: 2200 }), month: fc.integer({ min: 1, max: 12 }) });

describe('Patch Tuesday (CAL-2) and preview Tuesday (CAL-9)', () => {
  it('is always a Tuesday between the 8th and the 14th, 1990-2200 (property)', () => {
    fc.assert(
      fc.property(yearMonth, ({ year, month }) => {
        const d = patchTuesday(year, month);
        expect(dayOfWeek(d)).toBe(2);
        const day = Number(d.slice(8));
        expect(day).toBeGreaterThanOrEqual(8);
        expect(day).toBeLessThanOrEqual(14);
        expect(d.slice(0, 7)).toBe(`${year}-${String(month).padStart(2, '0')}`);
        // The previous Tuesday is the first one of the month.
        expect(Number(addDays(d, -7).slice(8))).toBeLessThanOrEqual(7);
      }),
      { numRuns: 2000 },
    );
  });

  it('every month 1990-2200 (exhaustive): 2nd Tuesday 8-14, 4th Tuesday = 2nd + 14 days (22-28)', () => {
    for (let year = 1990; year <= 2200; year++) {
      for (let month = 1; month <= 12; month++) {
        const pt = patchTuesday(year, month);
        const preview = previewTuesday(year, month);
        expect(dayOfWeek(preview)).toBe(2);
        expect(preview).toBe(addDays(pt, 14));
        expect(Number(preview.slice(8))).toBeGreaterThanOrEqual(22);
        expect(Number(preview.slice(8))).toBeLessThanOrEqual(28);
        expect(nthTuesday(year, month, 1)).toBe(addDays(pt, -7));
      }
    }
  });

  it.each([
    // TC-19: 1 December 2026 is the first Tuesday; Patch Tuesday is 8 December 2026.
    [2026, 12, 1, '2026-12-01'],
    [2026, 12, 2, '2026-12-08'],
    [2026, 9, 1, '2026-09-01'],
    [2026, 9, 2, '2026-09-08'],
    [2026, 4, 2, '2026-04-14'], // TC-15
    [2027, 1, 2, '2027-01-12'], // TC-17
    [2024, 10, 4, '2024-10-22'], // CAL-9: catalog sample "2024.10 D", released 2024-10-22
    [2025, 1, 2, '2025-01-14'],
    [2025, 9, 2, '2025-09-09'],
    [2025, 11, 2, '2025-11-11'],
  ])('nthTuesday(%i, %i, %i) = %s', (y, m, n, want) => expect(nthTuesday(y, m, n)).toBe(want));

  it('TC-19: December 2026 Patch Tuesday is not on the 1st', () => {
    expect(patchTuesdayOf('2026-12')).toBe('2026-12-08');
    expect(patchTuesdayOf('2026-12')).not.toBe('2026-12-01');
  });

  it.each([[0], [5], [1.5]])('rejects n = %s', (n) => expect(() => nthTuesday(2026, 1, n)).toThrow(/HB-CAL-001/));
  it('rejects month 13', () => expect(() => nthTuesday(2026, 13, 2)).toThrow(/HB-CAL-002/));
});

describe('planned cycle (CAL-1)', () => {
  it.each([
    [1, 'baseline'],
    [2, 'hotpatch'],
    [3, 'hotpatch'],
    [4, 'baseline'],
    [5, 'hotpatch'],
    [6, 'hotpatch'],
    [7, 'baseline'],
    [8, 'hotpatch'],
    [9, 'hotpatch'],
    [10, 'baseline'],
    [11, 'hotpatch'],
    [12, 'hotpatch'],
  ])('month %i is %s', (m, kind) => {
    expect(plannedKind(m)).toBe(kind);
    expect(plannedKind(`2031-${String(m).padStart(2, '0')}`)).toBe(kind);
  });

  it('TC-21: exactly four planned baseline (restart) months and eight hotpatch months a year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2200 }), (year) => {
        const kinds = Array.from({ length: 12 }, (_, i) => plannedKind(`${year}-${String(i + 1).padStart(2, '0')}`));
        expect(kinds.filter((k) => k === 'baseline')).toHaveLength(4);
        expect(kinds.filter((k) => k === 'hotpatch')).toHaveLength(8);
      }),
    );
    expect([...BASELINE_MONTHS]).toEqual([1, 4, 7, 10]);
  });
});
