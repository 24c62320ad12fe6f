import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  addMonths,
  compare,
  dayOfWeek,
  daysBetween,
  isValidMonth,
  isValidPlainDate,
  isValidTimeZone,
  monthOf,
  todayInZone,
} from '../../../src/core/dates';

const plainDateArb = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2300, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('plain dates', () => {
  it.each([
    ['2026-11-25', 13, '2026-12-08'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2026-03-29', 1, '2026-03-30'], // EU DST switch day
    ['2026-11-01', 1, '2026-11-02'], // US DST end day
    ['2027-01-12', -30, '2026-12-13'],
  ])('addDays(%s, %i) = %s', (d, n, want) => expect(addDays(d, n)).toBe(want));

  it.each([
    ['2026-11-25', '2026-12-08', -1],
    ['2026-12-08', '2026-11-25', 1],
    ['2026-12-08', '2026-12-08', 0],
  ])('compare(%s, %s) = %i', (a, b, want) => expect(compare(a, b)).toBe(want));

  it.each([
    ['2026-01', 1, '2026-02'],
    ['2026-12', 1, '2027-01'],
    ['2026-01', -1, '2025-12'],
    ['2026-01', 24, '2028-01'],
    ['2026-06', -18, '2024-12'],
  ])('addMonths(%s, %i) = %s', (m, n, want) => expect(addMonths(m, n)).toBe(want));

  it.each([
    ['2026-02-29', false],
    ['2024-02-29', true],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-1-1', false],
    ['26-01-01', false],
    ['2026-04-31', false],
    ['2026-04-30', true],
    ['', false],
  ])('isValidPlainDate(%j) = %s', (s, want) => expect(isValidPlainDate(s)).toBe(want));

  it.each([
    ['2026-01', true],
    ['2026-12', true],
    ['2026-13', false],
    ['2026-00', false],
    ['2026-1', false],
  ])('isValidMonth(%j) = %s', (s, want) => expect(isValidMonth(s)).toBe(want));

  it('rejects bad input with an HbError code', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(/HB-DATE-001/);
    expect(() => addMonths('2026-13', 1)).toThrow(/HB-DATE-002/);
    expect(() => monthOf('nope')).toThrow(/HB-DATE-001/);
  });

  it('monthOf and dayOfWeek', () => {
    expect(monthOf('2026-12-08')).toBe('2026-12');
    expect(dayOfWeek('2026-12-01')).toBe(2); // TC-19: 1 Dec 2026 is a Tuesday
  });

  it('addDays is invertible and consistent with daysBetween and compare (property)', () => {
    fc.assert(
      fc.property(plainDateArb, fc.integer({ min: -4000, max: 4000 }), (d, n) => {
        const e = addDays(d, n);
        expect(isValidPlainDate(e)).toBe(true);
        expect(addDays(e, -n)).toBe(d);
        expect(daysBetween(d, e)).toBe(n);
        expect(compare(d, e)).toBe(n > 0 ? -1 : n < 0 ? 1 : 0);
        expect(compare(d, e)).toBe(d < e ? -1 : d > e ? 1 : 0); // string order = date order
      }),
    );
  });

  it('addMonths(m, a) then b = addMonths(m, a + b) (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2300 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: -300, max: 300 }),
        fc.integer({ min: -300, max: 300 }),
        (y, m, a, b) => {
          const month = `${y}-${String(m).padStart(2, '0')}`;
          expect(addMonths(addMonths(month, a), b)).toBe(addMonths(month, a + b));
          expect(isValidMonth(addMonths(month, a))).toBe(true);
        },
      ),
    );
  });
});

describe("todayInZone: the user's date, DST never shifts a plain date", () => {
  it.each([
    // Pacific/Kiritimati is UTC+14: its midnight is 10:00 UTC the day before.
    ['2026-11-24T09:59:59Z', 'Pacific/Kiritimati', '2026-11-24'],
    ['2026-11-24T10:00:00Z', 'Pacific/Kiritimati', '2026-11-25'],
    ['2026-12-31T10:00:00Z', 'Pacific/Kiritimati', '2027-01-01'],
    // Los Angeles: PDT (UTC-7) until 2026-11-01 09:00 UTC, then PST (UTC-8).
    ['2026-11-25T07:59:59Z', 'America/Los_Angeles', '2026-11-24'],
    ['2026-11-25T08:00:00Z', 'America/Los_Angeles', '2026-11-25'],
    ['2026-07-01T06:59:59Z', 'America/Los_Angeles', '2026-06-30'],
    ['2026-07-01T07:00:00Z', 'America/Los_Angeles', '2026-07-01'],
    ['2026-11-01T08:30:00Z', 'America/Los_Angeles', '2026-11-01'], // inside the repeated hour
    ['2026-03-08T10:30:00Z', 'America/Los_Angeles', '2026-03-08'], // spring-forward day
    // Paris: CET (UTC+1) in winter, CEST (UTC+2) in summer; switches 2026-03-29 and 2026-10-25.
    ['2026-11-24T22:59:59Z', 'Europe/Paris', '2026-11-24'],
    ['2026-11-24T23:00:00Z', 'Europe/Paris', '2026-11-25'],
    ['2026-06-08T21:59:59Z', 'Europe/Paris', '2026-06-08'],
    ['2026-06-08T22:00:00Z', 'Europe/Paris', '2026-06-09'],
    ['2026-03-29T01:30:00Z', 'Europe/Paris', '2026-03-29'],
    ['2026-10-25T00:30:00Z', 'Europe/Paris', '2026-10-25'],
    ['2026-04-13T23:30:00Z', 'UTC', '2026-04-13'],
  ])('%s in %s is %s', (iso, tz, want) => expect(todayInZone(new Date(iso), tz)).toBe(want));

  it("the zone date is within a day of the UTC date and stable across each zone's day (property)", () => {
    const zones = ['Pacific/Kiritimati', 'America/Los_Angeles', 'Europe/Paris', 'Pacific/Pago_Pago', 'Asia/Kolkata'];
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2200, 0, 1) }), fc.constantFrom(...zones), (ms, tz) => {
        const d = todayInZone(new Date(ms), tz);
        const utc = new Date(ms).toISOString().slice(0, 10);
        expect(isValidPlainDate(d)).toBe(true);
        expect(Math.abs(daysBetween(utc, d))).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('rejects an unknown zone with HB-DATE-003', () => {
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(() => todayInZone(new Date('2026-11-25T12:00:00Z'), 'Mars/Olympus')).toThrow(/HB-DATE-003/);
  });
});

describe('fast paths agree with the Date/Intl reference', () => {
  const reference = (y: number, m: number, d: number) => {
    const t = new Date(Date.UTC(y, m - 1, d));
    return y >= 100 && t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
  };
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');

  it('isValidPlainDate (arithmetic) accepts exactly the dates a Date round trip accepts (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        expect(isValidPlainDate(`${pad(y, 4)}-${pad(m)}-${pad(d)}`)).toBe(reference(y, m, d));
      }),
      { numRuns: 5000 },
    );
    for (const [s, ok] of [
      ['2024-02-29', true],
      ['2100-02-29', false],
      ['2000-02-29', true],
      ['2026-04-31', false],
      ['0099-01-01', false],
    ] as const) {
      expect(isValidPlainDate(s)).toBe(ok);
    }
  });

  it('addMonths (month arithmetic) matches Date.UTC month rollover (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 8000 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: -1200, max: 1200 }), (y, m, n) => {
        const t = new Date(Date.UTC(y, m - 1 + n, 1));
        expect(addMonths(`${y}-${pad(m)}`, n)).toBe(`${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}`);
      }),
    );
  });

  it("todayInZone remembers a zone's day only within the minute: instants around midnight still flip the day (property)", () => {
    const zones = ['Pacific/Kiritimati', 'America/Los_Angeles', 'Europe/Paris', 'Asia/Kolkata', 'Australia/Eucla', 'UTC'];
    const fmt = new Map(zones.map((z) => [z, new Intl.DateTimeFormat('en-CA', { timeZone: z, year: 'numeric', month: '2-digit', day: '2-digit' })]));
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1973, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.constantFrom(...zones),
        fc.array(fc.integer({ min: -90, max: 90 }), { minLength: 1, maxLength: 8 }),
        (ms, tz, steps) => {
          let t = ms;
          for (const s of steps) {
            t += s * 1000;
            expect(todayInZone(new Date(t), tz)).toBe(fmt.get(tz)!.format(new Date(t)));
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
