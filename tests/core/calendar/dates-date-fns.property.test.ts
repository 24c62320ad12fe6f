import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as dates from '../../../src/core/dates';
import * as reference from './dates-reference';

/**
 * src/core/dates.ts does its arithmetic with date-fns and reads zones with @date-fns/tz (issue 13); these
 * properties hold it to the hand-written arithmetic it replaced (./dates-reference.ts), over every valid
 * year the module accepts and every zone Intl knows.
 */
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const plainDateArb = fc
  .tuple(fc.integer({ min: 100, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
  .filter(([y, m, d]) => dates.isValidPlainDate(`${pad(y, 4)}-${pad(m)}-${pad(d)}`))
  .map(([y, m, d]) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`);
const nearDateArb = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2300, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const anyDate = fc.oneof(plainDateArb, nearDateArb);
const monthArb = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${pad(y, 4)}-${pad(m)}`);
const zones = [...Intl.supportedValuesOf('timeZone'), 'UTC', '+00:30', '-00:30', '+05:45', '-09:30', '+14:00', '-12:00'];

describe('date-fns arithmetic agrees with the hand-written one it replaced (property)', () => {
  it('addDays', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -40_000, max: 40_000 }), (d, n) => {
        fc.pre(reference.addDays(d, n) >= '0100');
        expect(dates.addDays(d, n)).toBe(reference.addDays(d, n));
      }),
      { numRuns: 5000 },
    );
  });

  it('daysBetween, compare and dayOfWeek', () => {
    fc.assert(
      fc.property(anyDate, anyDate, (a, b) => {
        expect(dates.daysBetween(a, b)).toBe(reference.daysBetween(a, b));
        expect(dates.compare(a, b)).toBe(reference.compare(a, b));
        expect(dates.dayOfWeek(a)).toBe(reference.dayOfWeek(a));
      }),
      { numRuns: 5000 },
    );
  });

  it('addMonths, years 0000-9999 included', () => {
    fc.assert(
      fc.property(monthArb, fc.integer({ min: -2400, max: 2400 }), (m, n) => {
        expect(dates.addMonths(m, n)).toBe(reference.addMonths(m, n));
      }),
      { numRuns: 5000 },
    );
  });

  it('the extremes of the accepted range', () => {
    for (const [d, n] of [
      ['0100-01-01', 0],
      ['0100-03-01', -1],
      ['9999-12-31', 0],
      ['9999-12-31', 1],
      ['1582-10-04', 1],
      ['1900-02-28', 1],
      ['2000-02-28', 1],
      ['2100-02-28', 1],
    ] as const) {
      expect(dates.addDays(d, n)).toBe(reference.addDays(d, n));
      expect(dates.dayOfWeek(d)).toBe(reference.dayOfWeek(d));
    }
    for (const [m, n] of [
      ['0000-01', -1],
      ['0099-12', 1],
      ['9999-12', 1],
    ] as const) {
      expect(dates.addMonths(m, n)).toBe(reference.addMonths(m, n));
    }
  });
});

describe('todayInZone through TZDate agrees with Intl in every zone (property)', () => {
  it('instants from 1850 to 2300, every IANA zone and some offset zones', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1850, 0, 1), max: Date.UTC(2300, 0, 1) }), fc.constantFrom(...zones), (ms, tz) => {
        expect(dates.todayInZone(new Date(ms), tz)).toBe(reference.todayInZone(new Date(ms), tz));
      }),
      { numRuns: 10_000 },
    );
  });

  it('around each zone’s midnight and offset changes, 2020-2030', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2020, 0, 1) / 900_000, max: Date.UTC(2030, 0, 1) / 900_000 }),
        fc.constantFrom(...zones),
        fc.integer({ min: -1, max: 1 }),
        (q, tz, s) => {
          const at = new Date(q * 900_000 + s * 1000);
          expect(dates.todayInZone(at, tz)).toBe(reference.todayInZone(at, tz));
        },
      ),
      { numRuns: 10_000 },
    );
  });

  // date-fns/date-fns#4279: @date-fns/tz 1.5 reads -00:xx offsets as +00:xx; these take the Intl path.
  it.each([
    ['2026-12-08T00:10:00Z', '-00:30', '2026-12-07'],
    ['2026-12-07T23:40:00Z', '+00:30', '2026-12-08'],
    ['1970-01-01T00:20:00Z', 'Africa/Monrovia', '1969-12-31'],
    ['1900-01-01T00:10:00Z', 'Europe/Dublin', '1899-12-31'],
  ])('%s in %s is %s (sub-hour offsets west of Greenwich)', (iso, tz, want) => {
    expect(dates.todayInZone(new Date(iso), tz)).toBe(want);
    expect(reference.todayInZone(new Date(iso), tz)).toBe(want);
  });
});
