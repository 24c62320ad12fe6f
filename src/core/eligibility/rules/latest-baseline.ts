import type { Rule } from '../types';
import { pass, fail, assumed } from '../check-builders';
import { SRC } from '../sources';

const id = 'latest-baseline' as const;

/** HP-OS-3: must be on the latest baseline; CAL-3/R-8: a device behind gets the baseline (restart) first. */
export const latestBaselineRule: Rule = (d) => {
  if (d.onLatestBaseline === true) return pass(id, 'current', ['HP-OS-3'], SRC.intuneHotpatch);
  if (d.onLatestBaseline === false) {
    return fail(id, 'behind', ['HP-OS-3', 'CAL-3', 'HP-VBS-4'], SRC.intuneHotpatch, { fix: 'install-latest-baseline', temporary: true });
  }
  return assumed(id, 'assumed', ['HP-OS-3', 'CAL-3'], SRC.intuneHotpatch, { ask: 'onLatestBaseline' });
};
