import { z } from 'zod';

/**
 * Bot Framework activities are small JSON documents; Teams caps a bot message near 100 KB
 * (Teams message limits). 256 KB leaves room for channelData and attachments and stops memory abuse.
 */
export const MAX_BODY_BYTES = 256 * 1024;

const id = z.string().max(1024);
const account = z.object({ id, name: z.string().max(1024).optional(), aadObjectId: z.string().max(128).optional() }).passthrough();
const dateText = z
  .string()
  .max(64)
  .refine((s) => !Number.isNaN(Date.parse(s)), 'must be an ISO date-time');

/**
 * What botbuilder and teams-ai read without checking. Each field here made the pipeline throw (a
 * 500) when absent or of the wrong type: `recipient.id` (mention removal), `entities[].type`,
 * `conversation.id` (state keys), `serviceUrl` (connector), dates (`new Date` → Invalid Date).
 */
export const inboundActivitySchema = z
  .object({
    type: z.string().min(1).max(64),
    id: id.optional(),
    channelId: z.string().min(1).max(64),
    serviceUrl: z
      .string()
      .max(2048)
      .url()
      .refine((u) => /^https?:\/\//i.test(u), 'must be an http(s) URL'),
    conversation: z.object({ id: id.min(1), tenantId: z.string().max(128).optional(), conversationType: z.string().max(64).optional() }).passthrough(),
    from: account,
    recipient: account,
    text: z.string().optional(),
    textFormat: z.string().max(32).optional(),
    locale: z.string().max(64).optional(),
    localTimezone: z.string().max(128).optional(),
    timestamp: dateText.optional(),
    localTimestamp: dateText.optional(),
    expiration: dateText.optional(),
    replyToId: id.optional(),
    deliveryMode: z.string().max(32).optional(),
    name: z.string().max(256).optional(),
    entities: z
      .array(
        z
          .object({ type: z.string().max(128) })
          .passthrough()
          .refine(
            (e) =>
              e.type.toLowerCase() !== 'mention' ||
              (typeof (e as { text?: unknown }).text === 'string' && typeof (e as { mentioned?: { id?: unknown } }).mentioned?.id === 'string'),
            'a mention needs text and mentioned.id',
          ),
      )
      .max(100)
      .optional(),
    attachments: z
      .array(z.object({ contentType: z.string().max(256) }).passthrough())
      .max(50)
      .optional(),
    channelData: z
      .object({
        tenant: z
          .object({ id: z.string().max(128) })
          .passthrough()
          .optional(),
      })
      .passthrough()
      .optional(),
    membersAdded: z.array(account).max(1000).optional(),
    membersRemoved: z.array(account).max(1000).optional(),
  })
  .passthrough();

export type ActivityCheck = { ok: true } | { ok: false; status: 400; error: string };

/** Checks a parsed JSON body before it reaches CloudAdapter.process (which answers 500 to most malformed bodies). */
export function checkActivityBody(body: unknown): ActivityCheck {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return { ok: false, status: 400, error: 'The body must be a JSON object (a Bot Framework activity).' };
  }
  // ContinueConversation is the event botbuilder makes for the bot's own proactive sends (guards let it
  // through as this process's); it never arrives from outside.
  const { type, name } = body as { type?: unknown; name?: unknown };
  if (type === 'event' && name === 'ContinueConversation') {
    return { ok: false, status: 400, error: 'Invalid activity: a ContinueConversation event is internal to the bot.' };
  }
  const parsed = inboundActivitySchema.safeParse(body);
  if (parsed.success) return { ok: true };
  const first = parsed.error.issues[0];
  const where = first && first.path.length ? first.path.join('.') : 'activity';
  return { ok: false, status: 400, error: `Invalid activity: ${where}: ${first?.message ?? 'invalid'}` };
}
