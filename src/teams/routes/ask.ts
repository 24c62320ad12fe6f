import type { TurnContext } from 'botbuilder';
import type { AskInput, Reply } from '../../pipeline';
import { requesterOf } from '../conversation';
import { replyToActivity } from '../outgoing-activity';
import { withTyping } from '../typing';
import type { RouteDeps } from '../route-deps';

/** One question through the pipeline from a Teams turn: the clock is read here, at the edge. */
export async function askFromTurn(context: TurnContext, deps: RouteDeps, extra: Partial<AskInput> & { text: string }): Promise<Reply> {
  const a = context.activity;
  const input: AskInput = {
    clientLocale: a.locale,
    now: deps.now(),
    timeZone: a.localTimezone,
    requester: requesterOf(a, deps.helpdeskIds),
    ...extra,
  };
  return withTyping(context, () => deps.pipeline.ask(input), deps.typingDelayMs);
}

/** Sends the pipeline's reply unless a reminder/escalation hook takes the turn over. */
export async function deliver(context: TurnContext, deps: RouteDeps, reply: Reply): Promise<void> {
  for (const hook of deps.hooks.intentHooks(reply.intent)) {
    if (await hook(context, reply.question)) return;
  }
  await context.sendActivity(replyToActivity(reply));
  for (const hook of deps.hooks.replied) {
    // A failing observer (e.g. storage down) must not turn a delivered answer into an error.
    await hook(context, reply).catch((err: unknown) => deps.logger.warn({ err: String(err) }, 'reply hook failed'));
  }
}
