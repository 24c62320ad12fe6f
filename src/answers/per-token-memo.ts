import { BoundedMemo } from '../core/memo';

/**
 * How many tokens' index terms are remembered (as the stemmers' memo, src/language/stemmers.ts: a
 * token and its terms are a few dozen bytes, under ~1 MB at the cap).
 */
export const TERMS_MEMO_MAX = 5000;

/**
 * A token's index terms (folding, function words, concepts, EN and FR stems: retrieve.ts's termsOf),
 * remembered per token. Retrieval reads each word of a question two or three times (its content words,
 * the search, the cue check), and the same words come back in every question ("hotpatch", "windows",
 * "redémarrage"): profiled in bench:turn (session 4), termsOf and its foldText were ≈ 13% of
 * retrieval. Per token, not per text: a new question still reads its new words. The arrays are
 * frozen: every caller gets the same one.
 */
export function perToken(termsOf: (token: string) => string[] | null, max = TERMS_MEMO_MAX): (token: string) => string[] | null {
  const memo = new BoundedMemo<string, string[] | null>(max);
  return (token) => memo.get(token, () => freeze(termsOf(token)));
}

function freeze(terms: string[] | null): string[] | null {
  return terms && (Object.freeze(terms) as string[]);
}
