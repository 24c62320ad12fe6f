import { checkClaims, checkDatedClaims, MAX_CLAIMS, type ClaimFound } from '../core/knowledge/claims';
import { getUnit } from '../core/knowledge/units';
import { isStatement } from '../language';
import type { AnswerInput } from './deps';
import { knowledgeAnswer, RERANK_WORDS, unitContextOf } from './knowledge-answer';
import type { AnyAnswer, Correction } from './types';

function correctionOf({ check }: ClaimFound): Correction {
  return { id: check.id, verdict: check.verdict, line: check.correction, factIds: check.factIds, sources: check.sources };
}

/**
 * A claim the register contradicts ("the technical preview of hotpatching is only for Enterprise 24H2", "l'administrateur
 * doit d'abord donner son autorisation") is corrected first, with its verdict and fact, before the unit that says the
 * rest; when no unit answers (nothing close enough, or a neighbouring subject the post also names — "hotpatching was
 * first introduced with Windows Server 2003"), the unit of the claim's check does: every check is about hotpatch or QMR.
 * Only in a message that states something (a claim) or a post (`words`: its content words, as retrieval counted them): a
 * chat question is answered, not corrected.
 */
export function withClaimCorrections(a: AnyAnswer, input: AnswerInput, words: number): AnyAnswer {
  const { text, slots } = input.question;
  if (slots.topic || !(isStatement(text) || words >= RERANK_WORDS)) return a;
  const dated = checkDatedClaims(text, input.today);
  const found = [...dated, ...checkClaims(text)].slice(0, MAX_CLAIMS);
  if (!found.length) return a;
  const corrections = found.map(correctionOf);
  if (a.kind === 'knowledge') return { ...a, corrections, noYesNo: true };
  const unit = getUnit(found[0]!.check.unit);
  // A claim computed for today (a date gone wrong, always first) leads whatever else answered: "…keeps getting monthly
  // updates. We plan to upgrade next year" is corrected, not answered with next year's calendar.
  if (unit && (a.kind === 'unknown' || a.kind === 'device-form' || dated.length > 0))
    return { ...knowledgeAnswer(unit, unitContextOf(input)), corrections, noYesNo: true };
  return a;
}
