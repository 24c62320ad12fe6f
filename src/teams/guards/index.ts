export { tenantGuard, tenantIdOf, isTenantAllowed, checkTenantConfig } from './tenant';
export { replayGuard, ReplayCache, replayKey, type ReplayCacheOptions } from './replay';
export { textGuard, cleanInboundText, MAX_TEXT_CHARS } from './text';
export { checkActivityBody, inboundActivitySchema, MAX_BODY_BYTES, type ActivityCheck } from './activity-body';
export { bodySizeLimit } from './json-body';
export { authErrorsAs401 } from './auth-errors';
export { invokeFallback, withInvokeFallback } from './invoke-fallback';
export type { GuardLogger, RejectCounter } from './types';
