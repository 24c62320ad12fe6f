import type { RuleId } from '../core/eligibility/types';
import type { Locale } from '../core/vocabulary';
import type { FleetSummary } from '../core/fleet/fleet-summary';

const WORDS: Record<Locale, Record<string, string>> = {
  en: {
    title: 'Hotpatch readiness',
    devices: 'devices',
    eligible: 'Eligible',
    notEligible: 'Not eligible',
    unknown: 'Unknown (data missing)',
    blockers: 'Blockers (a device counts once per failing rule)',
    missing: 'Missing data',
    invalid: 'Invalid rows (skipped)',
    line: 'line',
    temporary: 'of which only behind the baseline',
    colon: ':',
  },
  fr: {
    title: 'Préparation au hotpatch',
    devices: 'appareils',
    eligible: 'Éligibles',
    notEligible: 'Non éligibles',
    unknown: 'Inconnus (données manquantes)',
    blockers: 'Blocages (un appareil compte une fois par règle en échec)',
    missing: 'Données manquantes',
    invalid: 'Lignes invalides (ignorées)',
    line: 'ligne',
    temporary: 'dont seulement en retard de baseline',
    colon: ' :',
  },
};
const RULES: Record<Locale, Record<RuleId, string>> = {
  en: {
    'os-version': 'Windows version',
    'end-of-servicing': 'End of servicing',
    edition: 'Edition',
    license: 'Licence',
    'vbs-running': 'VBS running',
    'arm64-chpe': 'Architecture / Arm64 CHPE',
    'intune-managed': 'Intune management',
    'join-type': 'Entra join',
    'diagnostic-data': 'Diagnostic data',
    'sign-in-assistant': 'Sign-in Assistant (wlidsvc)',
    'hotpatch-policy': 'Hotpatch policy',
    'latest-baseline': 'Latest baseline',
    'government-cloud': 'Government cloud',
  },
  fr: {
    'os-version': 'Version de Windows',
    'end-of-servicing': 'Fin de maintenance',
    edition: 'Édition',
    license: 'Licence',
    'vbs-running': 'VBS actif',
    'arm64-chpe': 'Architecture / CHPE Arm64',
    'intune-managed': 'Gestion Intune',
    'join-type': 'Jonction Entra',
    'diagnostic-data': 'Données de diagnostic',
    'sign-in-assistant': 'Assistant de connexion (wlidsvc)',
    'hotpatch-policy': 'Stratégie hotpatch',
    'latest-baseline': 'Dernière baseline',
    'government-cloud': 'Cloud gouvernemental',
  },
};

function pct(n: number, total: number, locale: Locale): string {
  const p = total === 0 ? 0 : (100 * n) / total;
  return locale === 'fr' ? `${p.toFixed(1).replace('.', ',')} %` : `${p.toFixed(1)}%`;
}

/** The text answer of `hotpatch-bot fleet`: a fixed-width table, EN and FR (the Teams fleet card is fleet-reply.ts). */
export function fleetTable(s: FleetSummary, today: string, locale: Locale): string {
  const w = WORDS[locale];
  const row = (label: string, n: number, indent = 2) => `${' '.repeat(indent)}${label.padEnd(44 - indent)}${String(n).padStart(7)}  ${pct(n, s.total, locale)}`;
  const lines = [`${w.title} — ${s.total} ${w.devices} (${today})`, row(w.eligible, s.eligible), row(w.notEligible, s.notEligible)];
  if (s.temporarilyBlocked) lines.push(row(`… ${w.temporary}`, s.temporarilyBlocked, 4));
  lines.push(row(w.unknown, s.unknown), '', w.blockers);
  for (const [id, n] of Object.entries(s.byBlocker)) lines.push(row(`${RULES[locale][id as RuleId]} [${id}]`, n));
  if (Object.keys(s.byMissing).length) {
    lines.push('', w.missing);
    for (const [id, n] of Object.entries(s.byMissing)) lines.push(row(`${RULES[locale][id as RuleId]} [${id}]`, n));
  }
  if (s.invalidRows.length) {
    lines.push('', `${w.invalid}${w.colon} ${s.invalidRows.length}`);
    for (const r of s.invalidRows.slice(0, 50)) lines.push(`  ${w.line} ${r.line}${w.colon} ${r.error}`);
    if (s.invalidRows.length > 50) lines.push(`  … +${s.invalidRows.length - 50}`);
  }
  return lines.join('\n');
}
