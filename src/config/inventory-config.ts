import { z } from 'zod';
import { HbError } from '../errors';
import { csvList, intVar } from './env-helpers';

// Owned by the inventory area. Graph settings follow the app-registration names
// of the Azure samples: tenant id, client (application) id, then one credential.
export const inventorySchema = z.object({
  DEVICE_SOURCE: z.enum(['none', 'csv', 'intune'], { message: 'must be none, csv or intune' }).default('none'),
  INVENTORY_CSV_PATH: z.string().optional(),
  GRAPH_TENANT_ID: z.string().optional(),
  GRAPH_CLIENT_ID: z.string().optional(),
  GRAPH_CLIENT_SECRET: z.string().optional(),
  GRAPH_CERTIFICATE_PATH: z.string().optional(),
  /** Force the credential kind; by default: secret if set, else certificate if set, else managed identity. */
  GRAPH_AUTH: z.enum(['secret', 'certificate', 'managed-identity'], { message: 'must be secret, certificate or managed-identity' }).optional(),
  /** G-CAT-5: the catalog needs WindowsUpdates.*; only read it when the admin granted it. */
  GRAPH_READ_CATALOG: z
    .enum(['true', 'false', '1', '0'], { message: 'must be true or false' })
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  GRAPH_CACHE_SECONDS: intVar(300, 0, 86_400, '300'),
  /** Entra object ids allowed to look up any device (in addition to the group). */
  HELPDESK_ADMIN_IDS: csvList,
  /** Entra group whose members (transitively) are helpdesk staff. */
  HELPDESK_GROUP_ID: z.string().optional(),
});
export type InventoryConfig = z.infer<typeof inventorySchema>;

/** The Graph settings for `data status` when the admin turned the catalog on (G-CAT-5), else undefined. */
export function catalogSettings(env: Readonly<Record<string, string | undefined>>): InventoryConfig | undefined {
  const parsed = inventorySchema.safeParse(env);
  return parsed.success && parsed.data.GRAPH_READ_CATALOG ? parsed.data : undefined;
}

export type GraphAuthKind = 'secret' | 'certificate' | 'managed-identity';

export function graphAuthKind(c: InventoryConfig): GraphAuthKind {
  if (c.GRAPH_AUTH) return c.GRAPH_AUTH;
  if (c.GRAPH_CLIENT_SECRET) return 'secret';
  if (c.GRAPH_CERTIFICATE_PATH) return 'certificate';
  return 'managed-identity';
}

function missing(name: string, why: string, example: string): never {
  throw new HbError('HB-CONFIG-010', `${name} is required ${why} (example: ${example})`, { variable: name });
}

/** Cross-field checks the object schema cannot express; fails at start with the variable's name. */
export function checkInventoryConfig(c: InventoryConfig): void {
  if (c.DEVICE_SOURCE === 'csv' && !c.INVENTORY_CSV_PATH) {
    missing('INVENTORY_CSV_PATH', 'when DEVICE_SOURCE=csv', 'data/devices.csv');
  }
  if (c.DEVICE_SOURCE !== 'intune') return;
  const kind = graphAuthKind(c);
  if (kind !== 'managed-identity' && !c.GRAPH_TENANT_ID) {
    missing('GRAPH_TENANT_ID', 'when DEVICE_SOURCE=intune', '72f988bf-86f1-41af-91ab-2d7cd011db47');
  }
  if (kind !== 'managed-identity' && !c.GRAPH_CLIENT_ID) {
    missing('GRAPH_CLIENT_ID', `for GRAPH_AUTH=${kind}`, 'the app registration "Application (client) ID"');
  }
  if (kind === 'secret' && !c.GRAPH_CLIENT_SECRET) missing('GRAPH_CLIENT_SECRET', 'for GRAPH_AUTH=secret', 'a client secret value');
  if (kind === 'certificate' && !c.GRAPH_CERTIFICATE_PATH) {
    missing('GRAPH_CERTIFICATE_PATH', 'for GRAPH_AUTH=certificate', '/etc/hotpatch-bot/graph.pem');
  }
}
