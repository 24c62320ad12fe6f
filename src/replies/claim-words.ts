import type { ClaimVerdict } from '../core/knowledge/claims';

/** The verdict word that opens a corrected claim ("Out of date: hotpatch is no longer in preview…"). */
export const CLAIM_VERDICT_WORDS: Record<ClaimVerdict, { en: string; fr: string }> = {
  outdated: { en: 'Out of date', fr: 'Dépassé' },
  wrong: { en: 'Incorrect', fr: 'Inexact' },
  partly: { en: 'Not quite', fr: 'Pas tout à fait' },
};
