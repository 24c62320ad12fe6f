import type { TurnContext } from 'botbuilder';
import { localeOf } from '../conversation';
import { replyToActivity } from '../outgoing-activity';
import type { RouteDeps } from '../route-deps';
import { askFromTurn } from './ask';

async function sendWelcome(context: TurnContext, deps: RouteDeps): Promise<void> {
  const locale = localeOf(context.activity, deps.defaultLocale);
  const reply = await askFromTurn(context, deps, { text: '', intent: 'greeting', clientLocale: locale });
  await context.sendActivity(replyToActivity(reply));
}

/**
 * Welcome card when the bot is installed. Teams sends both a conversationUpdate (bot in membersAdded)
 * and an installationUpdate ("add") on install; greeting on both would welcome twice, so the welcome
 * hangs on the conversationUpdate (sent in every scope, also by the Agents Playground) and the
 * installationUpdate is only recorded (hooks.onActivity sees it too).
 */
export function registerInstallRoutes(deps: RouteDeps): void {
  deps.app.conversationUpdate('membersAdded', async (context) => {
    const botId = context.activity.recipient?.id;
    if ((context.activity.membersAdded ?? []).some((m) => m.id === botId)) await sendWelcome(context, deps);
  });
  deps.app.activity('installationUpdate', async (context) => {
    const action = (context.activity as { action?: string }).action ?? '';
    deps.logger.info({ action, conversationType: context.activity.conversation?.conversationType, locale: localeOf(context.activity) }, 'installation update');
  });
}
