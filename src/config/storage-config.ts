import { z } from 'zod';
import { csvList, intVar } from './env-helpers';

// Reminders. Rate budget below Teams' 50 requests/s per app per tenant (Teams rate limits: https://learn.microsoft.com/en-us/microsoftteams/platform/bots/how-to/rate-limit).
const reminderSchema = z.object({
  /** Entra object ids allowed to change reminders from chat; empty = everyone. */
  REMINDER_ADMINS: csvList,
  REMINDER_TENANT_RATE: intVar(48, 1, 50, '48'),
  REMINDER_MAX_IN_FLIGHT: intVar(16, 1, 64, '16'),
  REMINDER_LEASE_SECONDS: intVar(60, 1, 600, '60'),
  REMINDER_MAX_ATTEMPTS: intVar(6, 1, 20, '6'),
  /** Active reminders one conversation may have (issue 15 finding 8: one member created 1,565 in 50 s). */
  REMINDERS_MAX_PER_CONVERSATION: intVar(10, 1, 100, '10'),
  /** Link on the card: the bot's public `GET /calendar.ics`. */
  REMINDER_CALENDAR_URL: z.string().url({ message: 'must be a URL, e.g. https://bot.contoso.com/calendar.ics' }).default('http://localhost:3978/calendar.ics'),
});

// Owned by the storage/reminders area.
export const storageSchema = z
  .object({
    STORAGE: z.enum(['sqlite', 'blobs', 'memory'], { message: 'must be sqlite, blobs or memory' }).default('sqlite'),
    SQLITE_PATH: z.string().default('data/hotpatch-bot.db'),
    BLOB_CONNECTION_STRING: z.string().optional(),
    BLOB_CONTAINER: z.string().optional(),
  })
  .merge(reminderSchema);
