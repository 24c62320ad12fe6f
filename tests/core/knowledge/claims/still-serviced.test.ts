import { describe, expect, it } from 'vitest';
import { stillServicedClaim } from '../../../../src/core/knowledge/claims';

// LIFE-1: 23H2 Home/Pro 2025-11-11, Enterprise/Education 2026-11-10; LIFE-2: 24H2 Home/Pro 2026-10-13, Enterprise/Education 2027-10-12.
describe('a version told as still serviced after its end of servicing', () => {
  it.each([
    ['23H2 just keeps getting the normal monthly updates with reboots.', '2026-12-07', /23H2 reached its end of servicing on 10 November 2026/],
    ['24H2 Pro still receives security updates every month.', '2026-12-07', /24H2 Home\/Pro reached its end of servicing on 13 October 2026/],
    ['La 24H2 Famille reçoit toujours les correctifs.', '2026-12-07', /24H2 Home\/Pro/],
    ['24H2 Enterprise is still supported.', '2027-10-13', /24H2 Enterprise\/Education reached its end of servicing on 12 October 2027/],
  ])('"%s" on %s is out of date', (text, today, words) => {
    const found = stillServicedClaim(text, today);
    expect(found?.check.verdict).toBe('outdated');
    expect(found?.check.correction.en).toMatch(words);
  });

  it.each([
    ['24H2 Enterprise still receives security updates every month.', '2026-12-07'],
    ['24H2 still gets monthly updates.', '2026-12-07'],
    ['23H2 no longer gets updates.', '2026-12-07'],
    ['Does 23H2 still get updates?', '2026-12-07'],
    ['23H2 Enterprise still gets the monthly update.', '2026-11-10'],
  ])('"%s" on %s is left alone', (text, today) => {
    expect(stillServicedClaim(text, today)).toBeUndefined();
  });
});
