import { describe, expect, it } from 'vitest';
import { getUnit, materialize } from '../../../../src/core/knowledge/units';

// CAL-2 (second Tuesday), CAL-10 (a month to come is planned), CAL-1 (its kind): whether a month's security update is out,
// computed for the day asked and for the month the question names (this month when it names none).
describe('is the month’s security update out?', () => {
  const unit = getUnit('month-update-out')!;
  const first = (today: string, month?: string) => {
    const { en, fr } = materialize(unit, { today, ...(month ? { month } : {}) }).body;
    return { en: en[0]!, fr: fr[0]! };
  };

  it.each([
    ['2026-12-07', undefined, /^Not yet: December 2026's security update comes on Patch Tuesday, 8 December 2026 \(tomorrow\) — planned as a hotpatch month/],
    ['2026-12-01', undefined, /^Not yet: .* 8 December 2026 \(in 7 days\)/],
    ['2026-12-08', undefined, /^Today: December 2026's security update is released on Patch Tuesday, 8 December 2026 — a hotpatch month/],
    [
      '2026-12-20',
      undefined,
      /^Yes: December 2026's security update came out on Patch Tuesday, 8 December 2026 .*; the next Patch Tuesday is 12 January 2027\.$/,
    ],
    [
      '2026-12-07',
      '2027-01',
      /^Not yet: January 2027's security update comes on Patch Tuesday, 12 January 2027 \(in 36 days\) — planned as a baseline month: devices restart\.$/,
    ],
    ['2026-12-07', '2026-11', /^Yes: November 2026's security update came out on Patch Tuesday, 10 November 2026 \(a hotpatch month/],
  ])('on %s, month asked %s', (today, month, en) => {
    expect(first(today, month).en).toMatch(en);
  });

  it('says it in French, with the same dates', () => {
    expect(first('2026-12-07').fr).toMatch(/^Pas encore : la mise à jour de sécurité de décembre 2026 sort le Patch Tuesday, 8 décembre 2026 \(demain\)/);
    expect(first('2026-12-07', '2027-01').fr).toMatch(/12 janvier 2027 \(dans 36 jours\) — planifié comme un mois de baseline/);
  });

  it('never opens with Yes before the month’s Patch Tuesday, whatever the month', () => {
    for (const today of ['2026-12-07', '2027-01-11', '2027-03-09']) expect(first(today).en).not.toMatch(/^Yes/);
  });
});
