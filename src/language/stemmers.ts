import { StemmerEn, StopwordsEn } from '@nlpjs/lang-en-min';
import { StemmerFr, StopwordsFr } from '@nlpjs/lang-fr';
import { BoundedMemo } from '../core/memo';

/**
 * The NLP.js Snowball stemmers with bounded memory. Their BaseStemmer keeps `this.cache[word]` for
 * every distinct word it ever saw, forever (issue 15, finding 4: +383 MB per 10,000 crafted
 * messages). Here that cache is a sink that stores nothing, and the one memo in front of both
 * stemmers forgets its oldest entry past STEM_MEMO_MAX words (a stem is at most 40 characters,
 * see tokenize: under ~1 MB at the cap).
 */
export const STEM_MEMO_MAX = 5000;

interface Stemmer {
  stemWord(word: string): string;
}

/** An object that accepts writes and keeps none (the stemmer's cache lookups always miss). */
function sink(): Record<string, string> {
  return new Proxy({} as Record<string, string>, { set: () => true, defineProperty: () => true });
}

function uncached<S extends Stemmer>(stemmer: S): S {
  Object.defineProperty(stemmer, 'cache', { value: sink(), writable: false, configurable: false });
  return stemmer;
}

const en = uncached(new StemmerEn());
const fr = uncached(new StemmerFr());
const memo = new BoundedMemo<string, readonly [string, string]>(STEM_MEMO_MAX);

/** The English and French stems of one token (remembered for the most recent STEM_MEMO_MAX tokens). */
export function stemBoth(token: string): readonly [en: string, fr: string] {
  return memo.get(token, () => [en.stemWord(token), fr.stemWord(token)] as const);
}

/** How many words the stemmers remember (for tests: never above STEM_MEMO_MAX). */
export function rememberedStems(): number {
  const inner = Object.keys((en as unknown as { cache: object }).cache).length + Object.keys((fr as unknown as { cache: object }).cache).length;
  return memo.size + inner;
}

const stopEn = new StopwordsEn();
const stopFr = new StopwordsFr();

/** A function word of English or French (NLP.js's lists, ~170 words each): it says nothing of a subject. */
export function isStopword(word: string): boolean {
  const w = word.toLowerCase();
  return stopEn.isStopword(w) || stopFr.isStopword(w) || MORE_STOPWORDS.has(w);
}

/** French function words missing from NLP.js's list: "QMR c'est activé chez nous ?" is not about home users ("chez les particuliers"). */
const MORE_STOPWORDS: ReadonlySet<string> = new Set(['chez', 'ca', 'voici', 'voila']);
