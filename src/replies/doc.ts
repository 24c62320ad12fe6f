import type { Locale } from '../core/vocabulary';
import type { SuggestedAction } from './render-types';

/**
 * Every reply is first built as a ReplyDoc (already localized words). The card (cards/answer-card.ts) and
 * the plain text are both drawn from the same doc, so `text` says everything the card says.
 */
export type Tone = 'good' | 'warning' | 'attention' | 'accent' | 'default';

export interface DocFact {
  title: string;
  value: string;
}

export interface DocRow {
  /** "✅ Pass" / "❌ Échec" … */
  icon: string;
  label: string;
  tone: Tone;
  lines: string[];
  source?: string;
}

export interface DocSection {
  heading?: string;
  lines?: string[];
  facts?: DocFact[];
  rows?: DocRow[];
  code?: { label: string; code: string }[];
}

export interface ReplyDoc {
  /** French typography puts a space before the colon. */
  locale?: Locale;
  title: string;
  status?: { text: string; tone: Tone };
  /** Text that came from the user: rendered only as plain TextRuns (no markdown). */
  userText?: { label: string; value: string }[];
  intro?: string[];
  sections: DocSection[];
  hedges?: string[];
  asOf?: string;
  sources?: { title: string; url: string }[];
  /** "Sources" / "Sources" — the heading over `sources`. */
  sourcesHeading?: string;
  /** Label of a row's source link ("Source"). */
  sourceLabel?: string;
  suggestions?: SuggestedAction[];
  /** Short line for notifications and clients that cannot show cards. */
  summary: string;
}
