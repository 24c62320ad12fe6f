import { RING_POLICY_BOUNDS, type RingPolicy } from '../core/calendar';

/**
 * An update ring's numbers said in the question ("our ring has a 7-day deferral and a 2-day deadline", "report de
 * 5 jours, échéance de 3 jours, période de grâce de 2 jours"): the next reboot is computed with them instead of the
 * organisation's configured RING_* policy (CAL-8: deferral 0–30, deadline 0–30, grace 0–7 days). A number out of
 * those bounds is not a ring setting and is left out. Reads folded text.
 */
const N = '(\\d{1,2})';
const PATTERNS: Record<keyof RingPolicy, RegExp[]> = {
  deferralDays: [
    new RegExp(`${N}[ -]days?(?: quality(?: update)?)? deferrals?\\b`),
    new RegExp(`\\bdefer(?:ral|red|s)?(?: period)?(?: of| by| is| set to)? ${N} days?\\b`),
    // "defers quality updates by 7 days", "we defer them for 5 days": a few words between the verb and its number.
    new RegExp(`\\bdefer(?:ral|red|s)?(?: (?!feature)[a-z]+){1,4}? (?:by|for|of) ${N} days?\\b`),
    new RegExp(`\\breport(?: de qualite)?(?: de| a)? ${N} jours?\\b`),
    // « reporte les mises à jour qualité de 5 jours »
    new RegExp(`\\breport(?:e|ent|ons|ez|es)?(?: (?!fonctionnalit)[a-z']+){0,5}? (?:de|a) ${N} jours?\\b`),
    new RegExp(`\\b${N} jours? de report\\b`),
    // « report 3j », "deferral 7d": the number after the word, nothing between.
    new RegExp(`\\b(?:report|deferral) ${N} (?:jours?|days?)\\b`),
  ],
  deadlineDays: [
    new RegExp(`${N}[ -]days? deadlines?\\b`),
    new RegExp(`\\bdeadlines?(?: of| is| set to)? ${N} days?\\b`),
    new RegExp(`\\becheances?(?: de| a)? ${N} jours?\\b`),
    new RegExp(`\\b${N} jours? d'echeance\\b`),
    new RegExp(`\\b(?:echeance|deadline) ${N} (?:jours?|days?)\\b`),
  ],
  graceDays: [
    new RegExp(`${N}[ -]days? grace(?: period)?\\b`),
    new RegExp(`\\bgrace period(?: of| is| set to)? ${N} days?\\b`),
    new RegExp(`\\bperiode de grace(?: de| a)? ${N} jours?\\b`),
    new RegExp(`\\b${N} jours? de grace\\b`),
  ],
};

/** The ring's numbers, and the text without the phrases that said them ("a 7 day deferral" is no date in 7 days). */
export function extractRing(folded: string): { ring?: Partial<RingPolicy>; rest: string } {
  const ring: Partial<RingPolicy> = {};
  // Chat abbreviations: "report 3j", "7d deferral".
  let rest = folded.replace(/\b(\d{1,2}) ?j\b/g, '$1 jours').replace(/\b(\d{1,2}) ?d\b/g, '$1 days');
  for (const field of Object.keys(PATTERNS) as (keyof RingPolicy)[]) {
    for (const re of PATTERNS[field]) {
      const m = re.exec(rest);
      if (!m) continue;
      const v = Number(m[1]);
      const { min, max } = RING_POLICY_BOUNDS[field];
      if (v >= min && v <= max) ring[field] = v;
      rest = rest.slice(0, m.index) + ' '.repeat(m[0].length) + rest.slice(m.index + m[0].length);
      break;
    }
  }
  return Object.keys(ring).length ? { ring, rest } : { rest: folded };
}
