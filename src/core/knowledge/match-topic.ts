import type { Intent, Locale } from '../../language/types';
import type { KnowledgeTopic } from './types';
import { containsPhrase, keywordTokens, phraseWeight, tokens } from './text-normalize';

/** Minimum score for an answer: one specific word, or two generic ones in a phrase. */
export const MATCH_THRESHOLD = 1;
/** Added when the topic answers the intent the language layer already recognised. */
const INTENT_BONUS = 1;
/** Keywords in the other language still count (IT staff mix languages), at a discount. */
const OTHER_LOCALE_FACTOR = 0.75;

interface CompiledKeyword {
  tokens: string[];
  weight: number;
}

interface CompiledTopic {
  topic: KnowledgeTopic;
  keywords: Record<Locale, CompiledKeyword[]>;
}

function compileKeywords(list: readonly string[]): CompiledKeyword[] {
  const seen = new Set<string>();
  const out: CompiledKeyword[] = [];
  for (const k of list) {
    const t = keywordTokens(k);
    const key = t.join(' ');
    if (!t.length || seen.has(key)) continue;
    seen.add(key);
    out.push({ tokens: t, weight: phraseWeight(t) });
  }
  return out;
}

export function compileTopics(topics: readonly KnowledgeTopic[]): CompiledTopic[] {
  return topics.map((topic) => ({
    topic,
    keywords: { en: compileKeywords(topic.keywords.en), fr: compileKeywords(topic.keywords.fr) },
  }));
}

function scoreTopic(c: CompiledTopic, text: string[], locale: Locale): number {
  const other: Locale = locale === 'en' ? 'fr' : 'en';
  const own = c.keywords[locale];
  let score = 0;
  for (const k of own) if (containsPhrase(text, k.tokens)) score += k.weight;
  const ownKeys = new Set(own.map((k) => k.tokens.join(' ')));
  for (const k of c.keywords[other]) {
    if (ownKeys.has(k.tokens.join(' '))) continue;
    if (containsPhrase(text, k.tokens)) score += k.weight * OTHER_LOCALE_FACTOR;
  }
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
  let best: { topic: KnowledgeTopic; score: number } | undefined;
  for (const c of compiled) {
    let score = scoreTopic(c, t, locale);
    if (score > 0 && intent && c.topic.intent === intent) score += INTENT_BONUS;
    if (score >= MATCH_THRESHOLD && (!best || score > best.score)) best = { topic: c.topic, score };
  }
  return best && { topic: best.topic, score: Math.round(best.score * 100) / 100 };
}
