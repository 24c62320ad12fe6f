import type { DeviceProfile } from '../core/device-profile';
import type { AnyAnswer } from '../answers';
import type { Intent, Locale } from '../core/vocabulary';
import type { Question } from '../language';
import type { Requester } from '../core/device-source';
import type { Attachment, SuggestedAction } from '../replies';

export type { Attachment, RenderContext, Rendered, SuggestedAction } from '../replies';

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
