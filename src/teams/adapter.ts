import { TeamsAdapter, type Application } from '@microsoft/teams-ai';
import type { BotAuth } from '../config';
import { MAX_CACHED_CLIENTS, reuseConnectorClients } from './connector-cache';
import type { ServiceUrlMode } from './guards';

/** The transport types the composition root holds without importing botbuilder itself. */
export type BotAdapter = TeamsAdapter;
export type BotApplication = Application;

/** Which service URLs the bot may call (guards/service-url.ts): Bot Framework hosts, and loopback in local mode. */
export function serviceUrlModeOf(auth: BotAuth): ServiceUrlMode {
  return auth.mode === 'local' ? 'local' : 'production';
}

/**
 * The one adapter factory, for the server and for processes without it (`reminders tick`):
 * CloudAdapter over ConfigurationBotFrameworkAuthentication. Local mode passes no app id: unsigned
 * requests are accepted and outgoing calls carry no token (Agents Playground). Every adapter reuses one
 * ConnectorClient per service URL and checks each service URL before a client is made
 * (connector-cache.ts), so stored references are checked like inbound ones.
 */
export function createAdapter(auth: BotAuth): TeamsAdapter {
  const adapter =
    auth.mode === 'local'
      ? new TeamsAdapter({})
      : auth.mode === 'UserAssignedMSI'
        ? new TeamsAdapter({ MicrosoftAppId: auth.appId, MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: auth.tenantId })
        : new TeamsAdapter({
            MicrosoftAppId: auth.appId,
            MicrosoftAppPassword: auth.password,
            MicrosoftAppType: auth.mode,
            ...(auth.tenantId ? { MicrosoftAppTenantId: auth.tenantId } : {}),
          });
  reuseConnectorClients(adapter, MAX_CACHED_CLIENTS, serviceUrlModeOf(auth));
  return adapter;
}

/**
 * Proactive sends and new channel threads need a non-empty bot id even when auth is off
 * (TeamsInfo.sendMessageToTeamsChannel refuses an empty one): local mode uses this placeholder.
 */
export const LOCAL_BOT_APP_ID = '00000000-0000-0000-0000-000000000001';

export function botAppIdOf(auth: BotAuth): string {
  return auth.mode === 'local' ? LOCAL_BOT_APP_ID : auth.appId;
}
