/** Store keys. Tenant data lives under `<tenantId>/`; ids from Teams may hold ":" ";" "@". */
export const keys = {
  index: () => '_system/reminders-index',
  runs: () => '_system/reminders-runs',
  conversation: (tenantId: string, conversationId: string) => `${tenantId}/conversations/${conversationId}`,
  /** Per-tenant index: subscription id → conversation, creation time, stopped flag (status, caps). */
  tenantIndex: (tenantId: string) => `${tenantId}/reminders/index`,
  subscription: (tenantId: string, id: string) => `${tenantId}/reminders/subscriptions/${id}`,
  outbox: (tenantId: string, subscriptionId: string, occurrence: string) => `${tenantId}/reminders/outbox/${subscriptionId}/${occurrence}`,
  lease: (tenantId: string) => `${tenantId}/reminders/sender-lease`,
};

/** Tenant of a conversation; personal/local test conversations may lack one. */
export function tenantOf(ref: { conversation: { tenantId?: string } }): string {
  return ref.conversation.tenantId || 'no-tenant';
}
