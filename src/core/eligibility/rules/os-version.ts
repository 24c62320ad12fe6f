import type { Rule } from '../types';
import { pass, fail, unknown } from '../check-builders';
import { SRC } from '../sources';
import { buildOfRelease } from '../../os-version';

const id = 'os-version' as const;

/** HP-OS-1 (24H2 or later), HP-OS-4 (23H2 and Windows 10), HP-OS-8 (26H2 covered, with a hedge), HP-OS-7 (26H1 undocumented). */
export const osVersionRule: Rule = (d) => {
  if (d.osFamily === 'windows-10') {
    return fail(id, 'windows-10', ['HP-OS-1', 'HP-OS-4'], SRC.autopatchHotpatch, { fix: 'upgrade-to-windows-11-24h2' });
  }
  const build = d.build ?? (d.osVersion ? buildOfRelease(d.osFamily, d.osVersion) : undefined);
  if (build === undefined) {
    if (d.osVersion !== undefined && d.osVersion < '24H2' && d.osFamily === 'windows-11') {
      return fail(id, 'too-old', ['HP-OS-1', 'HP-OS-4'], SRC.autopatchHotpatch, { fix: 'upgrade-to-windows-11-24h2' });
    }
    return unknown(id, 'missing', ['HP-OS-1'], SRC.autopatchHotpatch, { ask: 'osVersion' });
  }
  if (build < 22000) {
    return fail(id, 'windows-10', ['HP-OS-1', 'HP-OS-4'], SRC.autopatchHotpatch, { fix: 'upgrade-to-windows-11-24h2' });
  }
  if (build < 26100) {
    return fail(id, 'too-old', ['HP-OS-1', 'HP-OS-4'], SRC.autopatchHotpatch, { fix: 'upgrade-to-windows-11-24h2' });
  }
  if (build === 26100 || build === 26200) return pass(id, 'supported', ['HP-OS-1'], SRC.autopatchHotpatch);
  // HP-OS-8 (checked 2026-12-06): 26H2 (26300) shares the 24H2/25H2 branch and is covered by "24H2 or
  // later" — a pass, with a hedge because no 26H2-specific statement exists; HP-OS-5 applies to its install.
  if (build === 26300) return pass(id, 'covered-26h2', ['HP-OS-1', 'HP-OS-8', 'HP-OS-5'], SRC.autopatchHotpatch, { hedge: 'covered-26h2' });
  // 26H1 (28000, its own branch) and anything newer: no Microsoft statement found (HP-OS-7, HP-OS-8).
  return unknown(id, 'undocumented-release', ['HP-OS-7', 'HP-OS-8'], SRC.releaseInfo, { hedge: 'new-release-undocumented' });
};
