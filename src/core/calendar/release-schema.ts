/**
 * zod schema of data/releases.json and of an admin override file (same shape). Strict objects so a
 * typo ("kidn") is reported instead of silently ignored. Parsing (no I/O) lives here; reading files
 * lives in src/data/load-release-data.ts.
 */
import { z } from 'zod';
import { isValidMonth, isValidPlainDate } from '../dates';
import type { ReleaseData } from './types';

const plainDate = z.string().refine(isValidPlainDate, { message: 'must be a date YYYY-MM-DD, e.g. "2026-06-09"' });
const month = z.string().refine(isValidMonth, { message: 'must be a month YYYY-MM, e.g. "2026-06"' });

export const releaseEntrySchema = z
  .object({
    month,
    date: plainDate,
    kind: z.enum(['baseline', 'hotpatch'], { message: 'must be "baseline" or "hotpatch"' }),
    outOfBand: z.boolean().optional(),
    unplanned: z.boolean().optional(),
    kb: z
      .string()
      .regex(/^KB\d{6,8}$/, { message: 'must look like "KB5094126"' })
      .optional(),
    builds: z.array(z.string().regex(/^\d{5}\.\d+$/, { message: 'must look like "26100.8655"' })).optional(),
    certainty: z.enum(['confirmed', 'reported', 'uncertain'], { message: 'must be "confirmed", "reported" or "uncertain"' }),
    // CAL-10: "released" once Microsoft has published the month's update; "planned" before that.
    status: z.enum(['released', 'planned'], { message: 'must be "released" or "planned"' }).default('released'),
    factIds: z.array(z.string().min(1)).default([]),
    sources: z.array(z.string().min(1)).default([]),
    note: z.string().optional(),
  })
  .strict()
  .refine((e) => !isValidPlainDate(e.date) || e.date.slice(0, 7) === e.month, {
    message: 'date must fall in month (e.g. month "2026-06" with date "2026-06-09")',
    path: ['date'],
  });

export const releaseDataSchema = z
  .object({
    asOf: plainDate,
    releases: z.array(releaseEntrySchema),
  })
  .strict()
  .superRefine((d, ctx) => {
    // A month has one B release (CAL-2); a second one in the same file is a typo, not data.
    const seen = new Map<string, number>();
    d.releases.forEach((e, i) => {
      if (e.outOfBand) return;
      const first = seen.get(e.month);
      if (first !== undefined) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['releases', i, 'month'],
          message: `second B release for ${e.month} (first at releases[${first}]); mark out-of-band releases with "outOfBand": true`,
        });
      } else seen.set(e.month, i);
    });
  });

/** An example entry shown in data errors, so an admin can copy a right shape. */
export const RELEASE_ENTRY_EXAMPLE =
  '{ "month": "2026-06", "date": "2026-06-09", "kind": "baseline", "unplanned": true, "kb": "KB5094126", ' +
  '"certainty": "uncertain", "factIds": ["CAL-REL-2"], "sources": ["https://support.microsoft.com/…"] }';

export type ReleaseDataIssue = { path: string; message: string };

/** Parses unknown JSON into ReleaseData, or returns the issues with JSON paths ("releases[3].kind"). */
export function parseReleaseData(input: unknown): { ok: true; data: ReleaseData } | { ok: false; issues: ReleaseDataIssue[] } {
  const r = releaseDataSchema.safeParse(input);
  if (r.success) return { ok: true, data: r.data };
  return { ok: false, issues: r.error.issues.map((i) => ({ path: jsonPath(i.path), message: i.message })) };
}

function jsonPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '$';
  return path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), '');
}
