import type { AnswerUnit, Localized, UnitContext } from './types';

/**
 * Shorthands for writing answer units (the issue 11 files after precise.ts): a unit with empty
 * follow-ups and keywords by default, a Localized pair, and a body computed from today.
 */
type Base = Omit<AnswerUnit, 'followUps' | 'keywords'> & Partial<Pick<AnswerUnit, 'followUps' | 'keywords'>>;

export const unit = (u: Base): AnswerUnit => ({ followUps: [], keywords: { en: [], fr: [] }, ...u });

export const both = <T>(en: T, fr: T): Localized<T> => ({ en, fr });

/** Body computed from today; `body` keeps the rendering for a fixed day (indexing, checks). */
export function computed(f: (ctx: UnitContext) => Localized<string[]>): Pick<AnswerUnit, 'compose' | 'body'> {
  return { compose: f, body: f({ today: '2026-12-07' }) };
}
