import { describe, expect, it } from 'vitest';
import { getUnit, materialize } from '../../../../src/core/knowledge/units';
import { consumerVersions, endedVersionsBrief } from '../../../../src/core/knowledge/units/servicing-words';

// LIFE-1/2: 23H2 Home/Pro 2025-11-11, Enterprise/Education 2026-11-10; 24H2 Home/Pro 2026-10-13, Enterprise/Education
// 2027-10-12. LIFE-3: 25H2 Home/Pro 2027-10-12. LIFE-5: past that day a version gets no update at all.
describe('what is past its end of servicing, in words, on the day asked', () => {
  it.each([
    ['2026-11-01', 'Windows 11 23H2 Home/Pro, 24H2 Home/Pro, Windows 10 without ESU'],
    ['2026-12-07', 'Windows 11 23H2, 24H2 Home/Pro, Windows 10 without ESU'],
    ['2027-10-13', 'Windows 11 23H2, 24H2, 25H2 Home/Pro, Windows 10 without ESU'],
  ])('on %s: %s', (today, words) => {
    expect(endedVersionsBrief(today, 'en')).toBe(words);
  });

  it('says it in French', () => {
    expect(endedVersionsBrief('2026-12-07', 'fr')).toBe('Windows 11 23H2, 24H2 Famille/Professionnel, Windows 10 sans ESU');
    expect(consumerVersions('2026-12-07', 'fr')).toEqual({ ended: '23H2 et 24H2', firstServiced: '25H2' });
    expect(consumerVersions('2027-10-13', 'en')).toEqual({ ended: '23H2, 24H2 and 25H2', firstServiced: '26H2' });
  });

  it('the ineligible-device answer excepts what has ended by today', () => {
    const u = getUnit('ineligible-still-patched')!;
    expect(materialize(u, { today: '2026-12-07' }).body.en[1]).toBe(
      'A version past its end of servicing (today: Windows 11 23H2, 24H2 Home/Pro, Windows 10 without ESU) gets no update at all — upgrade it.',
    );
    const restarts = getUnit('updates-restart-automatically')!;
    expect(materialize(restarts, { today: '2026-12-07' }).body.en[2]).toMatch(
      /today 25H2 or later\) they restart .*; Home\/Pro 23H2 and 24H2 are past end of servicing/,
    );
  });
});
