import type { DeviceProfile, Edition } from './device-profile';
import type { Verdict } from './eligibility/types';

export interface QmrDefaults {
  cloudRemediation: boolean;
  autoRemediation: boolean;
}

export interface Recommendation {
  /** Stable code: "fix:<fix code>", "qmr-enable", "keep-monthly-updates", "confirm-in-report", "upgrade-os-for-qmr". */
  id: string;
  priority: 'high' | 'normal';
  factIds: string[];
  source: string;
  /** For qmr-enable: the edition's defaults (QMR-4). */
  qmrDefaults?: QmrDefaults;
}

export const QMR_SOURCE = 'https://learn.microsoft.com/en-us/windows/configuration/quick-machine-recovery/';
const REPORT_SOURCE = 'https://learn.microsoft.com/en-us/windows/deployment/windows-autopatch/monitor/windows-autopatch-hotpatch-quality-update-report';
const INELIGIBLE_SOURCE = 'https://learn.microsoft.com/en-us/windows/deployment/windows-autopatch/manage/windows-autopatch-hotpatch-updates';

/** QMR-4: Home has cloud remediation on and auto remediation off; Pro and Enterprise (and the rest) both off. */
export function qmrDefaultsFor(edition: Edition | undefined): QmrDefaults | undefined {
  if (edition === undefined) return undefined;
  return edition === 'home' ? { cloudRemediation: true, autoRemediation: false } : { cloudRemediation: false, autoRemediation: false };
}

/** QMR-6: Windows 11 24H2 and later. Unknown version → assume it may apply and say so in the reply. */
function qmrAvailable(device: DeviceProfile): boolean | undefined {
  if (device.osFamily === 'windows-10') return false;
  if (device.build !== undefined) return device.build >= 26100;
  if (device.osVersion !== undefined) return device.osVersion >= '24H2';
  return undefined;
}

/**
 * What to do next: a fix for every blocker, then QMR as a complement to patching (QMR-16), first for
 * devices that cannot get hotpatch (README, Architecture: "first to those that cannot get Hotpatch").
 */
export function recommend(device: DeviceProfile, verdict: Verdict): Recommendation[] {
  const out: Recommendation[] = [];
  for (const check of verdict.checks) {
    if (check.status === 'fail' && check.fix) {
      out.push({ id: `fix:${check.fix}`, priority: 'high', factIds: check.factIds, source: check.source });
    }
  }
  if (verdict.status === 'not-eligible' && !verdict.blockers.includes('end-of-servicing')) {
    // HP-INEL-1: ineligible devices get the LCU with a restart every month; nothing to switch off.
    // LIFE-5: not for a version past its end of servicing — it gets no update at all (its fix is the upgrade).
    out.push({ id: 'keep-monthly-updates', priority: 'normal', factIds: ['HP-INEL-1', 'HP-INEL-2'], source: INELIGIBLE_SOURCE });
  }
  if (verdict.status === 'eligible') {
    out.push({ id: 'confirm-in-report', priority: 'normal', factIds: ['G-REP-1'], source: REPORT_SOURCE });
  }
  const qmr = qmrAvailable(device);
  if (qmr === false) {
    out.push({ id: 'upgrade-os-for-qmr', priority: 'normal', factIds: ['QMR-6', 'HP-OS-4'], source: QMR_SOURCE });
  } else {
    out.push({
      id: 'qmr-enable',
      priority: verdict.status === 'eligible' ? 'normal' : 'high',
      factIds: ['QMR-1', 'QMR-4', 'QMR-7', 'QMR-8', 'QMR-9', 'QMR-12', 'QMR-16'],
      source: QMR_SOURCE,
      qmrDefaults: qmrDefaultsFor(device.edition),
    });
  }
  return out;
}
