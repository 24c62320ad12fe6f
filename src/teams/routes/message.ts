import { ActivityTypes } from 'botbuilder';
import { conversationKind, localeOf, shouldAnswer } from '../conversation';
import { cleanText } from '../../pipeline';
import { replyToActivity } from '../outgoing-activity';
import type { RouteDeps } from '../route-deps';
import { askFromTurn, deliver } from './ask';
import { runSubmitAction } from './card-actions';

/**
 * Messages: card submits (value.verb) go to their action; otherwise the text goes through the
 * pipeline. Registered last: teams-ai tries routes in order and this one matches every message.
 */
export function registerMessageRoute(deps: RouteDeps): void {
  deps.app.activity(ActivityTypes.Message, async (context) => {
    const a = context.activity;
    const value = a.value as Record<string, unknown> | undefined;
    if (value && typeof value === 'object' && typeof value.verb === 'string' && !cleanText(a.text)) {
      await runSubmitAction(context, deps, value.verb, value);
      return;
    }
    // Teams delivers channel/group messages when the bot is mentioned; be strict anyway.
    if (!shouldAnswer(a)) {
      deps.logger.debug({ conversationType: conversationKind(a) }, 'message without a mention ignored');
      return;
    }
    const text = cleanText(a.text);
    if (!text) {
      const reply = await askFromTurn(context, deps, { text: '', intent: 'help' });
      await context.sendActivity(replyToActivity(reply));
      return;
    }
    const started = performance.now();
    // The pipeline cleans and caps the text again (once is its job); here it only tells an empty message from a question.
    const reply = await askFromTurn(context, deps, { text: a.text ?? '' });
    deps.logger.info({ intent: reply.intent, locale: reply.locale, conversationType: conversationKind(a), uiLocale: localeOf(a) }, 'answered');
    deps.metrics?.questions.inc({ intent: reply.intent, locale: reply.locale });
    if (reply.intent === 'unknown') deps.metrics?.unknownQuestions.inc({ locale: reply.locale });
    await deliver(context, deps, reply);
    deps.metrics?.turnDuration.observe({ intent: reply.intent }, (performance.now() - started) / 1000);
  });
}
