import type { ConversationRef, ReminderDeps } from './types';
import { tenantOf } from './keys';
import { markConversationRemoved, REFERENCE_REFRESH_MS, saveConversation } from './subscriptions';

/**
 * The conversation of an inbound activity: stores / refreshes its reference (the serviceUrl can change).
 * A message within the hour of the last save of the same reference is not even read (RecentReferences);
 * other activities (installs, membership changes) always go to storage.
 */
export async function conversationSeen(deps: ReminderDeps, reference: ConversationRef, opts: { isMessage: boolean }): Promise<void> {
  const key = `${tenantOf(reference)}\n${reference.conversation.id}\n${reference.serviceUrl}`;
  const now = deps.clock().getTime();
  const recent = deps.caches.references;
  const at = recent.lastSaved(key);
  if (opts.isMessage && at !== undefined && now - at < REFERENCE_REFRESH_MS) return;
  await saveConversation(deps.storage, reference, new Date(now));
  recent.saved(key, now);
}

/** The bot left the conversation (uninstall, removal): the reference is kept with why, its reminders are stopped. */
export async function conversationLeft(deps: ReminderDeps, reference: ConversationRef, reason: string): Promise<void> {
  deps.caches.references.clear();
  await markConversationRemoved(deps.storage, tenantOf(reference), reference.conversation.id, reason, deps.clock());
  deps.log?.info({ conversationId: reference.conversation.id, reason }, 'conversation forgotten');
}
