/**
 * The shared vocabulary every layer speaks: the two reply languages and the product's skills (intents).
 * It lives at the bottom so that core, language, answers and replies import it without cycles.
 */
export type Locale = 'en' | 'fr';

/** The product's skills: one per kind of question the bot answers. */
export const intents = [
  'eligibility',
  'next-reboot',
  'calendar',
  'explain-hotpatch',
  'explain-qmr',
  'why-restarted',
  'how-to-check',
  'admin-setup',
  'automation',
  'windows-server',
  'reminders-subscribe',
  'reminders-unsubscribe',
  'reminders-list',
  'device-lookup',
  'fleet-summary',
  'help',
  'greeting',
  'thanks',
  'escalate',
  'unknown',
] as const;
export type Intent = (typeof intents)[number];
