import type { DeviceCycle, NextReboot, RingPolicy } from '../core/calendar';
import type { Locale } from '../core/vocabulary';
import { longDate, monthName } from './format';

/** What `hotpatch-bot next-reboot` computed: one NextReboot per device cycle asked about. */
export interface NextRebootReport {
  today: string;
  timeZone: string;
  asOf: string;
  policy: RingPolicy;
  scenarios: { cycle: DeviceCycle; reboot: NextReboot }[];
}

/** The text answer of `hotpatch-bot next-reboot` (its own wording, not the Teams card's), EN and FR. */
export function nextRebootText(r: NextRebootReport, locale: Locale): string {
  const lines = [
    locale === 'fr'
      ? `Au ${longDate(r.today, locale)} (${r.timeZone}) — selon la documentation Microsoft et les données de publication au ${r.asOf} :`
      : `As of ${longDate(r.today, locale)} (${r.timeZone}) — according to Microsoft documentation and release data as of ${r.asOf}:`,
  ];
  for (const s of r.scenarios) lines.push('', ...describe(s.cycle, s.reboot, r.policy, locale));
  lines.push('', CAVEAT[locale]);
  return lines.join('\n');
}

const CAVEAT = {
  en: 'Caveat (CAL-7): Microsoft can issue an unplanned baseline (restart) in any month, and drivers, firmware, .NET, non-security or feature updates can still need a restart.',
  fr: 'Réserve (CAL-7) : Microsoft peut publier une baseline non planifiée (avec redémarrage) n’importe quel mois, et des mises à jour de pilotes, firmware, .NET, non liées à la sécurité ou de fonctionnalités peuvent encore imposer un redémarrage.',
} as const;

function kindWord(kind: NextReboot['releaseKind'], locale: Locale): string {
  const w =
    locale === 'fr'
      ? { baseline: 'baseline', hotpatch: 'hotpatch', 'monthly-lcu': 'mise à jour cumulative mensuelle, LCU' }
      : { baseline: 'baseline', hotpatch: 'hotpatch', 'monthly-lcu': 'monthly cumulative update, LCU' };
  return w[kind];
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function describe(cycle: DeviceCycle, r: NextReboot, p: RingPolicy, locale: Locale): string[] {
  const d = (s: string) => longDate(s, locale);
  const fr = locale === 'fr';
  const when = fr ? `Patch Tuesday le ${d(r.releaseDate)}` : `Patch Tuesday ${d(r.releaseDate)}`;
  const head: Record<DeviceCycle['kind'], string> = fr
    ? {
        eligible: `Appareil éligible au hotpatch : prochain redémarrage à la baseline (mise à jour de référence) de ${monthName(r.month, locale)} — ${when}.`,
        'not-eligible': `Appareil non éligible au hotpatch : il redémarre à chaque Patch Tuesday avec la mise à jour cumulative (HP-INEL-1). Prochain : ${when}.`,
        'behind-baseline': `Appareil en retard sur sa baseline : la prochaine publication (${when}) apporte la dernière baseline et le hotpatch, avec redémarrage (CAL-3).`,
        'upgraded-25h2':
          r.releaseKind === 'monthly-lcu'
            ? `Appareil mis à niveau vers 25H2 pendant un mois de hotpatch : mises à jour standard avec redémarrage jusqu’à la prochaine baseline (HP-OS-5). Prochain : ${when}.`
            : `Appareil mis à niveau vers 25H2 : il suit le cycle hotpatch (HP-OS-5). Prochain redémarrage à la baseline de ${monthName(r.month, locale)} — ${when}.`,
      }
    : {
        eligible: `Hotpatch-eligible device: the next restart is the ${monthName(r.month, locale)} ${kindWord(r.releaseKind, locale)} — ${when}.`,
        'not-eligible': `Device not eligible for hotpatch: it restarts every Patch Tuesday with the cumulative update (HP-INEL-1). Next: ${when}.`,
        'behind-baseline': `Device behind on its baseline: the next release (${when}) brings the latest baseline plus the hotpatch, with a restart (CAL-3).`,
        'upgraded-25h2':
          r.releaseKind === 'monthly-lcu'
            ? `Device upgraded to 25H2 in a hotpatch month: standard updates with restarts until the next baseline (HP-OS-5). Next: ${when}.`
            : `Device upgraded to 25H2: it is on the hotpatch cycle (HP-OS-5). Next restart: the ${monthName(r.month, locale)} baseline — ${when}.`,
      };
  const lines = [head[cycle.kind]];
  const noPolicy = p.deferralDays === 0 && p.deadlineDays === 0 && p.graceDays === 0;
  if (noPolicy) {
    lines.push(
      fr
        ? `Sans stratégie d’anneau indiquée : redémarrage possible dès le ${d(r.releaseDate)} ; le report, l’échéance et la période de grâce de votre anneau le décalent (CAL-8).`
        : `No ring policy given: the restart can happen from ${d(r.releaseDate)}; your ring's deferral, deadline and grace period move it later (CAL-8).`,
    );
  } else
    lines.push(
      fr
        ? `Avec votre anneau (report ${p.deferralDays} j, échéance ${p.deadlineDays} j, grâce ${p.graceDays} j) : proposée le ${d(r.offeredOn)}, redémarrage imposé au plus tard le ${d(r.restartBy)}, ${d(r.latestRestart)} pour un appareil hors ligne à l’échéance (CAL-8).`
        : `With your ring (deferral ${p.deferralDays} d, deadline ${p.deadlineDays} d, grace ${p.graceDays} d): offered on ${d(r.offeredOn)}, restart forced by ${d(r.restartBy)}, ${d(r.latestRestart)} at the latest for a device offline at the deadline (CAL-8).`,
    );
  if (r.caveats.includes('uncertain-month')) {
    lines.push(
      fr
        ? `${cap(monthName(r.month, locale))} semble avoir été un mois avec redémarrage (baseline non planifiée probable) — non confirmé sur une page Microsoft ; consultez les notes de publication hotpatch (CAL-REL-1).`
        : `${monthName(r.month, locale)} appears to have been a restart month (likely an unplanned baseline) — not confirmed on a Microsoft page; check the hotpatch release notes (CAL-REL-1).`,
    );
  }
  if (r.following) {
    lines.push(
      fr
        ? `Ensuite : ${d(r.following.releaseDate)} (${kindWord(r.following.releaseKind, locale)}).`
        : `After that: ${d(r.following.releaseDate)} (${kindWord(r.following.releaseKind, locale)}).`,
    );
  }
  lines.push(`${fr ? 'Faits :' : 'Facts:'} ${r.factIds.join(', ')}`);
  return lines;
}
