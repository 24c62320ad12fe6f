import { localeTag, type Locale } from '../../vocabulary';
import { frenchFirst } from '../../dates';

/** A plain date in words, for unit bodies computed from the core ("12 January 2027" / "12 janvier 2027"). */
const formatters: Record<Locale, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat(localeTag('en', 'dates'), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  fr: new Intl.DateTimeFormat(localeTag('fr', 'dates'), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

export function dateWords(iso: string, locale: Locale): string {
  const words = formatters[locale].format(new Date(`${iso}T00:00:00Z`));
  return locale === 'fr' ? frenchFirst(words) : words;
}

const monthFormatters: Record<Locale, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat(localeTag('en', 'dates'), { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  fr: new Intl.DateTimeFormat(localeTag('fr', 'dates'), { month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** "October 2026" / "octobre 2026" for a YYYY-MM month. */
export function monthWords(month: string, locale: Locale): string {
  return monthFormatters[locale].format(new Date(`${month}-15T00:00:00Z`));
}
