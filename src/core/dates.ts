/**
 * Plain-date helpers on 'YYYY-MM-DD' / 'YYYY-MM' strings, the one module for date arithmetic (issue 13):
 * date-fns does the arithmetic on days read in UTC, so the machine's zone and DST never shift a day, and
 * @date-fns/tz's TZDate turns an instant into a zone's date (README, Architecture: no Date objects cross
 * the core boundary).
 */
import { addDays as addDaysFns, addMonths as addMonthsFns, differenceInCalendarDays, getDay } from 'date-fns';
import { constructFromSymbol } from 'date-fns/constants';
import { TZDate, tzOffset } from '@date-fns/tz';
import { HbError } from '../errors';
import { BoundedMemo } from './memo';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** 'YYYY-MM-DD' from calendar fields (month 1-12). */
export function plainDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** 'YYYY-MM' from calendar fields (month 1-12). */
export function plainMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in month m (1-12) of year y, Gregorian leap years. */
export function daysInMonth(y: number, m: number): number {
  return m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : MONTH_DAYS[m - 1]!;
}

/**
 * Fields of a valid 'YYYY-MM-DD', else undefined. A check, not a Date round trip: every calendar and
 * next-reboot step validates its dates, so this runs thousands of times per turn. Years below 100 stay
 * invalid (Date.UTC maps them to 19xx).
 */
function dateFields(s: string): { y: number; m: number; d: number } | undefined {
  const match = DATE_RE.exec(s);
  if (!match) return undefined;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  return y >= 100 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m) ? { y, m, d } : undefined;
}

export function isValidPlainDate(s: string): boolean {
  return dateFields(s) !== undefined;
}

export function isValidMonth(s: string): boolean {
  const m = MONTH_RE.exec(s);
  return m !== null && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

function parseDate(s: string): { y: number; m: number; d: number } {
  const fields = dateFields(s);
  if (!fields) throw new HbError('HB-DATE-001', `"${s}" is not a valid date (expected YYYY-MM-DD, e.g. 2026-11-25)`);
  return fields;
}

export function parseMonth(s: string): { year: number; month: number } {
  if (!isValidMonth(s)) throw new HbError('HB-DATE-002', `"${s}" is not a valid month (expected YYYY-MM, e.g. 2026-01)`);
  const [year, month] = s.split('-').map(Number) as [number, number];
  return { year, month };
}

/**
 * A Date whose local fields are its UTC fields (offset 0): date-fns reads and writes local fields, so on
 * this it counts calendar days with no zone or DST in the way. TZDate in "UTC" does the same through Intl,
 * ten to fifty times slower, and calendars and reminder schedules do this arithmetic in loops.
 */
class UtcDay extends Date {
  override getTimezoneOffset(): number {
    return 0;
  }

  [constructFromSymbol](value: Date | number | string): UtcDay {
    return new UtcDay(+new Date(value));
  }
}
for (const name of Object.getOwnPropertyNames(Date.prototype)) {
  const m = /^(get|set)(?!UTC)(.+)$/.exec(name);
  const utc = m ? (Date.prototype as unknown as Record<string, unknown>)[`${m[1]}UTC${m[2]}`] : undefined;
  if (typeof utc === 'function') Object.defineProperty(UtcDay.prototype, name, { value: utc, writable: true, configurable: true });
}

/** Midnight UTC of a calendar day; setUTCFullYear keeps years 0-99 as they are (Date.UTC would read 19xx). */
function utcDay(y: number, m: number, d: number): UtcDay {
  const t = new UtcDay(0);
  t.setUTCFullYear(y, m - 1, d);
  return t;
}

const dayOf = (s: string): UtcDay => {
  const { y, m, d } = parseDate(s);
  return utcDay(y, m, d);
};

const dateString = (t: Date): string => plainDate(t.getFullYear(), t.getMonth() + 1, t.getDate());

export function addDays(date: string, n: number): string {
  return dateString(addDaysFns(dayOf(date), n));
}

/** -1, 0 or 1; valid plain dates compare like their strings (years of four digits). */
export function compare(a: string, b: string): -1 | 0 | 1 {
  parseDate(a);
  parseDate(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whole days from a to b (b - a). */
export function daysBetween(a: string, b: string): number {
  return differenceInCalendarDays(dayOf(b), dayOf(a));
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: string): number {
  return getDay(dayOf(date));
}

export function monthOf(date: string): string {
  parseDate(date);
  return date.slice(0, 7);
}

export function addMonths(month: string, n: number): string {
  const { year, month: mo } = parseMonth(month);
  const t = addMonthsFns(utcDay(year, mo, 1), n);
  return plainMonth(t.getFullYear(), t.getMonth() + 1);
}

/**
 * One formatter per zone: building an Intl.DateTimeFormat costs ~0.15 ms (measured by bench:turn), and
 * a turn asks for the same zone several times. The cache is a memo of a pure function, not state.
 */
// Bounded: zone names come from users (activity.localTimezone).
const dayFormatters = new BoundedMemo<string, Intl.DateTimeFormat | null>(1000);

function dayFormatter(timeZone: string): Intl.DateTimeFormat | null {
  return dayFormatters.get(timeZone, () => {
    try {
      return new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    } catch {
      return null;
    }
  });
}

/** An IANA zone (or UTC offset) name that Intl knows. TZDate's own check reads "Mars+05" as +05:00. */
export function isValidTimeZone(timeZone: string): boolean {
  return dayFormatter(timeZone) !== null;
}

/**
 * A zone's day per minute: zone offsets change on whole minutes — since 1973 (the last offsets with
 * seconds, e.g. Africa/Monrovia, ended in 1972: older instants are not remembered).
 */
const zoneDays = new BoundedMemo<string, string>(1000);
const WHOLE_MINUTE_OFFSETS_FROM = Date.UTC(1973, 0, 1);

/** The calendar date at instant `now` in an IANA zone (the user's "today"); pure given its arguments. */
export function todayInZone(now: Date, timeZone: string): string {
  const compute = () => {
    const formatter = dayFormatter(timeZone);
    if (!formatter) {
      throw new HbError('HB-DATE-003', `Unknown time zone "${timeZone}" (expected an IANA name, e.g. Europe/Paris)`);
    }
    // @date-fns/tz 1.5 drops the sign of offsets between -01:00 and 00:00 (date-fns/date-fns#4279, open):
    // "-00:30", or Africa/Monrovia until 1972 (-00:44:30), would read as east of Greenwich. Every offset
    // it reports in that band is read with Intl instead.
    const offset = tzOffset(timeZone, now);
    if (offset > 0 && offset < 60) {
      const parts = formatter.formatToParts(now);
      const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
      return plainDate(get('year'), get('month'), get('day'));
    }
    return dateString(new TZDate(now.getTime(), timeZone));
  };
  if (!(now.getTime() >= WHOLE_MINUTE_OFFSETS_FROM)) return compute();
  return zoneDays.get(`${Math.floor(now.getTime() / 60_000)}\n${timeZone}`, compute);
}

/** French writes the first day of a month as an ordinal: « 1er décembre », never « 1 décembre » (Intl writes the latter). */
export function frenchFirst(words: string): string {
  return words.replace(/(^|\s)1 (?=\p{L})/u, '$11er ');
}
