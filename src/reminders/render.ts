import type { ReminderMessage, ReminderSettings, ReminderWeek, Subscription } from './types';

/** Turns the week's facts into words and a card; src/replies/reminder-card.ts implements it. */
export type RenderReminder = (input: { week: ReminderWeek; sub: Subscription; settings: ReminderSettings }) => ReminderMessage;
