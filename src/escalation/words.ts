import type { RefusalReason } from './state-machine';
import type { TicketState } from './ticket';

import type { Locale } from '../core/vocabulary';

export type EscLocale = Locale;

/** Words of the escalation flow. Values with names or user text are rendered as TextRuns (never markdown). */
export const W = {
  en: {
    ticketTitle: (id: string) => `Helpdesk ticket ${id}`,
    state: (s: TicketState, assignee?: string) =>
      s === 'unassigned'
        ? 'Unassigned'
        : s === 'assigned'
          ? `Assigned to ${assignee ?? 'a helpdesk member'}`
          : `Closed${assignee ? ` (owner: ${assignee})` : ''}`,
    from: 'From',
    showDetails: 'Show details',
    question: 'Question',
    botAttempt: 'What the bot answered',
    noBotAttempt: 'The bot had no confident answer.',
    replies: 'Replies',
    earlier: (n: number) => `${n} earlier ${n === 1 ? 'reply' : 'replies'} not shown.`,
    updated: 'Updated',
    assign: 'Assign to me',
    takeOver: 'Take over',
    reply: 'Reply',
    replyPlaceholder: 'Your answer to the user (plain text)',
    replyRequired: 'Type a reply before sending.',
    send: 'Send',
    close: 'Close',
    openConversation: 'Open the conversation',
    sentTitle: 'Sent to the helpdesk',
    sent: (id: string) => `Your question is now ticket ${id}. The helpdesk's answer will arrive here.`,
    yourQuestion: 'Your question',
    assigned: (id: string, name: string) => `${name} from the helpdesk is looking at your question (ticket ${id}).`,
    replied: (id: string, name: string) => `Reply from ${name} (helpdesk, ticket ${id}):`,
    closed: (id: string, name: string) => `Your helpdesk ticket ${id} was closed by ${name}. Ask again any time if you still need help.`,
    someone: 'a helpdesk member',
    throttled: (id: string) =>
      `You sent a question to the helpdesk a moment ago (ticket ${id}). Their answer will arrive here; please wait a little before sending another.`,
    notConfigured: 'No helpdesk channel is set up for this bot. Please contact your IT helpdesk directly.',
    postFailed: (contact?: string) => `I couldn't reach the helpdesk channel (error HB-ESC-003). ${contact ?? 'Please contact your IT helpdesk directly.'}`,
    notFound: (id: string) => `Ticket ${id} was not found (HB-ESC-001).`,
    conflict: 'The ticket changed while you were acting on it (HB-ESC-002). Please try again.',
    badAction: 'This button is no longer valid (HB-ESC-004). Open the latest ticket card and try again.',
    refused: (r: RefusalReason, assignee?: string): string =>
      ({
        'not-staff': 'Only helpdesk staff can act on tickets, from the helpdesk channel.',
        closed: 'This ticket is already closed.',
        'already-yours': 'This ticket is already assigned to you.',
        'not-assignee': `This ticket is assigned to ${assignee ?? 'someone else'}: take it over first.`,
        'empty-reply': 'Type a reply before sending.',
      })[r],
    done: (verb: string) => (verb === 'ticket-reply' ? 'Reply sent to the user.' : verb === 'ticket-close' ? 'Ticket closed.' : 'Ticket assigned to you.'),
  },
  fr: {
    ticketTitle: (id: string) => `Ticket support ${id}`,
    state: (s: TicketState, assignee?: string) =>
      s === 'unassigned'
        ? 'Non attribué'
        : s === 'assigned'
          ? `Attribué à ${assignee ?? 'un membre du support'}`
          : `Fermé${assignee ? ` (responsable : ${assignee})` : ''}`,
    from: 'De',
    showDetails: 'Afficher les détails',
    question: 'Question',
    botAttempt: 'Réponse du bot',
    noBotAttempt: 'Le bot n’avait pas de réponse sûre.',
    replies: 'Réponses',
    earlier: (n: number) => `${n} réponse${n === 1 ? '' : 's'} plus ancienne${n === 1 ? '' : 's'} non affichée${n === 1 ? '' : 's'}.`,
    updated: 'Mis à jour',
    assign: 'Me l’attribuer',
    takeOver: 'Reprendre',
    reply: 'Répondre',
    replyPlaceholder: 'Votre réponse à l’utilisateur (texte brut)',
    replyRequired: 'Saisissez une réponse avant d’envoyer.',
    send: 'Envoyer',
    close: 'Fermer',
    openConversation: 'Ouvrir la conversation',
    sentTitle: 'Transmis au support',
    sent: (id: string) => `Votre question est devenue le ticket ${id}. La réponse du support arrivera ici.`,
    yourQuestion: 'Votre question',
    assigned: (id: string, name: string) => `${name} (support) s’occupe de votre question (ticket ${id}).`,
    replied: (id: string, name: string) => `Réponse du support (${name}, ticket ${id}) :`,
    closed: (id: string, name: string) => `Votre ticket support ${id} a été fermé par ${name}. Reposez votre question si besoin.`,
    someone: 'un membre du support',
    throttled: (id: string) =>
      `Vous avez transmis une question au support il y a un instant (ticket ${id}). La réponse arrivera ici ; patientez un peu avant d’en envoyer une autre.`,
    notConfigured: 'Aucun canal de support n’est configuré pour ce bot. Contactez directement votre support informatique.',
    postFailed: (contact?: string) =>
      `Je n’ai pas pu joindre le canal du support (erreur HB-ESC-003). ${contact ?? 'Contactez directement votre support informatique.'}`,
    notFound: (id: string) => `Le ticket ${id} est introuvable (HB-ESC-001).`,
    conflict: 'Le ticket a changé pendant votre action (HB-ESC-002). Réessayez.',
    badAction: 'Ce bouton n’est plus valide (HB-ESC-004). Ouvrez la dernière carte du ticket et réessayez.',
    refused: (r: RefusalReason, assignee?: string): string =>
      ({
        'not-staff': 'Seul le support peut agir sur les tickets, depuis le canal du support.',
        closed: 'Ce ticket est déjà fermé.',
        'already-yours': 'Ce ticket vous est déjà attribué.',
        'not-assignee': `Ce ticket est attribué à ${assignee ?? 'quelqu’un d’autre'} : reprenez-le d’abord.`,
        'empty-reply': 'Saisissez une réponse avant d’envoyer.',
      })[r],
    done: (verb: string) => (verb === 'ticket-reply' ? 'Réponse envoyée à l’utilisateur.' : verb === 'ticket-close' ? 'Ticket fermé.' : 'Ticket attribué.'),
  },
} as const;
