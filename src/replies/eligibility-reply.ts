import type { EligibilityAnswer } from '../answers';
import type { RenderContext } from './render-types';
import type { DocAnswer, DocFact, ReplyDoc, Tone } from './doc';
import type { Locale } from '../core/vocabulary';
import type { RuleId } from '../core/eligibility/types';
import { checkFixText, checkReasonText, hedgeText, recommendationText, ruleTitle } from './eligibility-messages';
import { LABELS, STATUS_WORDS, sourcesOf, suggestions, t } from './common-words';
import { asOfLine, pick, kv } from './format';
import { deviceFacts } from './device-words';

const VERDICT = {
  eligible: { en: '✅ Eligible for Hotpatch', fr: '✅ Éligible au Hotpatch', tone: 'good' },
  'not-eligible': { en: '❌ Not eligible for Hotpatch', fr: '❌ Non éligible au Hotpatch', tone: 'attention' },
  unknown: { en: '❓ Cannot decide yet: some facts are missing', fr: '❓ Impossible de conclure : il manque des informations', tone: 'warning' },
} as const;

/** Short words for the grouped assumptions line ("Assumed: Intune-managed, Entra joined — tell me if not"). */
const ASSUMED_WORDS: Partial<Record<RuleId, { en: string; fr: string }>> = {
  'intune-managed': { en: 'Intune-managed', fr: 'géré par Intune' },
  'join-type': { en: 'Entra joined', fr: 'joint à Entra' },
  'diagnostic-data': { en: 'telemetry Required', fr: 'télémétrie « Requise »' },
  'sign-in-assistant': { en: 'wlidsvc running', fr: 'wlidsvc démarré' },
  'hotpatch-policy': { en: 'hotpatch not blocked by a policy', fr: 'hotpatch non bloqué par une stratégie' },
  'latest-baseline': { en: 'on the latest baseline', fr: 'sur la dernière baseline' },
  'government-cloud': { en: 'commercial cloud', fr: 'cloud commercial' },
};

function assumedLine(ids: RuleId[], locale: Locale): string | undefined {
  if (!ids.length) return undefined;
  const words = ids.map((id) => ASSUMED_WORDS[id]?.[locale] ?? ruleTitle(id, locale)).join(', ');
  return pick(locale, `Assumed: ${words} — tell me if not.`, `Supposé : ${words} — dites-le-moi si ce n'est pas le cas.`);
}

/**
 * Blockers a setting fixes (VBS, CHPE, telemetry, wlidsvc, policy…): the fix is the advice, and Quick
 * Machine Recovery is not offered as a consolation. QMR advice stays for devices that cannot get hotpatch
 * without a new edition, Windows version or licence (tests/acceptance cases TC-01, TC-48). A version past
 * its end of servicing needs a new Windows version (LIFE-5): structural too.
 */
const STRUCTURAL: readonly RuleId[] = ['os-version', 'end-of-servicing', 'edition', 'license', 'government-cloud'];
function recommendationsFor(a: EligibilityAnswer) {
  const settingFix = a.verdict.blockers.some((id) => !STRUCTURAL.includes(id));
  return settingFix ? a.recommendations.filter((r) => r.id !== 'qmr-enable' && r.id !== 'upgrade-os-for-qmr') : a.recommendations;
}

/** Answer first (issue 14): the verdict, one line of why, three device facts, the one next step. */
function answerOf(a: EligibilityAnswer, locale: Locale, verdictText: string, tone: Tone): DocAnswer {
  const v = a.verdict;
  const byId = new Map(a.verdict.checks.map((c) => [c.id, c]));
  const assumed = assumedLine(v.assumptions, locale);
  const facts = deviceFacts(a.device, locale).slice(0, 3);
  if (v.status === 'not-eligible') {
    const first = byId.get(v.blockers[0]!);
    const fix = first ? checkFixText(first, locale) : undefined;
    return { text: verdictText, tone, why: first ? checkReasonText(first, locale) : undefined, facts, next: fix, assumed };
  }
  if (v.status === 'unknown') {
    const missing = v.missing.map((id) => ruleTitle(id, locale)).join(', ');
    return {
      text: verdictText,
      tone,
      why: pick(locale, `Nothing fails so far, but I don't know: ${missing}.`, `Rien ne bloque pour l'instant, mais il me manque : ${missing}.`),
      facts,
      next: pick(
        locale,
        'Tell me these facts (msinfo32 shows most of them), or use the form.',
        'Donnez-moi ces informations (msinfo32 en affiche la plupart), ou utilisez le formulaire.',
      ),
      assumed,
    };
  }
  const n = v.checks.length;
  const k = v.assumptions.length;
  const p = v.checks.filter((c) => c.status === 'pass').length;
  const why = k
    ? pick(locale, `${p} of ${n} checks pass; ${k} assumed (see details).`, `${p} vérifications sur ${n} conformes ; ${k} supposées (voir les détails).`)
    : pick(locale, `All ${n} checks pass.`, `Les ${n} vérifications sont conformes.`);
  const rec = a.recommendations.find((r) => r.id === 'confirm-in-report') ?? a.recommendations[0];
  return { text: verdictText, tone, why, facts, next: rec ? recommendationText(rec, locale) : undefined, assumed };
}

/** Verdict card: one row per rule (pass / fail / unknown with icon words), reason, fix, source. */
export function renderEligibility(a: EligibilityAnswer, ctx: RenderContext): ReplyDoc {
  const { locale } = ctx;
  const v = VERDICT[a.verdict.status];
  const rows = a.verdict.checks.map((c) => {
    const fix = c.status === 'pass' ? undefined : checkFixText(c, locale);
    const lines = [checkReasonText(c, locale)];
    if (fix) lines.push(kv(locale, pick(locale, 'Fix', 'Correction'), `${fix}`));
    return { icon: STATUS_WORDS[c.status][locale], tone: STATUS_WORDS[c.status].tone, label: ruleTitle(c.id, locale), lines, source: c.source };
  });
  const facts: DocFact[] = deviceFacts(a.device, locale);
  const recs = recommendationsFor(a).map((r) => `• ${recommendationText(r, locale)}`);
  const blockers = a.verdict.blockers.length;
  const summary =
    a.verdict.status === 'not-eligible'
      ? `${v[locale]} (${blockers} ${pick(locale, blockers > 1 ? 'blockers' : 'blocker', blockers > 1 ? 'blocages' : 'blocage')})`
      : v[locale];
  return {
    answer: answerOf(a, locale, summary, v.tone),
    title: pick(locale, 'Hotpatch eligibility', 'Éligibilité au Hotpatch'),
    status: { text: summary, tone: v.tone },
    userText: a.device.deviceName ? [{ label: t(LABELS.device, locale), value: a.device.deviceName }] : [],
    sections: [
      ...(facts.length ? [{ heading: pick(locale, 'Device facts', "Informations sur l'appareil"), facts }] : []),
      { heading: pick(locale, 'Checklist', 'Liste de contrôle'), rows },
      ...(recs.length ? [{ heading: pick(locale, 'What to do next', 'Que faire ensuite'), lines: recs }] : []),
    ],
    hedges: a.verdict.hedges.map((h) => hedgeText(h, locale)),
    asOf: asOfLine(a.asOf, locale),
    sourcesHeading: t(LABELS.sources, locale),
    sourceLabel: t(LABELS.source, locale),
    sources: sourcesOf([...a.verdict.checks.map((c) => c.source), ...recommendationsFor(a).map((r) => r.source)]),
    suggestions: suggestions(['next-reboot', 'explain-qmr', 'how-to-check'], locale),
    summary,
  };
}
