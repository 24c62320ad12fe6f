export * from './types';
export { startScheduler } from './scheduler';
export { runTick, type TickOptions } from './tick';
export { reminderStatus, type ReminderStatus, tenantReminderStatus, tenantsOverview } from './status';
export type { RunRecord } from './runs';
export { calendarContent } from './content';
export { createReminderCaches, TickCache, RecentReferences } from './caches';
export {
  runReminderCommand,
  runReminderButton,
  parseWithinDays,
  LIST_PAGE_SIZE,
  type ReminderCommand,
  type ReminderOutcome,
  type ReminderActor,
} from './commands';
export { conversationSeen, conversationLeft } from './conversations';
export { reminderSettingsFromConfig, newInstanceId } from './settings';
export {
  addSubscription,
  listSubscriptions,
  findSubscription,
  stopSubscription,
  snoozeSubscription,
  saveConversation,
  REFERENCE_REFRESH_MS,
  markConversationRemoved,
  readConversation,
  ReminderCapError,
  listConversationSubscriptions,
} from './subscriptions';
export { occurrencesBetween, nextOccurrence, parseWeekday, parseTime, WEEKDAYS } from './schedule';
export type { RenderReminder } from './types';
export { tenantOf } from './keys';
