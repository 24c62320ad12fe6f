/**
 * The date parsers' view of src/core/dates (the one module for date arithmetic, issue 13): calendar
 * fields in, calendar fields out. Only the plausible-year rule is the language layer's own.
 */
import { addDays as addPlainDays, addMonths as addPlainMonths, dayOfWeek, daysInMonth, isValidPlainDate, plainDate, plainMonth } from '../core/dates';

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function parseYmd(s: string): Ymd | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return undefined;
  const v = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isRealDate(v.y, v.m, v.d) ? v : undefined;
}

/** A real calendar day in a year people mean in a question (1900-2200). */
export function isRealDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  return isValidPlainDate(plainDate(y, m, d));
}

export const fmtDate = plainDate;
export const fmtMonth = plainMonth;
export const lastDayOfMonth = daysInMonth;

const fields = (s: string): Ymd => ({ y: Number(s.slice(0, 4)), m: Number(s.slice(5, 7)), d: Number(s.slice(8, 10)) });

export function addDays(ymd: Ymd, days: number): Ymd {
  return fields(addPlainDays(plainDate(ymd.y, ymd.m, ymd.d), days));
}

export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const { y: year, m: month } = fields(`${addPlainMonths(plainMonth(y, m), n)}-01`);
  return { y: year, m: month };
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function isoWeekday(ymd: Ymd): number {
  return dayOfWeek(plainDate(ymd.y, ymd.m, ymd.d)) || 7;
}
