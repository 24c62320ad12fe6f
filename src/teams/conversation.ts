import type { Activity } from 'botbuilder';
import type { Locale } from '../core/vocabulary';
import type { Requester } from '../core/device-source';
import { tenantIdOf } from './guards';

export type ConversationKind = 'personal' | 'groupChat' | 'channel';

export function conversationKind(a: Partial<Activity>): ConversationKind {
  const t = a.conversation?.conversationType;
  if (t === 'channel') return 'channel';
  if (t === 'groupChat' || a.conversation?.isGroup) return 'groupChat';
  return 'personal';
}

/** In channels and group chats the bot answers only when it is @mentioned. */
export function mentionsBot(a: Partial<Activity>): boolean {
  const botId = a.recipient?.id;
  return (a.entities ?? []).some((e) => e.type === 'mention' && (e as { mentioned?: { id?: string } }).mentioned?.id === botId);
}

export function shouldAnswer(a: Partial<Activity>): boolean {
  return conversationKind(a) === 'personal' || mentionsBot(a);
}

/** Words the bot says outside the pipeline (errors, form problems) follow activity.locale. */
export function localeOf(a: Partial<Activity>, fallback: Locale = 'en'): Locale {
  const l = (a.locale ?? '').toLowerCase();
  if (l.startsWith('fr')) return 'fr';
  if (l.startsWith('en')) return 'en';
  return fallback;
}

/** The activity's tenant, read the way the tenant guard reads it (src/teams/guards/tenant.ts). */
export function tenantOf(a: Partial<Activity>): string | undefined {
  return tenantIdOf(a);
}

export function requesterOf(a: Partial<Activity>, helpdeskIds: readonly string[]): Requester {
  const aad = a.from?.aadObjectId;
  // The tenant that passed the tenant guard is the tenant used for data access.
  return { aadObjectId: aad, tenantId: tenantOf(a), isHelpdesk: !!aad && helpdeskIds.includes(aad) };
}
