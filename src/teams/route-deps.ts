import type { Locale } from '../core/vocabulary';
import type { Application } from '@microsoft/teams-ai';
import type { Logger, BotMetrics } from '../observability';
import type { AskInput, Reply } from '../pipeline';
import type { BotHooks } from './hooks';

export interface AskPipeline {
  ask(input: AskInput): Promise<Reply>;
}

/** What every route file gets: the app to register on and the edges (clock, pipeline, hooks). */
export interface RouteDeps {
  app: Application;
  pipeline: AskPipeline;
  hooks: BotHooks;
  logger: Logger;
  now: () => Date;
  /** Entra object ids treated as helpdesk staff (HELPDESK_ADMIN_IDS). */
  helpdeskIds: readonly string[];
  /** Show "typing…" when an answer takes longer than this. */
  typingDelayMs: number;
  defaultLocale: Locale;
  metrics?: BotMetrics;
}
