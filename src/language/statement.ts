import { foldText } from './clean-text';

/**
 * A message that asks nothing: no sentence ends with "?", and it does not open as a question or a request
 * ("how…", "is it…", "est-ce que…", "tell me…", "explique…"). Press claims and forum posts that state what
 * they believe ("As of 2024, hotpatch is available for…") are most of the real set (issue 11: 298 of 406
 * answerable posts): no yes/no was asked, so no yes/no opener answers them.
 */
const OPENS_AS_QUESTION =
  /^(how|what|whats|when|where|why|which|who|is|are|am|was|were|do|does|did|can|could|will|would|should|shall|has|have|had|may|might|must|any|tell|show|list|explain|give|help|please|comment|quand|pourquoi|quel|quelle|quels|quelles|combien|ou|est-ce|est ce|qu'est-ce|qu'est ce|quest-ce|c'est quoi|peut-on|puis-je|dois-je|faut-il|y a-t-il|explique|expliquez|montre|montrez|liste|donne|aide|svp|stp)\b/;

export function isStatement(text: string): boolean {
  if (/\?/.test(text)) return false;
  const folded = foldText(text).trim();
  if (OPENS_AS_QUESTION.test(folded)) return false;
  // "Windows Server 2025 hotpatch pricing" — a few words typed as a search are a question without its mark.
  return folded.split(/\s+/).length >= 8;
}

/**
 * A question that a yes or a no does not answer: it opens with when/what/which/how/why/where/how many, or their
 * French ("quand", "quel", "comment", "pourquoi", "combien", "où", "qu'est-ce que"), after any greeting.
 */
const OPEN_QUESTION =
  /^(?:(?:hi|hello|hey|bonjour|salut)[\s,!]+)?(?:(?:so|and|but|then|alors|et|mais|donc)\s+)?(when|what|whats|which|how|why|where|quand|quel|quelle|quels|quelles|comment|pourquoi|combien|ou|qu'est-ce|quest-ce|qu'est ce|c'est quoi|c'est quand|que devien(?:t|nent)|que se passe(?:-t-il)?|que faire)\b/;

/**
 * "…all of the month's fixes, or only some?": how much is asked, which a yes or a no does not say. ("HVCI or only
 * VBS?" names the other thing and stays a yes/no question.)
 */
const ALTERNATIVE = /\b(or only|or just|ou seulement|ou juste|ou uniquement) (some|part|a part|a few|certain|une partie|certain\w*|quelques)\b/;

export function asksOpenQuestion(text: string): boolean {
  const folded = foldText(text).trim();
  if (OPEN_QUESTION.test(folded) || ALTERNATIVE.test(folded)) return true;
  // "Our ring has a 7-day deferral, when will devices restart?": the clause that asks, in each question.
  return folded
    .split('?')
    .slice(0, -1)
    .some((q) =>
      OPEN_QUESTION.test(
        q
          .split(/[.,;:!\n]/)
          .pop()!
          .trim(),
      ),
    );
}
