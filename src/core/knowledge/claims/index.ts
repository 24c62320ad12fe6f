export { CLAIM_CHECKS } from './catalogue';
export { checkClaims, MAX_CLAIMS, sentencesOf } from './check-claims';
export { all, any, has, none } from './predicates';
export type { ClaimCheck, ClaimFound, ClaimVerdict, Predicate } from './types';
export { futureReleaseClaim } from './future-release';
export { stillServicedClaim } from './still-serviced';
export { checkDatedClaims } from './dated-claims';
