import type { Activity, Middleware, TurnContext } from 'botbuilder';
import type { GuardLogger, RejectCounter } from './types';

/** Teams puts the tenant in `conversation.tenantId` and `channelData.tenant.id`; older clients only in the latter. */
export function tenantIdOf(activity: Partial<Activity>): string | undefined {
  const fromConversation = activity.conversation?.tenantId;
  const fromChannelData = (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
  const id = typeof fromConversation === 'string' && fromConversation ? fromConversation : fromChannelData;
  return typeof id === 'string' && id.trim() ? id.trim() : undefined;
}

/** An empty allow-list accepts every tenant (local mode only — see {@link checkTenantConfig}); ids compare case-insensitively (GUIDs). */
export function isTenantAllowed(tenantId: string | undefined, allowed: readonly string[]): boolean {
  if (allowed.length === 0) return true;
  if (!tenantId) return false;
  const t = tenantId.toLowerCase();
  return allowed.some((a) => a.toLowerCase() === t);
}

export { checkTenantConfig } from '../../config';

/**
 * botbuilder middleware (`adapter.use(tenantGuard(...))`): an activity from a tenant not on the list
 * gets no answer and never reaches the routes; it is logged (tenant id, type, no text) and counted.
 * An invoke still needs an HTTP status: it gets 403 rather than the 501 of an unanswered invoke.
 */
export function tenantGuard(opts: { allowed: readonly string[]; logger?: GuardLogger; metrics?: RejectCounter }): Middleware {
  const allowed = [...opts.allowed];
  return {
    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
      const tenantId = tenantIdOf(context.activity);
      if (isTenantAllowed(tenantId, allowed)) return next();
      opts.logger?.warn(
        { tenantId: tenantId ?? null, activityType: context.activity.type, activityId: context.activity.id },
        'activity from a tenant not in ALLOWED_TENANT_IDS ignored',
      );
      opts.metrics?.rejectedActivities.inc({ reason: 'tenant' });
      if (context.activity.type === 'invoke') await context.sendActivity({ type: 'invokeResponse', value: { status: 403 } });
    },
  };
}
