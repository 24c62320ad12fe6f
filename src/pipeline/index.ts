import type { Locale } from '../core/vocabulary';
import { understand, splitQuestions, foldText } from '../language';
import type { Question } from '../language';
import { renderAll } from '../replies';
import { type AnyAnswer, type Answer, anchored, kindOfAsk, productWordsOf, answer, retrieve, type AnswerDeps } from '../answers';
import { cleanText } from './clean-text';
import type { Attachment, SuggestedAction } from './types';
import { isValidTimeZone, todayInZone } from '../core/dates';
import type { AskInput, Reply } from './types';

export type { AskInput, Reply } from './types';
export { cleanText, MAX_TEXT_LENGTH } from './clean-text';
export type { SuggestedAction } from './types';

export interface PipelineDeps extends AnswerDeps {
  defaultTimeZone: string;
  defaultLocale: Locale;
}

export interface Pipeline {
  ask(input: AskInput): Promise<Reply>;
}

/**
 * The one path every surface uses (README, Architecture): text + locale → Question → Answer → words and card.
 * Teams and `hotpatch-bot ask` call the same `ask`, so what the CLI prints is what Teams shows.
 */
export function createPipeline(deps: PipelineDeps): Pipeline {
  return {
    async ask(input) {
      const timeZone = validZone(input.timeZone) ?? deps.defaultTimeZone;
      const today = input.today ?? todayInZone(input.now, timeZone);
      // Cleaned and capped once, here where every surface's text enters; the language layer reads it as given.
      const text = cleanText(input.text);
      const understood = understand({ text, clientLocale: input.clientLocale, defaultLocale: deps.defaultLocale, today });
      const question = input.intent ? { ...understood, intent: input.intent, confidence: 1 } : understood;
      const whole = () => answer({ question, today, timeZone, device: input.device, requester: input.requester }, deps);
      const result = input.intent || input.device ? await whole() : ((await severalQuestions(text, question, today, timeZone, input, deps)) ?? (await whole()));
      const parts = renderAll(result, { locale: question.locale, today, timeZone });
      const attachments: Attachment[] = parts.flatMap((p) => (p.card ? [{ contentType: 'application/vnd.microsoft.card.adaptive', content: p.card }] : []));
      const seen = new Set<string>();
      const suggestedActions: SuggestedAction[] = parts.flatMap((p) => p.suggestedActions).filter((a) => !seen.has(a.value) && seen.add(a.value));
      return {
        intent: question.intent,
        locale: question.locale,
        text: parts.map((p) => p.text).join('\n\n'),
        attachments,
        suggestedActions,
        question,
        answer: result,
      };
    },
  };
}

/**
 * Up to three questions in one message, answered in order (issue 11). Only when at least two of them
 * get a real answer each (not "I can't answer", not the same unit twice); otherwise the message is
 * answered whole. Every part answers in the language of the whole message.
 */
async function severalQuestions(
  /** Already clean (see ask). */
  text: string,
  whole: Question,
  today: string,
  timeZone: string,
  input: AskInput,
  deps: PipelineDeps,
): Promise<AnyAnswer | undefined> {
  const parts = splitQuestions(text);
  if (parts.length < 2) return undefined;
  // One unit far ahead of the others for the whole message answers all of it ("Do I need an extra licence?
  // Which ones include it?" → the licences unit); its parts alone would each find a lesser neighbour.
  // …unless a part asks what something is ("What is QMR, and is it on by default on Pro?"): the whole's unit answers the other part.
  const r = (deps.retrieve ?? retrieve)(whole.text, whole.slots, whole.locale);
  if (r.clear && !parts.some((p) => kindOfAsk(foldText(p)) === 'definition')) return undefined;
  const locale = whole.locale;
  const answers: Answer[] = [];
  const seen = new Set<string>();
  // "…, and what does it cost?": "it" is the product of the first question — carried as its words.
  const subject = productWordsOf(foldText(parts[0]!));
  for (const [i, raw] of parts.entries()) {
    const part = i > 0 && subject && !anchored(raw) ? `${raw} ${subject}` : raw;
    const q = understand({ text: part, clientLocale: locale, today });
    const a = await answer({ question: { ...q, locale }, today, timeZone, requester: input.requester }, deps);
    if (a.kind === 'multi' || a.kind === 'fleet' || a.kind === 'unknown') continue;
    const key = a.kind === 'knowledge' ? a.topic.id : a.kind;
    if (seen.has(key)) continue;
    seen.add(key);
    answers.push(a);
  }
  // "Is my PC eligible? When is the next reboot?": the device form answers the first part (it asks the facts a verdict
  // needs) beside the other answers — but a form alone beside nothing real is the whole message's to decide.
  // Beside the form, a unit about eligibility says again what the form is for ("Is my device eligible? Can it get hotpatch?").
  const form = answers.some((a) => a.kind === 'device-form');
  const kept = form ? answers.filter((a) => !(a.kind === 'knowledge' && a.topic.intent === 'eligibility')) : answers;
  const real = kept.filter((a) => a.kind !== 'device-form');
  return real.length >= 1 && kept.length >= 2 ? { kind: 'multi', answers: kept, more: 0 } : undefined;
}

/** Teams sends activity.localTimezone when it can; a bad value must not break the turn. */
function validZone(tz: string | undefined): string | undefined {
  return tz && isValidTimeZone(tz) ? tz : undefined;
}
