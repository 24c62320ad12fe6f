import { z } from 'zod';
import { HbError } from '../errors';
import { generalSchema } from './general-config';
import { serverSchema, checkServerConfig } from './server-config';
import { storageSchema } from './storage-config';
import { inventorySchema } from './inventory-config';
import { helpdeskSchema } from './helpdesk-config';
export { checkTenantConfig } from './tenant-config';
export { botAuth, checkLocalMode, listenHost } from './server-config';
export type { BotAuth } from './server-config';
export { canEscalate, helpdeskSettings } from './helpdesk-config';
export type { HelpdeskSettings } from './helpdesk-config';
export { checkInventoryConfig, graphAuthKind, inventorySchema, catalogSettings } from './inventory-config';
export type { InventoryConfig } from './inventory-config';
export { cliSettings } from './cli-config';

/**
 * Environment → typed, frozen Config, read once at start (README, Architecture). Each section lives in its own
 * file so areas can grow independently; a wrong value fails at start with HB-CONFIG-001 naming the
 * variable and an example.
 */
const schema = generalSchema.merge(serverSchema).merge(storageSchema).merge(inventorySchema).merge(helpdeskSchema);
export type Config = Readonly<z.infer<typeof schema>>;

export function loadConfig(env: Readonly<Record<string, string | undefined>>): Config {
  // Empty strings mean "not set" (Teams Toolkit env files write `KEY=`).
  const cleaned: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && v.trim() !== '') cleaned[k] = v.trim();
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new HbError('HB-CONFIG-001', `Invalid configuration:\n  ${lines.join('\n  ')}`, { issues: lines });
  }
  const config = parsed.data;
  checkServerConfig(config);
  return Object.freeze(config);
}
