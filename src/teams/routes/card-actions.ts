import type { TurnContext } from 'botbuilder';
import { localeOf } from '../conversation';
import type { ActionResult } from '../hooks';
import { replyToActivity } from '../outgoing-activity';
import type { RouteDeps } from '../route-deps';
import { actionDoneText, buttonGoneText } from '../../replies';

const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';

// The verb comes from the client: it is not echoed back.
function unknownVerb(context: TurnContext): string {
  return buttonGoneText(localeOf(context.activity));
}

/** Action.Submit: the result is sent as a new message. */
export async function runSubmitAction(context: TurnContext, deps: RouteDeps, verb: string, data: Record<string, unknown>): Promise<void> {
  const handler = deps.hooks.action(verb);
  const result: ActionResult = handler ? await handler(context, data) : { text: unknownVerb(context) };
  if (!result || (!result.text && !result.card)) return;
  await context.sendActivity(
    replyToActivity({
      text: result.text ?? '',
      attachments: result.card ? [{ contentType: ADAPTIVE, content: result.card }] : [],
      suggestedActions: result.suggestedActions ?? [],
      locale: localeOf(context.activity),
    }),
  );
}

/** Action.Execute (adaptiveCard/action invoke): a card replaces the card, text becomes a message. */
export function registerCardActionRoutes(deps: RouteDeps): void {
  deps.app.adaptiveCards.actionExecute<Record<string, unknown>>(/.*/, async (context, _state, data) => {
    const verb = (context.activity.value as { action?: { verb?: string } } | undefined)?.action?.verb ?? '';
    const handler = deps.hooks.action(verb);
    if (!handler) return unknownVerb(context);
    const result = await handler(context, data ?? {});
    if (result?.card) return result.card as never;
    return result?.text || actionDoneText(localeOf(context.activity));
  });
}
