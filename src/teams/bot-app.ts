import type { Locale } from '../core/vocabulary';
import { Application, type TeamsAdapter } from '@microsoft/teams-ai';
import type { Storage } from 'botbuilder';
import type { Logger, BotMetrics } from '../observability';
import { localeOf } from './conversation';
import type { BotHooks } from './hooks';
import { turnFailedText } from '../replies';
import type { AskPipeline, RouteDeps } from './route-deps';
import { registerCardActionRoutes } from './routes/card-actions';
import { registerDeviceFormAction } from './routes/device-form';
import { registerInstallRoutes } from './routes/install';
import { registerMessageRoute } from './routes/message';

export interface BotAppOptions {
  adapter: TeamsAdapter;
  botAppId: string;
  pipeline: AskPipeline;
  hooks: BotHooks;
  logger: Logger;
  /** The clock, from the composition root (src/app/clock.ts or a test's). */
  now: () => Date;
  helpdeskIds?: readonly string[];
  typingDelayMs?: number;
  defaultLocale?: Locale;
  storage?: Storage;
  metrics?: BotMetrics;
}

/** The teams-ai Application with our routes; order matters (the catch-all message route is last). */
export function createBotApp(opts: BotAppOptions): Application {
  const app = new Application({
    adapter: opts.adapter,
    botAppId: opts.botAppId,
    storage: opts.storage,
    removeRecipientMention: true,
    // Our own per-turn typing indicator (typing.ts) replaces the Application-wide timer.
    startTypingTimer: false,
  });
  const deps: RouteDeps = {
    app,
    pipeline: opts.pipeline,
    hooks: opts.hooks,
    logger: opts.logger,
    now: opts.now,
    helpdeskIds: opts.helpdeskIds ?? [],
    typingDelayMs: opts.typingDelayMs ?? 800,
    defaultLocale: opts.defaultLocale ?? 'en',
    metrics: opts.metrics,
  };
  app.turn('beforeTurn', async (context) => {
    for (const hook of opts.hooks.activity) {
      try {
        await hook(context);
      } catch (err) {
        opts.logger.error({ err, code: 'HB-TEAMS-002' }, 'onActivity hook failed');
      }
    }
    return true;
  });
  registerDeviceFormAction(deps);
  registerInstallRoutes(deps);
  registerCardActionRoutes(deps);
  registerMessageRoute(deps);
  app.error(async (context, err) => {
    opts.logger.error({ err, code: 'HB-TEAMS-500', activityType: context.activity.type }, 'turn failed');
    await context.sendActivity(turnFailedText(localeOf(context.activity, deps.defaultLocale))).catch(() => undefined);
  });
  return app;
}
