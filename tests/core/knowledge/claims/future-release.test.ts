import { describe, expect, it } from 'vitest';
import { futureReleaseClaim } from '../../../../src/core/knowledge/claims';

// CAL-2 (second Tuesday), CAL-10 (planned until published): December 2026's Patch Tuesday is 2026-12-08.
describe('a month’s Patch Tuesday told as released before its day', () => {
  it.each([
    ['Windows 11 December 2026 Patch Tuesday: KB5072033 Update Released', '2026-12-07', 'en'],
    ['Les mises à jour du Patch Tuesday de décembre 2026 ont été publiées hier.', '2026-12-07', 'fr'],
    ['Microsoft has rolled out its January 2027 security updates to all devices.', '2026-12-20', 'en'],
  ] as const)('"%s" on %s is corrected', (text, today, locale) => {
    const found = futureReleaseClaim(text, today);
    expect(found?.check.verdict).toBe('wrong');
    expect(found?.check.correction[locale]).toMatch(locale === 'en' ? /not released yet/ : /pas encore publié/);
  });

  it.each([
    ['Windows 11 December 2026 Patch Tuesday: KB5072033 Update Released', '2026-12-08'],
    ['The November 2026 Patch Tuesday updates were released.', '2026-12-07'],
    ['The December 2026 Patch Tuesday updates will be released on December 8.', '2026-12-07'],
    ['Have the December 2026 Patch Tuesday updates been released?', '2026-12-07'],
    ['December 2026 is a hotpatch month.', '2026-12-07'],
  ])('"%s" on %s is left alone', (text, today) => {
    expect(futureReleaseClaim(text, today)).toBeUndefined();
  });

  it('the correction names the day and today, computed', () => {
    const found = futureReleaseClaim('Patch Tuesday de décembre 2026 : mises à jour publiées', '2026-12-07');
    expect(found?.check.correction.en).toContain('8 December 2026');
    expect(found?.check.correction.fr).toContain('8 décembre 2026');
  });
});
