import { TeamsAdapter, type Application } from '@microsoft/teams-ai';
import type { BotAuth } from '../config/server-config';

/**
 * CloudAdapter over ConfigurationBotFrameworkAuthentication. Local mode passes no
 * app id: unsigned requests are accepted and outgoing calls carry no token (Agents Playground).
 */
/** The transport types the composition root holds without importing botbuilder itself. */
export type BotAdapter = TeamsAdapter;
export type BotApplication = Application;

export function createAdapter(auth: BotAuth): TeamsAdapter {
  if (auth.mode === 'local') return new TeamsAdapter({});
  if (auth.mode === 'UserAssignedMSI') {
    return new TeamsAdapter({ MicrosoftAppId: auth.appId, MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: auth.tenantId });
  }
  return new TeamsAdapter({
    MicrosoftAppId: auth.appId,
    MicrosoftAppPassword: auth.password,
    MicrosoftAppType: auth.mode,
    ...(auth.tenantId ? { MicrosoftAppTenantId: auth.tenantId } : {}),
  });
}

/**
 * Proactive sends and new channel threads need a non-empty bot id even when auth is off
 *: local mode uses this placeholder.
 */
export const LOCAL_BOT_APP_ID = '00000000-0000-0000-0000-000000000001';

export function botAppIdOf(auth: BotAuth): string {
  return auth.mode === 'local' ? LOCAL_BOT_APP_ID : auth.appId;
}
