/**
 * Plain-date helpers on 'YYYY-MM-DD' / 'YYYY-MM' strings. All arithmetic goes through Date.UTC so
 * the machine's zone and DST never shift a day (README, Architecture: no Date objects cross the core boundary).
 */
import { HbError } from '../errors';
import { BoundedMemo } from './memo';

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

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(y: number, m: number): number {
  return m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : MONTH_DAYS[m - 1]!;
}

/**
 * Fields of a valid 'YYYY-MM-DD', else undefined. Arithmetic, not a Date round trip: every calendar
 * and next-reboot step validates its dates, so this runs thousands of times per turn. Years below 100
 * stay invalid (Date.UTC maps them to 19xx).
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
  // Month arithmetic on a month count (no Date: next reboot walks months for every question).
  const total = year * 12 + (mo - 1) + n;
  const y = Math.floor(total / 12);
  return `${pad(y, 4)}-${pad(total - y * 12 + 1)}`;
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

export function isValidTimeZone(timeZone: string): boolean {
  return dayFormatter(timeZone) !== null;
}

/**
 * A zone's day per minute: formatToParts is the costly part of a turn's clock reading, and zone
 * offsets change on whole minutes — since 1973 (the last offsets with seconds, e.g. Africa/Monrovia,
 * ended in 1972: older instants are not remembered).
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
    const parts = formatter.formatToParts(now);
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    return plainDate(get('year'), get('month'), get('day'));
  };
  if (!(now.getTime() >= WHOLE_MINUTE_OFFSETS_FROM)) return compute();
  return zoneDays.get(`${Math.floor(now.getTime() / 60_000)}\n${timeZone}`, compute);
}
