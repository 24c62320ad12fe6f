/** Words for "why did my device restart?", ordered by src/core/calendar/restart-causes.ts (EN, FR). */
import type { RestartCause, RestartContext } from '../core/calendar';
import type { Locale } from '../core/vocabulary';
import { dateBoth, monthName } from './format';

export function restartIntro(r: RestartContext, locale: Locale): string {
  const m = monthName(r.month, locale);
  return locale === 'fr'
    ? `Raisons possibles d’un redémarrage pour ${m} (mois ${r.kind === 'baseline' ? 'de baseline' : 'hotpatch'}), les plus probables d’abord :`
    : `Possible reasons for a restart in ${m} (a ${r.kind === 'baseline' ? 'baseline' : 'hotpatch'} month), most likely first:`;
}

function causeText(c: RestartCause, r: RestartContext, locale: Locale): string {
  const m = monthName(r.month, locale);
  const b = r.baseline ? monthName(r.baseline, locale) : undefined;
  const fr = locale === 'fr';
  switch (c) {
    case 'baseline-month':
      return fr
        ? `${m} est un mois de baseline : tous les appareils redémarrent pour la mise à jour de référence.`
        : `${m} is a baseline month: every device restarts for the baseline update.`;
    case 'unplanned-baseline':
      return fr
        ? 'Une baseline non planifiée ou une mise à jour hors bande non compatible hotpatch (juin 2026 semble en avoir été une).'
        : 'An unplanned baseline or a non-hotpatchable out-of-band update (June 2026 appears to have been one).';
    case 'missed-baseline':
      return fr
        ? `L’appareil n’avait pas la dernière baseline (${b ?? 'la baseline précédente'}) : il a reçu baseline + hotpatch, avec redémarrage.`
        : `It missed the latest baseline (${b ?? 'the previous baseline'}), so it got baseline + hotpatch, with a restart.`;
    case 'feature-update':
      return fr
        ? 'Une mise à jour de fonctionnalités (par exemple 26H2) installée un mois hotpatch : redémarrage, puis mises à jour avec redémarrage jusqu’à la baseline suivante.'
        : 'A feature update (for example 26H2) installed in a hotpatch month: a restart, then restart updates until the next baseline.';
    case 'not-eligible':
      return fr
        ? 'L’appareil n’est en fait pas éligible (VBS, licence, édition, CHPE, stratégie Bloquer…) : il reçoit la mise à jour cumulative (LCU) avec redémarrage.'
        : 'It is actually ineligible (VBS, licence, edition, CHPE, policy Block…) and got the LCU, with a restart.';
    case 'optional-preview':
      return fr
        ? `La préversion facultative non liée à la sécurité publiée le ${dateBoth(r.preview!, locale)} n’est pas un hotpatch : l’installer redémarre l’appareil.`
        : `The optional non-security preview released on ${dateBoth(r.preview!, locale)} is not a hotpatch: installing it restarts the device.`;
    case 'other-updates':
      return fr ? 'Mises à jour de pilotes/firmware/.NET/applications ou non liées à la sécurité.' : 'Driver, firmware, .NET, app or non-security updates.';
    case 'vbs-chpe':
      return fr
        ? 'Un changement VBS/CHPE (activer VBS ou définir HotPatchRestrictions exige un redémarrage).'
        : 'A VBS/CHPE change (enabling VBS or setting HotPatchRestrictions needs one restart).';
    case 'uninstall-fallback':
      return fr
        ? 'La désinstallation d’un hotpatch, ou une erreur critique ayant fait revenir Windows à la mise à jour standard.'
        : 'A hotpatch uninstall, or a critical error made Windows fall back to the standard update.';
  }
}

export function restartLines(r: RestartContext, locale: Locale): string[] {
  return [
    ...r.causes.map((c, i) => `${i + 1}. ${causeText(c, r, locale)}`),
    locale === 'fr'
      ? 'Vérifier l’historique des mises à jour sur l’appareil et le rapport « Hotpatch quality updates » dans Intune.'
      : 'Check Update history on the device and the Hotpatch quality updates report in Intune.',
  ];
}
