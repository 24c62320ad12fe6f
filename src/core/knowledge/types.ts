import type { Intent } from '../vocabulary';

export interface Localized<T = string> {
  en: T;
  fr: T;
}

/** One helpdesk topic, grounded in fact IDs of data/facts/register.json, in both languages. */
export interface KnowledgeTopic {
  /** kebab-case, stable: "what-is-hotpatch", "why-restarted", "check-vbs"… */
  id: string;
  /** The intent this topic primarily answers. */
  intent: Intent;
  title: Localized;
  /** Short answer first, then details: plain text lines (no markdown links; URLs go in sources). */
  body: Localized<string[]>;
  /** Exact commands / paths to copy (PowerShell, reg, reagentc, Graph URLs). Same in both languages. */
  commands?: { label: Localized; code: string }[];
  factIds: string[];
  sources: { title: string; url: string }[];
  /** Date of the facts, YYYY-MM-DD ("as of"). */
  asOf: string;
  /** Present when a fact is uncertain or conflicting (§7): shown with the answer. */
  hedge?: Localized;
  /** Words and phrases that point at this topic, for the language layer. */
  keywords: Localized<string[]>;
  /** Suggested next questions (topic ids). */
  followUps: string[];
}
