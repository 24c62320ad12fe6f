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

/**
 * Answer first (issue 14): what the card shows before "Show details". The answer line is the first text
 * of the card; `why` one line; at most three key facts; the one next step that fits this case. Everything
 * else of the doc (title, sections, hedges, sources…) sits behind the details toggle.
 */
export interface DocAnswer {
  text: string;
  tone: Tone;
  why?: string;
  /** At most three (MAX_KEY_FACTS, enforced by the size-budget test). */
  facts?: DocFact[];
  /** Up to four short lines shown up front (the welcome's example questions). */
  lines?: string[];
  next?: string;
  /** "Assumed: Intune-managed, Entra joined — tell me if not": shown in details, first. */
  assumed?: string;
}

export interface ReplyDoc {
  /** French typography puts a space before the colon. */
  locale?: Locale;
  /** The day of the question (RenderContext.today): cards leave out the year of dates in this year. */
  today?: string;
  /** Answer first; without it the card opens with `status` (or the first intro line, or the title). */
  answer?: DocAnswer;
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
