import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { patchTuesdayOf } from '../../src/core/calendar/patch-tuesday';
import { plannedKind } from '../../src/core/calendar/planned-kind';
import { DEFAULT_RELEASES_PATH, loadReleaseData } from '../../src/data/load-release-data';
import { isHbError } from '../../src/errors';

const dir = mkdtempSync(join(tmpdir(), 'hb-releases-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, content: unknown) => {
  const p = join(dir, name);
  writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content));
  return p;
};
function errorOf(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (e) {
    if (isHbError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('expected an HbError');
}

describe('data/releases.json (CAL-REL-2, timeline, §2.5)', () => {
  const data = loadReleaseData();

  it('is dated 2026-11-25 and every entry is sourced and cites fact IDs', () => {
    expect(data.asOf).toBe('2026-11-25');
    for (const e of data.releases) {
      expect(e.sources.length, e.kb).toBeGreaterThan(0);
      expect(e.factIds, e.kb).toContain('CAL-REL-2');
    }
  });

  it('B releases fall on Patch Tuesday; kinds differ from the plan only when marked unplanned', () => {
    for (const e of data.releases.filter((r) => !r.outOfBand)) {
      expect(e.date, e.kb).toBe(patchTuesdayOf(e.month));
      expect(e.kind !== plannedKind(e.month), e.kb).toBe(e.unplanned === true);
    }
  });

  it.each([
    ['KB5050009', '2025-01-14', 'baseline', false, ['26100.2894']],
    ['KB5053636', '2025-03-11', 'hotpatch', false, ['26100.3403']],
    ['KB5061258', '2025-05-16', 'hotpatch', true, ['26100.3983']],
    ['KB5065474', '2025-09-09', 'hotpatch', false, ['26100.6508']],
    ['KB5068966', '2025-11-11', 'hotpatch', false, undefined],
    ['KB5072753', '2025-11-20', 'hotpatch', true, ['26200.7093']],
    ['KB5074109', '2026-01-13', 'baseline', false, undefined],
    ['KB5077212', '2026-02-10', 'hotpatch', false, ['26200.7781', '26100.7781']],
    ['KB5079420', '2026-03-10', 'hotpatch', false, undefined],
    ['KB5083769', '2026-04-14', 'baseline', false, undefined],
    ['KB5089466', '2026-05-12', 'hotpatch', false, ['26200.8390', '26100.8390']],
    ['KB5094126', '2026-06-09', 'baseline', false, ['26100.8655', '26200.8655']],
  ] as const)('%s on %s is a %s (OOB %s)', (kb, date, kind, oob, builds) => {
    const e = data.releases.find((r) => r.kb === kb)!;
    expect(e).toBeDefined();
    expect([e.date, e.kind, e.outOfBand ?? false]).toEqual([date, kind, oob]);
    expect(e.builds).toEqual(builds);
  });

  it('June 2026 is an uncertain unplanned baseline that says "appears to have been a restart month" and links CAL-REL-1', () => {
    const june = data.releases.find((r) => r.month === '2026-06')!;
    expect([june.kind, june.unplanned, june.certainty]).toEqual(['baseline', true, 'uncertain']);
    expect(june.note).toMatch(/appears to have been a restart month/i);
    expect(june.factIds).toContain('CAL-REL-1');
    expect(june.sources).toContain('https://support.microsoft.com/topic/c0906ee6-5e62-498f-bd5a-8f4966349f3c');
  });

  it('the out-of-band hotpatches need no restart', () => {
    const oob = data.releases.filter((r) => r.outOfBand);
    expect(oob.map((r) => r.kb)).toEqual(['KB5061258', 'KB5072753']);
    expect(oob.every((r) => r.kind === 'hotpatch' && r.factIds.includes('CAL-OOB-1'))).toBe(true);
  });
});

describe('loadReleaseData with an admin override', () => {
  it('merges a valid override on top (override wins)', () => {
    const p = write('ok.json', {
      asOf: '2026-12-02',
      releases: [{ month: '2026-06', date: '2026-06-09', kind: 'baseline', unplanned: true, certainty: 'confirmed', factIds: ['CAL-6'], sources: ['release health'] }],
    });
    const data = loadReleaseData({ overridePath: p });
    expect(data.asOf).toBe('2026-12-02');
    expect(data.releases.filter((r) => r.month === '2026-06')).toEqual([
      { month: '2026-06', date: '2026-06-09', kind: 'baseline', unplanned: true, certainty: 'confirmed', factIds: ['CAL-6'], sources: ['release health'] },
    ]);
  });

  it('defaults factIds and sources of an override entry to []', () => {
    const p = write('min.json', { asOf: '2026-12-02', releases: [{ month: '2027-02', date: '2027-02-09', kind: 'baseline', certainty: 'reported' }] });
    const e = loadReleaseData({ overridePath: p }).releases.find((r) => r.month === '2027-02')!;
    expect([e.factIds, e.sources]).toEqual([[], []]);
  });

  it('HB-DATA-001 names a missing file', () => {
    const err = errorOf(() => loadReleaseData({ overridePath: join(dir, 'nope.json') }));
    expect(err.code).toBe('HB-DATA-001');
    expect(err.message).toContain(join(dir, 'nope.json'));
    expect(err.message).toMatch(/ENOENT/);
  });

  it('HB-DATA-002 names a file that is not JSON', () => {
    const p = write('bad.json', '{ "asOf": "2026-12-02", ');
    const err = errorOf(() => loadReleaseData({ overridePath: p }));
    expect(err.code).toBe('HB-DATA-002');
    expect(err.message).toContain(p);
  });

  it.each([
    [{ asOf: '2026-12-02', releases: [{ month: '2026-06', date: '2026-06-09', kind: 'restart', certainty: 'uncertain' }] }, 'releases[0].kind', /"baseline" or "hotpatch"/],
    [{ asOf: '2026-12-02', releases: [{ month: '2026-06', date: '2026-07-09', kind: 'baseline', certainty: 'uncertain' }] }, 'releases[0].date', /must fall in month/],
    [{ asOf: '2026-12-02', releases: [{ month: '2026-6', date: '2026-06-31', kind: 'baseline', certainty: 'uncertain' }] }, 'releases[0].month', /YYYY-MM/],
    [{ asOf: '2026-12-02', releases: [{ month: '2026-06', date: '2026-06-31', kind: 'baseline', certainty: 'uncertain' }] }, 'releases[0].date', /YYYY-MM-DD/],
    [{ asOf: '2026-12-02', releases: [{ month: '2026-06', date: '2026-06-09', kind: 'baseline', certainty: 'maybe' }] }, 'releases[0].certainty', /confirmed/],
    [{ asOf: '2026-12-02', releases: [{ month: '2026-06', date: '2026-06-09', kind: 'baseline', certainty: 'uncertain', kidn: 1 }] }, 'releases[0]', /kidn/],
    [{ asOf: '2026-12-02', releases: [{ month: '2026-06', date: '2026-06-09', kind: 'baseline', certainty: 'uncertain', kb: '5094126' }] }, 'releases[0].kb', /KB5094126/],
    [{ asOf: 'yesterday', releases: [] }, 'asOf', /YYYY-MM-DD/],
    [{ releases: [] }, 'asOf', /expected string, received undefined/], // zod 4's wording of a missing field
    [{ asOf: '2026-12-02', releases: [
      { month: '2026-06', date: '2026-06-09', kind: 'baseline', certainty: 'uncertain' },
      { month: '2026-06', date: '2026-06-16', kind: 'baseline', certainty: 'uncertain' },
    ] }, 'releases[1].month', /second B release/],
  ])('HB-DATA-003 names the file, the JSON path and an example: %j', (content, path, message) => {
    const p = write('invalid.json', content);
    const err = errorOf(() => loadReleaseData({ overridePath: p }));
    expect(err.code).toBe('HB-DATA-003');
    expect(err.message).toContain(p);
    expect(err.message).toContain(`${path}:`);
    expect(err.message).toMatch(message);
    expect(err.message).toContain('example entry: { "month": "2026-06"');
  });

  it('validates the base file too (basePath)', () => {
    const p = write('base.json', { asOf: '2026-11-25', releases: 'none' });
    expect(errorOf(() => loadReleaseData({ basePath: p })).code).toBe('HB-DATA-003');
    expect(DEFAULT_RELEASES_PATH).toMatch(/data[\\/]releases\.json$/);
  });
});
