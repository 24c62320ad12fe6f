import type { NextRebootAnswer } from '../answers';
import type { ServicingStatus } from '../core/lifecycle/servicing';
import type { Locale } from '../core/vocabulary';
import { fixText } from './eligibility-messages';
import type { RenderContext } from './render-types';
import type { DocAnswer, DocSection, ReplyDoc } from './doc';
import { LABELS, sourcesOf, suggestions, t } from './common-words';
import { CAL_SOURCES, CERTAINTY_WORDS, CYCLE_SHORT, CYCLE_WORDS, KIND_WORDS, caveatText } from './calendar-words';
import { asOfLine, dateBoth, monthName, pick, kv } from './format';

/** Next reboot per scenario: release date, offered on, restart by (CAL-8 ring policy), caveats (CAL-7). */
/** LIFE-5: a version past its end of servicing gets no update at all: no update restart, an upgrade instead. */
function renderEndOfServicing(a: NextRebootAnswer & { servicing: ServicingStatus }, locale: Locale): ReplyDoc {
  const s = a.servicing;
  const who = `Windows 11 ${s.version} ${s.family === 'home-pro' ? pick(locale, 'Home/Pro', 'Famille/Professionnel') : pick(locale, 'Enterprise/Education', 'Entreprise/Éducation')}`;
  const summary = pick(
    locale,
    `No update restart to plan: ${who} reached end of servicing on ${dateBoth(s.end, locale)} and gets no update at all any more.`,
    `Aucun redémarrage de mise à jour à prévoir : ${who} est en fin de maintenance depuis le ${dateBoth(s.end, locale)} et ne reçoit plus aucune mise à jour.`,
  );
  return {
    title: pick(locale, 'Next reboot', 'Prochain redémarrage'),
    status: { text: summary, tone: 'warning' },
    intro: [summary],
    sections: [{ lines: [fixText('upgrade-serviced-version', locale)] }],
    hedges: [],
    asOf: asOfLine(a.asOf, locale),
    sourcesHeading: t(LABELS.sources, locale),
    sources: sourcesOf([s.source]),
    suggestions: suggestions(['calendar', 'eligibility'], locale),
    summary,
  };
}

export function renderNextReboot(a: NextRebootAnswer, ctx: RenderContext): ReplyDoc {
  const { locale } = ctx;
  if (a.servicing?.ended) return renderEndOfServicing({ ...a, servicing: a.servicing }, locale);
  const d = (iso: string) => dateBoth(iso, locale, true);
  const sections: DocSection[] = a.scenarios.map(({ cycle, reboot: r }) => {
    const facts = [
      { title: pick(locale, 'Release', 'Publication'), value: `${KIND_WORDS[r.releaseKind][locale]} — ${monthName(r.month, locale)}` },
      { title: pick(locale, 'Release date', 'Date de publication'), value: d(r.releaseDate) },
      { title: pick(locale, 'Offered on', 'Proposée le'), value: d(r.offeredOn) },
      { title: pick(locale, 'Restart by', 'Redémarrage au plus tard le'), value: d(r.restartBy) },
    ];
    if (r.latestRestart !== r.restartBy) {
      facts.push({ title: pick(locale, 'If offline at the deadline', "Si l'appareil était éteint à l'échéance"), value: d(r.latestRestart) });
    }
    if (r.certainty !== 'confirmed') facts.push({ title: pick(locale, 'Certainty', 'Certitude'), value: CERTAINTY_WORDS[r.certainty][locale] });
    const lines: string[] = [];
    if (r.unplanned) lines.push(pick(locale, 'This is an unplanned baseline.', "Il s'agit d'une baseline non planifiée."));
    if (r.following) {
      lines.push(kv(locale, pick(locale, 'Then', 'Ensuite'), `${KIND_WORDS[r.following.releaseKind][locale]} — ${d(r.following.releaseDate)}`));
    }
    return { heading: CYCLE_WORDS[cycle]?.[locale] ?? cycle, facts, lines };
  });
  const caveats = [...new Set(a.scenarios.flatMap((s) => s.reboot.caveats))];
  const uncertain = caveats.filter((c) => c === 'uncertain-month');
  const first = a.scenarios[0]?.reboot;
  const title = pick(locale, 'Next reboot', 'Prochain redémarrage');
  // With several scenarios (eligibility unknown) the headline gives each date, never just one.
  const summary =
    a.scenarios.length > 1
      ? kv(locale, title, a.scenarios.map((s) => `${CYCLE_SHORT[s.cycle]?.[locale] ?? s.cycle} ${dateBoth(s.reboot.restartBy, locale)}`).join(' · '))
      : first
        ? kv(locale, title, dateBoth(first.restartBy, locale))
        : title;
  const p = a.policy;
  const tone = a.scenarios.every((s) => s.reboot.certainty === 'confirmed') ? 'accent' : 'warning';
  const answer: DocAnswer | undefined = !first
    ? undefined
    : a.scenarios.length > 1
      ? {
          // "Next reboot: Tuesday 12 January 2027 (Hotpatch device) · Tuesday 8 December (not eligible)": each date first.
          text: kv(locale, title, a.scenarios.map((s) => `${d(s.reboot.restartBy)} (${CYCLE_SHORT[s.cycle]?.[locale] ?? s.cycle})`).join(' · ')),
          tone,
          why: pick(locale, 'It depends on whether the device gets Hotpatch.', "Cela dépend de l'éligibilité de l'appareil au Hotpatch."),
          next: pick(
            locale,
            'Check the device’s eligibility to know which date applies.',
            "Vérifiez l'éligibilité de l'appareil pour savoir quelle date s'applique.",
          ),
        }
      : {
          text: summary,
          tone,
          why: pick(
            locale,
            `${KIND_WORDS[first.releaseKind][locale]} — ${monthName(first.month, locale)}: the restart happens by the deadline, outside active hours.`,
            `${KIND_WORDS[first.releaseKind][locale]} — ${monthName(first.month, locale)} : le redémarrage a lieu à l'échéance, hors des heures d'activité.`,
          ),
          facts: [
            { title: pick(locale, 'Release date', 'Date de publication'), value: d(first.releaseDate) },
            { title: pick(locale, 'Offered on', 'Proposée le'), value: d(first.offeredOn) },
            { title: pick(locale, 'Restart by', 'Redémarrage au plus tard le'), value: d(first.restartBy) },
          ],
        };
  return {
    answer,
    title: pick(locale, 'Next reboot', 'Prochain redémarrage'),
    status: first ? { text: summary, tone: a.scenarios.every((s) => s.reboot.certainty === 'confirmed') ? 'accent' : 'warning' } : undefined,
    intro: [
      `${kv(locale, t(LABELS.today, locale), dateBoth(a.today, locale))} — ${kv(locale, t(LABELS.timeZone, locale), a.timeZone)}`,
      pick(
        locale,
        `Update ring: deferral ${p.deferralDays} days, deadline ${p.deadlineDays} days, grace period ${p.graceDays} days. The restart happens outside active hours.`,
        `Anneau de mise à jour : report de ${p.deferralDays} jours, échéance de ${p.deadlineDays} jours, période de grâce de ${p.graceDays} jours. Le redémarrage a lieu hors des heures d'activité.`,
      ),
    ],
    sections: [
      ...sections,
      {
        heading: pick(locale, 'Caveats', 'Réserves'),
        lines: caveats.filter((c) => c !== 'uncertain-month').map((c) => `• ${caveatText(c, locale)}`),
      },
    ],
    hedges: uncertain.map((c) => caveatText(c, locale)),
    asOf: asOfLine(a.asOf, locale),
    sourcesHeading: t(LABELS.sources, locale),
    sources: sourcesOf(CAL_SOURCES),
    suggestions: suggestions(['calendar', 'eligibility', 'why-restarted'], locale),
    summary,
  };
}
