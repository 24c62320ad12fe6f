/**
 * End of servicing (LIFE-1..LIFE-5): a Windows 11 version past its end date gets no update at all —
 * neither hotpatch nor the monthly cumulative update. Data: data/lifecycle.json (read by
 * src/data/load-lifecycle.ts); parsing and lookups only here (no I/O, no clock).
 */
import { z } from 'zod';
import { isValidPlainDate } from '../dates';
import type { DeviceProfile, Edition } from '../device-profile';
import { releaseOfBuild } from '../os-version';

const plainDate = z.string().refine(isValidPlainDate, { message: 'must be a date YYYY-MM-DD' });

export const EDITION_FAMILIES = ['home-pro', 'enterprise-education'] as const;
export type EditionFamily = (typeof EDITION_FAMILIES)[number];

export const lifecycleEntrySchema = z
  .object({
    product: z.literal('windows-11'),
    version: z.string().regex(/^\d{2}H[12]$/, { message: 'must look like "24H2"' }),
    family: z.enum(EDITION_FAMILIES),
    /** Last Patch Tuesday the version is serviced (YYYY-MM-DD). */
    end: plainDate,
    certainty: z.enum(['certain', 'uncertain']),
    factIds: z.array(z.string().min(1)).min(1),
    sources: z.array(z.string().regex(/^https:\/\//)).min(1),
    note: z.string().optional(),
  })
  .strict();

export const lifecycleDataSchema = z.object({ asOf: plainDate, note: z.string().optional(), entries: z.array(lifecycleEntrySchema) }).strict();

export type LifecycleEntry = z.infer<typeof lifecycleEntrySchema>;
export type LifecycleData = z.infer<typeof lifecycleDataSchema>;

export function parseLifecycleData(input: unknown): { ok: true; data: LifecycleData } | { ok: false; issues: string[] } {
  const r = lifecycleDataSchema.safeParse(input);
  if (r.success) return { ok: true, data: r.data };
  return { ok: false, issues: r.error.issues.map((i) => `${i.path.join('.') || '$'}: ${i.message}`) };
}

/**
 * LIFE-1..3: Home, Pro, Pro Education, Pro for Workstations (and SE) are serviced 24 months;
 * Enterprise, Education, IoT Enterprise 36 months. LTSC has its own lifecycle: undefined.
 */
export function editionFamily(edition: Edition | undefined): EditionFamily | undefined {
  switch (edition) {
    case 'home':
    case 'pro':
    case 'pro-education':
    case 'pro-workstation':
    case 'se':
      return 'home-pro';
    case 'enterprise':
    case 'enterprise-multi-session':
    case 'education':
    case 'iot-enterprise':
      return 'enterprise-education';
    default:
      return undefined;
  }
}

/** The device's Windows 11 feature release ("24H2"), from its version or its build. */
export function windows11Version(d: Pick<DeviceProfile, 'osFamily' | 'osVersion' | 'build'>): string | undefined {
  if (d.osFamily === 'windows-10') return undefined;
  if (d.build !== undefined) {
    const r = releaseOfBuild(d.build);
    return r.osFamily === 'windows-11' ? r.osVersion : undefined;
  }
  return d.osVersion;
}

export interface ServicingStatus {
  version: string;
  family: EditionFamily;
  end: string;
  /** true when `today` is after the end date: no update of any kind any more. */
  ended: boolean;
  certainty: LifecycleEntry['certainty'];
  factIds: string[];
  source: string;
}

/** The device's servicing status on `today`, or undefined when its version/edition is unknown or not listed. */
export function servicingStatus(
  d: Pick<DeviceProfile, 'osFamily' | 'osVersion' | 'build' | 'edition'>,
  today: string,
  data: LifecycleData,
): ServicingStatus | undefined {
  const version = windows11Version(d);
  const family = editionFamily(d.edition);
  if (!version || !family) return undefined;
  const e = data.entries.find((x) => x.version === version && x.family === family);
  if (!e) return undefined;
  return { version, family, end: e.end, ended: today > e.end, certainty: e.certainty, factIds: e.factIds, source: e.sources[0]! };
}
