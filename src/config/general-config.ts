import { z } from 'zod';
import { intVar, timeZone } from './env-helpers';

export const generalSchema = z.object({
  /** Zone used when the user's is unknown (Teams sends activity.localTimezone when it can). */
  DEFAULT_TIMEZONE: timeZone.default('Europe/Paris'),
  DEFAULT_LOCALE: z.enum(['en', 'fr'], { message: 'must be en or fr' }).default('en'),
  /** Admin override of the release calendar, merged on top of data/releases.json. */
  RELEASES_OVERRIDE_PATH: z.string().optional(),
  /** The organisation's update ring (CAL-8): days after Patch Tuesday before the update is offered, forced, and the grace period. */
  RING_DEFERRAL_DAYS: intVar(0, 0, 30, '7'),
  RING_DEADLINE_DAYS: intVar(0, 0, 30, '3'),
  RING_GRACE_DAYS: intVar(0, 0, 7, '2'),
  /** Below this confidence the bot asks or offers the helpdesk instead of guessing. */
  MIN_CONFIDENCE: z.coerce.number().min(0).max(1).default(0.5),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});
