import type { Rule } from '../types';
import { assumed, fail, pass } from '../check-builders';
import { SRC } from '../sources';
import { servicingStatus } from '../../lifecycle/servicing';

const id = 'end-of-servicing' as const;

/**
 * LIFE-1..LIFE-5: a Windows 11 version past its end of servicing gets no update at all (no hotpatch,
 * no LCU), so it is a blocker of its own and the fix is an upgrade (25H2/26H2, ideally in a baseline
 * month), never "keep the standard monthly updates". Windows 10 is the Windows-version rule's case
 * (LIFE-4: ESU updates are LCUs with restarts). Unknown version or edition: assumed still serviced.
 */
export const endOfServicingRule: Rule = (d, ctx) => {
  if (d.osFamily === 'windows-10' || (d.build !== undefined && d.build < 22000)) {
    return pass(id, 'windows-10', ['LIFE-4', 'HP-OS-4'], SRC.releaseInfo);
  }
  if (!ctx.lifecycle) return assumed(id, 'not-checked', ['LIFE-5'], SRC.releaseInfo);
  const s = servicingStatus(d, ctx.today, ctx.lifecycle);
  if (!s) {
    if (d.edition === 'enterprise-ltsc' || d.edition === 'iot-enterprise-ltsc') return pass(id, 'ltsc', ['HP-OS-6'], SRC.releaseInfo);
    return assumed(id, 'assumed', ['LIFE-5'], SRC.releaseInfo);
  }
  if (s.ended) return fail(id, 'ended', [...s.factIds, 'LIFE-5'], s.source, { fix: 'upgrade-serviced-version', servicing: s });
  return pass(id, 'serviced', s.factIds, s.source, { servicing: s, ...(s.certainty === 'uncertain' ? { hedge: 'lifecycle-rule-date' } : {}) });
};
