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

/**
 * The BCP 47 tag a reply language is written with, by use; every Intl call and message `locale` takes it
 * from here. The English tags differ on purpose: dates in words are en-GB, day first ("12 January 2027",
 * the form the replies and the calendar contract use), while a Bot Framework message says en-US, the
 * English tag Teams clients send, and the CLI groups numbers the en-US way ("10,000"). Any value but 'fr'
 * reads as English, as every caller did before (a locale read back from storage may be anything).
 */
const LOCALE_TAGS = {
  dates: { en: 'en-GB', fr: 'fr-FR' },
  message: { en: 'en-US', fr: 'fr-FR' },
  numbers: { en: 'en-US', fr: 'fr-FR' },
} as const;

export function localeTag(locale: Locale, use: keyof typeof LOCALE_TAGS): string {
  return LOCALE_TAGS[use][locale === 'fr' ? 'fr' : 'en'];
}
