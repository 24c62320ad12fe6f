import { describe, expect, it } from 'vitest';
import { getUnit, materialize } from '../../../../src/core/knowledge/units';

// CAL-1, CAL-10: on a baseline Patch Tuesday (12 January 2027, 13 April 2027) today's update is a baseline (restart);
// the next baseline is the following quarter's, and today's Patch Tuesday is never called a hotpatch month.
describe('the next-baseline answer on a baseline Patch Tuesday', () => {
  const unit = getUnit('next-baseline')!;

  it.each([
    ['2027-01-12', /^13 April 2027: /, '12 January 2027', /^13 avril 2027 : /, '12 janvier 2027'],
    ['2027-04-13', /^13 July 2027: /, '13 April 2027', /^13 juillet 2027 : /, '13 avril 2027'],
  ])('on %s', (today, enOpen, enToday, frOpen, frToday) => {
    const { en, fr } = materialize(unit, { today }).body;
    expect(en[0]).toMatch(enOpen);
    expect(fr[0]).toMatch(frOpen);
    expect(en[1]).toContain(`${enToday}, is itself a planned baseline (restart)`);
    expect(fr[1]).toContain(`${frToday}, est lui-même une baseline planifiée`);
    expect(en.join(' ')).not.toMatch(/hotpatch month/);
    expect(fr.join(' ')).not.toMatch(/mois de hotpatch/);
  });

  it('the day before a baseline and in a hotpatch month stay as they were', () => {
    expect(materialize(unit, { today: '2027-01-11' }).body.en.slice(0, 2).join(' ')).toMatch(/^12 January 2027: .* That is also the next Patch Tuesday\.$/);
    expect(materialize(unit, { today: '2027-01-13' }).body.en[1]).toMatch(/^The next Patch Tuesday, 9 February 2027, is a planned hotpatch month/);
  });
});
