import type { Locale } from '../core/vocabulary';
import type { FleetAnswer } from '../answers';
import { ruleIds, type RuleId } from '../core/eligibility/types';
import type { RenderContext, Rendered } from './render-types';
import { answerCard } from './cards/answer-card';
import type { OtherElement } from './cards/elements';
import { docToText } from './plain-text';
import type { ReplyDoc } from './doc';
import { fixText, ruleTitle } from './eligibility-messages';
import { pick } from './format';

/** The fix shown beside each top blocker: the same words as the verdict card's fix for that rule. */
const BLOCKER_FIX: Partial<Record<RuleId, string>> = {
  'os-version': 'upgrade-to-windows-11-24h2',
  'end-of-servicing': 'upgrade-serviced-version',
  edition: 'subscription-activation',
  license: 'assign-eligible-licence',
  'vbs-running': 'enable-vbs',
  'arm64-chpe': 'disable-chpe',
  'intune-managed': 'enroll-in-intune',
  'join-type': 'join-entra',
  'diagnostic-data': 'set-telemetry-required',
  'sign-in-assistant': 'enable-wlidsvc',
  'hotpatch-policy': 'set-policy-allow',
  'latest-baseline': 'install-latest-baseline',
};

function percent(n: number, total: number): string {
  return total === 0 ? '0 %' : `${Math.round((n / total) * 100)} %`;
}

export function fleetDoc(a: FleetAnswer, ctx: RenderContext): ReplyDoc {
  const { locale } = ctx;
  const s = a.summary;
  const blockers = ruleIds
    .filter((id) => (s.byBlocker[id] ?? 0) > 0)
    .sort((x, y) => (s.byBlocker[y] ?? 0) - (s.byBlocker[x] ?? 0))
    .slice(0, 5);
  const summary = pick(
    locale,
    `Fleet readiness: ${s.eligible} of ${s.total} devices eligible for Hotpatch (${percent(s.eligible, s.total)}), ${s.notEligible} not eligible, ${s.unknown} unknown.`,
    `État du parc : ${s.eligible} appareils sur ${s.total} éligibles au Hotpatch (${percent(s.eligible, s.total)}), ${s.notEligible} non éligibles, ${s.unknown} inconnus.`,
  );
  const top = blockers[0];
  const tone = s.eligible === s.total ? 'good' : 'warning';
  return {
    answer: {
      text: summary,
      tone,
      why: top
        ? pick(
            locale,
            `Top blocker: ${ruleTitle(top, locale)} (${s.byBlocker[top]} devices).`,
            `Premier blocage : ${ruleTitle(top, locale)} (${s.byBlocker[top]} appareils).`,
          )
        : pick(locale, 'No blocker found.', 'Aucun blocage trouvé.'),
      next: top && BLOCKER_FIX[top] ? fixText(BLOCKER_FIX[top]!, locale) : undefined,
    },
    title: pick(locale, 'Hotpatch readiness of the fleet', 'Préparation du parc au Hotpatch'),
    status: { text: summary, tone },
    sections: [
      {
        facts: [
          { title: pick(locale, 'Devices', 'Appareils'), value: String(s.total) },
          { title: pick(locale, 'Eligible', 'Éligibles'), value: `${s.eligible} (${percent(s.eligible, s.total)})` },
          { title: pick(locale, 'Not eligible', 'Non éligibles'), value: `${s.notEligible} (${percent(s.notEligible, s.total)})` },
          { title: pick(locale, 'Unknown (facts missing)', 'Inconnus (informations manquantes)'), value: `${s.unknown} (${percent(s.unknown, s.total)})` },
          { title: pick(locale, 'Only waiting for the baseline', 'En attente de la baseline seulement'), value: String(s.temporarilyBlocked) },
        ],
      },
      {
        heading: pick(locale, 'Top blockers and their fixes', 'Principaux blocages et solutions'),
        lines: blockers.length
          ? blockers.map((id) =>
              BLOCKER_FIX[id]
                ? `${ruleTitle(id, locale)}: ${s.byBlocker[id]} — ${fixText(BLOCKER_FIX[id]!, locale)}`
                : `${ruleTitle(id, locale)}: ${s.byBlocker[id]}`,
            )
          : [pick(locale, 'No blocker found.', 'Aucun blocage trouvé.')],
      },
      ...(s.invalidRows.length
        ? [{ lines: [pick(locale, `${s.invalidRows.length} inventory rows could not be read.`, `${s.invalidRows.length} lignes d'inventaire illisibles.`)] }]
        : []),
    ],
    asOf: a.asOf,
    summary,
  };
}

/**
 * Teams renders Chart.Donut (Adaptive Cards charts, Teams only); clients that do not (the Playground, older Teams) show
 * the fallback text. The plain text already carries every number.
 */
function donut(a: FleetAnswer, locale: Locale): OtherElement {
  const s = a.summary;
  return {
    type: 'Chart.Donut',
    title: pick(locale, 'Hotpatch readiness', 'Préparation au Hotpatch'),
    data: [
      // Semantic colours (theme-aware in Teams), not three shades of one hue, with the count in the legend.
      { legend: `${pick(locale, 'Eligible', 'Éligibles')} (${s.eligible})`, value: s.eligible, color: 'good' },
      { legend: `${pick(locale, 'Not eligible', 'Non éligibles')} (${s.notEligible})`, value: s.notEligible, color: 'attention' },
      { legend: `${pick(locale, 'Unknown', 'Inconnus')} (${s.unknown})`, value: s.unknown, color: 'warning' },
    ],
    // The text fallback (Playground, older clients) says the chart in words.
    fallback: {
      type: 'TextBlock',
      text: pick(
        locale,
        `Eligible ${s.eligible} · Not eligible ${s.notEligible} · Unknown ${s.unknown}`,
        `Éligibles ${s.eligible} · Non éligibles ${s.notEligible} · Inconnus ${s.unknown}`,
      ),
      wrap: true,
    },
  };
}

export function renderFleet(a: FleetAnswer, ctx: RenderContext): Rendered {
  const doc = { ...fleetDoc(a, ctx), locale: ctx.locale, today: ctx.today };
  const card = answerCard(doc);
  // The chart right under the answer line (and its why).
  card.body = [...card.body.slice(0, 1), donut(a, ctx.locale), ...card.body.slice(1)];
  return { text: docToText(doc), card, suggestedActions: [] };
}
