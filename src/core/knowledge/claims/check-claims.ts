import { foldText } from '../text-normalize';
import { CLAIM_CHECKS } from './catalogue';
import type { ClaimCheck, ClaimFound } from './types';

/** At most this many corrections open an answer: a post with more stale claims gets the first ones in catalogue order. */
export const MAX_CLAIMS = 2;

const URL = /\bhttps?:\/\/\S+/g;

/** Sentences as written: split after . ! ? and at line breaks and bullets ("•", "- " at a line's start). */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+|\s*[•·▪]\s*/u)
    .map((s) => s.replace(/^\s*[-*]\s+/, '').trim())
    .filter(Boolean);
}

/** The sentences that may make a claim (a question asks, it claims nothing), as written and folded. */
export function claimSentences(text: string): { raw: string; folded: string }[] {
  return (
    sentencesOf(text)
      .filter((s) => !s.endsWith('?'))
      // A URL's words ("…/beta/…", "…-preview-images-…") are no claim.
      .map((s) => ({ raw: s, folded: foldText(s.replace(URL, ' ')) }))
  );
}

/**
 * The claims a message makes that the register contradicts: per sentence that asks nothing (a question is
 * answered, not corrected), each check once, in catalogue order; a check whose `unless` holds of the whole
 * message (it already says the correction) is left out.
 */
export function checkClaims(text: string, checks: readonly ClaimCheck[] = CLAIM_CHECKS): ClaimFound[] {
  const claims = claimSentences(text);
  if (!claims.length) return [];
  const whole = foldText(text.replace(URL, ' '));
  const found: ClaimFound[] = [];
  for (const check of checks) {
    if (found.length >= MAX_CLAIMS) break;
    if (check.unless?.(whole)) continue;
    const hit = claims.find((s) => check.says(s.folded));
    if (hit) found.push({ check, sentence: hit.raw });
  }
  return found;
}
