import type { Rule } from '../types';
import { pass, fail, unknown } from '../check-builders';
import { SRC } from '../sources';
import { buildOfRelease } from '../../os-version';

const id = 'os-version' as const;

/** HP-OS-1 (24H2 or later), HP-OS-4 (23H2 and Windows 10 stay on standard updates), HP-OS-7/8 (26H1/26H2 undocumented). */
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
  // 26H2 (26300), 26H1 (28000) and anything newer: no Microsoft statement found (HP-OS-7, HP-OS-8).
  return unknown(id, 'undocumented-release', ['HP-OS-7', 'HP-OS-8'], SRC.releaseInfo, { hedge: 'new-release-undocumented' });
};
