import type { Localized } from '../types';
import type { SourceLink } from '../sources';

/**
 * What a claim check says of a claim it recognises: out of date (true once, changed since: the date is in
 * the correction), wrong (never true) or partly right (true with conditions the claim leaves out).
 */
export type ClaimVerdict = 'outdated' | 'wrong' | 'partly';

/** A folded sentence (core foldText: lower case, no accents, punctuation as spaces) → does it say this? */
export type Predicate = (sentence: string) => boolean;

/**
 * A claim the press and forums repeat that the register contradicts (its CF-* confusions and dated facts):
 * recognised per sentence of a post, answered by the correcting fact before the unit that says the rest.
 */
export interface ClaimCheck {
  id: string;
  /** True of one sentence (not a question) that makes the claim. */
  says: Predicate;
  /** True of the whole folded post when it already says the correction ("was in preview until April 2025"). */
  unless?: Predicate;
  verdict: ClaimVerdict;
  /** The correcting fact, said after the verdict word ("Out of date: …"); no yes/no opener. */
  correction: Localized;
  /** The answer unit that says the rest (answers the post when nothing else does). */
  unit: string;
  factIds: string[];
  sources: SourceLink[];
  asOf: string;
}

export interface ClaimFound {
  check: ClaimCheck;
  /** The sentence that made the claim, as written. */
  sentence: string;
}
