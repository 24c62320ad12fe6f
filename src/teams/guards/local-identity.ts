import type { Middleware, TurnContext } from 'botbuilder';
import type { GuardLogger } from './types';
import { LOCAL_HELPDESK_REFUSED } from '../../replies';

/**
 * Local mode authenticates nothing, so nothing an activity says about who sent it is evidence
 * (issue 15 finding 5: any `from.aadObjectId` got the fleet summary, anyone's devices and helpdesk
 * rights; posting into the helpdesk conversation made the sender staff). The rule:
 *
 * - the activity's `from.aadObjectId` is replaced by LOCAL_USER_AAD_ID — the one identity the person
 *   running the bot on this machine chose in its configuration — or removed when that is not set
 *   (no identity: no "my devices", no lookups of others, no fleet summary, no staff rights);
 * - an activity in the helpdesk conversation (HELPDESK_CONVERSATION_ID) is processed only when that
 *   configured local user is helpdesk staff (in HELPDESK_ADMIN_IDS); otherwise it gets a short note.
 *
 * Privileges in local mode therefore follow the configuration of this machine, never the request.
 * Installed only in local mode (production identities come from the Bot Framework token's channel).
 */
export function localIdentityGuard(opts: {
  localUser?: string;
  helpdeskIds: readonly string[];
  helpdeskConversationId?: string;
  logger?: GuardLogger;
}): Middleware {
  const user = opts.localUser?.trim() || undefined;
  const staff = !!user && opts.helpdeskIds.includes(user);
  const helpdesk = opts.helpdeskConversationId?.split(';')[0];
  return {
    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
      const a = context.activity;
      // The bot's own proactive sends (a ticket to the helpdesk channel, reminders) run through the
      // middleware as a ContinueConversation event: they come from this process, not from a request.
      if (a.type === 'event' && a.name === 'ContinueConversation') return next();
      if (a.from) {
        if (user) a.from.aadObjectId = user;
        else delete (a.from as { aadObjectId?: string }).aadObjectId;
      }
      if (helpdesk && a.conversation?.id?.split(';')[0] === helpdesk && !staff) {
        opts.logger?.info({ activityId: a.id }, 'local mode: helpdesk conversation refused (LOCAL_USER_AAD_ID is not in HELPDESK_ADMIN_IDS)');
        if (a.type === 'message' || a.type === 'invoke') {
          await context.sendActivity({
            type: 'message',
            text: LOCAL_HELPDESK_REFUSED,
            textFormat: 'plain',
          });
        }
        return;
      }
      return next();
    },
  };
}
