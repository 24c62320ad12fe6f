/**
 * Plain-date helpers on 'YYYY-MM-DD' / 'YYYY-MM' strings. All arithmetic goes through Date.UTC so
 * the machine's zone and DST never shift a day (design.md: no Date objects cross the core boundary).
 */
import { HbError } from '../errors';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;
const DAY_MS = 86_400_000;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** 'YYYY-MM-DD' from UTC calendar fields (month 1-12). */
export function plainDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function isValidPlainDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

export function isValidMonth(s: string): boolean {
  const m = MONTH_RE.exec(s);
  return m !== null && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

function parseDate(s: string): { y: number; m: number; d: number } {
  if (!isValidPlainDate(s)) throw new HbError('HB-DATE-001', `"${s}" is not a valid date (expected YYYY-MM-DD, e.g. 2026-11-25)`);
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  return { y, m, d };
}

export function parseMonth(s: string): { year: number; month: number } {
  if (!isValidMonth(s)) throw new HbError('HB-DATE-002', `"${s}" is not a valid month (expected YYYY-MM, e.g. 2026-01)`);
  const [year, month] = s.split('-').map(Number) as [number, number];
  return { year, month };
}

function toEpochDay(s: string): number {
  const { y, m, d } = parseDate(s);
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

function fromEpochDay(day: number): string {
  const t = new Date(day * DAY_MS);
  return plainDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

export function addDays(date: string, n: number): string {
  return fromEpochDay(toEpochDay(date) + n);
}

/** -1, 0 or 1; plain dates (or months) compare like their strings once validated. */
export function compare(a: string, b: string): -1 | 0 | 1 {
  const da = toEpochDay(a);
  const db = toEpochDay(b);
  return da < db ? -1 : da > db ? 1 : 0;
}

/** Whole days from a to b (b - a). */
export function daysBetween(a: string, b: string): number {
  return toEpochDay(b) - toEpochDay(a);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: string): number {
  return new Date(toEpochDay(date) * DAY_MS).getUTCDay();
}

export function monthOf(date: string): string {
  parseDate(date);
  return date.slice(0, 7);
}

export function addMonths(month: string, n: number): string {
  const { year, month: mo } = parseMonth(month);
  const t = new Date(Date.UTC(year, mo - 1 + n, 1));
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}`;
}

/**
 * One formatter per zone: building an Intl.DateTimeFormat costs ~0.15 ms (measured by bench:turn), and
 * a turn asks for the same zone several times. The cache is a memo of a pure function, not state.
 */
const dayFormatters = new Map<string, Intl.DateTimeFormat | null>();

function dayFormatter(timeZone: string): Intl.DateTimeFormat | null {
  let f = dayFormatters.get(timeZone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    } catch {
      f = null;
    }
    // Bounded: zone names come from users (activity.localTimezone); cap the memo.
    if (dayFormatters.size < 1000) dayFormatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  return dayFormatter(timeZone) !== null;
}

/** The calendar date at instant `now` in an IANA zone (the user's "today"); pure given its arguments. */
export function todayInZone(now: Date, timeZone: string): string {
  const formatter = dayFormatter(timeZone);
  if (!formatter) {
    throw new HbError('HB-DATE-003', `Unknown time zone "${timeZone}" (expected an IANA name, e.g. Europe/Paris)`);
  }
  const parts = formatter.formatToParts(now);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return plainDate(get('year'), get('month'), get('day'));
}
