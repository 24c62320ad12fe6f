/**
 * Reads the shipped release data (data/releases.json) and an optional admin override file, validates
 * both with the core zod schema and merges the override on top. The only I/O of the calendar.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { HbError } from '../errors';
import { mergeReleaseData, parseReleaseData, RELEASE_ENTRY_EXAMPLE, type ReleaseData } from '../core/calendar';

/** data/releases.json at the repository root. */
export const DEFAULT_RELEASES_PATH = resolve(__dirname, '../../data/releases.json');

export interface LoadReleaseDataOptions {
  /** Admin override file (same shape as data/releases.json); its entries win. */
  overridePath?: string;
  /** Base file; defaults to data/releases.json. */
  basePath?: string;
}

export function readReleaseFile(path: string): ReleaseData {
  const file = resolve(path);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new HbError('HB-DATA-001', `Cannot read release data file ${file} (${reason}). Check the path, e.g. --releases ./releases-override.json`, { file });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new HbError('HB-DATA-002', `Release data file ${file} is not valid JSON: ${(e as Error).message}`, { file });
  }
  const parsed = parseReleaseData(json);
  if (!parsed.ok) {
    const lines = parsed.issues.slice(0, 10).map((i) => `${i.path}: ${i.message}`);
    const more = parsed.issues.length > 10 ? `\n  … and ${parsed.issues.length - 10} more` : '';
    throw new HbError(
      'HB-DATA-003',
      `Invalid release data in ${file}:\n  ${lines.join('\n  ')}${more}\n` +
        `Expected { "asOf": "YYYY-MM-DD", "releases": [ … ] }; example entry: ${RELEASE_ENTRY_EXAMPLE}`,
      { file, issues: parsed.issues },
    );
  }
  return parsed.data;
}

export function loadReleaseData(opts: LoadReleaseDataOptions = {}): ReleaseData {
  const base = readReleaseFile(opts.basePath ?? DEFAULT_RELEASES_PATH);
  return opts.overridePath ? mergeReleaseData(base, readReleaseFile(opts.overridePath)) : base;
}
