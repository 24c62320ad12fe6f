import type { DeviceProfile } from '../core/device-profile';
import type { Verdict } from '../core/eligibility/types';
import type { Recommendation } from '../core/recommendations';
import type { Locale } from '../core/vocabulary';
import { checkFixText, checkReasonText, hedgeText, recommendationText, ruleTitle } from './eligibility-messages';

/** What `hotpatch-bot check` prints: the verdict with every check and recommendation in words (also its --json). */
export interface CheckReport {
  status: Verdict['status'];
  device: DeviceProfile;
  checks: {
    id: string;
    title: string;
    status: string;
    reason: string;
    fix: string | null;
    source: string;
    factIds: string[];
    assumed?: boolean;
    hedge?: string;
  }[];
  blockers: Verdict['blockers'];
  missing: Verdict['missing'];
  assumptions: Verdict['assumptions'];
  recommendations: { id: string; priority: Recommendation['priority']; text: string; source: string; factIds: string[] }[];
  asOf: string;
}

export function checkReport(device: DeviceProfile, verdict: Verdict, recs: Recommendation[], asOf: string, locale: Locale): CheckReport {
  return {
    status: verdict.status,
    device,
    checks: verdict.checks.map((c) => ({
      id: c.id,
      title: ruleTitle(c.id, locale),
      status: c.status,
      reason: checkReasonText(c, locale),
      fix: checkFixText(c, locale) ?? null,
      source: c.source,
      factIds: c.factIds,
      ...(c.assumed ? { assumed: true } : {}),
      ...(c.hedge ? { hedge: hedgeText(c.hedge, locale) } : {}),
    })),
    blockers: verdict.blockers,
    missing: verdict.missing,
    assumptions: verdict.assumptions,
    recommendations: recs.map((r) => ({
      id: r.id,
      priority: r.priority,
      text: recommendationText(r, locale, device.edition),
      source: r.source,
      factIds: r.factIds,
    })),
    asOf,
  };
}

const STATUS_WORDS = {
  en: { eligible: 'Eligible', 'not-eligible': 'Not eligible', unknown: 'Cannot tell yet', pass: 'PASS', fail: 'FAIL', unknown_: '??' },
  fr: { eligible: 'Éligible', 'not-eligible': 'Non éligible', unknown: 'Impossible de conclure', pass: 'OK', fail: 'ÉCHEC', unknown_: '??' },
};

/** The text answer of `hotpatch-bot check`, one printed line per entry. */
export function checkReportLines(r: Pick<CheckReport, 'status' | 'checks' | 'recommendations' | 'asOf'>, locale: Locale): string[] {
  const w = STATUS_WORDS[locale];
  const lines = [`${w[r.status]} — ${locale === 'fr' ? 'selon la documentation Microsoft au' : 'according to Microsoft documentation as of'} ${r.asOf}`];
  for (const c of r.checks) {
    const mark = c.status === 'pass' ? w.pass : c.status === 'fail' ? w.fail : w.unknown_;
    lines.push(`  [${mark.padEnd(5)}] ${c.title}: ${c.reason}`);
    if (c.fix) lines.push(`           → ${c.fix}`);
    if (c.hedge) lines.push(`           ! ${c.hedge}`);
  }
  if (r.recommendations.length) lines.push(locale === 'fr' ? 'Recommandations :' : 'Recommendations:');
  for (const rec of r.recommendations) lines.push(`  - ${rec.text}`);
  return lines;
}
