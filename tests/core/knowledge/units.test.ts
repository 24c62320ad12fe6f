import { describe, expect, it } from 'vitest';
import { allUnits, endOfServicing, materialize, nextBaseline, openerOf } from '../../../src/core/knowledge/units';

const FACT_ID = /^[A-Z]+(-[A-Z0-9]+)+$/;
const DAYS = ['2026-12-07', '2027-01-12', '2027-03-31', '2027-10-13'];
const opposite = { yes: 'no', no: 'yes' } as const;

describe('answer units (issue 11)', () => {
  it('has unique kebab-case ids and many units', () => {
    const ids = allUnits.map((u) => u.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(allUnits.filter((u) => !u.decline).length).toBeGreaterThanOrEqual(80);
  });

  describe.each(allUnits.filter((u) => !u.decline).map((u) => [u.id, u] as const))('%s', (_id, unit) => {
    it('answers in EN and FR, with fact IDs, sources and as-of', () => {
      for (const loc of ['en', 'fr'] as const) {
        expect(unit.asks[loc].length).toBeGreaterThan(0);
        expect(unit.body[loc].length).toBeGreaterThan(0);
      }
      expect(unit.factIds.length).toBeGreaterThan(0);
      for (const id of unit.factIds) expect(id).toMatch(FACT_ID);
      expect(unit.sources.length).toBeGreaterThan(0);
      expect(unit.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });

    it('never opens with a yes/no that its other language or its own body contradicts', () => {
      for (const today of DAYS) {
        const body = materialize(unit, { today }).body;
        const en = openerOf(body.en[0]!);
        const fr = openerOf(body.fr[0]!);
        expect(fr, `${unit.id} EN opens ${en}, FR opens ${fr}`).toBe(en);
        if (en === 'yes' || en === 'no') {
          for (const loc of ['en', 'fr'] as const) {
            for (const line of body[loc].slice(1)) expect(openerOf(line), `${unit.id}: "${line.slice(0, 60)}"`).not.toBe(opposite[en]);
          }
        }
      }
    });

    if (!unit.broad) {
      it('opens with the direct answer it declares, to a question of that kind', () => {
        const body = materialize(unit, { today: DAYS[0]! }).body;
        for (const loc of ['en', 'fr'] as const) {
          const first = body[loc][0]!;
          if (unit.opener === 'yes' || unit.opener === 'no') expect(openerOf(first), `${unit.id} ${loc}`).toBe(unit.opener);
          if (unit.opener === 'date') expect(first, `${unit.id} ${loc}`).toMatch(/\b\d{1,2}(er)? [\p{L}]+ 20\d\d\b/u);
          if (unit.opener === 'fact') expect(['yes', 'no']).not.toContain(openerOf(first));
        }
        // A yes/no opener answers a yes/no question (its first question is one).
        const q = unit.asks.en[0]!;
        const yesNoQuestion = /^(is|are|does|do|did|can|could|will|would|should|must|has|have)\b/i.test(q);
        if (unit.opener === 'yes' || unit.opener === 'no') expect(yesNoQuestion, `${unit.id}: "${q}"`).toBe(true);
      });
    }
  });

  it('computes dates from the day asked (never written): the next baseline moves with today', () => {
    const unit = allUnits.find((u) => u.id === 'next-baseline')!;
    expect(materialize(unit, { today: '2026-12-07' }).body.en[0]).toMatch(/^12 January 2027/);
    expect(materialize(unit, { today: '2027-01-13' }).body.en[0]).toMatch(/^13 April 2027/);
    expect(materialize(unit, { today: '2027-01-13' }).body.fr[0]).toMatch(/^13 avril 2027/);
    expect(nextBaseline('2027-01-11')).toBe('2027-01-12');
  });

  it('end of servicing follows the 24/36-month rule (LIFE-1..3)', () => {
    expect(endOfServicing('23H2', 'consumer')).toBe('2025-11-11');
    expect(endOfServicing('23H2', 'enterprise')).toBe('2026-11-10');
    expect(endOfServicing('24H2', 'consumer')).toBe('2026-10-13');
    expect(endOfServicing('24H2', 'enterprise')).toBe('2027-10-12');
    expect(endOfServicing('25H2', 'consumer')).toBe('2027-10-12');
    expect(endOfServicing('25H2', 'enterprise')).toBe('2028-10-10');
    const u = allUnits.find((x) => x.id === 'end-of-servicing-23h2')!;
    expect(materialize(u, { today: '2026-12-07' }).body.en[0]).toMatch(/10 November 2026 \(ended\)/);
    expect(materialize(u, { today: '2026-11-01' }).body.en[0]).not.toMatch(/10 November 2026 \(ended\)/);
  });

  it('French bodies of the precise units name editions in French', () => {
    for (const u of allUnits.filter((x) => !x.broad && !x.decline)) {
      for (const line of materialize(u, { today: DAYS[0]! }).body.fr) expect(line, u.id).not.toMatch(/\bHome\b/);
    }
  });
});
