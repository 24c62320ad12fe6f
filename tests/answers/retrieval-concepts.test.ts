import { describe, expect, it } from 'vitest';
import { concept } from '../../src/answers/retrieval-concepts';
import { rankUnits, termsOf } from '../../src/answers/retrieve';

/** EN and FR words that say the same thing are one term to the retrieval index (issue 11, third session). */
describe('retrieval concepts', () => {
  it.each([
    ['redemarrage', 'restart'],
    ['reboot', 'restart'],
    ['payant', 'cost'],
    ['gratuit', 'cost'],
    ['trimestriel', 'quarter'],
    ['rapport', 'report'],
    ['reference', 'baseline'],
  ])('%s is indexed as the concept %s', (word, c) => {
    expect(concept(word)).toBe(`~${c}`);
    expect(termsOf(word)).toEqual([`~${c}`]);
  });

  it('words outside the list keep their stems', () => {
    expect(concept('active')).toBeUndefined();
    expect(termsOf('hotpatch')).not.toContain('~restart');
  });

  it('a French word finds the unit whatever language its asks use: "redémarrage" and "restart" rank alike', () => {
    const fr = rankUnits('hotpatch redémarrage trimestriel', 3).map((r) => r.unit.id);
    const en = rankUnits('hotpatch restart quarterly', 3).map((r) => r.unit.id);
    expect(fr[0]).toBe(en[0]);
  });
});
