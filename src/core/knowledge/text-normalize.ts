/**
 * Text → comparable tokens for keyword matching: accent- and case-insensitive, EN+FR, with a light
 * suffix stemmer applied identically to questions and keywords (so "redémarré", "Redémarrer" and
 * "redemarre" meet on one stem; "restarts" and "restarting" too). Pure and deterministic.
 */

/** Stop words: they may appear in a keyword phrase (matched in place) but carry no weight. */
const STOP_WORDS = (
  'a an the is are was be do does did i my me we our you your it its to of in on for at by with from and or not no ' +
  'can could should would will what which who how when where why this that these those there any some has have had ' +
  'le la les l un une des du de d et ou en au aux a pour par sur dans avec sans ce cet cette ces qui que quoi qu est ' +
  'mon ma mes notre nos votre vos il elle on nous vous je j ne pas se sa son ses y t s comment quel quels quelle quelles'
).split(' ');

/** Words so common in this domain that they only tip a tie. */
const GENERIC_WORDS = [
  'hotpatch',
  'hotpatches',
  'hotpatching',
  'windows',
  'update',
  'updates',
  'mise',
  'jour',
  'device',
  'devices',
  'appareil',
  'pc',
  'microsoft',
  'qmr',
  'quick',
  'machine',
  'recovery',
  'recuperation',
  'rapide',
  'vbs',
];

export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, ' ')
    .replace(/[^a-z0-9+]+/g, ' ')
    .trim();
}

export function stem(word: string): string {
  let w = word;
  if (w.length <= 3 || /^\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if ((w.endsWith('s') && !w.endsWith('ss')) || w.endsWith('x')) w = w.slice(0, -1);
  // No "-ed" rule on purpose: "restarted" (why did it?) and "restart" (will it?) are different questions here.
  for (const suffix of ['ing', 'ement', 'ment', 'er', 'ee', 'e']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  return w;
}

// Built after stem() so both lists compare against stemmed tokens.
const STOP = new Set(STOP_WORDS.map(stem));
const GENERIC = new Set(GENERIC_WORDS.map(stem));

export function tokens(text: string): string[] {
  const folded = foldText(text);
  return folded ? folded.split(' ').map(stem) : [];
}

/** In keyword phrases, "*" stands for up to GAP words ("why * restart" ≈ "why did my laptop restart"). */
export const GAP = '*';
const MAX_GAP = 3;

/** Keyword → tokens, keeping "*" gaps (foldText would drop them). */
export function keywordTokens(keyword: string): string[] {
  return keyword
    .split(/\s*\*\s*/)
    .map((part) => tokens(part))
    .flatMap((part, i) => (i === 0 ? part : [GAP, ...part]));
}

/** Weight of a phrase: content words count 1 (domain-generic ones 0.5); a multi-word phrase gets +0.5. */
export function phraseWeight(phrase: string[]): number {
  let w = 0;
  for (const t of phrase) {
    if (t === GAP || STOP.has(t)) continue;
    w += GENERIC.has(t) ? 0.5 : 1;
  }
  return w === 0 ? 0 : w + (phrase.length > 1 ? 0.5 : 0);
}

export function containsPhrase(haystack: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0) return false;
  for (let i = 0; i < haystack.length; i++) if (matchesAt(haystack, i, phrase, 0)) return true;
  return false;
}

function matchesAt(h: readonly string[], i: number, p: readonly string[], j: number): boolean {
  if (j === p.length) return true;
  if (p[j] === GAP) {
    for (let skip = 0; skip <= MAX_GAP && i + skip <= h.length; skip++) if (matchesAt(h, i + skip, p, j + 1)) return true;
    return false;
  }
  return i < h.length && h[i] === p[j] && matchesAt(h, i + 1, p, j + 1);
}
