import { z } from 'zod';
import { HbError } from '../errors';
import { csvList, intVar } from './env-helpers';
import { checkTenantConfig } from './tenant-config';

// Owned by the Teams/server area. Names follow the Teams Toolkit samples.
export const serverSchema = z.object({
  PORT: intVar(3978, 1, 65535, '3978'),
  /**
   * Interface to listen on. Default: 127.0.0.1 in local mode (no BOT_ID: nothing is authenticated, so
   * only this machine may reach it), 0.0.0.0 in production (every request carries a Bot Framework JWT).
   */
  HOST: z
    .string()
    .max(255)
    .regex(/^[0-9A-Za-z.:\-[\]]+$/, 'must be an address or host name, e.g. 127.0.0.1')
    .optional(),
  /** `true` lets local mode (no authentication) start with NODE_ENV=production or a non-loopback HOST. */
  ALLOW_UNAUTHENTICATED: z.enum(['true', 'false']).optional(),
  NODE_ENV: z.string().optional(),
  /** Local mode only: the Entra object id every request from this machine acts as (see guards/local-identity.ts). */
  LOCAL_USER_AAD_ID: z.string().max(128).optional(),
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
      throw new HbError(
        'HB-CONFIG-005',
        `BOT_TENANT_ID must be a Microsoft Entra tenant ID (a GUID), example: BOT_TENANT_ID=72f988bf-86f1-41af-91ab-2d7cd011db47.`,
      );
    }
  }
  if (type === 'UserAssignedMSI') {
    if (password) {
      throw new HbError(
        'HB-CONFIG-006',
        `BOT_PASSWORD must be empty when BOT_TYPE=UserAssignedMSI (the managed identity has no secret); set BOT_ID to the identity's client ID, example: BOT_ID=${EXAMPLE_ID} BOT_PASSWORD= (empty).`,
      );
    }
    return { mode: 'UserAssignedMSI', appId: id, tenantId: tenant! };
  }
  if (!password) {
    throw new HbError(
      'HB-CONFIG-007',
      `BOT_PASSWORD is required when BOT_ID is set and BOT_TYPE=${type} (the client secret of the app registration, example: BOT_PASSWORD=<secret value from Certificates & secrets>; keep it in env/.env.<name>.user as SECRET_BOT_PASSWORD or in the app settings).`,
    );
  }
  return type === 'MultiTenant' ? { mode: 'MultiTenant', appId: id, password } : { mode: 'SingleTenant', appId: id, password, tenantId: tenant };
}

/** The interface to listen on: HOST, else loopback in local mode and every interface in production. */
export function listenHost(c: Pick<ServerConfig, 'HOST' | 'BOT_ID' | 'BOT_PASSWORD' | 'BOT_TYPE' | 'BOT_TENANT_ID'>): string {
  return c.HOST ?? (botAuth(c).mode === 'local' ? '127.0.0.1' : '0.0.0.0');
}

function isLoopbackName(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

/**
 * Local mode accepts unsigned requests from anyone who can reach it (issue 15 finding 5), so it is
 * for this machine: it refuses to start with NODE_ENV=production or a non-loopback HOST unless
 * ALLOW_UNAUTHENTICATED=true says so explicitly (the server then logs a warning at start).
 * Returns the reason local mode was allowed anyway (for that warning), else undefined.
 */
export function checkLocalMode(c: ServerConfig): string | undefined {
  if (botAuth(c).mode !== 'local') return undefined;
  const reasons = [
    ...(c.NODE_ENV === 'production' ? ['NODE_ENV=production'] : []),
    ...(!isLoopbackName(listenHost(c)) ? [`HOST=${listenHost(c)} is not loopback`] : []),
  ];
  if (reasons.length === 0) return undefined;
  if (c.ALLOW_UNAUTHENTICATED === 'true') return reasons.join(', ');
  throw new HbError(
    'HB-CONFIG-008',
    `local mode (BOT_ID empty: no authentication) refused: ${reasons.join(', ')}. Set BOT_ID, BOT_PASSWORD and BOT_TENANT_ID for production, or keep local mode on this machine (HOST=127.0.0.1, NODE_ENV other than production); ALLOW_UNAUTHENTICATED=true overrides this on purpose.`,
  );
}

/** Production must be fully configured; refuses to start half-configured. */
export function checkServerConfig(config: ServerConfig): void {
  botAuth(config);
  checkLocalMode(config);
  // A production bot answers only its own tenants (src/teams/guards/tenant.ts).
  checkTenantConfig(config);
}
