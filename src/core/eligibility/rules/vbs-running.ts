import type { Rule } from '../types';
import { pass, fail, unknown } from '../check-builders';
import { SRC } from '../sources';

const id = 'vbs-running' as const;

/** HP-VBS-1 ("VBS must be turned on"), HP-VBS-2 (check = Running), CHK-1/CHK-2, R-6 (one restart to enable). */
export const vbsRunningRule: Rule = (d) => {
  switch (d.vbs) {
    case 'running':
      return pass(id, 'running', ['HP-VBS-1', 'HP-VBS-2'], SRC.intuneHotpatch);
    case 'enabled-not-running':
      return fail(id, 'not-running', ['HP-VBS-1', 'HP-VBS-2', 'HP-VBS-6'], SRC.intuneHotpatch, { fix: 'make-vbs-run' });
    case 'off':
      return fail(id, 'off', ['HP-VBS-1', 'HP-VBS-2', 'HP-VBS-5'], SRC.intuneHotpatch, { fix: 'enable-vbs' });
    case undefined:
      return unknown(id, 'missing', ['HP-VBS-1', 'CHK-1', 'CHK-2'], SRC.intuneHotpatch, { ask: 'vbs' });
  }
};
