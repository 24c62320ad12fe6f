import { futureReleaseClaim } from './future-release';
import { stillServicedClaim } from './still-serviced';
import type { ClaimFound } from './types';

/**
 * The claims whose truth depends on the day asked, computed for `today`: a month's Patch Tuesday told as released
 * before its day, a version told as still serviced after its end. They come before the catalogue's (a date gone wrong).
 */
export function checkDatedClaims(text: string, today: string): ClaimFound[] {
  return [futureReleaseClaim(text, today), stillServicedClaim(text, today)].filter((c): c is ClaimFound => c !== undefined);
}
