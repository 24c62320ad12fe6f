import { describe, expect, it } from 'vitest';
import type { CloudAdapter } from 'botbuilder';
import { loadConfig } from '../../src/config';
import { build } from '../../src/app/server';
import { pipelineFromConfig } from '../../src/app/composition';
import { createReminderAdapter } from '../../src/teams/proactive-sender';

/**
 * `serve` (build()) and `reminders tick` (the CLI, no server) must authenticate the same way for
 * every BOT_TYPE. The cron path used to default an unset BOT_TYPE to MultiTenant while the server
 * read it as SingleTenant. botbuilder keeps the credentials factory inside the adapter; read it here.
 */
function authOf(adapter: CloudAdapter): { factory: string; appId?: string; tenantId?: string } {
  const outer = (adapter as unknown as { botFrameworkAuthentication: { inner: { credentialsFactory: { inner?: object } } } }).botFrameworkAuthentication.inner
    .credentialsFactory;
  const inner = (outer.inner ?? outer) as { constructor: { name: string }; appId?: string; tenantId?: string };
  return { factory: inner.constructor.name, appId: inner.appId || undefined, tenantId: inner.tenantId || undefined };
}

const APP = '11111111-2222-3333-4444-555555555555';
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const cases: [string, Record<string, string>, string, string | undefined][] = [
  ['local mode (BOT_ID empty)', {}, 'PasswordServiceClientCredentialFactory', undefined],
  [
    'BOT_TYPE unset = SingleTenant',
    { BOT_ID: APP, BOT_PASSWORD: 'p', BOT_TENANT_ID: TENANT, ALLOWED_TENANT_IDS: TENANT },
    'PasswordServiceClientCredentialFactory',
    TENANT,
  ],
  [
    'SingleTenant',
    { BOT_ID: APP, BOT_PASSWORD: 'p', BOT_TYPE: 'SingleTenant', BOT_TENANT_ID: TENANT, ALLOWED_TENANT_IDS: TENANT },
    'PasswordServiceClientCredentialFactory',
    TENANT,
  ],
  [
    'UserAssignedMSI',
    { BOT_ID: APP, BOT_TYPE: 'UserAssignedMSI', BOT_TENANT_ID: TENANT, ALLOWED_TENANT_IDS: TENANT },
    'ManagedIdentityServiceClientCredentialsFactory',
    undefined,
  ],
  ['MultiTenant', { BOT_ID: APP, BOT_PASSWORD: 'p', BOT_TYPE: 'MultiTenant', ALLOWED_TENANT_IDS: TENANT }, 'PasswordServiceClientCredentialFactory', undefined],
];

describe('serve and reminders tick authenticate alike', () => {
  it.each(cases)('%s', async (_name, env, factory, tenantId) => {
    const config = loadConfig({ STORAGE: 'memory', ...env });
    const served = await build({ config, pipeline: pipelineFromConfig(config) });
    const tick = createReminderAdapter(config);
    expect(authOf(tick)).toEqual(authOf(served.adapter));
    expect(authOf(tick).factory).toBe(factory);
    if (factory.startsWith('Password')) expect(authOf(tick).tenantId).toBe(tenantId);
    await served.close();
  });
});
