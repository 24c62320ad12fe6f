/**
 * Error codes of the Teams transport and server configuration (README lists them all).
 * HB-CONFIG-002…007 are raised by src/config/server-config.ts at start; HB-CONFIG-001 for a missing
 * ALLOWED_TENANT_IDS comes from src/teams/guards/tenant.ts (called by checkServerConfig).
 */
export const TEAMS_ERROR_CODES = {
  'HB-CONFIG-002': 'BOT_PASSWORD or BOT_TYPE set without BOT_ID (half-configured production).',
  'HB-CONFIG-003': 'BOT_ID is not a GUID.',
  'HB-CONFIG-004': 'BOT_TENANT_ID missing for SingleTenant / UserAssignedMSI.',
  'HB-CONFIG-005': 'BOT_TENANT_ID is not a GUID.',
  'HB-CONFIG-006': 'BOT_PASSWORD set with BOT_TYPE=UserAssignedMSI.',
  'HB-CONFIG-007': 'BOT_PASSWORD missing for SingleTenant / MultiTenant.',
  'HB-TEAMS-001': 'A card action verb was registered twice.',
  'HB-TEAMS-002': 'An onActivity hook threw (logged, the turn goes on).',
  'HB-TEAMS-400': 'POST /api/messages body is not JSON or not an activity.',
  'HB-TEAMS-500': 'A turn failed; the user got an apology with this code.',
  'HB-APP-001': 'npm run package / validate:manifest: env/.env.<name> not found.',
  'HB-APP-002': 'npm run package / validate:manifest: a ${{NAME}} placeholder has no value in env/.env.<name>.',
} as const;
