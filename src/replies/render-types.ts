import type { Locale } from '../core/vocabulary';

/** What replies render: Answer + context → words, a card and buttons. */
export interface SuggestedAction {
  title: string;
  /** Text sent back as the user's message when pressed. */
  value: string;
}

export interface Attachment {
  contentType: string;
  content: unknown;
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
