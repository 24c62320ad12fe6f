import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import type { Config } from '../config';
import type { ReminderSettings } from './types';
import { DEFAULT_SETTINGS } from './types';

/** Config (env, read once) → engine settings. */
export function reminderSettingsFromConfig(config: Config): ReminderSettings {
  return {
    ...DEFAULT_SETTINGS,
    tenantPerSecond: config.REMINDER_TENANT_RATE,
    maxInFlight: config.REMINDER_MAX_IN_FLIGHT,
    leaseMs: config.REMINDER_LEASE_SECONDS * 1000,
    maxAttempts: config.REMINDER_MAX_ATTEMPTS,
    calendarUrl: config.REMINDER_CALENDAR_URL,
    defaultTimeZone: config.DEFAULT_TIMEZONE,
    defaultLocale: config.DEFAULT_LOCALE,
    admins: [...config.REMINDER_ADMINS],
    maxPerConversation: config.REMINDERS_MAX_PER_CONVERSATION,
  };
}

/** Unique per process: claims and leases name their holder with it. */
export function newInstanceId(): string {
  return `${hostname()}-${process.pid}-${randomUUID().slice(0, 6)}`;
}
