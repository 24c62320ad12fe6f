import type { Rule } from '../types';
import { pass, fail, unknown } from '../check-builders';
import { SRC } from '../sources';

const id = 'arm64-chpe' as const;

/**
 * HP-CPU-1: x64 supported, Arm64 supported with CHPE disabled (HP-CPU-2: HotPatchRestrictions=1 or the
 * DisableCHPE policy, HP-CPU-5). HP-CPU-4: the flag is ignored on x64. Windows 11 has no 32-bit build.
 */
export const arm64ChpeRule: Rule = (d) => {
  switch (d.architecture) {
    case undefined:
      return unknown(id, 'missing', ['HP-CPU-1'], SRC.autopatchHotpatch, { ask: 'architecture' });
    case 'x64':
      return pass(id, 'x64', ['HP-CPU-1', 'HP-CPU-4'], SRC.autopatchHotpatch);
    case 'x86':
      return fail(id, 'x86', ['HP-CPU-1'], SRC.autopatchHotpatch, { fix: 'replace-hardware' });
    case 'arm64':
      if (d.chpeDisabled === true) return pass(id, 'arm64-chpe-disabled', ['HP-CPU-1', 'HP-CPU-2'], SRC.autopatchHotpatch);
      if (d.chpeDisabled === false) {
        return fail(id, 'arm64-chpe-enabled', ['HP-CPU-2', 'HP-CPU-3', 'CHK-7'], SRC.autopatchHotpatch, { fix: 'disable-chpe' });
      }
      return unknown(id, 'arm64-chpe-unknown', ['HP-CPU-2', 'CHK-7'], SRC.autopatchHotpatch, { ask: 'chpeDisabled' });
  }
};
