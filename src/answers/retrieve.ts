import { allUnits, type AnswerUnit, type Product } from '../core/knowledge/units';
import type { Architecture, Edition } from '../core/device-profile';
import { CHANGE_ASKED, fixSpelling, foldText, HOW_COME, isStopword, productNamesSaid, RESTART, stemsOf } from '../language';
import { concept } from './retrieval-concepts';
import { UnitIndex } from './unit-index';

/**
 * Ranking of answer units (issue 11): MiniSearch (BM25+) over each unit's questions, title and
 * keywords (not the body: its many words ranked neighbouring units as well and cost time), EN and FR in one index, with the NLP.js stemmers the language layer already
 * uses (called as features.stemsOf does). Domain signals then boost or damp units: the product the
 * question names (hotpatch / QMR / Windows Server / Windows 10 / Graph) and whether it names one at all.
 */

// Words that carry no meaning for ranking, EN and FR (chat greetings included). Question words
// (what, how, when, quoi, comment, quand…) stay: "what is QMR?" asks a definition, "how" a procedure.
const STOP = new Set(
  (
    'a an the and or of to in on at for with is are was were be been am i me my we our you your it its this that these those there here do does did have has had ' +
    'can could would should will shall just so very really please hi hello thanks thank cheers regards team any some if not no yes ' +
    'le la les un une des du de d l au aux et ou est sont mon ma mes notre nos votre vos je tu il elle nous vous ils elles on ce cet cette ces en y s t c qu que qui se sa son ses ' +
    'avec pour par sur dans pas ne plus ai as avons avez ont bonjour merci svp est-ce faut-il'
  ).split(/\s+/),
);

/** Token → index terms: folded, stop words dropped, numbers kept as they are, words stemmed EN and FR. */
export function termsOf(token: string): string[] | null {
  // Chat spellings first ("defalt" → "default"), so that a typo still reaches its concept.
  const t = fixSpelling(foldText(token));
  if (t.length < 2 || STOP.has(t)) return null;
  const c = concept(t);
  if (c) return [c];
  // A Windows Update error code (0x800f0922, 0x80070643): one concept, so that any code finds the install-errors subject.
  if (/^0x[0-9a-f]{8}$/.test(t)) return ['errorcode'];
  if (/^[\d.]+$/.test(t)) return [t];
  const stems = stemsOf(t).filter((s) => s.length > 1);
  return stems.length ? stems : null;
}

/** Words, keeping dotted names whole (26100.2033, KB numbers) and also giving their parts ("msinfo32.exe" → msinfo32, exe). */
const tokenize = (text: string): string[] =>
  text
    .split(/[^\p{L}\p{N}._+#]+/u)
    .map((w) => w.replace(/^[._]+|[._]+$/g, ''))
    .filter(Boolean)
    .flatMap((w) => (/[._]/.test(w) && /\p{L}/u.test(w) ? [w, ...w.split(/[._]+/).filter(Boolean)] : [w]));

interface Doc {
  id: string;
  asks: string;
  title: string;
  keywords: string;
  /** Technical identifiers the unit shows (API names, registry values, builds, KBs): an exact match is specific. */
  ids: string;
}

/** camelCase / PascalCase names, KB numbers, build numbers (26100.2033), /SwitchNames: specific words. */
const IDENTIFIER = /\b(?:[a-z]+[A-Z][A-Za-z0-9]*|[A-Z][a-z0-9]+[A-Z][A-Za-z0-9]*|KB\d{6,7}|\d{5}\.\d{3,5})\b/g;
function identifiersOf(text: string): string {
  return [...new Set(text.match(IDENTIFIER) ?? [])].join(' ');
}

const toDoc = (u: AnswerUnit): Doc => ({
  id: u.id,
  asks: [...u.asks.en, ...u.asks.fr].join('\n'),
  title: `${u.title.en}\n${u.title.fr}`,
  keywords: [...u.keywords.en, ...u.keywords.fr].join('\n'),
  ids: identifiersOf([...u.body.en, ...(u.commands ?? []).map((c) => c.code)].join(' ')),
});

/** Every word a unit says or is asked with (asks, title, keywords, body, commands), as index terms. */
function vocabularyOf(u: AnswerUnit): ReadonlySet<string> {
  const text = [
    ...u.asks.en,
    ...u.asks.fr,
    u.title.en,
    u.title.fr,
    ...u.keywords.en,
    ...u.keywords.fr,
    ...u.body.en,
    ...u.body.fr,
    ...(u.commands ?? []).map((c) => c.code),
  ];
  return new Set(tokenize(text.join(' ')).flatMap((w) => termsOf(w) ?? []));
}

/**
 * Share of the question's distinct content words the unit speaks about (a word counts when one of its
 * EN/FR stems is in the unit's vocabulary). A long post about a neighbouring subject (a Terraform
 * error, Secure Boot DBX, an Azure VM API) shares a few domain words with the best unit, and most of
 * its words with none: a low coverage says the unit answers another question.
 */
export function coverageOf(question: string | QuestionTerms, u: AnswerUnit): { words: number; coverage: number } {
  const vocabulary = retrievalData().vocabularies.get(u.id) ?? vocabularyOf(u);
  const words = typeof question === 'string' ? questionTermsOf(question) : question;
  let covered = 0;
  for (const terms of words) if (terms.some((t) => vocabulary.has(t))) covered += 1;
  return { words: words.length, coverage: words.length ? covered / words.length : 0 };
}

/** An update's KB number (kb5070881): one unit at most is about it, and a post that names it is about that. */
const KB_TERM = /^kb\d{6,8}$/;
/** The question names a KB number that the unit speaks about. */
export function namesKbOf(words: QuestionTerms, u: AnswerUnit): boolean {
  const vocabulary = retrievalData().vocabularies.get(u.id) ?? vocabularyOf(u);
  return words.some((terms) => terms.some((t) => KB_TERM.test(t) && vocabulary.has(t)));
}

let kbUnits: ReadonlyMap<string, readonly string[]> | undefined;
/** The one unit whose title, questions or keywords name a KB number the question names (a body may cite it in passing). */
export function unitOfKb(words: QuestionTerms): string | undefined {
  kbUnits ??= (() => {
    const m = new Map<string, string[]>();
    for (const u of allUnits) {
      // A broad topic lists KBs among its keywords; a precise unit is about its KB.
      if (u.decline || u.broad) continue;
      // Tokenised as questions are (questionTermsOf), so that a KB is named alike on both sides.
      const named = tokenize([u.title.en, ...u.asks.en, ...u.keywords.en].join(' '))
        .map((t) => t.toLowerCase())
        .filter((t) => KB_TERM.test(t));
      for (const kb of new Set(named)) m.set(kb, [...(m.get(kb) ?? []), u.id]);
    }
    return m;
  })();
  const ids = new Set(words.flatMap((terms) => terms.flatMap((t) => (KB_TERM.test(t) ? (kbUnits!.get(t) ?? []) : []))));
  return ids.size === 1 ? [...ids][0] : undefined;
}

/** A question's distinct content words (function words dropped), each as its index terms: read once per question. */
export type QuestionTerms = readonly (readonly string[])[];
export function questionTermsOf(text: string): QuestionTerms {
  const out: string[][] = [];
  for (const w of new Set(tokenize(queryOf(text)).map((x) => x.toLowerCase()))) {
    const terms = isStopword(w) ? null : termsOf(w);
    if (terms) out.push(terms);
  }
  return out;
}

/** The search index and each unit's vocabulary (for coverageOf): built together, once, lazily (a few ms). */
let data: { index: UnitIndex<Doc>; vocabularies: ReadonlyMap<string, ReadonlySet<string>> } | undefined;
const unitById = new Map(allUnits.map((u) => [u.id, u]));

function retrievalData(): NonNullable<typeof data> {
  if (!data) {
    const index = new UnitIndex<Doc>({
      fields: ['asks', 'title', 'keywords', 'ids'],
      tokenize,
      processTerm: termsOf,
      searchOptions: { boost: { asks: 3, title: 2, keywords: 2, ids: 2 }, combineWith: 'OR', fuzzy: false },
    });
    index.addAll(allUnits.map(toDoc));
    data = { index, vocabularies: new Map(allUnits.map((u) => [u.id, vocabularyOf(u)])) };
  }
  return data;
}

/** Built once, lazily: the units are constant data. */
export function unitIndex(): UnitIndex<Doc> {
  return retrievalData().index;
}

/** Build the unit index and vocabularies and load the stemmers now (start-up), not on the first user's question. */
export function warmUpRetrieval(): void {
  rankUnits('When is the next reboot? Quand est le prochain redémarrage ?');
}

/**
 * A PC that no longer starts is what quick machine recovery is for (QMR-1): "my PC won't boot after the
 * update", "le PC ne démarre plus" name its subject without its name.
 */
const NO_BOOT =
  /\b((won'?t|wont|doesn'?t|does not|can'?t|cannot|will not|fails? to|failed to|no longer) (boot|start( up)?)|boot ?loops?|stuck (on|at) (the )?(boot|startup|automatic repair)|ne (demarre|boote) (plus|pas)|(pcs?|postes?|ordis?|ordinateurs?|machines?|portables?|laptops?)( [^ ]+){0,3} (ne )?(demarre|demarrent|boote|bootent) (plus|pas)|(plus|pas) (demarrer|booter)|boucle de (demarrage|redemarrage)|(redemarre|reboote|redemarrent|rebootent) en boucle|(reboots?|restarts?|rebooting|restarting) in a loop|(reboot|restart) loops?|bloque au demarrage|failed (startup|boot)s?|(startup|boot) failures?|fails? to start|demarrages? rates?|echecs? (de|au) demarrage|boucle sans fin)\b/;

/** The RemoteRemediation CSP's setting names (QMR-10), folded: "SetTimeToReboot" names QMR without its name. */
const QMR_CSP = /\b(enable)?(cloud|auto) ?remediation\w*|\bset ?time ?to ?reboot\b|\bset ?retry ?interval\b|\bremoteremediation\b/;

/**
 * The words that name the products a text names ("…, and what does it cost?", a post's last question "Can we do that
 * mid-day?"): carried to a question whose pronouns stand for them.
 */
const PRODUCT_WORDS: Partial<Record<Product, string>> = {
  hotpatch: 'hotpatch',
  qmr: 'quick machine recovery',
  server: 'Windows Server',
  windows10: 'Windows 10',
  graph: 'Graph',
};
export function productWordsOf(folded: string): string {
  return [...productsNamed(folded)].map((p) => PRODUCT_WORDS[p]).join(' ');
}

/** The product a question names, from its words (several may be named). */
export function productsNamed(folded: string): Set<Product> {
  const p = new Set<Product>();
  // « correctif à chaud », « mise à jour à chaud »: hotpatch's French names (as ANCHOR reads them).
  if (/\bhot-?patch|\b(correctifs?|mises? a jour|patchs?) a chaud\b/.test(folded)) p.add('hotpatch');
  // reagentc configures WinRE and QMR's recovery settings (QMR-12): "reagentc /getrecoverysettings" names QMR.
  if (
    /\b(qmr|quick machine recovery|recuperation (de la )?(machine )?rapide|winre|remediation|reagentc(\.exe)?)\b/.test(folded) ||
    QMR_CSP.test(folded) ||
    NO_BOOT.test(folded)
  )
    p.add('qmr');
  // "pour les serveurs", "on our servers": machines that are servers (a single "server" is often WSUS's or an update server).
  if (/\b(windows server|server 20(16|19|22|25)|azure edition|azure arc|\barc\b|datacenter|servers|serveurs)/.test(folded)) p.add('server');
  if (/\b(windows|win) ?10\b/.test(folded)) p.add('windows10');
  if (/\b(graph|\/beta\/|\/v1\.0\/|api\b|managed ?devices|catalog)/.test(folded)) p.add('graph');
  return p;
}

/**
 * Words of the bot's own subject (hotpatch, QMR, Patch Tuesday, baselines, Autopatch, VBS, CHPE,
 * Windows 11 versions, end of servicing, eligibility, Cloud PC / AVD).
 */
const ANCHOR =
  /\b(hot ?-?patch\w*|qmr|quick machine recovery|recuperation (de la )?(machine )?rapide|winre|patch tuesday|baselines?|autopatch|quality update polic\w*|strategies? de mises? a jour qualite|vbs|virtuali[sz]ation[- ]based security|securite basee sur la virtualisation|securite virtualisee|chpe|allowrebootlessupdates|windowsqualityupdate\w*|azure edition|azure arc|end of (servicing|support|life)|(support|servicing) (will )?(end|ends|ended|ending)|fin (de |du |au |de la )?(service|support|vie|maintenance|prise en charge)|reagentc|remote ?remediation|msinfo32|deviceguard\w*|hardwareinformation|ishotpatch\w*|hotpatchenabled|qualityupdatecatalogentr\w*|productrevisions?|memory integrity|integrite de la memoire|hvci|eligib\w*|cloud pc|windows 365|azure virtual desktop|rebootless|no-?reboot|(without|no) (requiring |needing |the need for |need for |having to )?(a |any )?(restart|reboot)\w*|sans (necessiter |exiger |avoir besoin d'un |besoin d'un |besoin de )?(aucun |de |le |d'un |un )?(redemarr\w*|reboot\w*)|mises? a jour de reference|bases? de reference|reparation rapide|recuperation automatique|point-in-time restore|restauration a un point dans le temps|out-of-band|out of band|oob|hors bande|unplanned baselines?)\b/;

/** When an update ring restarts devices is the bot's subject (the next reboot per ring policy, CAL-8): its settings with a restart. */
const RING_SETTING =
  /\b(update rings?|anneaux? de mise a jour|anneaux? intune|deadlines?|echeances?|grace period|periode de grace|active hours|heures d'activite)\b/;
/** The prompt Windows Update shows ("Restart required", "pending restart", « redémarrage requis »). */
const RESTART_PROMPT =
  /\b(restart required|reboot required|pending (restart|reboot)|(restart|reboot) pending|redemarrage (requis|necessaire|en attente)|(update|updates|windows update) (requires?|needs?) (a )?(restart|reboot)|requires? (a )?(restart|reboot) to (finish|complete)|forced (restart|reboot)s?|(necessite|exige|demande) un redemarrage|redemarrages? (force|forces|impose|imposes))\b/;

/** A chat question's length in words, at most (a news post is longer). */
const CHAT_WORDS = 25;
const isChat = (folded: string): boolean => folded.split(/\s+/).length < CHAT_WORDS;
const MONTHS_EN = 'january|february|march|april|may|june|july|august|september|october|november|december';
const MONTHS_FR = 'janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre';
const MONTHS = `(${MONTHS_EN}|${MONTHS_FR})`;
const MISSED_UPDATE = new RegExp(
  String.raw`\b(missed|missing|miss|skipped|rate|ratee|rates|manque|manquee|manques|loupe|loupee|pas eu|pas recu)\b.{0,25}\b(monthly update|security update|cumulative update|baselines?|lcu|(${MONTHS_EN}) (update|patch|baseline)|maj (de |d')?\w+|mises? a jour (de |d')?(${MONTHS_FR}))\b`,
);
const MONTH_UPDATE = new RegExp(
  String.raw`\b${MONTHS}('s)? (windows |security |cumulative |monthly |quality )*(updates?|patch\w*)\b|\b(security|cumulative|monthly|windows) (updates?|patch) (of|for) ${MONTHS}\b|\b(maj|mises? a jour|correctifs?|patchs?)( de (securite|secu)| cumulatives?| mensuelles?| windows)+ (de |d')${MONTHS}\b`,
);
const OPTIONAL_PREVIEW =
  /\b(optional (preview|non-security|update)|preview updates?|d release|(preversions?|apercus?|mises? a jour) (facultatives?|optionnelles?|non liees? a la securite))\b/;
const SECURITY_UPDATES =
  /\b(security (updates?|patch\w*|fixes)|monthly (updates?|patch\w*)|(maj|mises? a jour|correctifs?|patchs?) (de (securite|secu)|mensuel\w*))\b/;
const RING = /\b(rings?|anneaux?)\b/;
const DEFERRAL = /\b(defer\w*|postpone\w*|differ\w*|report\w*|delai|decal\w*|repouss\w*|retard\w*)\b/;
const UPDATES_SAID = /\b(quality updates?|feature updates?|mises? a jour (qualite|de qualite|de fonctionnalites)|maj (qualite|de qualite))\b/;
const WINDOWS_UPDATE = /\b(windows update|windows updates|mises? a jour windows|windows update for business)\b/;

/** The question names the bot's own subject. */
/**
 * A Windows 11 version alone ("25H2") says Windows, not the bot's subject (tool compatibility, upgrade
 * problems are neighbours); with Graph/Intune, restarts or support dates it is the bot's subject.
 */
const VERSION = /\b\d\dh[12]\b/;
const WINDOWS_10 = /\b(windows 10|win ?10|esu)\b/;
// "Does 23H2 still get updates?", « la 23H2 reçoit-elle encore des mises à jour ? » ask its servicing (LIFE-1).
const WITH_VERSION =
  /\b(graph|intune|restart\w*|reboot\w*|redemarr\w*|support\w*|servic\w*|lifecycle|cycle de vie|maintenu\w*|maintenance|still (get|gets|getting|receive|receives|receiving|patched)|(recoit|recoivent|recevoir|recevra)(-t-elle|-t-il|-elle|-il)? encore|keeps? (getting|receiving)|how long|(toujours|encore) (couverte?s?|a jour|protegee?s?)|couverte?s? (niveau|en|cote) secu\w*)\b/;

const SUPPORT_WORD = /\b(support\w*|pris en charge|fin de vie|end of life|eol|maintenu\w*)\b/;
/** Updates still received ("still getting updates", « encore des maj », "updates anymore"): the words near each other. */
const STILL_UPDATED =
  /\b(still|encore|toujours|plus)\b.{0,30}\b(updates?|updated|patch\w*|fix\w*|mises? a jour|maj|correctifs?)\b|\b(updates?|updated|patch\w*|mises? a jour|maj|correctifs?)\b.{0,20}\b(anymore|any more|encore|toujours)\b/;

export function anchored(text: string): boolean {
  // Typos of the product's name ("hotptach", "hotpach") name it too.
  return anchoredFolded(productNamesSaid(fixSpelling(foldText(text))));
}

/** `anchored` for a text already folded, spelling-fixed and with the products' descriptive names said (rankUnits has it). */
function anchoredFolded(folded: string): boolean {
  return (
    ANCHOR.test(folded) ||
    NO_BOOT.test(folded) ||
    QMR_CSP.test(folded) ||
    (VERSION.test(folded) && (WITH_VERSION.test(folded) || STILL_UPDATED.test(folded))) ||
    (RING_SETTING.test(folded) && RESTART.test(folded)) ||
    // Windows 10 (ESU) restarts are the bot's subject too: it never gets hotpatch (HP-OS-4), so it restarts every month.
    (WINDOWS_10.test(folded) && RESTART.test(folded)) ||
    // "Is Windows 10 still getting updates?", « win10 encore des maj ? »: its servicing after its end of support (LIFE-4).
    (WINDOWS_10.test(folded) && STILL_UPDATED.test(folded)) ||
    // « windows 10 est plus supporté, vrai ? »: its support, in a chat question (a post names it in passing).
    (WINDOWS_10.test(folded) && SUPPORT_WORD.test(folded) && isChat(folded)) ||
    // "Can I postpone the restart?", "redémarrage requis": a restart to move or the update's own prompt is the bot's subject.
    (RESTART.test(folded) && CHANGE_ASKED.test(folded)) ||
    RESTART_PROMPT.test(folded) ||
    // "They were off all October and missed the October update": a monthly update missed is the bot's subject (CAL-3, behind a baseline).
    MISSED_UPDATE.test(folded) ||
    // "Why does Windows Update keep restarting my computer?": Windows Update's own restarts are the bot's subject.
    (WINDOWS_UPDATE.test(folded) && RESTART.test(folded)) ||
    // "Is the December security update out yet?", « la maj de sécu de décembre sort quand ? »: a month's update is Patch Tuesday's (CAL-2).
    // (In a chat question: a news post names months' updates in passing.)
    (MONTH_UPDATE.test(folded) && isChat(folded)) ||
    // « y aura une préversion facultative le 22 décembre ? »: the optional preview ("D") release (CAL-9).
    OPTIONAL_PREVIEW.test(folded) ||
    // « combien de fois par an les postes doivent redémarrer pour les maj de sécu ? »: restarts for the monthly security updates.
    (RESTART.test(folded) && SECURITY_UPDATES.test(folded)) ||
    // « combien de jours max on peut différer les maj qualité dans un anneau ? »: a ring's deferral of updates (CAL-8).
    (RING.test(folded) && (DEFERRAL.test(folded) || UPDATES_SAID.test(folded)))
  );
}

/** The declined subjects that have decisive words (AnswerUnit.cue). */
const CUED_DECLINES: readonly AnswerUnit[] = allUnits.filter((u) => u.decline && u.cue);
/** The message names a declined subject by its decisive words ("BitLocker recovery key", "UEFI CA 2023"), whatever its length. */
export function namesDeclinedSubject(text: string): boolean {
  const folded = fixSpelling(foldText(text));
  return CUED_DECLINES.some((u) => u.cue!.test(folded));
}
/** The score a cued decline gets when nothing else matched: above the bars that make a decline count (knowledge-answer.ts). */
const ANSWER_FLOOR = 1000;
/** Content words from which a decisive word makes the post that subject's (RERANK_WORDS' "chat question" bar). */
const CUE_MIN_WORDS = 8;

/** From this many distinct content words a question is a post, not a chat question (knowledge-answer.ts reads it too). */
export const LONG_POST_WORDS = 20;

const SPECIFIC: ReadonlySet<Product> = new Set(['qmr', 'server', 'graph', 'windows10']);

/** What the language layer read besides words: the month asked about and the tense. */
export interface RankContext {
  month?: string;
  past?: boolean;
  /** Windows version named ("25H2"). */
  version?: string;
  /** Windows edition named ("LTSC", "Famille"). */
  edition?: Edition;
  /** Processor named ("Arm", "Snapdragon", "Intel"). */
  architecture?: Architecture;
}

/**
 * The words searched: each distinct word once, at most MAX_QUERY_WORDS (a long post — logs, quotes —
 * costs stemming per word; its question and subject are in its words, not in their repetitions).
 */
export const MAX_QUERY_WORDS = 80;
/** Hotpatch's French names are hotpatch to the index: « correctif à chaud » is not a question about « correctifs » in general. */
const HOTPATCH_FR = /\b(correctifs?|mises? [àa] jour|patchs?) [àa] chaud\b/giu;
function queryOf(text: string): string {
  const seen = new Set<string>();
  const raw = text.replace(HOW_COME, (m) => (/^how/i.test(m) ? 'why' : 'pourquoi')).replace(HOTPATCH_FR, 'hotpatch');
  // Folded only where a product's descriptive name was said (folding drops the accents that French stop words are listed with).
  const folded = foldText(raw);
  const named = productNamesSaid(folded);
  const said = named === folded ? raw : named;
  for (const w of tokenize(said)) {
    const k = w.toLowerCase();
    if (!seen.has(k)) seen.add(k);
    if (seen.size >= MAX_QUERY_WORDS) break;
  }
  return [...seen].join(' ');
}

/** The units that define a subject, and those that explain how it works (read by the kind of question asked). */
const DEFINITION_UNITS: ReadonlySet<string> = new Set([
  'what-is-hotpatch',
  'what-is-qmr',
  'what-is-a-baseline',
  'what-is-chpe',
  'patch-tuesday-second-tuesday',
  'what-is-out-of-band',
]);
const MECHANISM_UNITS: ReadonlySet<string> = new Set(['how-hotpatch-works', 'qmr-recovery-steps', 'qmr-vs-hotpatch']);
/** The unit answers the kind of question asked: a definition unit to "what is X?", a mechanism unit to "how does X work?". */
export function answersKind(unitId: string, kind: 'definition' | 'mechanism'): boolean {
  return (kind === 'definition' ? DEFINITION_UNITS : MECHANISM_UNITS).has(unitId);
}
const QMR_RECOVERY_UNITS: ReadonlySet<string> = new Set(['what-is-qmr', 'qmr-recovery-steps']);

/** The unit about a device that missed the latest baseline (CAL-3). */
const BEHIND_BASELINE = 'behind-baseline';
/** The unit that gives a past month's restart reasons (computed for the month asked). */
const PAST_MONTH_REASONS = 'why-restarted';

const TIME_WORD = /\b(dates?|next|last|latest|upcoming|previous|prochain\w*|dernier\w*|derniere\w*|precedent\w*)\b/;

/** A definition ("what is X", "qu'est-ce que X", "c'est quoi X") or a mechanism ("how does X work", "comment fonctionne X"). */
export function kindOfAsk(folded: string): 'definition' | 'mechanism' | undefined {
  // "What's the difference between a hotpatch and a cumulative update?" is answered by how each works.
  if (
    /\b(how does|how do|how is)\b.{0,40}\bwork|\bhow\b.{0,30}\bworks\b|\bcomment (ca )?(fonctionne|marche)|\b(ca|il|elle) (fonctionne|marche) comment\b|\bfonctionnement (du|de la|des)\b|\bdifferences? (between|entre)\b/.test(
      folded,
    )
  )
    return 'mechanism';
  // "What is the next baseline?" asks a date, not what a baseline is.
  if (/\b(what is|what's|what are|qu.?est-ce qu\w*|qu.?est ce qu\w*|c.?est quoi|que (veut dire|signifie))\b/.test(folded) && !TIME_WORD.test(folded))
    return 'definition';
  return undefined;
}

/** A procedure asked: "how do I enable…", "how to turn on…", "comment activer…", "comment configurer…". */
const SETS_UP =
  /\b(how (do|can|should) (i|we|you) |how to |where (do|can) (i|we) )(enable|turn on|switch on|configure|set up|setup|deploy|roll out|activate|opt in)\b|\bcomment (on )?(activer|active|configurer|configure|deployer|mettre en place)\b|\bou (activer|configurer)\b/;

/** Units asked about restarts (one of their questions names one): "Win10 ESU PCs restart monthly" is theirs, not "does Windows 10 still get updates?". */
const ASKS_RESTART: ReadonlySet<string> = new Set(
  allUnits.filter((u) => [...u.asks.en, ...u.asks.fr].some((a) => RESTART.test(fixSpelling(foldText(a))))).map((u) => u.id),
);

/** Units whose title is about VBS (virtualization-based security). */
const VBS_UNITS: ReadonlySet<string> = new Set(allUnits.filter((u) => /\bVBS\b/.test(u.title.en)).map((u) => u.id));
const VBS_NAMED = /\b(vbs|virtuali[sz]ation|virtualisation|memory integrity|integrite de la memoire|hvci|device ?guard|core isolation|isolation du noyau)\b/;

/** Units titled "… without <Name>" ("Turn on QMR without Intune"): the name, folded. */
const WITHOUT_NAME: ReadonlyMap<string, RegExp> = new Map(
  allUnits.flatMap((u) => {
    const m = /\b(?:without|sans) ([A-Z][A-Za-z0-9]+)/.exec(u.title.en);
    return m ? [[u.id, new RegExp(`\\b${foldText(m[1]!)}\\b`)] as const] : [];
  }),
);
/** The question itself says "without", "sans", "no", "pas de", "hors", "except". */
const NEGATED_NAME = /\b(without|sans|no|not|non|pas d\w*|hors|except|sauf|aucun\w*)\b/;

export interface Ranked {
  unit: AnswerUnit;
  score: number;
  /** Share of the question's content words the unit speaks about (coverageOf), read once per candidate. */
  coverage: number;
}

/** Units ranked for a question, best first, with the domain boosts applied. */
/** `terms`: the question's content words when the caller already has them (retrieval reads them once per question). */
export function rankUnits(text: string, limit = 5, ctx: RankContext = {}, terms: QuestionTerms = questionTermsOf(text)): Ranked[] {
  const folded = productNamesSaid(fixSpelling(foldText(text)));
  const named = productsNamed(folded);
  const anchor = anchoredFolded(folded);
  const asks = kindOfAsk(folded);
  const noBoot = NO_BOOT.test(folded);
  const setsUp = SETS_UP.test(folded);
  const restartNamed = RESTART.test(folded);
  const missedUpdate = MISSED_UPDATE.test(folded);
  const results = unitIndex().rank(queryOf(text), {
    limit,
    boostDocument: (id) => {
      const u = unitById.get(String(id));
      if (!u) return 1;
      if (u.decline) return anchor ? 0.6 : 1;
      // A unit answers one question precisely: it goes before a broad topic on equal words.
      let b = u.broad ? 1 : 1.2;
      if (named.has(u.product)) b *= 1.4;
      // A unit about one product (QMR, Server, Graph, Windows 10) needs that product named.
      else if (SPECIFIC.has(u.product)) b *= 0.55;
      // A question that names QMR and not hotpatch is about QMR: "is QMR on by default on Home?" is not "can Home get hotpatch?".
      else if (u.product === 'hotpatch' && named.has('qmr') && !named.has('hotpatch')) b *= 0.7;
      // Windows 10 restarting is its own subject (it never gets hotpatch, HP-OS-4): "our Win10 ESU PCs reboot every Patch Tuesday";
      // a long post names Windows 10 in passing ("Windows 10 and 11 users…").
      if (named.has('windows10') && !named.has('hotpatch') && restartNamed && terms.length < LONG_POST_WORDS)
        b *= u.product === 'windows10' && ASKS_RESTART.has(u.id) ? 2 : u.product === 'calendar' ? 0.7 : 1;
      // "What is X?" wants a definition; "how does X work?" the mechanism — whatever else the post says.
      if (asks === 'definition' && DEFINITION_UNITS.has(u.id)) b *= 2.5;
      if (asks === 'mechanism' && MECHANISM_UNITS.has(u.id)) b *= 2.5;
      // "How do I enable/configure X?" asks a procedure: the setup units before those that say where the state shows.
      if (setsUp && u.intent === 'admin-setup') b *= 1.3;
      // A unit about VBS answers a question that names VBS: "how to enable hotpatch" is not "enable VBS for hotpatch".
      if (VBS_UNITS.has(u.id) && !VBS_NAMED.test(folded)) b *= 0.6;
      // "Turn on QMR via Intune" names Intune to use it: the unit about doing it "without Intune" is the other question.
      const absent = WITHOUT_NAME.get(u.id);
      if (absent?.test(folded) && !NEGATED_NAME.test(folded)) b *= 0.5;
      // "My PC won't boot": what quick machine recovery does is the answer, not a unit that says "Secure Boot".
      if (noBoot && QMR_RECOVERY_UNITS.has(u.id)) b *= 2.5;
      // The month asked about ("restarted in June" → last June) and the tense.
      if (ctx.month && u.months?.includes(ctx.month)) b *= 2;
      // …and a unit about other versions is not about the one named ("does 25H2 support hotpatch?" is not the 26H2 unit).
      if (ctx.version && u.versions) b *= u.versions.includes(ctx.version) ? 2 : 0.6;
      // A unit about some editions answers a question about them: "is QMR on by default?" asks the defaults, not Home's.
      if (u.editions) b *= !ctx.edition ? 0.8 : u.editions.includes(ctx.edition) ? 2 : 0.6;
      // The processor named: "does hotpatch work on Intel processors?" is about x64, whatever "work" resembles.
      if (ctx.architecture && u.architectures?.includes(ctx.architecture)) b *= 2;
      // A unit about some processors answers a question about them: "does 25H2 support hotpatch?" is not "since when on Arm64?".
      else if (u.architectures && !ctx.architecture) b *= 0.8;
      if (ctx.past && u.intent === 'why-restarted') b *= 1.3;
      // A restart that happened in a month named ("a redémarré en août, pourquoi ?") asks that month's reasons, not whether Windows restarts at all.
      if (ctx.past && ctx.month && restartNamed && u.id === PAST_MONTH_REASONS) b *= 2;
      // "They missed the October update, what happens in December?": a device behind the latest baseline (CAL-3).
      if (missedUpdate && u.id === BEHIND_BASELINE) b *= 2;
      // "When was the last Patch Tuesday?" asks the past: not a unit that computes the next one.
      if (ctx.past && u.future) b *= 0.5;
      return b;
    },
  });
  // A unit that speaks of none of the question's content words matched only on its function words ("is QMR the
  // same as automatic repair?" found "the same day"): it is not a candidate.
  const ranked = results
    .slice(0, limit)
    .map((r) => {
      const unit = unitById.get(String(r.id))!;
      return { unit, score: r.score, coverage: coverageOf(terms, unit).coverage };
    })
    .filter((r) => !terms.length || r.coverage > 0);
  // A post that names a neighbouring subject decisively ("ESU", "UEFI CA 2023", a pull request) is about that
  // subject, hotpatch named or not: it goes first even when its few asks share no word with the post. A short
  // question keeps its ranking: "Windows 10 Enterprise with ESU — hotpatch?" asks about hotpatch (TC-04).
  const cued = CUED_DECLINES.filter((u) => u.cue!.test(folded));
  if (!cued.length || terms.length < CUE_MIN_WORDS) return ranked;
  const top = Math.max(ranked[0]?.score ?? 0, ANSWER_FLOOR);
  return [
    ...cued.map((unit) => ({ unit, score: top * 1.1, coverage: coverageOf(terms, unit).coverage })),
    ...ranked.filter((r) => !cued.includes(r.unit)),
  ].slice(0, limit);
}
