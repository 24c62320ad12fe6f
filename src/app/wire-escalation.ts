import { type Config, helpdeskSettings } from '../config';
import { ExchangeStore, TicketStore } from '../escalation';
import type { Logger } from '../observability';
import type { Storage } from '../storage';
import type { Built } from './server';
import { registerEscalation, rememberExchange, type EscalationDeps } from '../teams/escalation-handler';
import { createProactiveSender } from '../teams/proactive-sender';

/**
 * Escalation on a built server: "Contact the helpdesk" posts a ticket card to the
 * configured channel; ticket buttons update it in place; with a ticket channel, every answered
 * question is remembered so the ticket carries the question and the bot's attempt.
 */
export function wireEscalation(built: Built, config: Config, storage: Storage, logger: Logger, now: () => Date): EscalationDeps {
  const deps: EscalationDeps = {
    settings: helpdeskSettings(config),
    store: new TicketStore(storage),
    exchanges: new ExchangeStore(storage),
    sender: createProactiveSender(built.adapter, built.botAppId),
    now,
    helpdeskIds: config.HELPDESK_ADMIN_IDS,
    logger,
  };
  registerEscalation(built.hooks, deps);
  // The last exchanges are deleted 30 minutes after they were written (README "Escalation").
  const sweep = setInterval(() => {
    deps.exchanges?.sweep(now()).catch((err: unknown) => logger.warn({ err }, 'sweeping old exchanges failed'));
  }, 5 * 60_000);
  sweep.unref();
  built.onClose(async () => clearInterval(sweep));
  // Only a ticket channel reads the last exchange (escalate() without HELPDESK_CONVERSATION_ID shows
  // the contact text): without one, users' questions are not written to storage at all — one storage
  // write less per answer, and no data kept that nothing uses.
  if (deps.settings.conversationId) {
    built.hooks.onReply(async (context, reply) => {
      if (reply.intent !== 'escalate') await rememberExchange(context, { question: reply.question.text, botAttempt: reply.text }, deps);
    });
  }
  return deps;
}
