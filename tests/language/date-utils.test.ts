import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, addMonths, fmtMonth, isRealDate, isoWeekday, lastDayOfMonth, parseYmd, type Ymd } from '../../src/language/date-utils';

/**
 * The date parsers' helpers go through src/core/dates (issue 13). These properties hold them to the
 * Date.UTC arithmetic the language layer had before (commit bcf4b22), reproduced here as the reference.
 */
const reference = {
  isRealDate(y: number, m: number, d: number): boolean {
    if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
    if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
    const t = new Date(Date.UTC(y, m - 1, d));
    return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
  },
  lastDayOfMonth: (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate(),
  addDays(ymd: Ymd, days: number): Ymd {
    const t = new Date(Date.UTC(ymd.y, ymd.m - 1, ymd.d + days));
    return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
  },
  addMonths(y: number, m: number, n: number) {
    const idx = y * 12 + (m - 1) + n;
    return { y: Math.floor(idx / 12), m: (idx % 12) + 1 };
  },
  isoWeekday(ymd: Ymd): number {
    const wd = new Date(Date.UTC(ymd.y, ymd.m - 1, ymd.d)).getUTCDay();
    return wd === 0 ? 7 : wd;
  },
};

const ymdArb = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2200, 11, 31)), noInvalidDate: true })
  .map((d) => ({ y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() }));

describe('language date helpers agree with the Date.UTC arithmetic they replaced (property)', () => {
  it('isRealDate, including the 1900-2200 years of a question', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1850, max: 2250 }), fc.integer({ min: -1, max: 14 }), fc.integer({ min: -1, max: 33 }), (y, m, d) => {
        expect(isRealDate(y, m, d)).toBe(reference.isRealDate(y, m, d));
      }),
      { numRuns: 5000 },
    );
    for (const [y, m, d] of [
      [2026, 2, 29],
      [2024, 2, 29],
      [2026, 4, 31],
      [2026.5, 1, 1],
      [1899, 12, 31],
      [2200, 12, 31],
      [2201, 1, 1],
      [2026, 1, 100],
    ]) {
      expect(isRealDate(y!, m!, d!)).toBe(reference.isRealDate(y!, m!, d!));
    }
  });

  it('addDays, isoWeekday, lastDayOfMonth', () => {
    fc.assert(
      fc.property(ymdArb, fc.integer({ min: -800, max: 800 }), (ymd, n) => {
        expect(addDays(ymd, n)).toEqual(reference.addDays(ymd, n));
        expect(isoWeekday(ymd)).toBe(reference.isoWeekday(ymd));
        expect(lastDayOfMonth(ymd.y, ymd.m)).toBe(reference.lastDayOfMonth(ymd.y, ymd.m));
      }),
      { numRuns: 5000 },
    );
  });

  it('addMonths', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: -240, max: 240 }), (y, m, n) => {
        expect(addMonths(y, m, n)).toEqual(reference.addMonths(y, m, n));
      }),
      { numRuns: 5000 },
    );
  });

  it('parseYmd and fmtMonth', () => {
    expect(parseYmd('2026-11-25')).toEqual({ y: 2026, m: 11, d: 25 });
    expect(parseYmd('1899-12-31')).toBeUndefined();
    expect(parseYmd('2026-02-30')).toBeUndefined();
    expect(fmtMonth(2026, 3)).toBe('2026-03');
  });
});
