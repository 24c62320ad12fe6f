import type { Intent, Locale } from '../vocabulary';
import type { KnowledgeTopic } from './types';
import { containsPhrase, GAP, keywordTokens, phraseWeight, tokens } from './text-normalize';

/** Minimum score for an answer: one specific word, or two generic ones in a phrase. */
export const MATCH_THRESHOLD = 1;
/** Added when the topic answers the intent the language layer already recognised. */
const INTENT_BONUS = 1;
/** Keywords in the other language still count (IT staff mix languages), at a discount. */
const OTHER_LOCALE_FACTOR = 0.75;

interface CompiledKeyword {
  tokens: string[];
  /** The words the phrase cannot match without (its gaps excluded): a cheap test before the scan. */
  required: string[];
  weight: number;
}

interface CompiledTopic {
  topic: KnowledgeTopic;
  keywords: Record<Locale, CompiledKeyword[]>;
  /** Per question locale: the other language's keywords that the locale's own list does not have. */
  crossKeywords: Record<Locale, CompiledKeyword[]>;
}

function compileKeywords(list: readonly string[]): CompiledKeyword[] {
  const seen = new Set<string>();
  const out: CompiledKeyword[] = [];
  for (const k of list) {
    const t = keywordTokens(k);
    const key = t.join(' ');
    if (!t.length || seen.has(key)) continue;
    seen.add(key);
    out.push({ tokens: t, required: [...new Set(t.filter((w) => w !== GAP))], weight: phraseWeight(t) });
  }
  return out;
}

function notIn(list: CompiledKeyword[], own: CompiledKeyword[]): CompiledKeyword[] {
  const ownKeys = new Set(own.map((k) => k.tokens.join(' ')));
  return list.filter((k) => !ownKeys.has(k.tokens.join(' ')));
}

export function compileTopics(topics: readonly KnowledgeTopic[]): CompiledTopic[] {
  return topics.map((topic) => {
    const en = compileKeywords(topic.keywords.en);
    const fr = compileKeywords(topic.keywords.fr);
    return { topic, keywords: { en, fr }, crossKeywords: { en: notIn(fr, en), fr: notIn(en, fr) } };
  });
}

function found(k: CompiledKeyword, text: string[], present: ReadonlySet<string>): boolean {
  for (const w of k.required) if (!present.has(w)) return false;
  return containsPhrase(text, k.tokens);
}

function scoreTopic(c: CompiledTopic, text: string[], present: ReadonlySet<string>, locale: Locale): number {
  let score = 0;
  for (const k of c.keywords[locale]) if (found(k, text, present)) score += k.weight;
  for (const k of c.crossKeywords[locale]) if (found(k, text, present)) score += k.weight * OTHER_LOCALE_FACTOR;
  return score;
}

/**
 * Deterministic keyword/phrase scoring. Ties go to the topic listed first. Returns undefined when no
 * topic reaches MATCH_THRESHOLD (noise, small talk, unrelated questions).
 */
export function matchCompiled(
  compiled: readonly CompiledTopic[],
  text: string,
  locale: Locale,
  intent?: Intent,
): { topic: KnowledgeTopic; score: number } | undefined {
  const t = tokens(text);
  if (!t.length) return undefined;
  const present = new Set(t);
  let best: { topic: KnowledgeTopic; score: number } | undefined;
  for (const c of compiled) {
    let score = scoreTopic(c, t, present, locale);
    if (score > 0 && intent && c.topic.intent === intent) score += INTENT_BONUS;
    if (score >= MATCH_THRESHOLD && (!best || score > best.score)) best = { topic: c.topic, score };
  }
  return best && { topic: best.topic, score: Math.round(best.score * 100) / 100 };
}
