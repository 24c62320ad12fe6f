import type { Locale } from '../core/vocabulary';
import { expandChatPro, foldText } from './clean-text';
import { trainClassifier, type Classifier } from './classifier';
import { cueScores, inDomain } from './cues';
import { decide } from './decide';
import { detectLocale } from './detect-language';
import { extractDates } from './extract-dates';
import { extractDevice } from './extract-device';
import { extractDeviceName } from './extract-device-name';
import { extractReminder } from './extract-reminder';
import { extractRing } from './extract-ring';
import { canonicalToken, contentTokens, fixSpelling } from './features';
import { trainingExamples } from './training-data';
import frozenSignals from './training/signals.json';
import type { Question, Slots, UnderstandInput } from './types';
import { BoundedMemo } from '../core/memo';
import { productNamesSaid } from './product-names';

export { CONFIDENCE_THRESHOLD } from './decide';
export { trainingExamples } from './training-data';
export { detectLocale } from './detect-language';
export type { Question, Slots, UnderstandInput, Intent, Locale } from './types';
export { foldText } from './clean-text';
export { splitQuestions } from './split-questions';
export { stemsOf, fixSpelling } from './features';
export { isStopword } from './stemmers';
export { productNamesSaid } from './product-names';
export { asksOpenQuestion, isStatement } from './statement';
export {
  asksRequirement,
  CHANGE_ASKED,
  DID_ASKED,
  ELIGIBILITY_ASKED,
  HANDOVER_ASKED,
  HOW_ASKED,
  HOW_COME,
  HYPOTHETICAL,
  NEED_ASKED,
  NEGATIVE_CLAIM,
  ON_ITS_OWN,
  OTHER_UPDATE,
  OWN_DEVICE,
  RELEASE_ASKED,
  RESTART,
  RESTART_FREE,
  TOLD_INELIGIBLE,
  TRUTH_ASKED,
  WHY_ASKED,
  WHY_NOT,
  WITHOUT_ASKED,
} from './ask-shape';

// Past tense: "restarted in August" means last August, and points at why-restarted.
const pastCue =
  /\b(did|was|were|y a(-t-il)? eu|y a pas eu|a eu lieu|happened|was there|were there|did (we|i|it|they|you) (get|have|receive)|restarted|rebooted|did\b.{0,25}\b(restart|reboot)|(was|were|got)( i| we| it| they)? (forced|made|asked) to (restart|reboot)|had to (restart|reboot)|j'ai du redemarrer|on a du redemarrer|a fallu redemarrer|(a|ait|ont|aient|avait|avaient|est|s'est|s'etait)\s+(\w+\s+){0,3}(redemarre|reboote|relance|eteint)|(a-t-on|a-t-il|a-t-elle|ont-ils|ont-elles|avons-nous|avez-vous|as-tu|ai-je)\s+(\w+\s+){0,3}(redemarre|reboote|relance|eteint|eu)|etait|etaient|(n'|ne )(a|ont|avait|avaient) (pas|jamais) (eu|recu|installe)|(a|ont)\s+(demande|exige|necessite|impose|provoque|force|entraine)|(il|elle|ca|pc|poste|portable|ordi|machine|ordinateur|appareil|laptop)\s+(a|ont)\s+reboot|hier|yesterday|last (night|week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) dernier|la semaine derniere|le mois dernier|cette nuit|ce matin|this morning|earlier today|tout a l'heure)\b/;

let classifier: Classifier | undefined;

function getClassifier(): Classifier {
  // Trained once, lazily: ~50 ms, deterministic (zero-initialised weights, fixed example order). The
  // examples' slot signals are read from training/signals.json, frozen: computed here, a change to the
  // date parser retrained the classifier and moved the intents of unrelated messages ("What are your
  // features?" became unknown, seventh session). An example not yet frozen is read as it is now.
  const frozen = frozenSignals as Readonly<Record<string, readonly string[]>>;
  classifier ??= trainClassifier(
    trainingExamples().map(({ intent, text }) => ({
      intent,
      text,
      signals: Object.hasOwn(frozen, text) ? [...frozen[text]] : trainingSignalsOf(text),
    })),
  );
  return classifier;
}

/**
 * A training example's slot signals as the extractors read them today (chrono skipped: the slow part;
 * months, quarters and numeric dates still count). Only the freezing script and its test call this:
 * `npm run eval:language -- --freeze-signals` writes training/signals.json, a deliberate retrain.
 */
export function trainingSignalsOf(text: string): string[] {
  return signalFeatures(analyse(text, 'en', '2026-01-01', undefined, false));
}

interface Analysis {
  folded: string;
  slots: Slots;
  past: boolean;
}

function analyse(text: string, locale: Locale, today: string, clientLocale?: string, withDates = true): Analysis {
  const folded = foldText(text);
  const past = pastCue.test(folded);
  const slots: Slots = {};
  const device = extractDevice(folded);
  if (device) slots.device = device;
  const { ring, rest } = extractRing(folded);
  if (ring) slots.ring = ring;
  // Training signals skip chrono (the slow part): months, quarters and numeric dates still count.
  Object.assign(slots, extractDates(ring ? rest : text, { today, locale, clientLocale, past, useChrono: withDates }));
  const deviceName = extractDeviceName(text);
  if (deviceName) slots.deviceName = deviceName;
  const reminder = extractReminder(folded, text);
  if (reminder) slots.reminder = reminder;
  return { folded, slots, past };
}

function signalFeatures(a: Analysis): string[] {
  const s: string[] = [];
  if (a.slots.device) s.push('#device');
  if (a.slots.date || a.slots.month || a.slots.period) s.push('#when');
  if (a.slots.deviceName) s.push('#devicename');
  if (a.slots.reminder?.time) s.push('#time');
  if (a.past) s.push('#past');
  return s;
}

/**
 * Questions already understood: the same words come back again and again — suggested-action and card
 * buttons send fixed texts ("When is the next reboot?"), and users repeat the FAQ. Understanding is a
 * pure function of (text, client locale, today), so the last MAX_REMEMBERED answers are kept, frozen
 * (no caller can change what the next one reads). A memo, not state: results never depend on it.
 */
export const MAX_REMEMBERED = 1000;
const remembered = new BoundedMemo<string, Question>(MAX_REMEMBERED);

/**
 * Text + client locale + today → intent, slots, confidence and the language to answer in. The text is
 * already clean and capped: the pipeline cleans a question once, where it enters (src/pipeline/clean-text.ts).
 */
export function understand(input: UnderstandInput): Question {
  const text = typeof input?.text === 'string' ? input.text : '';
  const today = /^\d{4}-\d{2}-\d{2}$/.test(input?.today ?? '') ? input.today : '1970-01-01';
  const fallback = input?.defaultLocale === 'fr' ? 'fr' : 'en';
  return remembered.get(`${today}\n${input?.clientLocale ?? ''}\n${fallback}\n${text}`, () =>
    deepFreeze(understandText(text, input?.clientLocale, today, fallback)),
  );
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

function understandText(original: string, clientLocale: string | undefined, today: string, defaultLocale: Locale): Question {
  // "la semaine pro" = next week (French chat), never the Pro edition.
  const text = expandChatPro(original);
  const locale = detectLocale(text, clientLocale, defaultLocale);
  const a = analyse(text, locale, today, clientLocale);
  // "Do we need to opt in for the no-restart updates?" is about hotpatch, not the next restart: the products' descriptive
  // names are read as their names (product-names.ts), by the classifier as by retrieval.
  const named = productNamesSaid(a.folded);
  const said = named !== a.folded;
  if (said) a.folded = named;
  const tokens = contentTokens(said ? named : text);
  const clf = getClassifier();
  // Typos ("rebot", "redemarage", "eligble") are read as the known word they are closest to.
  const fixed = fixSpelling(a.folded).replace(/[a-z][a-z'-]{4,}/g, (w) => clf.vocabulary.correct(w));
  const context = {
    hasDate: !!(a.slots.date || a.slots.month || a.slots.period),
    past: a.past,
    hasDevice: !!a.slots.device,
    hasTime: !!a.slots.reminder?.time,
    hasDeviceName: !!a.slots.deviceName,
    wordCount: a.folded.split(/\s+/).filter(Boolean).length,
  };
  const cues = cueScores({ ...context, folded: a.folded });
  if (fixed !== a.folded) {
    for (const [k, v] of Object.entries(cueScores({ ...context, folded: fixed })) as [keyof typeof cues, number][]) {
      cues[k] = Math.max(cues[k] ?? 0, v);
    }
  }
  const classes = tokens.length ? clf.classify(tokens, signalFeatures(a)) : [{ intent: 'None' as const, score: 1 }];
  // A date alone ("book a room for tomorrow") does not make a message a product question.
  const hasSlot = !!(a.slots.device || a.slots.deviceName) || (context.hasDate && context.wordCount <= 5);
  const canonical = () => tokens.map(canonicalToken).join(' ');
  const { intent, confidence } = decide(cues, classes, hasSlot || inDomain(fixed) || inDomain(canonical()));
  const slots = a.slots;
  if (a.past) slots.past = true;
  // "next Tuesday" is a date, not a reminder day: reminder slots belong to the reminder skills.
  if (!intent.startsWith('reminders-')) delete slots.reminder;
  return { intent, slots, confidence, locale, text: original };
}

/**
 * Train the classifier and load the date parsers now (at start-up, ~0.5-1 s) instead of on the
 * first question: chrono's first parse alone costs ~0.25 s.
 */
export function warmUp(): void {
  getClassifier();
  // Varied phrases so that each chrono parser compiles its patterns now, not on a user's question.
  for (const [text, clientLocale] of [
    ['reboot on 14 April 2026 or next Tuesday? next next week, in 3 days, tomorrow, 2 weeks ago at 9am', 'en-US'],
    ['redémarrage le 14 avril ou mardi prochain ? dans 3 jours, demain, il y a 2 semaines à 9h', 'fr-FR'],
  ]) {
    understand({ text, clientLocale, today: '2026-11-25' });
  }
}
