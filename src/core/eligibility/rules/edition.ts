import type { Rule } from '../types';
import { pass, fail, unknown } from '../check-builders';
import { SRC } from '../sources';

const id = 'edition' as const;

/**
 * HP-LIC-7: "Hotpatch updates aren't available to Home or Pro devices" (Autopatch FAQ), whatever the
 * licence (HP-LIC-6). HP-OS-6: LTSC is not supported by quality update policies. §1.8 item 10: SE.
 * HP-ED-1 (uncertain): Enterprise multi-session is "unknown — verify", never a plain pass. HP-LIC-8: Pro
 * Education becomes Education by subscription activation with A3/A5.
 */
export const editionRule: Rule = (d) => {
  switch (d.edition) {
    case undefined:
      return unknown(id, 'missing', ['HP-LIC-7'], SRC.autopatchFaq, { ask: 'edition' });
    case 'enterprise':
    case 'education':
      return pass(id, 'supported', ['HP-OS-1', 'HP-LIC-1', 'HP-LIC-2'], SRC.autopatchHotpatch);
    case 'enterprise-multi-session':
      // HP-ED-1: AVD is named by the training module, but quality update policies do not list multi-session.
      return unknown(id, 'multi-session', ['HP-ED-1', 'HP-LIC-2'], SRC.intuneQualityUpdates, { hedge: 'multi-session' });
    case 'pro-education': {
      // HP-LIC-8: the fix is to activate Education with the A3/A5 licence, not to buy E3/E5.
      const hasA = d.licenses?.some((l) => l === 'a3' || l === 'a5');
      return fail(id, hasA ? 'pro-education-with-licence' : 'pro-education', ['HP-LIC-7', 'HP-LIC-8'], SRC.autopatchFaq, { fix: 'activate-education' });
    }
    case 'home':
      return fail(id, 'home', ['HP-LIC-7'], SRC.autopatchFaq, { fix: 'upgrade-edition-enterprise' });
    case 'pro':
    case 'pro-workstation': {
      // HP-LIC-6: a Business Premium (or E3/E5) licence does not change the installed edition.
      const hasListedLicence = d.licenses?.some((l) => l === 'business-premium' || l === 'e3' || l === 'e5' || l === 'f3' || l === 'a3' || l === 'a5');
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
