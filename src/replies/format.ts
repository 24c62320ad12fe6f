import { type Locale, localeTag } from '../core/vocabulary';
import { BoundedMemo } from '../core/memo';
import { frenchFirst } from '../core/dates';

/**
 * Dates are shown twice: in words for people and in ISO for tools and tests that grep
 * ("12 January 2027 (2027-01-12)"). Plain dates never go through the user's zone (calendar contract).
 */
// Building an Intl.DateTimeFormat costs far more than using one (profiled in bench:turn): keep them.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: Locale, kind: 'long' | 'weekday' | 'month'): Intl.DateTimeFormat {
  const key = `${locale}:${kind}`;
  let f = formatters.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      kind === 'month'
        ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
        : { ...(kind === 'weekday' ? { weekday: 'long' as const } : {}), day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
    f = new Intl.DateTimeFormat(localeTag(locale, 'dates'), options);
    formatters.set(key, f);
  }
  return f;
}

function toUtcDate(iso: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!m) return undefined;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, m[3] ? Number(m[3]) : 1));
}

// Formatting is still ~5 µs a date and a reply shows the same few dates again and again: remember
// the words (a memo of a pure function; bounded, since dates in questions come from users).
const words = new BoundedMemo<string, string | undefined>(5000);
function dateWords(iso: string, locale: Locale, kind: 'long' | 'weekday' | 'month'): string | undefined {
  return words.get(`${kind}:${locale}:${iso}`, () => {
    const d = toUtcDate(iso);
    if (!d) return undefined;
    const text = formatter(locale, kind).format(d);
    return locale === 'fr' && kind !== 'month' ? frenchFirst(text) : text;
  });
}

/**
 * "12 January 2027" / "12 janvier 2027"; an unparsable value is returned as is. The one date-in-words
 * function: the CLI's answers use it too (calendar-export's own month table was removed, issue 13).
 */
export function longDate(iso: string, locale: Locale): string {
  return dateWords(iso, locale, 'long') ?? iso;
}

/** "Tuesday 12 January 2027 (2027-01-12)" / "mardi 12 janvier 2027 (2027-01-12)". */
export function dateBoth(iso: string, locale: Locale, withWeekday = false): string {
  const w = dateWords(iso, locale, withWeekday ? 'weekday' : 'long');
  return w === undefined ? iso : `${w} (${iso})`;
}

/** "January 2027" / "janvier 2027" for a YYYY-MM month. */
export function monthName(month: string, locale: Locale): string {
  return dateWords(month, locale, 'month') ?? month;
}

/** Licence/eligibility answers always say "according to Microsoft documentation as of <date>". */
export function asOfLine(asOf: string, locale: Locale): string {
  return locale === 'fr'
    ? `D'après la documentation Microsoft au ${dateBoth(asOf, locale)}.`
    : `According to Microsoft documentation as of ${dateBoth(asOf, locale)}.`;
}

export function pick<T>(locale: Locale, en: T, fr: T): T {
  return locale === 'fr' ? fr : en;
}

/** "Label: value" / "Libellé : valeur" (French puts a space before the colon). */
export function kv(locale: Locale, label: string, value: string): string {
  return `${label}${locale === 'fr' ? ' : ' : ': '}${value}`;
}
