import { z } from 'zod';

/**
 * The least an inbound body must have to be an activity we can answer. Anything else is a 400 before it
 * reaches botbuilder (which would throw → 500 on a missing conversation or a non-string type).
 */
const inboundActivity = z
  .object({
    type: z.string().min(1).max(64),
    id: z.string().max(1024).optional(),
    channelId: z.string().max(64).optional(),
    serviceUrl: z.string().url().max(2048).optional(),
    conversation: z.object({ id: z.string().min(1).max(1024) }).passthrough(),
    from: z.object({ id: z.string().max(1024).optional() }).passthrough().optional(),
    recipient: z.object({ id: z.string().max(1024).optional() }).passthrough().optional(),
    text: z.string().max(28_000).optional(),
    locale: z.string().max(64).optional(),
    localTimezone: z.string().max(64).optional(),
    deliveryMode: z.string().max(32).optional(),
    entities: z.array(z.object({ type: z.string() }).passthrough()).optional(),
    membersAdded: z.array(z.object({ id: z.string() }).passthrough()).optional(),
  })
  .passthrough();

export type InboundCheck = { ok: true } | { ok: false; error: string };

export function checkInboundActivity(body: unknown): InboundCheck {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return { ok: false, error: 'The body must be a JSON Bot Framework activity object.' };
  const r = inboundActivity.safeParse(body);
  if (r.success) return { ok: true };
  return { ok: false, error: `Not a Bot Framework activity: ${r.error.issues.map((i) => `${i.path.join('.') || 'body'} ${i.message}`).join('; ')}` };
}

/** ALLOWED_TENANT_IDS: when set, activities from other tenants are refused (403). */
export function tenantAllowed(body: Record<string, unknown>, allowed: readonly string[]): boolean {
  if (!allowed.length) return true;
  const channelData = body.channelData as { tenant?: { id?: string } } | undefined;
  const conversation = body.conversation as { tenantId?: string } | undefined;
  const tenant = channelData?.tenant?.id ?? conversation?.tenantId;
  return !!tenant && allowed.includes(tenant);
}
