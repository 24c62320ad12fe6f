import type { Rule } from '../types';
import { pass, fail, unknown, assumed } from '../check-builders';
import { SRC } from '../sources';

const id = 'hotpatch-policy' as const;

/** HP-MGT-3: default-on starts with the May 2026 security update (Patch Tuesday 2026-05-12). */
export const DEFAULT_ON_FROM = '2026-05-12';

/**
 * HP-MGT-2: a device in a quality update policy gets that policy's setting; the tenant default
 * applies only to devices in no policy. G-QUP-4: the tenant default cannot be read from Graph, so when
 * it is not given we assume the documented default (on since May 2026, HP-MGT-3) and say so.
 */
export const hotpatchPolicyRule: Rule = (d, ctx) => {
  if (d.hotpatchPolicy === 'allow') return pass(id, 'policy-allow', ['HP-MGT-1', 'HP-MGT-2'], SRC.intuneHotpatch);
  if (d.hotpatchPolicy === 'block') {
    return fail(id, 'policy-block', ['HP-MGT-2'], SRC.intuneHotpatch, { fix: 'set-policy-allow' });
  }
  const defaultOn = ctx.today >= DEFAULT_ON_FROM;
  if (d.hotpatchPolicy === 'none') {
    if (d.tenantDefault === 'block') {
      return fail(id, 'tenant-block', ['HP-MGT-2'], SRC.intuneHotpatch, { fix: 'set-policy-allow' });
    }
    if (d.tenantDefault === 'allow') return pass(id, 'tenant-allow', ['HP-MGT-2'], SRC.intuneHotpatch);
    if (defaultOn) return assumed(id, 'tenant-default-on', ['HP-MGT-2', 'HP-MGT-3', 'G-QUP-4'], SRC.intuneHotpatch);
    // Before May 2026 hotpatch was opt-in (CF-2): a device in no policy did not get it.
    return fail(id, 'opt-in-era', ['HP-MGT-1', 'CF-2'], SRC.intuneHotpatch, { fix: 'set-policy-allow' });
  }
  if (defaultOn) {
    return assumed(id, 'assumed', ['HP-MGT-2', 'HP-MGT-3', 'G-QUP-4'], SRC.intuneHotpatch, { ask: 'hotpatchPolicy' });
  }
  return unknown(id, 'missing', ['HP-MGT-1', 'CF-2'], SRC.intuneHotpatch, { ask: 'hotpatchPolicy' });
};
