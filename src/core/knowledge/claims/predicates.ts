import type { Predicate } from './types';

/**
 * Tiny predicate factories over one folded sentence (core foldText: "l'administrateur" reads "l administrateur",
 * "opt-in" reads "opt in"), combined by `all`, `any` and `none`; check-claims.ts is the one evaluator.
 */
export const has =
  (pattern: RegExp): Predicate =>
  (s) =>
    pattern.test(s);

export const all =
  (...ps: Predicate[]): Predicate =>
  (s) =>
    ps.every((p) => p(s));

export const any =
  (...ps: Predicate[]): Predicate =>
  (s) =>
    ps.some((p) => p(s));

export const none =
  (...ps: Predicate[]): Predicate =>
  (s) =>
    !ps.some((p) => p(s));
