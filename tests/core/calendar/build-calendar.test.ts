import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCalendar, calendarMonth } from '../../../src/core/calendar/build-calendar';
import { mergeReleaseData } from '../../../src/core/calendar/merge-release-data';
import { plannedKind } from '../../../src/core/calendar/planned-kind';
import type { ReleaseData, ReleaseEntry } from '../../../src/core/calendar/types';
import { loadReleaseData } from '../../../src/data/load-release-data';

const data = loadReleaseData();
const EMPTY: ReleaseData = { asOf: '2026-11-25', releases: [] };

/**
 * the computed calendar (CAL-1, CAL-2), row by row: month, Patch Tuesday (B), planned hotpatch label, 4th Tuesday (D).
 * June 2026 is "Restart (likely unplanned baseline)" — uncertain (CAL-REL-2, §7 item 2).
 */
const SECTION_2_5: [string, string, string, string | null][] = [
  ['2026-01', '2026-01-13', 'BASELINE – restart', '2026-01-27'],
  ['2026-02', '2026-02-10', 'Hotpatch – no restart', '2026-02-24'],
  ['2026-03', '2026-03-10', 'Hotpatch – no restart', '2026-03-24'],
  ['2026-04', '2026-04-14', 'BASELINE – restart', '2026-04-28'],
  ['2026-05', '2026-05-12', 'Hotpatch – no restart', '2026-05-26'],
  ['2026-06', '2026-06-09', 'Restart (likely unplanned baseline)', '2026-06-23'],
  ['2026-07', '2026-07-14', 'BASELINE – restart', '2026-07-28'],
  ['2026-08', '2026-08-11', 'Hotpatch – no restart', '2026-08-25'],
  ['2026-09', '2026-09-08', 'Hotpatch – no restart', '2026-09-22'],
  ['2026-10', '2026-10-13', 'BASELINE – restart', '2026-10-27'],
  ['2026-11', '2026-11-10', 'Hotpatch – no restart', '2026-11-24'],
  ['2026-12', '2026-12-08', 'Hotpatch – no restart', null],
  ['2027-01', '2027-01-12', 'BASELINE – restart', '2027-01-26'],
  ['2027-02', '2027-02-09', 'Hotpatch – no restart', '2027-02-23'],
  ['2027-03', '2027-03-09', 'Hotpatch – no restart', '2027-03-23'],
  ['2027-04', '2027-04-13', 'BASELINE – restart', '2027-04-27'],
  ['2027-05', '2027-05-11', 'Hotpatch – no restart', '2027-05-25'],
  ['2027-06', '2027-06-08', 'Hotpatch – no restart', '2027-06-22'],
  ['2027-07', '2027-07-13', 'BASELINE – restart', '2027-07-27'],
  ['2027-08', '2027-08-10', 'Hotpatch – no restart', '2027-08-24'],
  ['2027-09', '2027-09-14', 'Hotpatch – no restart', '2027-09-28'],
  ['2027-10', '2027-10-12', 'BASELINE – restart', '2027-10-26'],
  ['2027-11', '2027-11-09', 'Hotpatch – no restart', '2027-11-23'],
  ['2027-12', '2027-12-14', 'Hotpatch – no restart', null],
];

describe("buildCalendar('2026-01', 24) reproduces the computed calendar (CAL-1, CAL-2)", () => {
  const months = buildCalendar('2026-01', 24, data);

  it('has the 24 rows in order', () => {
    expect(months.map((m) => m.month)).toEqual(SECTION_2_5.map((r) => r[0]));
  });

  it.each(SECTION_2_5.map((r, i) => [i, ...r] as const))('row %i: %s — %s, %s, D %s', (i, month, pt, label, preview) => {
    const m = months[i]!;
    expect(m.month).toBe(month);
    expect(m.patchTuesday).toBe(pt);
    expect(m.previewTuesday).toBe(preview);
    if (label === 'BASELINE – restart') {
      expect([m.plannedKind, m.kind, m.restart, m.unplanned]).toEqual(['baseline', 'baseline', true, false]);
      expect(m.certainty).not.toBe('uncertain');
    } else if (label === 'Hotpatch – no restart') {
      expect([m.plannedKind, m.kind, m.restart, m.unplanned]).toEqual(['hotpatch', 'hotpatch', false, false]);
      expect(m.certainty).not.toBe('uncertain');
    } else {
      // June 2026: planned hotpatch, but it appears to have been a restart month (uncertain).
      expect([m.plannedKind, m.kind, m.restart, m.unplanned, m.certainty]).toEqual(['hotpatch', 'baseline', true, true, 'uncertain']);
      expect(m.releases.map((r) => r.kb)).toEqual(['KB5094126']);
      expect(m.factIds).toEqual(expect.arrayContaining(['CAL-REL-2', 'CAL-6', 'CAL-REL-1']));
    }
  });

  it('carries the known KBs of CAL-REL-2 on their months', () => {
    const kb = (month: string) => months.find((m) => m.month === month)!.releases.map((r) => r.kb);
    expect(kb('2026-01')).toEqual(['KB5074109']);
    expect(kb('2026-02')).toEqual(['KB5077212']);
    expect(kb('2026-05')).toEqual(['KB5089466']);
    expect(kb('2026-12')).toEqual([undefined]); // planned: no KB before Microsoft publishes it (CAL-10)
  });
});

describe('calendarMonth', () => {
  it('keeps out-of-band hotpatches as releases without changing the month (KB5072753, CAL-OOB-1)', () => {
    const nov = calendarMonth('2025-11', data);
    expect(nov.kind).toBe('hotpatch');
    expect(nov.restart).toBe(false);
    expect(nov.patchTuesday).toBe('2025-11-11');
    expect(nov.releases.map((r) => [r.kb, r.date, r.outOfBand ?? false])).toEqual([
      ['KB5068966', '2025-11-11', false],
      ['KB5072753', '2025-11-20', true],
    ]);
    const may = calendarMonth('2025-05', data);
    expect(may.kind).toBe('hotpatch');
    expect(may.releases.find((r) => r.outOfBand)?.kb).toBe('KB5061258');
  });

  it('with no data, follows the planned cycle (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2200 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const month = `${y}-${String(m).padStart(2, '0')}`;
        const cm = calendarMonth(month, EMPTY);
        expect(cm.kind).toBe(plannedKind(m));
        expect(cm.restart).toBe(cm.kind === 'baseline');
        expect(cm.unplanned).toBe(false);
        expect(cm.releases).toEqual([]);
        expect(cm.factIds).toEqual(expect.arrayContaining(['CAL-1', 'CAL-2']));
      }),
    );
  });

  it('rejects bad months and counts', () => {
    expect(() => calendarMonth('2026-13', data)).toThrow(/HB-DATE-002/);
    expect(() => buildCalendar('2026-01', -1, data)).toThrow(/HB-CAL-004/);
    expect(() => buildCalendar('2026-01', 2.5, data)).toThrow(/HB-CAL-004/);
    expect(buildCalendar('2026-01', 0, data)).toEqual([]);
  });
});

describe('overrides win over the planned calendar and the shipped data', () => {
  const entry = (month: string, date: string, kind: 'baseline' | 'hotpatch', extra: Partial<ReleaseEntry> = {}): ReleaseEntry => ({
    month,
    date,
    kind,
    certainty: 'confirmed',
    factIds: ['ADMIN'],
    sources: ['admin'],
    ...extra,
  });

  it('an override of any month sets its kind, its certainty when it departs from the cycle, and releases (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2025, max: 2030 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom('baseline' as const, 'hotpatch' as const),
        fc.constantFrom('confirmed' as const, 'reported' as const, 'uncertain' as const),
        (y, m, kind, certainty) => {
          const month = `${y}-${String(m).padStart(2, '0')}`;
          const date = calendarMonth(month, EMPTY).patchTuesday;
          const merged = mergeReleaseData(data, { asOf: '2026-12-01', releases: [entry(month, date, kind, { certainty, kb: 'KB9999999' })] });
          const cm = calendarMonth(month, merged);
          expect(cm.kind).toBe(kind);
          expect(cm.restart).toBe(kind === 'baseline');
          expect(cm.unplanned).toBe(kind !== plannedKind(m));
          // The kind's certainty: as certain as the documented cycle when the data agrees with it (CAL-1).
          expect(cm.certainty).toBe(kind !== plannedKind(m) ? certainty : 'confirmed');
          expect(cm.releases.filter((r) => !r.outOfBand).map((r) => r.kb)).toEqual(['KB9999999']);
        },
      ),
    );
  });

  it('an admin can confirm June 2026 and replace the shipped entry', () => {
    const merged = mergeReleaseData(data, {
      asOf: '2026-12-20',
      releases: [entry('2026-06', '2026-06-09', 'baseline', { unplanned: true, kb: 'KB5094126' })],
    });
    const june = calendarMonth('2026-06', merged);
    expect(june.certainty).toBe('confirmed');
    expect(june.releases).toHaveLength(1);
    expect(merged.asOf).toBe('2026-12-20');
    expect(merged.releases).toHaveLength(data.releases.length);
  });

  it('keeps out-of-band entries apart from the B release, and the later asOf', () => {
    const merged = mergeReleaseData(data, {
      asOf: '2026-01-01',
      releases: [entry('2026-12', '2026-12-17', 'baseline', { outOfBand: true, kb: 'KB7000001' })],
    });
    const dec = calendarMonth('2026-12', merged);
    expect(dec.kind).toBe('hotpatch'); // the B release is still the planned hotpatch
    expect(dec.releases.filter((r) => r.outOfBand).map((r) => r.kb)).toEqual(['KB7000001']);
    expect(merged.asOf).toBe('2026-12-06');
  });

  it("an override B release on another date replaces the month's B release", () => {
    const merged = mergeReleaseData(data, { asOf: '2026-12-01', releases: [entry('2026-06', '2026-06-10', 'baseline', { unplanned: true })] });
    const june = calendarMonth('2026-06', merged);
    expect(june.patchTuesday).toBe('2026-06-10');
    expect(june.releases.map((r) => r.date)).toEqual(['2026-06-10']);
  });
});

describe('calendarMonth remembers months per release data object', () => {
  it('returns the same frozen month on a repeat, and each data object (e.g. with overrides) its own', () => {
    const a = calendarMonth('2026-06', data);
    expect(calendarMonth('2026-06', data)).toBe(a);
    expect(Object.isFrozen(a) && Object.isFrozen(a.releases) && Object.isFrozen(a.factIds)).toBe(true);
    const empty = calendarMonth('2026-06', EMPTY);
    expect(empty.kind).toBe(plannedKind(6));
    expect(empty.unplanned).toBe(false);
    expect(a.unplanned).toBe(true);
  });
});
