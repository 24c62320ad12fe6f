import { briefly } from '../replies';
import { card, label, labelled, plain, utcStamp, type CardElement } from './card-parts';
import { allowedVerbs } from './state-machine';
import type { Ticket, TicketVerb } from './ticket';
import { W, type EscLocale } from './words';

export type CardActionType = 'Action.Execute' | 'Action.Submit';

export interface TicketCardOptions {
  /** Action.Execute (default: Universal Actions, the card comes back in the invoke response) or Action.Submit. */
  actionType?: CardActionType;
}

/** The data every ticket button carries; the reply input adds `replyText`. */
export interface TicketActionData {
  verb: TicketVerb;
  ticketId: string;
  tenantId: string;
  replyText?: string;
}

/** Replies shown on the card: with 2000-character texts, three keep the card under Teams' 28 KB budget. */
const CARD_REPLIES = 3;

/** Characters of the question shown before "Show details" (the card-budget test). */
const QUESTION_FRONT = 240;

const STATE_STYLE = { unassigned: 'warning', assigned: 'emphasis', closed: 'good' } as const;

/** Action.Execute falls back to Action.Submit on clients without Universal Actions (the handler takes both). */
function button(type: CardActionType, title: string, data: TicketActionData, style?: string): CardElement {
  const submit = { type: 'Action.Submit', title, data, ...(style ? { style } : {}) };
  return type === 'Action.Execute' ? { type, title, verb: data.verb, data, ...(style ? { style } : {}), fallback: submit } : submit;
}

/** The card in the helpdesk channel, updated in place on every change. */
export function helpdeskTicketCard(ticket: Ticket, locale: EscLocale, opts: TicketCardOptions = {}): CardElement {
  const w = W[locale];
  const colon = locale === 'fr' ? ' : ' : ': ';
  const type = opts.actionType ?? 'Action.Execute';
  const base = { ticketId: ticket.id, tenantId: ticket.tenantId };
  const who = (p?: { name?: string; id: string }) => p?.name ?? p?.id;

  // Answer first (issue 14): the ticket and its state in one line, in a container styled by the state
  // (theme colours); the question up front; the bot's attempt, replies and time behind "Show details".
  const answerLine: CardElement = {
    type: 'RichTextBlock',
    inlines: [
      { type: 'TextRun', text: `${w.ticketTitle(ticket.id)} — `, weight: 'Bolder', size: 'Medium' },
      { type: 'TextRun', text: w.state(ticket.state, who(ticket.assignee)), weight: 'Bolder', size: 'Medium' },
    ],
  };
  const body: CardElement[] = [
    { type: 'Container', style: STATE_STYLE[ticket.state], bleed: true, items: [answerLine, labelled(w.from, who(ticket.requester) ?? '?', colon)] },
    label(w.question),
    plain(briefly(ticket.question, QUESTION_FRONT)),
  ];
  const details: CardElement[] = [];
  // A long question: its start up front, all of it in the details.
  if (ticket.question.length > QUESTION_FRONT) details.push(label(w.question), plain(ticket.question));
  details.push(label(w.botAttempt, { subtle: true }), plain(ticket.botAttempt ?? w.noBotAttempt, { subtle: true }));
  if (ticket.replies.length) {
    details.push(label(w.replies));
    const shown = ticket.replies.slice(-CARD_REPLIES);
    const hidden = ticket.replies.length - shown.length;
    if (hidden > 0) details.push({ type: 'TextBlock', text: w.earlier(hidden), isSubtle: true, size: 'Small', wrap: true });
    for (const r of shown) details.push(labelled(`${who(r.by)} (${utcStamp(r.at)})`, r.text, colon));
  }
  details.push({ type: 'TextBlock', text: `${w.updated}${colon}${utcStamp(ticket.updatedAt)}`, isSubtle: true, size: 'Small', wrap: true });
  body.push(
    { type: 'ActionSet', actions: [{ type: 'Action.ToggleVisibility', title: w.showDetails, targetElements: ['details'] }] },
    { type: 'Container', id: 'details', isVisible: false, items: details },
  );

  const actions: CardElement[] = [];
  const verbs = allowedVerbs(ticket.state);
  if (verbs.includes('ticket-assign')) {
    actions.push(button(type, ticket.state === 'assigned' ? w.takeOver : w.assign, { verb: 'ticket-assign', ...base }, 'positive'));
  }
  if (verbs.includes('ticket-reply')) {
    actions.push({
      type: 'Action.ShowCard',
      title: w.reply,
      card: {
        type: 'AdaptiveCard',
        body: [
          {
            type: 'Input.Text',
            id: 'replyText',
            isMultiline: true,
            maxLength: 2000,
            label: w.reply,
            placeholder: w.replyPlaceholder,
            isRequired: true,
            errorMessage: w.replyRequired,
          },
        ],
        actions: [button(type, w.send, { verb: 'ticket-reply', ...base })],
      },
    });
  }
  if (verbs.includes('ticket-close')) actions.push(button(type, w.close, { verb: 'ticket-close', ...base }));
  if (ticket.conversationLink) actions.push({ type: 'Action.OpenUrl', title: w.openConversation, url: ticket.conversationLink });
  return card(body, actions);
}

/** Plain-text summary of the ticket card (activity `summary`, notifications, logs without user text). */
export function ticketSummary(ticket: Ticket, locale: EscLocale): string {
  const w = W[locale];
  return `${w.ticketTitle(ticket.id)} — ${w.state(ticket.state, ticket.assignee?.name)}`;
}
