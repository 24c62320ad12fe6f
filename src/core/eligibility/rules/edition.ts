import type { Rule } from '../types';
import { pass, fail, unknown } from '../check-builders';
import { SRC } from '../sources';

const id = 'edition' as const;

/**
 * HP-LIC-7: "Hotpatch updates aren't available to Home or Pro devices" (Autopatch FAQ), whatever the
 * licence (HP-LIC-6). HP-OS-6: LTSC is not supported by quality update policies. §1.8 item 10: SE.
 * HP-LIC-2: AVD (multi-session) is supported with the eligible editions.
 */
export const editionRule: Rule = (d) => {
  switch (d.edition) {
    case undefined:
      return unknown(id, 'missing', ['HP-LIC-7'], SRC.autopatchFaq, { ask: 'edition' });
    case 'enterprise':
    case 'enterprise-multi-session':
    case 'education':
      return pass(id, 'supported', ['HP-OS-1', 'HP-LIC-1', 'HP-LIC-2'], SRC.autopatchHotpatch);
    case 'home':
      return fail(id, 'home', ['HP-LIC-7'], SRC.autopatchFaq, { fix: 'upgrade-edition-enterprise' });
    case 'pro':
    case 'pro-education':
    case 'pro-workstation': {
      // HP-LIC-6: a Business Premium (or E3/E5) licence does not change the installed edition.
      const hasListedLicence = d.licenses?.some((l) => l === 'business-premium' || l === 'e3' || l === 'e5' || l === 'f3');
      return fail(id, hasListedLicence ? 'pro-with-licence' : 'pro', ['HP-LIC-7', 'HP-LIC-6'], SRC.autopatchFaq, {
        fix: 'subscription-activation',
        ...(d.licenses?.includes('business-premium') ? { hedge: 'pro-business-premium' } : {}),
      });
    }
    case 'enterprise-ltsc':
    case 'iot-enterprise-ltsc':
      return fail(id, 'ltsc', ['HP-OS-6'], SRC.intuneQualityUpdates, { fix: 'use-update-rings', hedge: 'ltsc-press' });
    case 'se':
      return fail(id, 'se', ['HP-LIC-7'], SRC.autopatchFaq, { fix: 'upgrade-edition-enterprise' });
    case 'iot-enterprise':
      return unknown(id, 'iot-undocumented', ['HP-OS-1'], SRC.autopatchHotpatch, { hedge: 'iot-undocumented' });
  }
};
