import type { DeviceProfile } from './core/device-profile';
import type { AnyAnswer } from './answers/types';
import type { Intent, Locale, Question } from './language/types';
import type { Requester } from './core/device-source';

/** One question through the whole pipeline (language → answers → replies), shared by Teams and the CLI. */
export interface AskInput {
  text: string;
  /** activity.locale or --locale: "fr-FR", "en"… */
  clientLocale?: string;
  /** Instant of the question (the clock is read at the edge). */
  now: Date;
  /** Override of "today" (YYYY-MM-DD), for `--today` and tests; otherwise derived from `now` in the zone. */
  today?: string;
  /** User's IANA zone (activity.localTimezone), else config DEFAULT_TIMEZONE. */
  timeZone?: string;
  /** Facts submitted by the device form (card submit): they win over the text. */
  device?: Partial<DeviceProfile>;
  /** Force an intent (card buttons: "eligibility" form submit, "next-reboot" form submit…). */
  intent?: Intent;
  requester?: Requester;
}

export interface SuggestedAction {
  title: string;
  /** Text sent back as the user's message when pressed. */
  value: string;
}

export interface Attachment {
  contentType: string;
  content: unknown;
}

/** What a surface sends back: plain text (everything the reply says, the card included) + card. */
export interface Reply {
  intent: Intent;
  locale: Locale;
  text: string;
  attachments: Attachment[];
  suggestedActions: SuggestedAction[];
  question: Question;
  answer: AnyAnswer;
}

/** src/replies/index.ts: Answer + locale → words and a card. */
export interface RenderContext {
  locale: Locale;
  today: string;
  timeZone: string;
}
export interface Rendered {
  text: string;
  card?: Record<string, unknown>;
  suggestedActions: SuggestedAction[];
}
