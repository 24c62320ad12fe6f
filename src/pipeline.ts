import { understand } from './language';
import { render } from './replies';
import { answer, type AnswerDeps } from './answers';
import { todayInZone } from './core/dates';
import type { AskInput, Reply } from './pipeline-types';

export type { AskInput, Reply } from './pipeline-types';

export interface PipelineDeps extends AnswerDeps {
  defaultTimeZone: string;
  defaultLocale: 'en' | 'fr';
}

export interface Pipeline {
  ask(input: AskInput): Promise<Reply>;
}

/**
 * The one path every surface uses (design.md): text + locale → Question → Answer → words and card.
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
      const rendered = render(result, { locale: question.locale, today, timeZone });
      return {
        intent: question.intent,
        locale: question.locale,
        text: rendered.text,
        attachments: rendered.card ? [{ contentType: 'application/vnd.microsoft.card.adaptive', content: rendered.card }] : [],
        suggestedActions: rendered.suggestedActions,
        question,
        answer: result,
      };
    },
  };
}

/** Teams sends activity.localTimezone when it can; a bad value must not break the turn. */
function validZone(tz: string | undefined): string | undefined {
  if (!tz) return undefined;
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return tz;
  } catch {
    return undefined;
  }
}
