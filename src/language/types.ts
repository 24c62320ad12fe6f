import type { DeviceProfile } from '../core/device-profile';
import type { RingPolicy } from '../core/calendar';

export { intents, type Intent, type Locale } from '../core/vocabulary';
import type { Intent, Locale } from '../core/vocabulary';

export interface ReminderSlots {
  /** ISO weekday 1 = Monday … 7 = Sunday. */
  day?: number;
  /** HH:mm, 24 h. */
  time?: string;
  /** IANA zone named by the user. */
  timeZone?: string;
}

export interface Slots {
  /** Device facts found in the text (edition, version, arch, VBS, licences…). */
  device?: Partial<DeviceProfile>;
  /** A specific day asked about, YYYY-MM-DD ("14 April 2026", "mardi prochain"). */
  date?: string;
  /** A month asked about, YYYY-MM ("in March", "en avril", "next month"). */
  month?: string;
  /** A period: quarter, year, "this week" … (inclusive plain dates). */
  period?: { from: string; to: string; label?: string };
  /** Device name, e.g. LAPTOP-4F2K. */
  deviceName?: string;
  /** Knowledge topic id when the question maps to one (src/core/knowledge). */
  topic?: string;
  reminder?: ReminderSlots;
  /** The question is in the past tense ("restarted in June", "a redémarré") — tense slot for ranking. */
  past?: boolean;
  /** Update-ring numbers said in the question ("a 7-day deferral and a 2-day deadline"): override the configured policy. */
  ring?: Partial<RingPolicy>;
}

export interface Question {
  intent: Intent;
  slots: Slots;
  /** 0..1; below the threshold the bot asks or offers escalation instead of guessing. */
  confidence: number;
  /** Language of the answer: the language asked in. */
  locale: Locale;
  /** The cleaned text (mentions, HTML removed). */
  text: string;
}

export interface UnderstandInput {
  /** Plain text, already cleaned and capped by the pipeline (src/pipeline/clean-text.ts). */
  text: string;
  /** The client's locale (activity.locale), if any: "fr-FR", "en-US"… */
  clientLocale?: string;
  /**
   * The deployment's default reply language (DEFAULT_LOCALE), used only when neither the text nor the
   * client says: unlike a client locale it never outweighs a text plainly written in the other language.
   */
  defaultLocale?: Locale;
  /** Today in the user's zone, YYYY-MM-DD: relative dates resolve against it. */
  today: string;
}
