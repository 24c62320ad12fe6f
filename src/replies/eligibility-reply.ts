import type { EligibilityAnswer } from '../answers/types';
import type { RenderContext } from './render-types';
import type { DocFact, ReplyDoc } from './doc';
import { checkFixText, checkReasonText, hedgeText, recommendationText, ruleTitle } from './eligibility-messages';
import { LABELS, STATUS_WORDS, sourcesOf, suggestions, t } from './common-words';
import { asOfLine, pick, kv } from './format';
import { deviceFacts } from './device-words';

const VERDICT = {
  eligible: { en: '✅ Eligible for Hotpatch', fr: '✅ Éligible au Hotpatch', tone: 'good' },
  'not-eligible': { en: '❌ Not eligible for Hotpatch', fr: '❌ Non éligible au Hotpatch', tone: 'attention' },
  unknown: { en: '❓ Cannot decide yet: some facts are missing', fr: '❓ Impossible de conclure : il manque des informations', tone: 'warning' },
} as const;

/** Verdict card: one row per rule (pass / fail / unknown with icon words), reason, fix, source (README, Architecture). */
export function renderEligibility(a: EligibilityAnswer, ctx: RenderContext): ReplyDoc {
  const { locale } = ctx;
  const v = VERDICT[a.verdict.status];
  const rows = a.verdict.checks.map((c) => {
    const fix = c.status === 'pass' ? undefined : checkFixText(c, locale);
    const lines = [checkReasonText(c, locale)];
    if (fix) lines.push(kv(locale, pick(locale, 'Fix', 'Correction'), `${fix}`));
    if (c.assumed) lines.push(pick(locale, 'Assumed (not stated): please confirm.', 'Supposé (non précisé) : merci de confirmer.'));
    return { icon: STATUS_WORDS[c.status][locale], tone: STATUS_WORDS[c.status].tone, label: ruleTitle(c.id, locale), lines, source: c.source };
  });
  const facts: DocFact[] = deviceFacts(a.device, locale);
  const recs = a.recommendations.map((r) => `• ${recommendationText(r, locale)}`);
  const blockers = a.verdict.blockers.length;
  const summary =
    a.verdict.status === 'not-eligible'
      ? `${v[locale]} (${blockers} ${pick(locale, blockers > 1 ? 'blockers' : 'blocker', blockers > 1 ? 'blocages' : 'blocage')})`
      : v[locale];
  return {
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
    sources: sourcesOf([...a.verdict.checks.map((c) => c.source), ...a.recommendations.map((r) => r.source)]),
    suggestions: suggestions(['next-reboot', 'explain-qmr', 'how-to-check'], locale),
    summary,
  };
}
