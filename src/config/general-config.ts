import { z } from 'zod';
import { timeZone } from './env-helpers';

export const generalSchema = z.object({
  /** Zone used when the user's is unknown (Teams sends activity.localTimezone when it can). */
  DEFAULT_TIMEZONE: timeZone.default('Europe/Paris'),
  DEFAULT_LOCALE: z.enum(['en', 'fr'], { message: 'must be en or fr' }).default('en'),
  /** Admin override of the release calendar, merged on top of data/releases.json. */
  RELEASES_OVERRIDE_PATH: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});
