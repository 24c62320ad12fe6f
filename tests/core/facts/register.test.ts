import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allTopics } from '../../../src/core/knowledge';
import { allUnits } from '../../../src/core/knowledge/units';
import { factIdsIn, missingFactIds, parseRegister, uncertainFactIds } from '../../../src/core/facts/register';
import { factsRegister } from '../../../src/data/load-facts';
import { loadReleaseData } from '../../../src/data/load-release-data';

const ROOT = resolve(__dirname, '../../..');
const register = factsRegister();

function filesUnder(dir: string, exts: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p, exts));
    else if (exts.test(name)) out.push(p);
  }
  return out;
}

/** Every fact ID cited in src/ and data/ (the register itself excluded), with the file that cites it. */
function citedIds(): Map<string, string[]> {
  const cited = new Map<string, string[]>();
  const files = [...filesUnder(join(ROOT, 'src'), /\.(ts|json)$/), ...filesUnder(join(ROOT, 'data'), /\.json$/)].filter((f) => !f.endsWith('register.json'));
  for (const f of files) {
    for (const id of factIdsIn(readFileSync(f, 'utf8'))) cited.set(id, [...(cited.get(id) ?? []), relative(ROOT, f)]);
  }
  return cited;
}

describe('the facts register (data/facts/register.json)', () => {
  it('parses, with unique IDs, dated checks and sources for every non-derived fact', () => {
    expect(register.facts.length).toBeGreaterThanOrEqual(138);
    for (const f of register.facts) {
      expect(f.checked >= '2026-11-25', f.id).toBe(true);
      if (f.certainty !== 'derived') expect(f.sources.length, f.id).toBeGreaterThan(0);
    }
  });

  it('keeps every fact family the bot cites, including the 2026-12-06 lifecycle section', () => {
    for (const id of [
      'HP-DEF-1',
      'HP-LIC-8',
      'HP-ED-1',
      'HP-OS-8',
      'CAL-10',
      'CAL-REL-2',
      'R-5',
      'G-QUP-4',
      'QMR-10',
      'WS-3',
      'CHK-9',
      'CF-7',
      'LIFE-1',
      'LIFE-5',
    ]) {
      expect(register.byId.has(id), id).toBe(true);
    }
  });

  it('marks the open points as uncertain (the answers resting on them must hedge)', () => {
    for (const id of ['HP-LIC-4', 'HP-ED-1', 'HP-OS-7', 'HP-OS-8', 'LIFE-3', 'LIFE-4', 'G-QUP-4', 'G-REP-3', 'CAL-REL-2']) {
      expect(register.byId.get(id)?.certainty, id).toBe('uncertain');
    }
  });

  it('rejects a duplicate ID and a sourceless certain fact', () => {
    const f = {
      id: 'HP-LIC-1',
      statement: 'A statement long enough.',
      certainty: 'certain',
      sources: ['https://learn.microsoft.com/x'],
      pageDate: null,
      checked: '2026-12-06',
    };
    expect(parseRegister({ asOf: '2026-12-06', facts: [f, f] }).ok).toBe(false);
    expect(parseRegister({ asOf: '2026-12-06', facts: [{ ...f, sources: [] }] }).ok).toBe(false);
    expect(parseRegister({ asOf: '2026-12-06', facts: [f] }).ok).toBe(true);
  });
});

describe('every cited fact ID exists in the register', () => {
  const cited = citedIds();

  it('finds the citations (sanity: src/ and data/ cite over 100 IDs)', () => {
    expect(cited.size).toBeGreaterThan(100);
  });

  it('src/ and data/: no cited ID is missing from the register', () => {
    const missing = missingFactIds(cited.keys(), register);
    expect(missing.map((id) => `${id} (${cited.get(id)!.join(', ')})`)).toEqual([]);
  });

  it('knowledge topics: every factIds entry is in the register', () => {
    expect(
      missingFactIds(
        [...allTopics, ...allUnits].flatMap((t) => t.factIds),
        register,
      ),
    ).toEqual([]);
  });

  it("release data: every entry's factIds are in the register", () => {
    expect(
      missingFactIds(
        loadReleaseData().releases.flatMap((e) => e.factIds),
        register,
      ),
    ).toEqual([]);
  });

  it('the check fails when a cited ID is missing (HP-LIC-99 is not a fact)', () => {
    const text = '// HP-LIC-1, CAL-REL-2 and HP-LIC-99; HB-CAL-001 and TC-01 are not fact IDs';
    expect(factIdsIn(text).sort()).toEqual(['CAL-REL-2', 'HP-LIC-1', 'HP-LIC-99']);
    expect(missingFactIds(factIdsIn(text), register)).toEqual(['HP-LIC-99']);
  });
});

describe('content resting on an uncertain fact carries a hedge', () => {
  // Every answer unit (the broad topics are units too): the bot's answers, not only its topics.
  it.each(allUnits.filter((t) => uncertainFactIds(t.factIds, register).length > 0).map((t) => [t.id, t] as const))('unit %s', (_id, t) => {
    expect(t.hedge?.en.trim(), `${t.id} rests on ${uncertainFactIds(t.factIds, register).join(', ')}`).toBeTruthy();
    expect(t.hedge?.fr.trim()).toBeTruthy();
  });

  it('release months resting on an uncertain fact are not "confirmed"', () => {
    for (const e of loadReleaseData().releases) {
      if (uncertainFactIds(e.factIds, register).length > 0 && e.certainty === 'confirmed')
        throw new Error(`${e.month} ${e.kb ?? ''} is confirmed but rests on an uncertain fact`);
    }
  });
});
