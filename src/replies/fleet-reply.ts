import type { FleetAnswer } from '../answers/types';
import { ruleIds, type RuleId } from '../core/eligibility/types';
import type { RenderContext, Rendered } from '../pipeline-types';
import { docToCard } from './card-kit';
import { docToText } from './plain-text';
import type { ReplyDoc } from './doc';
import { ruleTitle } from './eligibility-messages';
import { pick } from './format';

/** Fixes shown beside the top blockers (same wording as the verdict card: src/replies/eligibility-messages.ts). */
const BLOCKER_FIX: Partial<Record<RuleId, { en: string; fr: string }>> = {
  'os-version': { en: 'Upgrade to Windows 11 24H2 or later.', fr: 'Passer à Windows 11 24H2 ou ultérieur.' },
  edition: { en: 'Move Pro devices to Enterprise (subscription activation with E3/E5).', fr: "Passer les appareils Pro en Enterprise (activation par abonnement E3/E5)." },
  license: { en: 'Assign an eligible licence (E3/E5, F3, A3/A5, Business Premium, Windows 365 Enterprise).', fr: 'Attribuer une licence éligible (E3/E5, F3, A3/A5, Business Premium, Windows 365 Enterprise).' },
  'vbs-running': { en: 'Enable VBS at scale (one restart), then check msinfo32 = Running.', fr: "Activer VBS à grande échelle (un redémarrage), puis vérifier msinfo32 = En cours d'exécution." },
  'arm64-chpe': { en: 'Arm64: set HotPatchRestrictions=1 or the DisableCHPE policy, restart once.', fr: 'Arm64 : HotPatchRestrictions=1 ou la stratégie DisableCHPE, un redémarrage.' },
  'intune-managed': { en: 'Enroll in Intune and add to a Windows quality update policy.', fr: 'Inscrire dans Intune et ajouter à une stratégie de mises à jour qualité Windows.' },
  'hotpatch-policy': { en: 'Set the quality update policy (or tenant setting) to Allow.', fr: 'Régler la stratégie de mises à jour qualité (ou le paramètre du locataire) sur Autoriser.' },
  'latest-baseline': { en: 'Install the latest baseline: hotpatches follow.', fr: 'Installer la dernière baseline : les hotpatchs suivent.' },
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
  return {
    template: 'answer',
    title: pick(locale, 'Hotpatch readiness of the fleet', 'Préparation du parc au Hotpatch'),
    status: { text: summary, tone: s.eligible === s.total ? 'good' : 'warning' },
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
          ? blockers.map((id) => `${ruleTitle(id, locale)}: ${s.byBlocker[id]} — ${BLOCKER_FIX[id]?.[locale] ?? ''}`.trim())
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
 * Teams renders Chart.Donut (stack-notes.md); clients that do not (the Playground, older Teams) show
 * the fallback text. The plain text already carries every number.
 */
function donut(a: FleetAnswer, locale: 'en' | 'fr'): Record<string, unknown> {
  const s = a.summary;
  return {
    type: 'Chart.Donut',
    title: pick(locale, 'Hotpatch readiness', 'Préparation au Hotpatch'),
    data: [
      { legend: pick(locale, 'Eligible', 'Éligibles'), value: s.eligible },
      { legend: pick(locale, 'Not eligible', 'Non éligibles'), value: s.notEligible },
      { legend: pick(locale, 'Unknown', 'Inconnus'), value: s.unknown },
    ],
    fallback: { type: 'TextBlock', text: `${s.eligible} / ${s.notEligible} / ${s.unknown}`, wrap: true },
  };
}

export function renderFleet(a: FleetAnswer, ctx: RenderContext): Rendered {
  const doc = { ...fleetDoc(a, ctx), locale: ctx.locale };
  const card = docToCard(doc);
  const body = Array.isArray(card.body) ? card.body : [];
  card.body = [...body.slice(0, 2), donut(a, ctx.locale), ...body.slice(2)];
  return { text: docToText(doc), card, suggestedActions: [] };
}
