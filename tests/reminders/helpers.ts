import { randomUUID } from 'node:crypto';
import type { Storage } from '../../src/storage/types';
import type { ConversationRef, ReminderDeps, ReminderMessage, SendResult, Sender } from '../../src/reminders/types';
import { DEFAULT_SETTINGS } from '../../src/reminders/types';
import { calendarContent } from '../../src/reminders/content';
import { createReminderCaches } from '../../src/reminders/caches';
import { renderReminder } from '../../src/replies/reminder-card';
import { loadReleaseData } from '../../src/data/load-release-data';

export const releases = loadReleaseData();

export function channelRef(i: number | string, tenantId = 'tenant-a', serviceUrl = 'http://127.0.0.1:1/'): ConversationRef {
  return {
    serviceUrl,
    channelId: 'msteams',
    conversation: { id: `19:channel-${i}@thread.tacv2`, tenantId, conversationType: 'channel', isGroup: true },
    bot: { id: 'bot-id', name: 'Hotpatch bot' },
  };
}

/** A sender that records every call; `plan` decides each answer (default: success). */
export class FakeSender implements Sender {
  readonly calls: Array<{ conversationId: string; message: ReminderMessage; at: number }> = [];
  constructor(public plan: (conversationId: string, n: number) => SendResult | Promise<SendResult> = () => ({ ok: true, activityId: randomUUID() })) {}
  async send(reference: ConversationRef, message: ReminderMessage): Promise<SendResult> {
    const id = reference.conversation.id;
    const n = this.calls.filter((c) => c.conversationId === id).length;
    this.calls.push({ conversationId: id, message, at: Date.now() });
    return this.plan(id, n);
  }
  count(conversationId: string) {
    return this.calls.filter((c) => c.conversationId === conversationId).length;
  }
}

export function makeDeps(
  storage: Storage,
  sender: Sender,
  over: Omit<Partial<ReminderDeps>, 'settings'> & { settings?: Partial<ReminderDeps['settings']> } = {},
): ReminderDeps {
  const { settings, ...rest } = over;
  return {
    storage,
    sender,
    content: calendarContent(releases),
    render: renderReminder,
    clock: () => new Date(),
    instanceId: `test-${randomUUID().slice(0, 6)}`,
    ...rest,
    // Each deps its own caches, as each process makes its own at start-up.
    caches: rest.caches ?? createReminderCaches(),
    settings: { ...DEFAULT_SETTINGS, calendarUrl: 'https://bot.example/calendar.ics', leaseMs: 3000, ...settings },
  };
}
