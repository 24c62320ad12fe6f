import { foldText } from './clean-text';
import { stemBoth } from './stemmers';

/**
 * Text → bag of stems for the intent classifier. Every token is stemmed by both the English and
 * the French Snowball stemmers of NLP.js, so one model serves both languages and mixed messages
 * ("mon laptop a reboot hier"). Stop words are dropped; a small typo tolerance maps unknown
 * tokens to a known one at edit distance 1 (2 for long words).
 */

const stopWords = new Set(
  (
    'a an the and or of to in on at for with is are was were be been am i me my we our you your it its this that ' +
    'these those there here do does did have has had can could would should will shall just so very really pls please ' +
    'le la les un une des du de d l au aux et ou est sont mon ma mes notre nos votre vos ton ta tes je tu il elle ' +
    'nous vous ils elles on ce cet cette ces en y s t c qu que se sa son ses lui leur leurs avec pour par sur dans ' +
    'ai as a avons avez ont etes suis fait faire bien tres svp stp plz'
  ).split(/\s+/),
);

// Chat spellings and common typos, folded: applied to the classifier's tokens and to the text the cues read.
/**
 * A word table with no prototype: a user's word is looked up in it, and "constructor" or "__proto__"
 * must find nothing (an Object literal answered with Object's own function, and the stemmer threw).
 */
function ownWords(words: Record<string, string>): Record<string, string> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, string>, words));
}

const spelling: Record<string, string> = ownWords({
  pls: 'please',
  plz: 'please',
  thx: 'thanks',
  ty: 'thanks',
  tks: 'thanks',
  mrc: 'merci',
  mci: 'merci',
  rebot: 'reboot',
  reeboot: 'reboot',
  reboto: 'reboot',
  rbt: 'reboot',
  restat: 'restart',
  restar: 'restart',
  restartd: 'restarted',
  rebootd: 'rebooted',
  rebooted: 'rebooted',
  nxt: 'next',
  nex: 'next',
  '2day': 'today',
  '2morrow': 'tomorrow',
  tmrw: 'tomorrow',
  yday: 'yesterday',
  coz: 'because',
  cuz: 'because',
  redemarage: 'redemarrage',
  redemmarrage: 'redemarrage',
  redemarer: 'redemarrer',
  redemare: 'redemarre',
  hotpach: 'hotpatch',
  hotptach: 'hotpatch',
  'hot-patch': 'hotpatch',
  patchtuesday: 'patch tuesday',
  elligible: 'eligible',
  eligble: 'eligible',
  eligable: 'eligible',
  elegible: 'eligible',
  eligibilty: 'eligibility',
  eligiblity: 'eligibility',
  elligibility: 'eligibility',
  defalt: 'default',
  deafult: 'default',
  defualt: 'default',
  requirments: 'requirements',
  requirment: 'requirement',
  requiremnts: 'requirements',
  restrat: 'restart',
  restrt: 'restart',
  hotpacth: 'hotpatch',
  hotpatc: 'hotpatch',
  elligibles: 'eligibles',
  remindr: 'remind',
  reminde: 'remind',
  bcp: 'beaucoup',
  cmt: 'comment',
  pq: 'pourquoi',
  pk: 'pourquoi',
  pkoi: 'pourquoi',
  koi: 'quoi',
  qd: 'quand',
  kan: 'quand',
  wen: 'when',
  wat: 'what',
  wut: 'what',
  y: 'why',
  u: 'you',
  r: 'are',
  ur: 'your',
  stp: 'svp',
  quik: 'quick',
  qick: 'quick',
  recup: 'recuperation',
});
// Synonyms that only the classifier folds together ("pc", "laptop" → device).
const aliases: Record<string, string> = ownWords({
  ...spelling,
  hotfix: 'hotpatch',
  hotpatching: 'hotpatch',
  hotpatches: 'hotpatch',
  hotpatchs: 'hotpatch',
  rappelle: 'rappel',
  pc: 'device',
  laptop: 'device',
  machine: 'device',
  ordi: 'ordinateur',
  portable: 'ordinateur',
  poste: 'ordinateur',
});

/** Chat spellings fixed word by word in folded text ("nxt rebot pls" → "next reboot please"). */
export function fixSpelling(folded: string): string {
  return folded.replace(/[a-z0-9'-]+/g, (w) => spelling[w] ?? w);
}

/** The alias of a chat spelling or common typo, else the token. */
export function canonicalToken(token: string): string {
  return aliases[token] ?? token;
}

export function tokenize(text: string): string[] {
  return foldText(text)
    .replace(/<[^>]*>/g, ' ')
    .split(/[^a-z0-9+#]+/)
    .filter((t) => t.length > 0 && t.length < 40);
}

export function stemsOf(token: string): string[] {
  const t = aliases[token] ?? token;
  if (/^\d+$/.test(t)) return /^20\d\d$/.test(t) ? ['#year'] : [];
  if (/^\d{2}h[12]$/.test(t)) return ['#osversion'];
  const [en, fr] = stemBoth(t);
  return en === fr ? [en] : [en, fr];
}

function editDistanceAtMost(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      rowMin = Math.min(rowMin, cur[j]);
    }
    if (rowMin > max) return false;
    prev = cur;
  }
  return prev[b.length] <= max;
}

export class Vocabulary {
  private readonly byInitial = new Map<string, string[]>();
  private readonly set: Set<string>;
  private readonly memo = new Map<string, string>();
  constructor(words: Iterable<string>) {
    this.set = new Set(words);
    // Typos rarely hit the first letter: comparing within one initial keeps this fast.
    for (const w of [...this.set].filter((x) => x.length >= 4).sort()) {
      const list = this.byInitial.get(w[0]) ?? [];
      list.push(w);
      this.byInitial.set(w[0], list);
    }
  }
  has(word: string): boolean {
    return this.set.has(word);
  }
  /** The closest known token, or the token itself. Deterministic: first match in sorted order. */
  correct(token: string): string {
    if (token.length < 5 || this.set.has(token) || aliases[token]) return token;
    const cached = this.memo.get(token);
    if (cached !== undefined) return cached;
    // Distance 2 only for long words: "automatic" must not become "automate".
    const max = token.length >= 10 ? 2 : 1;
    let result = token;
    for (const w of this.byInitial.get(token[0]) ?? []) {
      if (editDistanceAtMost(token, w, max)) {
        result = w;
        break;
      }
    }
    if (this.memo.size > 5000) this.memo.clear();
    this.memo.set(token, result);
    return result;
  }
}

/** Content tokens of a text (stop words removed), before stemming. */
export function contentTokens(text: string): string[] {
  return tokenize(text).filter((t) => !stopWords.has(t));
}

export function featuresOf(tokens: string[], extra: string[] = []): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of tokens) for (const s of stemsOf(t)) out[s] = 1;
  for (const e of extra) out[e] = 1;
  return out;
}
