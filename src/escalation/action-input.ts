import { z } from 'zod';
import type { TicketActionData } from './ticket-card';

const actionSchema = z.object({
  verb: z.enum(['ticket-assign', 'ticket-reply', 'ticket-close']),
  ticketId: z.string().regex(/^HB-[0-9A-Z]{8}$/),
  tenantId: z.string().min(1).max(128),
  replyText: z.string().max(20_000).optional(),
});

/**
 * A ticket button's payload, from either shape: Action.Execute invokes carry {action: {verb, data}},
 * Action.Submit messages carry the data itself (inputs such as replyText are merged in both).
 * Undefined when it is not a valid ticket action.
 */
export function parseTicketAction(value: unknown): TicketActionData | undefined {
  const v = (value ?? {}) as { action?: { verb?: string; data?: Record<string, unknown> } };
  const data = v.action && typeof v.action === 'object' ? { ...(v.action.data ?? {}), verb: v.action.verb ?? v.action.data?.verb } : value;
  const parsed = actionSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}

/** Teams channel threads are "<channel id>;messageid=<post id>": compare the channel part. */
export function sameConversation(a: string | undefined, b: string | undefined): boolean {
  return !!a && !!b && a.split(';')[0] === b.split(';')[0];
}
