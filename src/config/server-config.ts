import { z } from 'zod';
import { HbError } from '../errors';
import { csvList, intVar } from './env-helpers';
import { checkTenantConfig } from './tenant-config';

// Owned by the Teams/server area. Names follow the Teams Toolkit samples.
export const serverSchema = z.object({
  PORT: intVar(3978, 1, 65535, '3978'),
  BOT_ID: z.string().optional(),
  BOT_PASSWORD: z.string().optional(),
  BOT_TYPE: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional(),
  BOT_TENANT_ID: z.string().optional(),
  ALLOWED_TENANT_IDS: csvList,
  /** Largest accepted POST /api/messages body, in bytes (default 256 KB: src/teams/guards MAX_BODY_BYTES). */
  MAX_BODY_BYTES: intVar(262_144, 1024, 10 * 1_048_576, '262144'),
  /** Bearer token for GET /metrics from outside loopback (redacted from logs). */
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters, e.g. the output of openssl rand -hex 24').optional(),
});
export type ServerConfig = z.infer<typeof serverSchema>;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EXAMPLE_ID = '00000000-0000-0000-0000-000000000000';

export type BotAuth =
  | { mode: 'local' }
  | { mode: 'SingleTenant' | 'MultiTenant'; appId: string; password: string; tenantId?: string }
  | { mode: 'UserAssignedMSI'; appId: string; tenantId: string };

/**
 * Local mode (no auth) when BOT_ID is empty; otherwise production must be complete. Azure no longer
 * creates multi-tenant bots, so an unspecified BOT_TYPE means SingleTenant.
 */
export function botAuth(c: Pick<ServerConfig, 'BOT_ID' | 'BOT_PASSWORD' | 'BOT_TYPE' | 'BOT_TENANT_ID'>): BotAuth {
  const id = c.BOT_ID?.trim();
  const password = c.BOT_PASSWORD?.trim();
  const tenant = c.BOT_TENANT_ID?.trim();
  if (!id) {
    if (password || c.BOT_TYPE === 'SingleTenant' || c.BOT_TYPE === 'UserAssignedMSI') {
      throw new HbError(
        'HB-CONFIG-002',
        `BOT_ID is empty but ${password ? 'BOT_PASSWORD' : `BOT_TYPE=${c.BOT_TYPE}`} is set: set BOT_ID to the bot's Microsoft App ID (example: BOT_ID=${EXAMPLE_ID}), or clear both for local mode.`,
      );
    }
    return { mode: 'local' };
  }
  if (!GUID.test(id)) {
    throw new HbError('HB-CONFIG-003', `BOT_ID must be the Microsoft App ID (a GUID), example: BOT_ID=${EXAMPLE_ID}.`);
  }
  const type = c.BOT_TYPE ?? 'SingleTenant';
  if (type !== 'MultiTenant') {
    if (!tenant) {
      throw new HbError('HB-CONFIG-004', `BOT_TENANT_ID is required when BOT_TYPE=${type} (example: BOT_TENANT_ID=72f988bf-86f1-41af-91ab-2d7cd011db47).`);
    }
    if (!GUID.test(tenant)) {
      throw new HbError('HB-CONFIG-005', `BOT_TENANT_ID must be a Microsoft Entra tenant ID (a GUID), example: BOT_TENANT_ID=72f988bf-86f1-41af-91ab-2d7cd011db47.`);
    }
  }
  if (type === 'UserAssignedMSI') {
    if (password) {
      throw new HbError('HB-CONFIG-006', `BOT_PASSWORD must be empty when BOT_TYPE=UserAssignedMSI (the managed identity has no secret); set BOT_ID to the identity's client ID, example: BOT_ID=${EXAMPLE_ID} BOT_PASSWORD= (empty).`);
    }
    return { mode: 'UserAssignedMSI', appId: id, tenantId: tenant! };
  }
  if (!password) {
    throw new HbError('HB-CONFIG-007', `BOT_PASSWORD is required when BOT_ID is set and BOT_TYPE=${type} (the client secret of the app registration, example: BOT_PASSWORD=<secret value from Certificates & secrets>; keep it in env/.env.<name>.user as SECRET_BOT_PASSWORD or in the app settings).`);
  }
  return type === 'MultiTenant' ? { mode: 'MultiTenant', appId: id, password } : { mode: 'SingleTenant', appId: id, password, tenantId: tenant };
}

/** Production must be fully configured; refuses to start half-configured. */
export function checkServerConfig(config: ServerConfig): void {
  botAuth(config);
  // A production bot answers only its own tenants (src/teams/guards/tenant.ts).
  checkTenantConfig(config);
}
