/**
 * The hand-written date arithmetic src/core/dates.ts had before date-fns (issue 13, commit bcf4b22), kept
 * as the reference the date-fns implementation must agree with (dates-date-fns.property.test.ts).
 * Inputs are valid plain dates / months; validation is the module's own and is tested there.
 */
const DAY_MS = 86_400_000;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function toEpochDay(s: string): number {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

function fromEpochDay(day: number): string {
  const t = new Date(day * DAY_MS);
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

export const addDays = (date: string, n: number): string => fromEpochDay(toEpochDay(date) + n);

export function compare(a: string, b: string): -1 | 0 | 1 {
  const da = toEpochDay(a);
  const db = toEpochDay(b);
  return da < db ? -1 : da > db ? 1 : 0;
}

export const daysBetween = (a: string, b: string): number => toEpochDay(b) - toEpochDay(a);

export const dayOfWeek = (date: string): number => new Date(toEpochDay(date) * DAY_MS).getUTCDay();

export function addMonths(month: string, n: number): string {
  const [year, mo] = month.split('-').map(Number) as [number, number];
  const total = year * 12 + (mo - 1) + n;
  const y = Math.floor(total / 12);
  return `${pad(y, 4)}-${pad(total - y * 12 + 1)}`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's date at an instant, read with Intl.DateTimeFormat.formatToParts. */
export function todayInZone(now: Date, timeZone: string): string {
  let f = formatters.get(timeZone);
  if (!f) formatters.set(timeZone, (f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  const parts = f.formatToParts(now);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return `${pad(get('year'), 4)}-${pad(get('month'))}-${pad(get('day'))}`;
}
