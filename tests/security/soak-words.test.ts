import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { STEM_MEMO_MAX, rememberedStems } from '../../src/language/stemmers';
import { stemsOf } from '../../src/language/features';

/**
 * Issue 15 finding 4: the NLP.js stemmers cached every distinct word forever (+383 MB retained per
 * 10,000 crafted messages). The soak sends 50,000 messages of ten fresh random words each through the
 * real pipeline in a child process with --expose-gc and compares the heap after a full GC.
 *
 * Bound: 16 MB. What may legitimately stay is bounded by construction — the stem memo (5,000 tokens
 * of < 40 characters and their two stems, ~1.5 MB), understand()'s memo (1,000 frozen Questions,
 * ~4 MB), the vocabulary's typo memo (≤ 5,001 entries, ~1 MB) — plus V8's own slack. Before the fix
 * this soak retained ~90 MB (about 1.8 KB per message: two stemmer cache entries per fresh word).
 */
const BOUND = 16 * 1_048_576;

describe('bounded memory from words (issue 15 finding 4)', () => {
  it('the stemmers remember at most STEM_MEMO_MAX words', () => {
    for (let i = 0; i < STEM_MEMO_MAX * 3; i += 1) stemsOf(`zq${i.toString(36)}word`);
    expect(rememberedStems()).toBeLessThanOrEqual(STEM_MEMO_MAX);
  });

  it('50,000 messages of fresh random words retain under 16 MB of heap', () => {
    const out = execFileSync(
      process.execPath,
      ['--expose-gc', resolve(__dirname, '../../bin/run-ts.cjs'), resolve(__dirname, 'fixtures/soak-words.ts'), '50000'],
      {
        encoding: 'utf8',
        timeout: 280_000,
      },
    );
    const result = JSON.parse(out.trim().split('\n').pop()!) as { retained: number; before: number; after: number; ms: number };
    console.info(`soak: ${JSON.stringify(result)}`);
    expect(result.retained).toBeLessThan(BOUND);
  }, 300_000);
});
