/** Store keys of the reminders: built in src/storage/keys.ts, the one module that builds storage keys. */
export { reminderKeys as keys } from '../storage';

/** Tenant of a conversation; personal/local test conversations may lack one. */
export function tenantOf(ref: { conversation: { tenantId?: string } }): string {
  return ref.conversation.tenantId || 'no-tenant';
}
