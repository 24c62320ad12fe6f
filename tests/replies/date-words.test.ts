import { describe, expect, it } from 'vitest';
import { dateBoth, longDate, monthName } from '../../src/replies/format';
import { reminderDate } from '../../src/replies/reminder-card';

/**
 * The one date-in-words function (issue 13): the CLI used a hand-written month table
 * (calendar-export/labels.ts); Intl writes the words, and French writes the first of a month as an ordinal
 * ("1er janvier 2027", as the acceptance case TC-19 answers).
 */
describe('dates in words, EN and FR', () => {
  it.each([
    ['2027-01-12', 'en', '12 January 2027'],
    ['2027-01-12', 'fr', '12 janvier 2027'],
    ['2027-01-01', 'en', '1 January 2027'],
    ['2027-01-01', 'fr', '1er janvier 2027'],
    ['2026-08-15', 'fr', '15 août 2026'],
    ['2026-02-28', 'fr', '28 février 2026'],
    ['2026-12-31', 'en', '31 December 2026'],
    ['not-a-date', 'en', 'not-a-date'],
  ] as const)('longDate(%s, %s) → %s', (iso, locale, words) => {
    expect(longDate(iso, locale)).toBe(words);
  });

  it.each([
    ['2027-01', 'en', 'January 2027'],
    ['2027-01', 'fr', 'janvier 2027'],
    ['2026-08', 'fr', 'août 2026'],
    ['2026-12', 'en', 'December 2026'],
  ] as const)('monthName(%s, %s) → %s', (month, locale, words) => {
    expect(monthName(month, locale)).toBe(words);
  });

  it.each([
    ['2026-12-08', 'en', false, '8 December 2026 (2026-12-08)'],
    ['2026-12-08', 'fr', false, '8 décembre 2026 (2026-12-08)'],
    ['2026-12-08', 'fr', true, 'mardi 8 décembre 2026 (2026-12-08)'],
  ] as const)('dateBoth(%s, %s, weekday %s) → %s', (iso, locale, weekday, words) => {
    expect(dateBoth(iso, locale, weekday)).toBe(words);
  });

  it.each(['en', 'fr'] as const)('the reminder card writes its dates as dateBoth with the weekday (%s)', (locale) => {
    for (const iso of ['2026-12-08', '2027-01-12', '2027-02-09']) {
      expect(reminderDate(iso, locale)).toBe(dateBoth(iso, locale, true));
      expect(reminderDate(iso, locale)).toMatch(new RegExp(`^${locale === 'fr' ? 'mardi' : 'Tuesday'},? \\d+ \\S+ \\d{4} \\(${iso}\\)$`));
    }
  });
});
