import { describe, expect, it } from 'vitest';
import { unitIndex } from '../../src/answers/retrieve';
import { UnitIndex } from '../../src/answers/unit-index';
import { allUnits } from '../../src/core/knowledge/units';

/**
 * UnitIndex.rank is MiniSearch's search without its per-match bookkeeping (session 4, bench:turn): it must
 * give the same units, in the same order, with the same scores to the last bit — the retrieval thresholds
 * (knowledge-answer.ts) and ties between equal scores read them.
 */
const viaSearch = <D>(index: UnitIndex<D>, query: string, boostDocument?: (id: string) => number, limit?: number) =>
  index
    .search(query, boostDocument ? { boostDocument } : {})
    .slice(0, limit)
    .map((r) => ({ id: String(r.id), score: r.score }));

/** Boosts that differ per unit, as the domain boosts do, and one that leaves some units out (a boost of 0). */
const boosts: Record<string, (id: string) => number> = {
  'per unit': (id) => 0.55 + (id.length % 7) * 0.35,
  'some units left out': (id) => (id.length % 5 === 0 ? 0 : 1.2),
};

const questions = [
  ...allUnits.flatMap((u) => [...u.asks.en, ...u.asks.fr, u.title.en, u.title.fr]),
  'Is my Windows 11 Enterprise 24H2 x64 device eligible for Hotpatch? (ref 12)',
  'restart reboot redémarrage restart msinfo32.exe KB5051987 26100.2033',
  'Hi all, we enabled hotpatch in Intune last month but a few Enterprise laptops still restarted on Patch Tuesday. Is that expected?',
  'blah blah unrelated question about printers',
  '',
];

describe('UnitIndex.rank gives what MiniSearch search gives', () => {
  it(`the same ids, scores and order over every unit's asks and titles (${questions.length} questions), with no boost`, () => {
    const index = unitIndex();
    for (const q of questions) expect(index.rank(q)).toEqual(viaSearch(index, q));
  });

  it.each(Object.keys(boosts))('the same with document boosts: %s', (name) => {
    const index = unitIndex();
    const boost = boosts[name]!;
    for (const q of questions) expect(index.rank(q, { boostDocument: boost })).toEqual(viaSearch(index, q, boost));
  });

  it('the first `limit` results are those of the full ranking, ties in the same order', () => {
    const index = unitIndex();
    for (const q of questions.slice(0, 200)) {
      for (const limit of [0, 1, 3, 5])
        expect(index.rank(q, { limit, boostDocument: boosts['per unit'] })).toEqual(viaSearch(index, q, boosts['per unit'], limit));
    }
  });

  it('an option it does not reproduce (prefix search) falls back to MiniSearch search', () => {
    const docs = [
      { id: 'a', text: 'hotpatch restart windows' },
      { id: 'b', text: 'hotpatching restarts' },
      { id: 'c', text: 'quick machine recovery' },
    ];
    const index = new UnitIndex<(typeof docs)[number]>({ fields: ['text'], searchOptions: { prefix: true } });
    index.addAll(docs);
    expect(index.rank('hot rest')).toEqual(viaSearch(index, 'hot rest'));
    expect(index.rank('hot rest').map((r) => r.id)).toEqual(expect.arrayContaining(['a', 'b']));
    expect(index.rank('hot rest')).toHaveLength(2);
  });

  it('a document boost that ranks again leaves the ranking in progress as it was', () => {
    const index = unitIndex();
    const q = 'Is my Windows 11 Enterprise 24H2 device eligible for hotpatch?';
    const reentrant = (id: string) => (index.rank('restart', { limit: 1 }).length ? boosts['per unit']!(id) : 0);
    expect(index.rank(q, { boostDocument: reentrant })).toEqual(viaSearch(index, q, boosts['per unit']));
    expect(index.rank(q)).toEqual(viaSearch(index, q));
  });

  it('a document added after the first rank is found', () => {
    const index = new UnitIndex<{ id: string; text: string }>({ fields: ['text'] });
    index.addAll([{ id: 'a', text: 'hotpatch restart' }]);
    expect(index.rank('restart').map((r) => r.id)).toEqual(['a']);
    index.add({ id: 'b', text: 'restart restart' });
    expect(index.rank('restart')).toEqual(viaSearch(index, 'restart'));
    expect(index.rank('restart')).toHaveLength(2);
  });
});
