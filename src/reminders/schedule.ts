import { TZDate } from '@date-fns/tz';
import { addDays, dayOfWeek, todayInZone } from '../core/dates';

/** The weekly rule of a subscription: ISO weekday (1 = Monday) and HH:mm, local to an IANA zone. */
export interface WeeklyRule {
  day: number;
  time: string;
  timeZone: string;
}

/**
 * The instant of `time` on a local date in a zone. Computed with @date-fns/tz so the server's own zone
 * never matters. DST: a time that does not exist (spring forward, 02:30) moves forward by the gap
 * (03:30); a time that exists twice (fall back) is the later one — TZDate's rules, pinned by tests.
 */
export function instantAt(localDate: string, time: string, timeZone: string): Date {
  const [y, m, d] = localDate.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return new Date(new TZDate(y, m - 1, d, hh, mm, timeZone).getTime());
}

const isoWeekday = (date: string) => dayOfWeek(date) || 7;

/** The local calendar date (YYYY-MM-DD) of an instant in a zone: src/core/dates, remembered per zone and minute. */
export function localDate(at: Date, timeZone: string): string {
  return todayInZone(at, timeZone);
}

/** Occurrences of the rule in (from, to], oldest first. */
export function occurrencesBetween(rule: WeeklyRule, from: Date, to: Date): Date[] {
  const out: Date[] = [];
  if (to <= from) return out;
  // Local dates are scanned with a day of margin on both sides: zones are at most ±14 h from UTC.
  let date = addDays(localDate(from, rule.timeZone), -1);
  const last = addDays(localDate(to, rule.timeZone), 1);
  for (; date <= last; date = addDays(date, 1)) {
    if (isoWeekday(date) !== rule.day) continue;
    const at = instantAt(date, rule.time, rule.timeZone);
    if (at > from && at <= to) out.push(at);
  }
  return out;
}

/** The first occurrence strictly after `after`. */
export function nextOccurrence(rule: WeeklyRule, after: Date): Date {
  const found = occurrencesBetween(rule, after, new Date(after.getTime() + 8 * 86_400_000));
  return found[0]!;
}

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** "mon" / "monday" / "lundi" / "1" → 1 … 7, else undefined. */
export function parseWeekday(s: string): number | undefined {
  const v = s.trim().toLowerCase();
  const fr = ['lun', 'mar', 'mer', 'jeu', 'ven', 'sam', 'dim'];
  if (/^[1-7]$/.test(v)) return Number(v);
  const i = WEEKDAYS.findIndex((d) => v.startsWith(d));
  if (i >= 0) return i + 1;
  const j = fr.findIndex((d) => v.startsWith(d));
  return j >= 0 ? j + 1 : undefined;
}

/** "9:00", "09:00", "9h", "9h30" → "09:00"/"09:30", else undefined. */
export function parseTime(s: string): string | undefined {
  const m = /^(\d{1,2})(?:[:h](\d{2})?)?$/.exec(s.trim().toLowerCase());
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = m[2] ? Number(m[2]) : 0;
  if (h > 23 || min > 59) return undefined;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}
