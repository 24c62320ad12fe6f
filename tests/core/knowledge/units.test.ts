import { describe, expect, it } from 'vitest';
import { allUnits, endOfServicing, getUnit, materialize, nextBaseline, openerOf, secondBatchUnits } from '../../../src/core/knowledge/units';
import { getTopic } from '../../../src/core/knowledge';
import { nextHotpatchTuesday } from '../../../src/core/knowledge/units/computed';
import { uncertainFactIds } from '../../../src/core/facts/register';
import { factsRegister } from '../../../src/data/load-facts';

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

describe('the second batch of answer units (issue 11: 150–300 units)', () => {
  const batch = secondBatchUnits;
  const register = factsRegister();

  it('adds at least 50 precise units, all in allUnits, asked several ways in each language', () => {
    expect(batch.length).toBeGreaterThanOrEqual(50);
    for (const u of batch) {
      expect(getUnit(u.id), u.id).toBe(u);
      expect(u.broad, u.id).toBeFalsy();
      expect(u.asks.en.length, u.id).toBeGreaterThanOrEqual(3);
      expect(u.asks.fr.length, u.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('hedges every answer that rests on an uncertain fact (EN and FR)', () => {
    for (const u of batch) {
      if (uncertainFactIds(u.factIds, register).length === 0) continue;
      expect(u.hedge?.en.trim(), `${u.id} rests on ${uncertainFactIds(u.factIds, register).join(', ')}`).toBeTruthy();
      expect(u.hedge?.fr.trim(), u.id).toBeTruthy();
    }
  });

  it('every follow-up of every unit names a unit or a topic', () => {
    for (const u of allUnits) for (const id of u.followUps) expect(getUnit(id) ?? getTopic(id), `${u.id} → ${id}`).toBeDefined();
  });

  it('the next hotpatch Patch Tuesday moves with today and names the baseline it needs (CAL-1, CAL-3, CAL-10)', () => {
    expect(nextHotpatchTuesday('2026-12-07')).toBe('2026-12-08');
    expect(nextHotpatchTuesday('2026-12-09')).toBe('2027-02-09');
    const u = getUnit('next-hotpatch-tuesday')!;
    expect(materialize(u, { today: '2026-12-07' }).body.en.join(' ')).toMatch(/^8 December 2026: .*needs the latest baseline \(October 2026\)/);
    expect(materialize(u, { today: '2027-01-13' }).body.fr.join(' ')).toMatch(/^9 février 2027 : .*exige la dernière baseline \(janvier 2027\)/);
  });

  it('this month is read from today: December 2026 a hotpatch month, January 2027 a baseline month', () => {
    const u = getUnit('this-month-kind')!;
    expect(materialize(u, { today: '2026-12-07' }).body.en[0]).toMatch(/^December 2026 is a planned hotpatch month/);
    expect(materialize(u, { today: '2027-01-20' }).body.en[0]).toMatch(/^January 2027 is a planned baseline month/);
    expect(materialize(u, { today: '2027-01-20' }).body.fr[0]).toMatch(/^Janvier 2027 est un mois de baseline planifié/);
  });

  it('the end-of-servicing answer lists what has ended by today (LIFE-1, LIFE-2, LIFE-5)', () => {
    const u = getUnit('past-end-of-servicing-no-updates')!;
    expect(materialize(u, { today: '2026-11-01' }).body.en.join(' ')).not.toMatch(/23H2 Enterprise\/Education/);
    expect(materialize(u, { today: '2026-12-07' }).body.en.join(' ')).toMatch(/23H2 Enterprise\/Education \(10 November 2026\)/);
    expect(materialize(u, { today: '2027-10-13' }).body.en.join(' ')).toMatch(
      /Enterprise\/Education today: 25H2 until 10 October 2028, 26H2 until 9 October 2029\)/,
    );
  });
});

describe('French replies name editions in French (issue 11, item 7)', () => {
  it('no unit says Home or Pro in its French title or body (Microsoft quotes « … » aside)', () => {
    for (const u0 of allUnits) {
      const u = materialize(u0, { today: '2026-12-07' });
      for (const line of [u.title.fr, ...u.body.fr]) {
        const own = line.replace(/«[^»]*»/g, '');
        expect(own, `${u.id}: ${line.slice(0, 80)}`).not.toMatch(/\bHome\b/);
        expect(own, `${u.id}: ${line.slice(0, 80)}`).not.toMatch(/(?<!\()\bPro\b(?!\))(?! [ÉE]ducation)/);
      }
    }
  });
});
