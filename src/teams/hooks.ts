import type { TurnContext } from 'botbuilder';
import type { Question } from '../language';
import type { Reply } from '../pipeline';
import type { SuggestedAction } from '../replies';

/**
 * What a card action handler returns. Action.Execute: the card replaces the clicked card (else the text
 * is shown as a message). Action.Submit: text + card are sent as a new message.
 */
export type ActionResult = { text?: string; card?: Record<string, unknown>; suggestedActions?: SuggestedAction[] } | undefined | void;
export type ActionHandler = (context: TurnContext, data: Record<string, unknown>) => Promise<ActionResult>;
/** Return true when the hook handled the turn (the pipeline's own reply is then not sent). */
export type IntentHook = (context: TurnContext, question: Question) => Promise<boolean>;
export type ActivityHook = (context: TurnContext) => Promise<void>;
/** Called after the bot sent its answer to a question (escalation remembers the last exchange). */
export type ReplyHook = (context: TurnContext, reply: Reply) => Promise<void>;

/**
 * Extension points other modules use without touching the routes: reminders (subscribe/list from a
 * conversation), escalation (helpdesk hand-off), conversation-reference capture on every activity.
 */
export class BotHooks {
  private readonly activityHooks: ActivityHook[] = [];
  private readonly reminderHooks: IntentHook[] = [];
  private readonly escalationHooks: IntentHook[] = [];
  private readonly actions = new Map<string, ActionHandler>();
  private readonly replyHooks: ReplyHook[] = [];

  /** Called on every inbound activity, before routing (errors are logged, never break the turn). */
  onActivity(hook: ActivityHook): this {
    this.activityHooks.push(hook);
    return this;
  }

  /** Called for reminders-subscribe / reminders-unsubscribe / reminders-list questions. */
  onReminderIntent(hook: IntentHook): this {
    this.reminderHooks.push(hook);
    return this;
  }

  /** Called for `escalate` questions (and may be called by unknown-answer buttons). */
  onEscalation(hook: IntentHook): this {
    this.escalationHooks.push(hook);
    return this;
  }

  /** Called after a pipeline reply was sent (not when an intent hook took the turn). */
  onReply(hook: ReplyHook): this {
    this.replyHooks.push(hook);
    return this;
  }

  get replied(): readonly ReplyHook[] {
    return this.replyHooks;
  }

  /** A card action by verb: Action.Execute invokes and Action.Submit messages with `value.verb`. */
  onAction(verb: string, handler: ActionHandler): this {
    if (this.actions.has(verb)) throw new Error(`HB-TEAMS-001 card action verb "${verb}" is already registered`);
    this.actions.set(verb, handler);
    return this;
  }

  action(verb: string): ActionHandler | undefined {
    return this.actions.get(verb);
  }

  get activity(): readonly ActivityHook[] {
    return this.activityHooks;
  }

  intentHooks(intent: string): readonly IntentHook[] {
    if (intent.startsWith('reminders-')) return this.reminderHooks;
    if (intent === 'escalate') return this.escalationHooks;
    return [];
  }
}

export function createHooks(): BotHooks {
  return new BotHooks();
}
