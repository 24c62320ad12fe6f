import { z } from 'zod';
import { isValidTimeZone } from '../core/dates';

/** A comma-separated list variable ("a,b, c" → ["a","b","c"]). */
export const csvList = z
  .string()
  .optional()
  .transform((s) =>
    s
      ? s
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean)
      : [],
  );

/** An integer variable with a default and bounds, with an example in the message. */
export function intVar(def: number, min: number, max: number, example: string) {
  return z.coerce
    .number({ error: `must be a whole number, e.g. ${example}` })
    .int(`must be a whole number, e.g. ${example}`)
    .min(min, `must be ≥ ${min}, e.g. ${example}`)
    .max(max, `must be ≤ ${max}, e.g. ${example}`)
    .default(def);
}

/** An IANA time zone name, checked with Intl. */
export const timeZone = z.string().refine(isValidTimeZone, { message: 'must be an IANA time zone, e.g. Europe/Paris' });
