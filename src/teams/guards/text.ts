import { MAX_TEXT_LENGTH } from '../../pipeline';
import { messageTooLongText } from '../../replies';
import type { Middleware, TurnContext } from 'botbuilder';
import type { GuardLogger, RejectCounter } from './types';

/** Questions are a sentence or two; past this the language layer would spend time on noise (the pipeline's one cap). */
export const MAX_TEXT_CHARS = MAX_TEXT_LENGTH;

// C0/C1 controls except tab, LF, CR; zero-width and bidi overrides (used to disguise text, "Trojan Source").
// eslint-disable-next-line no-control-regex -- matching control characters is this guard's job
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** The text the routes should see: NFC, no control or invisible formatting characters, trimmed. */
export function cleanInboundText(text: string): string {
  return text.normalize('NFC').replace(CONTROL, '').replace(/\r\n?/g, '\n').trim();
}

/**
 * botbuilder middleware, first in the chain after the tenant guard: cleans `activity.text` in place,
 * and answers an over-long message with a polite request (in the user's language) instead of
 * running the pipeline on it.
 */
export function textGuard(opts: { maxChars?: number; logger?: GuardLogger; metrics?: RejectCounter } = {}): Middleware {
  const max = opts.maxChars ?? MAX_TEXT_CHARS;
  return {
    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
      const a = context.activity;
      if (typeof a.text === 'string') a.text = cleanInboundText(a.text);
      if (a.type === 'message' && typeof a.text === 'string' && a.text.length > max) {
        opts.logger?.info({ activityId: a.id, chars: a.text.length }, 'over-long message answered with a short-question request');
        opts.metrics?.rejectedActivities.inc({ reason: 'too-long' });
        const lang = (a.locale ?? '').toLowerCase().startsWith('fr') ? 'fr' : 'en';
        await context.sendActivity({ type: 'message', text: messageTooLongText(max, lang), textFormat: 'plain' });
        return;
      }
      return next();
    },
  };
}
