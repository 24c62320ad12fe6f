import type { Rule } from '../types';
import type { License } from '../../device-profile';
import { pass, fail, unknown } from '../check-builders';
import { SRC } from '../sources';

const id = 'license' as const;

/** HP-LIC-1: E3/E5, Microsoft 365 F3, A3/A5, Microsoft 365 Business Premium, Windows 365 Enterprise. */
export const ELIGIBLE_LICENSES: readonly License[] = ['e3', 'e5', 'f3', 'a3', 'a5', 'business-premium', 'w365-enterprise'];

export const licenseRule: Rule = (d) => {
  if (d.licenses === undefined) return unknown(id, 'missing', ['HP-LIC-1'], SRC.autopatchHotpatch, { ask: 'licenses' });
  const eligible = d.licenses.filter((l) => ELIGIBLE_LICENSES.includes(l));
  if (eligible.length === 0) {
    return fail(id, 'not-listed', ['HP-LIC-1', 'HP-LIC-5'], SRC.autopatchHotpatch, { fix: 'assign-eligible-licence' });
  }
  // HP-LIC-4: F3 is named "Microsoft 365 F3" on one page and "Windows 11 Enterprise F3" on another.
  const onlyF3 = eligible.every((l) => l === 'f3');
  return pass(id, 'listed', onlyF3 ? ['HP-LIC-1', 'HP-LIC-4'] : ['HP-LIC-1'], SRC.autopatchHotpatch, onlyF3 ? { hedge: 'f3-naming' } : {});
};
