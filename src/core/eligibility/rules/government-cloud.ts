import type { Rule } from '../types';
import { pass, unknown, assumed } from '../check-builders';
import { SRC } from '../sources';

const id = 'government-cloud' as const;

/**
 * §1.8 item 11 (UNCERTAIN): the Autopatch FAQ (2025-04-21) says GCC isn't supported, the training
 * module (2025-10-07, HP-LIC-2) says GCC is; GCC High / DoD are reported unsupported. Hedge, never "yes".
 */
export const governmentCloudRule: Rule = (d) => {
  switch (d.cloud) {
    case 'commercial':
      return pass(id, 'commercial', ['HP-LIC-2'], SRC.trainingSchedules);
    case 'gcc':
      return unknown(id, 'gcc-conflict', ['HP-LIC-2'], SRC.autopatchFaq, { hedge: 'gcc-conflict' });
    case 'gcc-high':
    case 'dod':
      return unknown(id, 'gcc-high-reported-unsupported', ['HP-LIC-2'], SRC.autopatchFaq, { hedge: 'gcc-high-unsupported' });
    case undefined:
      return assumed(id, 'assumed', ['HP-LIC-2'], SRC.trainingSchedules, { ask: 'cloud' });
  }
};
