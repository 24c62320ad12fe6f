import { HbError } from '../errors';

/**
 * Production (BOT_ID set) must name the tenants it serves: an Azure Bot can be added to Teams by
 * any tenant that gets the app package, and answers include the organisation's device data.
 */
export function checkTenantConfig(config: { BOT_ID?: string; ALLOWED_TENANT_IDS: readonly string[] }): void {
  if (config.BOT_ID && config.ALLOWED_TENANT_IDS.length === 0) {
    throw new HbError(
      'HB-CONFIG-009',
      'ALLOWED_TENANT_IDS is required when BOT_ID is set: the comma-separated Entra tenant ids the bot may answer (example: ALLOWED_TENANT_IDS=72f988bf-86f1-41af-91ab-2d7cd011db47)',
      { variable: 'ALLOWED_TENANT_IDS' },
    );
  }
}
