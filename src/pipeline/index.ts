import type { Locale } from '../core/vocabulary';
import { understand } from '../language';
import { render } from '../replies';
import { renderFleet } from '../replies/fleet-reply';
import type { AnyAnswer } from '../answers/types';
import type { Attachment, Rendered, RenderContext, SuggestedAction } from './types';
import { answer, type AnswerDeps } from '../answers';
import { isValidTimeZone, todayInZone } from '../core/dates';
import type { AskInput, Reply } from './types';

export type { AskInput, Reply } from './types';

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
      const understood = understand({ text: input.text, clientLocale: input.clientLocale ?? deps.defaultLocale, today });
      const question = input.intent ? { ...understood, intent: input.intent, confidence: 1 } : understood;
      const result = await answer({ question, today, timeZone, device: input.device, requester: input.requester }, deps);
      const parts = renderAny(result, { locale: question.locale, today, timeZone });
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

/** Composite answers unfold into one rendered part per answer (one card per device). */
function renderAny(a: AnyAnswer, ctx: RenderContext): Rendered[] {
  if (a.kind === 'multi') {
    const parts = a.answers.map((x) => render(x, ctx));
    if (a.more > 0) {
      const more = ctx.locale === 'fr' ? `… et ${a.more} autres appareils.` : `… and ${a.more} more devices.`;
      parts.push({ text: more, suggestedActions: [] });
    }
    return parts;
  }
  if (a.kind === 'fleet') return [renderFleet(a, ctx)];
  return [render(a, ctx)];
}

/** Teams sends activity.localTimezone when it can; a bad value must not break the turn. */
function validZone(tz: string | undefined): string | undefined {
  return tz && isValidTimeZone(tz) ? tz : undefined;
}
