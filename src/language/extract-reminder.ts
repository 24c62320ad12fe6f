import type { ReminderSlots } from './types';
import { weekdayNames, weekdayPattern } from './month-words';
import { isValidTimeZone } from '../core/dates';

/**
 * "every Monday at 9:00", "chaque lundi à 9h", "à 8h30", "at 9am", "Europe/Paris", "Paris time".
 * Works on folded text (lower case, no accents).
 */
const zoneAliases: Array<[RegExp, string]> = [
  // Abbreviations only right after a time: French "est" and "cet" are common words.
  [/\bparis\b|\bheure (de )?(france|paris)\b|\d\s*(h|am|pm)?\s*(cet|cest)\b/, 'Europe/Paris'],
  [/\blondon\b|\blondres\b|\buk time\b|\d\s*(am|pm)?\s*(bst|gmt)\b/, 'Europe/London'],
  [/\bbrussels\b|\bbruxelles\b/, 'Europe/Brussels'],
  [/\b(geneva|geneve|zurich)\b/, 'Europe/Zurich'],
  [/\b(montreal|quebec)\b/, 'America/Toronto'],
  [/\btoronto\b|\bnew york\b|\beastern time\b|\d\s*(am|pm)?\s*(est|edt)\b/, 'America/New_York'],
  [/\bpacific time\b|\d\s*(am|pm)?\s*(pst|pdt)\b|\bseattle\b|\blos angeles\b/, 'America/Los_Angeles'],
  [/\bcentral time\b|\d\s*(am|pm)?\s*cst\b|\bchicago\b/, 'America/Chicago'],
  [/\butc\b|\bgmt\b/, 'UTC'],
];

const timePatterns: RegExp[] = [
  /(?<![\d.:])(\d{1,2}):(\d{2})\s*(am|pm|a\.m\.|p\.m\.)?(?![\d:])/,
  /(?<![\d.:])(\d{1,2})\s?h(?:eures?)?(?:\s?(\d{2}))?(?![\d])/,
  /(?<![\d.:])(\d{1,2})()\s?(am|pm|a\.m\.|p\.m\.)(?![a-z])/,
];

function time(t: string): string | undefined {
  for (const re of timePatterns) {
    const m = re.exec(t);
    if (!m) continue;
    let h = Number(m[1]);
    const min = m[2] ? Number(m[2]) : 0;
    const ampm = m[3] ?? '';
    if (ampm && (h < 1 || h > 12)) continue;
    if (/^p/.test(ampm) && h < 12) h += 12;
    if (/^a/.test(ampm) && h === 12) h = 0;
    if (h > 23 || min > 59) continue;
    return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
  }
  return undefined;
}

export function extractReminder(folded: string, rawText: string): ReminderSlots | undefined {
  const out: ReminderSlots = {};
  const wd = new RegExp(`\\b(${weekdayPattern})s?\\b`).exec(folded);
  if (wd) out.day = weekdayNames[wd[1]];
  const t = time(folded.replace(/\b\d{2}h[12]\b/g, ' '));
  if (t) out.time = t;
  const iana = /\b((?:Europe|America|Africa|Asia|Australia|Pacific|Atlantic|Indian)\/[A-Za-z_]+(?:\/[A-Za-z_]+)?)\b/.exec(rawText);
  if (iana && isValidTimeZone(iana[1])) out.timeZone = iana[1];
  else {
    for (const [re, zone] of zoneAliases) {
      if (re.test(folded)) {
        out.timeZone = zone;
        break;
      }
    }
  }
  return Object.keys(out).length ? out : undefined;
}
