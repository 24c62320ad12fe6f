import { foldText } from './clean-text';
import type { Locale } from './types';

/**
 * Which language was the question asked in? Short chat texts defeat n-gram detectors ("ok?",
 * "VBS on E3"), so stop-word and diacritic cues come first; tinyld (n-gram, offline, no model
 * download) settles longer texts; anything still ambiguous keeps the client locale, else English.
 */
const frWords = new Set(
  (
    'le la les un une des du de au aux et est sont mon ma mes ton ta tes nos vos notre votre leur ' +
    'je tu il elle nous vous ils elles on ce cette ces qui que quoi quand quel quelle quels quelles ' +
    'comment pourquoi combien ou avec sans pour dans sur par pas plus mais donc car si ' +
    'peut peux puis dois doit faut estce est-ce qu quest suis avez avons ont sera seront aura ' +
    'bonjour salut merci coucou aide rappel prochain prochaine mois semaine redemarrage redemarrer ' +
    'redemarre appareil appareils poste portable ordinateur parc mise mises jour oui non encore ' +
    'aussi tres bien moi toi lui leur cela ca chaque tous toutes tout avoir etre quelles svp stp ' +
    'activer active activee actif desactive desactivee desactiver lundi mardi mercredi jeudi vendredi samedi dimanche ' +
    'janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre trimestre ' +
    'depuis hier demain aujourdhui ait avait pendant apres avant jamais toujours deja tout seul nuit matin soir quelqu humain technicien ticket stp svp veux voudrais pouvez ' +
    'fonctionne fonctionnent fonctionner marche marchent entreprise entreprises famille professionnel reseau ' +
    // Chat French ("c koi QMR ?", "pk ça reboot ?") and the admin's nouns that English does not spell so.
    'koi kwa kan pkoi pk pq cmt kel kelle ya bcp tjrs jsp chui qq tt pb redem rebooter reboote rebootent ecole ecoles serveur serveurs utilisateur utilisateurs postes ' +
    'payant payante payants gratuit gratuite dispo disponible disponibles virer eteint eteints allume allumes'
  ).split(/\s+/),
);
const enWords = new Set(
  (
    'the a an and is are my our your their his her its i you we they it this that these those what ' +
    'when where why how which who whom will would can could should do does did have has had be been ' +
    'to of in on at for with without from by not no yes but so if next last month week year every ' +
    'hello hi hey thanks thank please help me us restart restarted device devices laptop ' +
    "get got any there here about there's what's it's don't doesn't can't won't fleet ready " +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june ' +
    'july august september october november december quarter enabled disabled running ' +
    'remind reminder stop list show tell talk human agent someone ' +
    // Technical English that the n-gram model reads as French ("IoT Enterprise LTSC and quality update policies").
    'update updates updated updating policy policies quality install installed installing work works working ' +
    'still after before only all some new now then than also just since using use used need needs required ' +
    'setting settings enable disable turn off out up into'
  ).split(/\s+/),
);
// Words spelled the same in both languages say nothing.
for (const w of ['on', 'pour', 'eligible', 'mars', 'mai', 'pc', 'ok', 'ticket', 'a', 'as', 'reboot', 'support']) {
  frWords.delete(w);
  enWords.delete(w);
}

type DetectAll = (text: string, opts: { only: string[] }) => { lang: string; accuracy: number }[];
let detectAll: DetectAll | undefined;

// tinyld's light model loads in ~0.3 s (the normal one in ~1 s): load it on first need only.
function ngramShares(text: string): { fr: number; en: number } {
  detectAll ??= (require('tinyld/light') as { detectAll: DetectAll }).detectAll;
  let fr = 0;
  let en = 0;
  for (const g of detectAll(text, { only: ['en', 'fr'] })) {
    if (g.lang === 'fr') fr = g.accuracy;
    if (g.lang === 'en') en = g.accuracy;
  }
  const total = fr + en;
  return total > 0 ? { fr: fr / total, en: en / total } : { fr: 0, en: 0 };
}

export function localeFromClient(clientLocale: string | undefined): Locale | undefined {
  if (!clientLocale) return undefined;
  const lc = clientLocale.toLowerCase();
  if (lc.startsWith('fr')) return 'fr';
  if (lc.startsWith('en')) return 'en';
  return undefined;
}

export interface LanguageScores {
  fr: number;
  en: number;
}

export function cueScores(text: string): LanguageScores {
  // "Patch Tuesday" is a name, in French questions too ("Quand a lieu le Patch Tuesday ?").
  const folded = foldText(text).replace(/\bpatch tuesdays?\b/g, ' ');
  const tokens = folded.split(/[^a-z'-]+/).filter(Boolean);
  let fr = 0;
  let en = 0;
  for (const raw of tokens) {
    for (const t of raw.split(/'/)) {
      if (!t) continue;
      if (frWords.has(t)) fr += 1;
      if (enWords.has(t)) en += 1;
    }
    if (/^(qu|l|d|j|n|c|s|m|t)'/.test(raw)) fr += 1;
    if (/'(s|t|re|ve|ll|m|d)$/.test(raw)) en += 1;
    // The inverted subject of a French question: "fonctionne-t-il", "peut-on", "est-elle".
    if (/[a-z]-(t-)?(il|elle|ils|elles|on|je|tu|nous|vous)$/.test(raw)) fr += 1;
  }
  // French diacritics (é, è, à, ç, ê…) are a strong cue.
  const diacritics = (text.match(/[éèêàâçùûîïôœ]/gi) ?? []).length;
  fr += Math.min(diacritics, 3) * 0.75;
  if (/[«»]/.test(text)) fr += 1;
  return { fr, en };
}

/** Language of the text, falling back to the client's locale, else the deployment's default (English unless set). */
export function detectLocale(text: string, clientLocale?: string, defaultLocale: Locale = 'en'): Locale {
  const client = localeFromClient(clientLocale);
  const fallback: Locale = client ?? defaultLocale;
  const { fr, en } = cueScores(text);
  let frScore = fr;
  let enScore = en;
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  // tinyld settles long texts whose cues are close; it is the slow part, so skip it otherwise.
  // Texts with no word of either language (junk, codes) are not guessed at.
  if (letters >= 25 && fr + en >= 1 && Math.abs(fr - en) < 2) {
    const shares = ngramShares(text.slice(0, 400));
    frScore += shares.fr * 2;
    enScore += shares.en * 2;
  }
  // Switch away from the client's locale only when the text is plainly in the other language.
  const margin = client ? (Math.min(frScore, enScore) === 0 ? 1 : 1.5) : 0.5;
  if (frScore - enScore >= margin) return 'fr';
  if (enScore - frScore >= margin) return 'en';
  if (!client && frScore > enScore) return 'fr';
  if (!client && enScore > frScore) return 'en';
  return fallback;
}
