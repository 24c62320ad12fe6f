import { isAbsolute, resolve } from 'node:path';
import type { ReleaseData } from '../../core/calendar';
import { isValidPlainDate, isValidTimeZone, todayInZone } from '../../core/dates';
import type { Locale } from '../../core/vocabulary';
import { cliSettings } from '../../config';
import { loadReleaseData } from '../../data/load-release-data';
import { isHbError } from '../../errors';
import type { CliIo } from './types';

/** Flags shared by calendar, next-reboot and check: today, zone, locale and release data. */
export interface CommonFlags {
  today?: string;
  tz?: string;
  locale?: string;
  releases?: string;
}

export type Context = { today: string; timeZone: string; locale: Locale; data: ReleaseData };

/** Resolves the shared flags, or returns an error message for a usage error. */
export function resolveContext(v: CommonFlags, io: CliIo): { ok: true; ctx: Omit<Context, 'data'> } | { ok: false; message: string } {
  if (v.locale !== undefined && v.locale !== 'en' && v.locale !== 'fr') return { ok: false, message: `--locale must be en or fr (got "${v.locale}")` };
  if (v.today !== undefined && !isValidPlainDate(v.today))
    return { ok: false, message: `--today must be a date YYYY-MM-DD, e.g. 2026-11-25 (got "${v.today}")` };
  const timeZone = v.tz ?? cliSettings(io.env).defaultTimeZone ?? 'Europe/Paris';
  if (!isValidTimeZone(timeZone)) {
    return { ok: false, message: `${v.tz !== undefined ? '--tz' : 'DEFAULT_TIMEZONE'} must be an IANA time zone, e.g. Europe/Paris (got "${timeZone}")` };
  }
  const today = v.today ?? todayInZone(io.now(), timeZone);
  return { ok: true, ctx: { today, timeZone, locale: (v.locale ?? 'en') as Locale } };
}

/** Loads release data; on a data error prints its coded message and returns null (exit 1). */
export function loadData(releases: string | undefined, io: CliIo): ReleaseData | null {
  try {
    const overridePath = releases === undefined ? undefined : isAbsolute(releases) ? releases : resolve(io.cwd, releases);
    return loadReleaseData(overridePath ? { overridePath } : {});
  } catch (e) {
    if (isHbError(e)) {
      io.err(`hotpatch-bot: ${e.message}`);
      return null;
    }
    throw e;
  }
}
