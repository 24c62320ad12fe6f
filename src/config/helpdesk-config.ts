import type { Locale } from '../core/vocabulary';
import { z } from 'zod';

// Owned by the helpdesk/escalation area.
export const helpdeskSchema = z.object({
  /**
   * Conversation id of the Teams channel that receives ticket cards, e.g. 19:abc123@thread.tacv2
   * (Teams: channel "…" menu → Get link to channel; the id is the part after /channel/, URL-decoded).
   */
  HELPDESK_CONVERSATION_ID: z
    .string()
    .regex(/^\S+$/, 'must be a Teams conversation id without spaces, e.g. 19:abc123@thread.tacv2')
    .max(512, 'is too long for a conversation id, e.g. 19:abc123@thread.tacv2')
    .optional(),
  /** Bot Connector service URL for that channel; defaults to the requester's own serviceUrl. */
  HELPDESK_SERVICE_URL: z
    .string()
    .url('must be a URL, e.g. https://smba.trafficmanager.net/emea/')
    .refine((u) => /^https:\/\//.test(u) || /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?\//.test(u), {
      message: 'must be https (or http://localhost for the Agents Playground), e.g. https://smba.trafficmanager.net/emea/',
    })
    .optional(),
  /** What the bot says when no channel is configured, e.g. "Call the IT service desk on 1234 or open a ticket at https://it.contoso.com". */
  HELPDESK_CONTACT_TEXT: z.string().max(1000, 'must be at most 1000 characters').optional(),
  /** Language of the ticket cards in the helpdesk channel (users are answered in their own language). */
  HELPDESK_LOCALE: z.enum(['en', 'fr'], { message: 'must be en or fr, e.g. fr' }).default('en'),
});
export type HelpdeskConfig = z.infer<typeof helpdeskSchema>;

/** The escalation settings the handler needs, from the frozen Config. */
export interface HelpdeskSettings {
  conversationId?: string;
  serviceUrl?: string;
  contactText?: string;
  locale: Locale;
}

export function helpdeskSettings(c: Partial<HelpdeskConfig>): HelpdeskSettings {
  return {
    ...(c.HELPDESK_CONVERSATION_ID ? { conversationId: c.HELPDESK_CONVERSATION_ID } : {}),
    ...(c.HELPDESK_SERVICE_URL ? { serviceUrl: c.HELPDESK_SERVICE_URL } : {}),
    ...(c.HELPDESK_CONTACT_TEXT ? { contactText: c.HELPDESK_CONTACT_TEXT } : {}),
    locale: c.HELPDESK_LOCALE ?? 'en',
  };
}

/** For AnswerDeps.canEscalate: a channel to post to, or at least someone to name. */
export function canEscalate(s: HelpdeskSettings): boolean {
  return !!s.conversationId || !!s.contactText;
}
