import * as chrono from 'chrono-node';
import type { Locale, Slots } from './types';
import { foldText } from './clean-text';
import { RELEASE_ASKED } from './ask-shape';
import { monthNames, monthPattern, ordinalWords, weekdayNames, weekdayPattern } from './month-words';
import { addDays, addMonths, fmtDate, fmtMonth, isRealDate, isoWeekday, lastDayOfMonth, parseYmd, type Ymd } from './date-utils';

export interface DateContext {
  today: string;
  locale: Locale;
  /** The raw client locale: en-US alone reads 04/14/2026 as month/day. */
  clientLocale?: string;
  /** Past-tense question ("restarted in August"): a bare month means the last one, not the next. */
  past?: boolean;
  /** false: own parsers only (fast; used to compute training signals). */
  useChrono?: boolean;
}

type DateSlots = Pick<Slots, 'date' | 'month' | 'period'>;

const iso = /(?<![\d.])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d.]*\d)/;
const numeric = /(?<![\d./-])(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![\d./-]*\d)/;
const monthYearRe = new RegExp(`\\b(${monthPattern})\\.?(?:\\s+(?:de\\s+|of\\s+)?(\\d{4}))?\\b`);
const quarterRe = new RegExp(
  '\\b(?:(?:[qt])([1-4])|(first|second|third|fourth|last|1st|2nd|3rd|4th|premier|1er|deuxieme|second|' +
    'troisieme|quatrieme|dernier|[1-4]e|[1-4]eme)\\s+(?:quarter|trimestre))(?:\\s*(?:of\\s+|de\\s+)?(\\d{4}))?\\b',
);
const relPeriodRe =
  /\b(this|next|last|past|previous|ce|cette|le|la|du|de\s+la)\s+(week|month|quarter|year|semaine|mois|trimestre|annee)(?:[\s-]+(ci|prochaine?|derniere?|passee?))?\b/;
const relPeriodFrPostRe = /\b(semaine|mois|trimestre|annee|an)\s+(prochaine?|derniere?|passee?)\b/;
/** "the next 3 months", "over the coming six months", "les trois prochains mois": a span from this month. */
const COUNT_WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
};
const COUNT = '(\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|deux|trois|quatre|cinq|sept|huit|neuf|dix|onze|douze)';
const nextMonthsRe = new RegExp(
  `\\b(?:next|coming|following|upcoming)\\s+${COUNT}\\s+months\\b|\\b${COUNT}\\s+(?:prochains|mois\\s+a\\s+venir)\\b(?:\\s+mois)?`,
);
// "in 2027", "the 2027 calendar", and a year before what it dates ("list 2027 restart months", "2027's baselines").
const yearRe =
  /\b(?:in|en|for|pour|during|durant|of|year|annee|an|through|until|jusqu'en|the|de|des)\s+(20\d{2})\b(?!\s*(?:ltsc|server|r2))|(?<!server )\b(20\d{2})(?:'s)?\s+(?:restarts?|reboots?|redemarrages?|patch\w*|calendar|calendrier|schedule|baselines?|months?|mois|hotpatch\w*)\b|\b(?:calendar|calendrier|schedule|planning)\s+(20\d{2})\b/;
const relWeekdayRe = new RegExp(`\\b(next|this|coming|last|past|previous|ce)\\s+(${weekdayPattern})\\b`);
// "lundi prochain" is French word order, with French weekdays only: "mon prochain redémarrage" is "my next restart",
// not "Monday next".
const relWeekdayPostRe = /\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(prochain|dernier|passe)\b/;
/**
 * A day with its English ordinal and no month ("on the 12th?"), ending the clause or followed by "of this month" ("the 2nd
 * Tuesday" is a weekday, not a day); in French « le 12 » / « le 1er » the same way, or followed by "prochain".
 */
const dayOnlyRe = /\b(?:on |by |until |before |after )?the (\d{1,2})(?:st|nd|rd|th)(?=\s*(?:[?!.,;:)'"-]|$|of (?:this|the|next) month|this month|next month))/;
const dayOnlyFrRe = /\ble (\d{1,2})(?:er)?(?= ?(?:[?!.,;]|$| prochain| de ce mois| du mois))/;
const holidaysRe =
  /\b(after (the )?(holidays|christmas|xmas|new year'?s?|festive season)|in the new year|apres (les )?(fetes|fetes de fin d'annee|vacances de noel|noel|le nouvel an|nouvel an)|a la rentree de janvier)\b/;
const everyRe = /\b(every|each|chaque|tous\s+les|toutes\s+les)\s+\w+/g;

/** The nearest such month, gone by or to come: asked in December, November is last month's and January next month's. */
function nearestMonth(today: Ymd, month: number) {
  const ahead = (month - today.m + 12) % 12;
  return ahead <= 6 ? { y: month >= today.m ? today.y : today.y + 1, m: month } : { y: month <= today.m ? today.y : today.y - 1, m: month };
}

function monthInDirection(today: Ymd, month: number, year: number | undefined, past: boolean, release = false) {
  if (year !== undefined) return { y: year, m: month };
  if (release) return nearestMonth(today, month);
  if (past) return { y: month <= today.m ? today.y : today.y - 1, m: month };
  return { y: month >= today.m ? today.y : today.y + 1, m: month };
}

function quarterPeriod(y: number, q: number): NonNullable<Slots['period']> {
  const fromM = (q - 1) * 3 + 1;
  return { from: fmtDate(y, fromM, 1), to: fmtDate(y, fromM + 2, lastDayOfMonth(y, fromM + 2)), label: `Q${q} ${y}` };
}

function weekPeriod(start: Ymd, label: string): NonNullable<Slots['period']> {
  const monday = addDays(start, 1 - isoWeekday(start));
  const sunday = addDays(monday, 6);
  return { from: fmtDate(monday.y, monday.m, monday.d), to: fmtDate(sunday.y, sunday.m, sunday.d), label };
}

function relative(word: string, post: string | undefined): number {
  const w = `${word} ${post ?? ''}`;
  if (/\b(next|prochaine?)\b/.test(w)) return 1;
  if (/\b(last|past|previous|derniere?|passee?)\b/.test(w)) return -1;
  return 0;
}

function relativePeriod(unit: string, offset: number, today: Ymd): DateSlots {
  if (unit === 'week' || unit === 'semaine') {
    return { period: weekPeriod(addDays(today, offset * 7), offset === 0 ? 'this-week' : offset > 0 ? 'next-week' : 'last-week') };
  }
  if (unit === 'month' || unit === 'mois') {
    const { y, m } = addMonths(today.y, today.m, offset);
    return { month: fmtMonth(y, m) };
  }
  if (unit === 'quarter' || unit === 'trimestre') {
    const idx = today.y * 4 + Math.floor((today.m - 1) / 3) + offset;
    return { period: quarterPeriod(Math.floor(idx / 4), (idx % 4) + 1) };
  }
  const y = today.y + offset;
  return { period: { from: fmtDate(y, 1, 1), to: fmtDate(y, 12, 31), label: String(y) } };
}

/** Remove a match so later parsers (and chrono) do not read it twice. */
function consume(text: string, m: RegExpExecArray): string {
  return text.slice(0, m.index) + ' '.repeat(m[0].length) + text.slice(m.index + m[0].length);
}

function numericDate(m: RegExpExecArray, ctx: DateContext, today: Ymd): string | undefined {
  const a = Number(m[1]);
  const b = Number(m[3]);
  const yearText = m[4];
  if (m[2] !== '/' && !yearText) return undefined; // "24.2", "1-2" are no dates without a year
  const usClient = /^en-us$/i.test(ctx.clientLocale ?? '');
  let day = a;
  let month = b;
  if (usClient) {
    if (a <= 12 && b > 12) [day, month] = [b, a];
    else if (a <= 12 && b <= 12 && a !== b) return undefined; // ambiguous for en-US: ask, never guess
  }
  let year = yearText ? Number(yearText.length === 2 ? `20${yearText}` : yearText) : undefined;
  if (year === undefined) {
    year = today.y;
    if (month < today.m || (month === today.m && day < today.d)) year += ctx.past ? 0 : 1;
    else if (ctx.past) year -= 1;
  }
  return isRealDate(year, month, day) ? fmtDate(year, month, day) : undefined;
}

// chrono is the slow part: only call it when a day could be named in words (numeric dates have
// their own parser above). "next"/"prochain" alone is no hint: chrono only gives a day for them next
// to a weekday or month name, which the hint already has ("the next reboot" names no day).
const hintWords = 'today|tomorrow|tonight|yesterday|aujourd|demain|hier|dans|within|weeks?|days?|semaines?|jours?|ago|il y a|noon|midi';
const dayHint = new RegExp(`\\b(${monthPattern}|${weekdayPattern}|${hintWords})\\b`);
// French is parsed by chrono.fr, which reads no English weekday abbreviation: "mon poste", "mon PC" name no Monday
// (and made chrono run on most French device questions).
const FR_WEEKDAYS = weekdayPattern
  .split('|')
  .filter((w) => !/^(mon|tues|tue|wed|thurs|thu|fri|sat|sun)$/.test(w))
  .join('|');
const dayHintFr = new RegExp(`\\b(${monthPattern}|${FR_WEEKDAYS}|${hintWords})\\b`);

function chronoDate(text: string, ctx: DateContext, today: Ymd): { date: string; yearSaid: boolean } | undefined {
  const hint = ctx.locale === 'fr' ? dayHintFr : dayHint;
  if (!hint.test(text)) return undefined;
  // "Windows 11 December 2026 Patch Tuesday" named no 11 December: a product's number is no day.
  text = text.replace(/\b(windows|win|server)\s?(1[01]|20\d\d)\b/g, (s) => s.replace(/\d/g, ' '));
  // Bound chrono's work: only the sentences that may name a day, each cut to 200 characters.
  text = text
    .split(/[.!?;\n]+/)
    .filter((sentence) => hint.test(sentence))
    .slice(0, 3)
    .map((sentence) => sentence.slice(0, 200))
    .join('. ');
  // chrono.en reads "Jan 12" as 12 January (en.GB read it as January 2012); numeric dates never reach chrono (their own parser, above).
  const parser = ctx.locale === 'fr' ? chrono.fr : chrono.en;
  const ref = { instant: new Date(Date.UTC(today.y, today.m - 1, today.d, 12)), timezone: 0 };
  const results = parser.parse(text, ref, { forwardDate: !ctx.past });
  for (const r of results) {
    const s = r.start;
    // "what now?", "right now", « maintenant »: the present moment, not a day asked about.
    if (/^(?:right |just )?now$|^maintenant$/i.test(r.text.trim())) continue;
    // Numbers alone ("31", "12345") are not dates here; numeric dates have their own parser.
    if (!/[a-z]{3,}/.test(r.text)) continue;
    // A duration ("defer for 7 days", « de 30 jours », "by 7 days") is no day; "in 7 days", « dans 3 semaines », "3 days ago" are.
    if (/^(?:for |de |by |pendant |durant )?\S+ (?:days?|weeks?|jours?|semaines?)$/.test(r.text)) continue;
    // A bare weekday ("patch tuesday") is no date; "next Tuesday" / "mardi prochain" is.
    const weekdayOnly = !s.isCertain('day') && s.isCertain('weekday');
    if (weekdayOnly && !/\b(next|this|coming|last|prochaine?|dernier|derniere|ce)\b/.test(r.text)) continue;
    if (!s.isCertain('day') && !weekdayOnly) continue;
    const y = s.get('year');
    const mo = s.get('month');
    const d = s.get('day');
    if (y === null || mo === null || d === null || !isRealDate(y, mo, d)) continue;
    return { date: fmtDate(y, mo, d), yearSaid: s.isCertain('year') };
  }
  return undefined;
}

/** Dates, months and periods named in the text, resolved against `today`. */
export function extractDates(text: string, ctx: DateContext): DateSlots {
  const today = parseYmd(ctx.today);
  if (!today) return {};
  const folded = foldText(text);
  // "Is the November update out?": a release asked names the nearest such month (monthInDirection).
  const release = RELEASE_ASKED.test(folded);
  let t = folded.replace(everyRe, (s) => ' '.repeat(s.length));
  const out: DateSlots = {};
  let m: RegExpExecArray | null;
  // The day found by chrono came without a year (chrono chose the next or last one).
  let yearless = false;

  if ((m = iso.exec(t))) {
    const [y, mo, d] = [Number(m[1]), Number(m[3]), Number(m[4])];
    if (isRealDate(y, mo, d)) out.date = fmtDate(y, mo, d);
    t = consume(t, m);
  }
  if (!out.date && (m = numeric.exec(t))) {
    out.date = numericDate(m, ctx, today);
    t = consume(t, m);
  }
  // "last quarter" (no year, no "the") is the previous quarter, read by the relative rule below; "the last quarter of 2026" is Q4.
  if ((m = quarterRe.exec(t)) && !(m[2] === 'last' && !m[3] && !/\bthe\s+last\s+quarter\b/.test(t))) {
    const q = m[1] ? Number(m[1]) : (ordinalWords[m[2] ?? ''] ?? 0);
    if (q >= 1 && q <= 4) {
      const cq = Math.floor((today.m - 1) / 3) + 1;
      const yr = m[3] ? Number(m[3]) : ctx.past ? (q <= cq ? today.y : today.y - 1) : q >= cq ? today.y : today.y + 1;
      out.period = quarterPeriod(yr, q);
    }
    t = consume(t, m);
  }
  // "next Tuesday", "mardi dernier": own rule, so "dernier" is never read forward.
  if (!out.date && ((m = relWeekdayRe.exec(t)) || (m = relWeekdayPostRe.exec(t)))) {
    const pre = m[0].startsWith(m[1]) && !weekdayNames[m[1]];
    const word = pre ? m[1] : m[2];
    const wd = weekdayNames[pre ? m[2] : m[1]];
    const todayWd = isoWeekday(today);
    const offset = /^(last|past|previous|dernier|passe)$/.test(word)
      ? -((todayWd - wd + 7) % 7 || 7)
      : /^(this|ce)$/.test(word)
        ? (wd - todayWd + 7) % 7
        : (wd - todayWd + 7) % 7 || 7;
    const d = addDays(today, offset);
    out.date = fmtDate(d.y, d.m, d.d);
    t = consume(t, m);
  }
  // "reboot on the 12th?", « on redémarre le 12 ? »: a day of the month alone is the next such day (the last one, asked in the past).
  if (!out.date && !monthYearRe.test(t) && (m = dayOnlyRe.exec(t) ?? dayOnlyFrRe.exec(t))) {
    const day = Number(m[1]);
    const ahead = ctx.past ? day <= today.d : day >= today.d;
    for (let k = 0; k < 3 && !out.date; k += 1) {
      const { y, m: mo } = addMonths(today.y, today.m, (ahead ? 0 : ctx.past ? -1 : 1) + (ctx.past ? -k : k));
      if (isRealDate(y, mo, day)) out.date = fmtDate(y, mo, day);
    }
    t = consume(t, m);
  }
  if (!out.date && ctx.useChrono !== false) {
    const day = chronoDate(
      t.replace(relPeriodRe, (s) => ' '.repeat(s.length)),
      ctx,
      today,
    );
    if (day) {
      out.date = day.date;
      if (!day.yearSaid) yearless = true;
    }
  }
  if (!out.month && (m = monthYearRe.exec(t))) {
    const month = monthNames[m[1]];
    // "may" is an English verb too: only "in/en/of May", "May 2026" count.
    const before = t.slice(Math.max(0, m.index - 12), m.index);
    const verbLike = m[1] === 'may' && !m[2] && !/\b(in|of|for|since|until|by|early|late|mid)\s+$/.test(before);
    if (month && !verbLike) {
      const { y, m: mo } = monthInDirection(today, month, m[2] ? Number(m[2]) : undefined, !!ctx.past, release);
      // "December 2026's Patch Tuesday on December 1st?": a day named without its year takes the year said with its month.
      if (out.date && yearless && m[2] && out.date.slice(5, 7) === fmtMonth(y, mo).slice(5, 7)) out.date = `${m[2]}${out.date.slice(4)}`;
      // With a day found too ("le 1er décembre 2026"), keep the month only when it agrees.
      if (!out.date || out.date.startsWith(fmtMonth(y, mo))) out.month = fmtMonth(y, mo);
      t = consume(t, m);
    }
  }
  // "après les fêtes", "after the holidays", said from November to January: the January that follows (or this one).
  if (!out.period && !out.month && !out.date && (today.m >= 11 || today.m === 1) && (m = holidaysRe.exec(t))) {
    out.month = today.m === 1 ? fmtMonth(today.y, 1) : fmtMonth(today.y + 1, 1);
    t = consume(t, m);
  }
  if (!out.period && !out.month && !out.date && (m = nextMonthsRe.exec(t))) {
    const raw = m[1] ?? m[2] ?? '';
    const n = /^\d+$/.test(raw) ? Number(raw) : (COUNT_WORDS[raw] ?? 0);
    if (n >= 1 && n <= 24) {
      const end = addMonths(today.y, today.m, n - 1);
      out.period = { from: fmtDate(today.y, today.m, 1), to: fmtDate(end.y, end.m, lastDayOfMonth(end.y, end.m)), label: `next-${n}-months` };
    }
    t = consume(t, m);
  }
  if (!out.period && !out.month && ((m = relPeriodRe.exec(t)) || (m = relPeriodFrPostRe.exec(t)))) {
    const isPost = m.length === 3;
    const unit = isPost ? m[1] : m[2];
    const offset = isPost ? relative('', m[2]) : relative(m[1], m[3]);
    // "le mois" alone is no period; "ce mois-ci", "this month", "le mois prochain" are.
    const meaningful = offset !== 0 || /^(this|ce|cette)$/.test(isPost ? '' : m[1]) || m[3] === 'ci';
    if (meaningful) Object.assign(out, relativePeriod(unit === 'an' ? 'annee' : unit, offset, today));
  }
  if (!out.period && !out.month && !out.date && (m = yearRe.exec(t))) {
    const y = Number(m[1] ?? m[2] ?? m[3]);
    out.period = { from: fmtDate(y, 1, 1), to: fmtDate(y, 12, 31), label: String(y) };
  }
  return out;
}
