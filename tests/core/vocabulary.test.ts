import { describe, expect, it } from 'vitest';
import { localeTag, type Locale } from '../../src/core/vocabulary';

describe('localeTag: one BCP 47 tag per reply language and use', () => {
  it.each([
    ['en', 'dates', 'en-GB'],
    ['fr', 'dates', 'fr-FR'],
    ['en', 'message', 'en-US'],
    ['fr', 'message', 'fr-FR'],
    ['en', 'numbers', 'en-US'],
    ['fr', 'numbers', 'fr-FR'],
  ] as const)('%s for %s → %s', (locale, use, tag) => {
    expect(localeTag(locale, use)).toBe(tag);
  });

  it('dates are day first in English (en-GB), as every reply writes them', () => {
    const d = new Date(Date.UTC(2027, 0, 12));
    expect(new Intl.DateTimeFormat(localeTag('en', 'dates'), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d)).toBe(
      '12 January 2027',
    );
  });

  it('a locale read back from storage that is not fr reads as English, as before', () => {
    expect(localeTag('de' as Locale, 'dates')).toBe('en-GB');
    expect(localeTag('' as Locale, 'message')).toBe('en-US');
  });
});
