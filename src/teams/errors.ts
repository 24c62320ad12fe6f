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
  'HB-CONFIG-008': 'Local mode (no BOT_ID) refused with NODE_ENV=production or a non-loopback HOST (ALLOW_UNAUTHENTICATED=true overrides, with a warning).',
  'HB-TEAMS-001': 'A card action verb was registered twice.',
  'HB-TEAMS-002': 'An onActivity hook threw (logged, the turn goes on).',
  'HB-TEAMS-400': 'POST /api/messages body is not JSON or not an activity.',
  'HB-TEAMS-401': 'POST /api/messages without a valid Bot Framework token (production).',
  'HB-TEAMS-403': 'A service URL is not allowed (not a Bot Framework host over https; loopback only in local mode).',
  'HB-TEAMS-500': 'A turn failed; the user got an apology with this code.',
  'HB-TEAMS-503': 'The Bot Framework signing keys (OpenID metadata) could not be fetched in time; retry.',
  'HB-HTTP-400': 'A request body could not be read, is not JSON or nests too deep.',
  'HB-HTTP-413': 'A request body is larger than MAX_BODY_BYTES.',
  'HB-HTTP-415': 'A request body is compressed, multipart, a form or not UTF-8 JSON.',
  'HB-APP-001': 'npm run package / validate:manifest: env/.env.<name> not found.',
  'HB-APP-002': 'npm run package / validate:manifest: a ${{NAME}} placeholder has no value in env/.env.<name>.',
} as const;
