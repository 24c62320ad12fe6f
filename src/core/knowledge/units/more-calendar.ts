import type { AnswerUnit } from './types';
import { src } from '../sources';
import { both, computed, unit } from './define';
import { dateWords, monthWords } from './words';
import { isBaselineMonth, latestBaseline, nextBaseline, nextHotpatchTuesday, nextPatchTuesday } from './computed';
import { patchTuesdayOf } from '../../calendar';
import { compare, daysBetween, monthOf } from '../../dates';

// The quarterly calendar, one question each (issue 11, second batch): CAL-1/2/3/4/6/7/10, HP-DEF-3,
// HP-OS-3. Dates are computed from today (CAL-10: a future month is "planned"), never written.

const CAVEAT = both(
  'Planned, unless Microsoft releases an unplanned baseline; drivers, firmware and a feature update can still restart devices.',
  'Planifié, sauf baseline non planifiée de Microsoft ; pilotes, firmware et mise à jour de fonctionnalités peuvent encore redémarrer les appareils.',
);

export const moreCalendarUnits: AnswerUnit[] = [
  unit({
    // "Missing definition: out of band" (doc feedback): what the term means, and what it does on hotpatch devices (CAL-2, CAL-OOB-1, CAL-6).
    id: 'what-is-out-of-band',
    intent: 'calendar',
    product: 'calendar',
    opener: 'fact',
    title: both('What is an out-of-band update?', 'Qu’est-ce qu’une mise à jour hors bande ?'),
    asks: both(
      ['What is an out-of-band (OOB) update?', 'definition of out of band release outside Patch Tuesday', 'what does OOB mean for Windows updates'],
      [
        'Qu’est-ce qu’une mise à jour hors bande (OOB) ?',
        'définition hors bande publication en dehors du Patch Tuesday',
        'que veut dire OOB pour les mises à jour Windows',
      ],
    ),
    body: both(
      [
        'An out-of-band (OOB) update is one Microsoft releases outside the monthly schedule — the security update comes on Patch Tuesday, the second Tuesday, but updates may be released at any time — to fix something urgent.',
        'On hotpatch devices an OOB fix can ship as a hotpatch, with no restart (KB5072753 on 20 November 2025), or, when it cannot be hotpatched, as an unplanned baseline, with a restart.',
      ],
      [
        'Une mise à jour hors bande (out-of-band, OOB) est publiée par Microsoft en dehors du calendrier mensuel — la mise à jour de sécurité sort le Patch Tuesday, le deuxième mardi, mais des mises à jour peuvent sortir à tout moment — pour corriger un problème urgent.',
        'Sur les appareils hotpatch, un correctif hors bande peut sortir en hotpatch, sans redémarrage (KB5072753 le 20 novembre 2025), ou, s’il ne peut pas l’être, en baseline non planifiée, avec redémarrage.',
      ],
    ),
    factIds: ['CAL-2', 'CAL-OOB-1', 'CAL-6'],
    sources: [src.autopatchHotpatch, src.releaseInfo],
    asOf: '2026-12-07',
    keywords: both(['definition', 'meaning'], ['definition', 'signification']),
    followUps: ['out-of-band-as-hotpatch', 'unplanned-baselines'],
  }),
  unit({
    // "Can we skip the January reboot?", "peut-on repousser le redémarrage au week-end ?": a rule, not a date (HP-OS-3, CAL-3,
    // CAL-8, HP-MGT-4).
    id: 'baseline-restart-moved-not-skipped',
    intent: 'calendar',
    product: 'calendar',
    opener: 'depends',
    title: both('Skip or postpone a baseline restart?', 'Sauter ou repousser le redémarrage de baseline ?'),
    asks: both(
      [
        'Can a hotpatch device skip the quarterly baseline reboot?',
        'is there a way to avoid the January restart on hotpatch devices',
        'can we postpone or delay the baseline restart to the weekend',
        'how do we schedule when the baseline restart happens',
      ],
      [
        'Un appareil hotpatch peut-il sauter le redémarrage de la baseline trimestrielle ?',
        'peut-on éviter le redémarrage de janvier sur les appareils hotpatch',
        'peut-on repousser ou décaler le redémarrage de la baseline au week-end',
        'comment planifier le moment du redémarrage de la baseline',
      ],
    ),
    body: both(
      [
        'It can be moved, not skipped: your update ring’s deferral (0–30 days), deadline, grace period and active hours decide when the baseline restart happens, and hotpatch does not change them.',
        'Skipping it is not an option: devices must install each quarterly baseline to keep qualifying for hotpatch; one that misses it gets the baseline, with a restart, before the next hotpatch.',
      ],
      [
        'Il se déplace mais ne se supprime pas : le report de votre anneau de mise à jour (0 à 30 jours), l’échéance, la période de grâce et les heures d’activité décident du moment du redémarrage de baseline, et le hotpatch ne les change pas.',
        'Le sauter n’est pas possible : les appareils doivent installer chaque baseline trimestrielle pour rester éligibles au hotpatch ; un appareil qui la manque reçoit la baseline, avec redémarrage, avant le hotpatch suivant.',
      ],
    ),
    factIds: ['HP-OS-3', 'CAL-3', 'CAL-8', 'HP-MGT-4'],
    sources: [src.autopatchHotpatch, src.qualityUpdateRing],
    asOf: '2026-12-07',
    keywords: both(['skip', 'postpone', 'delay', 'defer', 'avoid', 'weekend'], ['sauter', 'repousser', 'decaler', 'reporter', 'eviter', 'week end']),
    followUps: ['restart-timing-ring', 'active-hours-honoured'],
  }),
  unit({
    id: 'what-is-a-baseline',
    intent: 'calendar',
    product: 'calendar',
    opener: 'fact',
    title: both('What is a baseline update?', 'Qu’est-ce qu’une baseline ?'),
    asks: both(
      [
        'What is a baseline update?',
        'what does baseline month mean',
        'what is in a baseline release',
        'difference between a baseline month and a hotpatch month',
        'baseline cumulative update explained',
      ],
      [
        'C’est quoi une baseline ?',
        'que veut dire baseline dans le calendrier hotpatch',
        'que contient une baseline',
        'différence entre baseline et hotpatch',
        'Qu’est-ce qu’une mise à jour de référence (baseline) ?',
        'c’est quoi le mois de référence avec redémarrage',
      ],
    ),
    body: both(
      [
        'A baseline is the standard cumulative update released on Patch Tuesday in January, April, July and October: the latest security fixes plus the cumulative new features and enhancements, and it requires a restart.',
        'In the other 8 months a hotpatch carries the security fixes only, without restart; a device must be on the latest baseline to get them.',
      ],
      [
        'Une baseline (mise à jour de référence) est la mise à jour cumulative standard publiée au Patch Tuesday de janvier, avril, juillet et octobre : les derniers correctifs de sécurité plus les nouveautés et améliorations cumulées, avec redémarrage obligatoire.',
        'Les 8 autres mois, un hotpatch n’apporte que les correctifs de sécurité, sans redémarrage ; l’appareil doit être sur la dernière baseline pour les recevoir.',
      ],
    ),
    factIds: ['CAL-4', 'CAL-1', 'HP-OS-3'],
    sources: [src.autopatchHotpatch, src.intuneHotpatch],
    asOf: '2026-01-13',
    keywords: both(['baseline', 'baseline month', 'baseline update', 'reference update'], ['baseline', 'mois de baseline', 'mise a jour de reference']),
    followUps: ['hotpatch-calendar', 'next-baseline'],
  }),
  unit({
    id: 'this-month-kind',
    intent: 'calendar',
    product: 'calendar',
    opener: 'fact',
    title: both('This month: hotpatch or baseline?', 'Ce mois-ci : hotpatch ou baseline ?'),
    asks: both(
      [
        'Is this month a hotpatch month or a baseline month?',
        'is this a restart month',
        'current month hotpatch or baseline?',
        'are we in a hotpatch month right now',
      ],
      [
        'Ce mois-ci est-il un mois de hotpatch ou de baseline ?',
        'est-ce un mois avec redémarrage ce mois-ci ?',
        'on est en mois de hotpatch en ce moment ?',
        'Ce mois-ci, faut-il redémarrer les PC ?',
      ],
    ),
    ...computed(({ today }) => {
      const month = monthOf(today);
      const pt = patchTuesdayOf(month);
      const next = nextBaseline(today);
      const [en, fr] = [monthWords(month, 'en'), monthWords(month, 'fr')];
      const first = isBaselineMonth(month)
        ? both(
            `${en} is a planned baseline month: every device restarts for the cumulative update of Patch Tuesday, ${dateWords(pt, 'en')}.`,
            `${fr[0]!.toUpperCase()}${fr.slice(1)} est un mois de baseline planifié : tous les appareils redémarrent pour la mise à jour cumulative du Patch Tuesday, le ${dateWords(pt, 'fr')}.`,
          )
        : both(
            `${en} is a planned hotpatch month: no restart for enrolled devices on the latest baseline; its Patch Tuesday is ${dateWords(pt, 'en')}.`,
            `${fr[0]!.toUpperCase()}${fr.slice(1)} est un mois de hotpatch planifié : pas de redémarrage pour les appareils inscrits et sur la dernière baseline ; son Patch Tuesday est le ${dateWords(pt, 'fr')}.`,
          );
      return both(
        [first.en, `The next baseline is planned on ${dateWords(next, 'en')}.`, CAVEAT.en],
        [first.fr, `La prochaine baseline est planifiée le ${dateWords(next, 'fr')}.`, CAVEAT.fr],
      );
    }),
    factIds: ['CAL-1', 'CAL-2', 'CAL-10', 'CAL-7'],
    sources: [src.autopatchHotpatch, src.releaseInfo],
    asOf: '2026-12-06',
    keywords: both(['this month', 'current month', 'month kind'], ['ce mois ci', 'mois en cours']),
    followUps: ['hotpatch-calendar', 'next-baseline'],
  }),
  unit({
    id: 'next-hotpatch-tuesday',
    future: true,
    intent: 'calendar',
    product: 'calendar',
    opener: 'date',
    title: both('When is the next hotpatch (no-restart) Patch Tuesday?', 'Quand est le prochain Patch Tuesday hotpatch (sans redémarrage) ?'),
    asks: both(
      [
        'When is the next hotpatch (no restart) Patch Tuesday?',
        'next month without a reboot',
        'next hotpatch release date',
        'when is the next no-restart update',
      ],
      [
        'Quand est le prochain Patch Tuesday hotpatch (sans redémarrage) ?',
        'prochain mois sans redémarrage',
        'date du prochain hotpatch',
        'C’est quand le prochain hotpatch ?',
      ],
    ),
    ...computed(({ today }) => {
      const next = nextHotpatchTuesday(today);
      const base = monthOf(latestBaseline(next));
      return both(
        [
          `${dateWords(next, 'en')}: the next planned hotpatch Patch Tuesday (no restart for enrolled devices on the latest baseline).`,
          `It needs the latest baseline (${monthWords(base, 'en')}); a device without it gets that baseline plus the hotpatch, with a restart.`,
          CAVEAT.en,
        ],
        [
          `${dateWords(next, 'fr')} : le prochain Patch Tuesday de hotpatch planifié (pas de redémarrage pour les appareils inscrits et sur la dernière baseline).`,
          `Il exige la dernière baseline (${monthWords(base, 'fr')}) ; un appareil qui ne l’a pas reçoit cette baseline plus le hotpatch, avec redémarrage.`,
          CAVEAT.fr,
        ],
      );
    }),
    factIds: ['CAL-1', 'CAL-2', 'CAL-3', 'CAL-10', 'CAL-7'],
    sources: [src.autopatchHotpatch, src.intuneHotpatch, src.releaseInfo],
    asOf: '2026-12-06',
    keywords: both(['next hotpatch', 'no restart', 'without reboot', 'no-reboot month'], ['prochain hotpatch', 'sans redemarrage', 'mois sans redemarrage']),
    followUps: ['next-baseline', 'hotpatch-calendar'],
  }),
  unit({
    // "Is the December security update out yet?", « la maj de sécu de janvier sort quand ? » (CAL-2 second Tuesday, CAL-10
    // a future month is planned, CAL-1 its kind). Computed for the month asked (this month when none is), from today.
    id: 'month-update-out',
    forMonthAsked: true,
    intent: 'calendar',
    product: 'calendar',
    opener: 'fact',
    title: both('Is the month’s security update out?', 'La mise à jour de sécurité du mois est-elle sortie ?'),
    asks: both(
      [
        'Is this month’s security update out yet?',
        'has the monthly Windows security update been released yet',
        'when does this month’s cumulative update come out',
      ],
      [
        'La mise à jour de sécurité du mois est-elle sortie ?',
        'la maj de sécu du mois sort quand',
        'la mise à jour cumulative de ce mois est-elle déjà publiée',
      ],
    ),
    ...computed(({ today, month: asked }) => {
      const month = asked ?? monthOf(today);
      const pt = patchTuesdayOf(month);
      const days = daysBetween(today, pt);
      const kind = (m: string) =>
        isBaselineMonth(m)
          ? both('a baseline month: devices restart', 'un mois de baseline : les appareils redémarrent')
          : both(
              'a hotpatch month: no restart for enrolled devices on the latest baseline',
              'un mois de hotpatch : pas de redémarrage pour les appareils inscrits et sur la dernière baseline',
            );
      const when = compare(today, pt);
      const inDays = { en: days === 1 ? 'tomorrow' : `in ${days} days`, fr: days === 1 ? 'demain' : `dans ${days} jours` };
      const en =
        when < 0
          ? `Not yet: ${monthWords(month, 'en')}'s security update comes on Patch Tuesday, ${dateWords(pt, 'en')} (${inDays.en}) — planned as ${kind(month).en}.`
          : when === 0
            ? `Today: ${monthWords(month, 'en')}'s security update is released on Patch Tuesday, ${dateWords(pt, 'en')} — ${kind(month).en}.`
            : `Yes: ${monthWords(month, 'en')}'s security update came out on Patch Tuesday, ${dateWords(pt, 'en')} (${kind(month).en}); the next Patch Tuesday is ${dateWords(nextPatchTuesday(today), 'en')}.`;
      const fr =
        when < 0
          ? `Pas encore : la mise à jour de sécurité de ${monthWords(month, 'fr')} sort le Patch Tuesday, ${dateWords(pt, 'fr')} (${inDays.fr}) — planifié comme ${kind(month).fr}.`
          : when === 0
            ? `Aujourd’hui : la mise à jour de sécurité de ${monthWords(month, 'fr')} sort ce Patch Tuesday, ${dateWords(pt, 'fr')} — ${kind(month).fr}.`
            : `Oui : la mise à jour de sécurité de ${monthWords(month, 'fr')} est sortie le Patch Tuesday, ${dateWords(pt, 'fr')} (${kind(month).fr}) ; le prochain Patch Tuesday est le ${dateWords(nextPatchTuesday(today), 'fr')}.`;
      return both(
        [en, 'Microsoft may release at any time (out-of-band); a site that lists a KB before the day is not the release — check Windows release health.'],
        [
          fr,
          'Microsoft peut publier à tout moment (hors bande) ; un site qui annonce un KB avant le jour n’est pas la publication — vérifiez Windows release health.',
        ],
      );
    }),
    factIds: ['CAL-1', 'CAL-2', 'CAL-10'],
    sources: [src.releaseInfo, src.autopatchHotpatch],
    asOf: '2026-12-06',
    keywords: both(['out yet', 'released', 'this month', 'security update'], ['sortie', 'publiée', 'ce mois', 'mise à jour de sécurité']),
    followUps: ['next-baseline', 'hotpatch-calendar'],
  }),
  unit({
    id: 'unplanned-baselines-count',
    intent: 'calendar',
    product: 'calendar',
    opener: 'no',
    title: both('Is the number of unplanned baselines known in advance?', 'Le nombre de baselines non planifiées est-il connu à l’avance ?'),
    asks: both(
      [
        'Is the number of unplanned baselines known in advance?',
        'how many unplanned baselines per year',
        'will Microsoft announce unplanned baselines ahead of time',
        'how often are there unplanned restart months',
      ],
      [
        'Le nombre de baselines non planifiées est-il connu à l’avance ?',
        'combien de baselines non planifiées par an',
        'Microsoft annonce-t-il les baselines non planifiées à l’avance ?',
      ],
    ),
    body: both(
      [
        'No: Microsoft releases an unplanned baseline only when an important fix (for example a zero-day) can’t ship as a hotpatch, so the number per year isn’t known in advance.',
        'Plan for the 4 planned baselines (January, April, July, October) and treat any other restart month as possible.',
      ],
      [
        'Non : Microsoft ne publie une baseline non planifiée que lorsqu’un correctif important (par exemple une faille zero-day) ne peut pas sortir en hotpatch ; leur nombre annuel n’est donc pas connu à l’avance.',
        'Prévoyez les 4 baselines planifiées (janvier, avril, juillet, octobre) et considérez tout autre mois avec redémarrage comme possible.',
      ],
    ),
    factIds: ['CAL-6', 'CAL-1', 'CAL-7'],
    sources: [src.serverHotpatch, src.autopatchHotpatch],
    asOf: '2023-07-27',
    keywords: both(['unplanned baseline', 'how many', 'per year', 'in advance', 'zero-day'], ['baseline non planifiee', 'combien', 'par an', 'a l avance']),
    followUps: ['unplanned-baselines', 'unplanned-baseline-replaces-hotpatch'],
  }),
  unit({
    id: 'unplanned-baseline-replaces-hotpatch',
    intent: 'calendar',
    product: 'calendar',
    opener: 'yes',
    title: both('Does an unplanned baseline replace the hotpatch?', 'Une baseline non planifiée remplace-t-elle le hotpatch ?'),
    asks: both(
      [
        'Does an unplanned baseline replace the hotpatch?',
        'unplanned baseline and hotpatch together, do we get both?',
        'if there is an unplanned baseline do we still get the hotpatch',
      ],
      [
        'Une baseline non planifiée remplace-t-elle le hotpatch ?',
        'baseline non planifiée et hotpatch, reçoit-on les deux ?',
        's’il y a une baseline non planifiée, reçoit-on quand même le hotpatch ?',
      ],
    ),
    body: both(
      [
        'Yes: an unplanned baseline replaces that month’s hotpatch; it contains the full latest cumulative update and requires a restart, and the hotpatches that follow build on it as the new latest baseline.',
      ],
      [
        'Oui : une baseline non planifiée remplace le hotpatch du mois ; elle contient la mise à jour cumulative complète et exige un redémarrage, et les hotpatchs suivants s’appuient sur elle comme nouvelle dernière baseline.',
      ],
    ),
    factIds: ['CAL-6', 'HP-OS-3'],
    sources: [src.serverHotpatch, src.autopatchHotpatch],
    asOf: '2023-07-27',
    keywords: both(['unplanned baseline', 'replaces', 'same month'], ['baseline non planifiee', 'remplace', 'meme mois']),
    followUps: ['unplanned-baselines'],
  }),
  unit({
    id: 'hotpatch-release-day',
    intent: 'calendar',
    product: 'calendar',
    opener: 'yes',
    title: both('Do hotpatches come out on the same day as the normal update?', 'Les hotpatchs sortent-ils le même jour que la mise à jour normale ?'),
    asks: both(
      [
        'Are hotpatches released on the same day as the normal Patch Tuesday update?',
        'do hotpatches come later than the cumulative update',
        'hotpatch release date same as the LCU',
        'hotpatch published on the second Tuesday too?',
      ],
      [
        'Les hotpatchs sortent-ils le même jour que la mise à jour normale du Patch Tuesday ?',
        'les hotpatchs arrivent-ils plus tard que la cumulative ?',
        'date de sortie du hotpatch identique à la LCU',
      ],
    ),
    ...computed(({ today }) =>
      both(
        [
          `Yes: hotpatches follow the regular monthly schedule — Patch Tuesday, the second Tuesday of the month — with security fixes at 100% parity with the standard update; the next Patch Tuesday is ${dateWords(nextPatchTuesday(today), 'en')}.`,
        ],
        [
          `Oui : les hotpatchs suivent le calendrier mensuel habituel — le Patch Tuesday, deuxième mardi du mois — avec des correctifs de sécurité identiques à 100 % à la mise à jour standard ; le prochain Patch Tuesday est le ${dateWords(nextPatchTuesday(today), 'fr')}.`,
        ],
      ),
    ),
    factIds: ['HP-DEF-3', 'CAL-2'],
    sources: [src.training2026Unit2, src.catalogEntry],
    asOf: '2025-10-07',
    keywords: both(['release day', 'same day', 'second tuesday', 'later'], ['jour de sortie', 'meme jour', 'deuxieme mardi']),
    followUps: ['patch-tuesday-second-tuesday', 'hotpatch-security-parity'],
  }),
  unit({
    id: 'hotpatch-smaller-packages',
    intent: 'explain-hotpatch',
    product: 'hotpatch',
    opener: 'yes',
    title: both('Are hotpatch packages smaller?', 'Les paquets hotpatch sont-ils plus petits ?'),
    asks: both(
      [
        'Are hotpatch packages smaller than cumulative updates?',
        'hotpatch size compared to the LCU',
        'is a hotpatch a smaller update than the monthly cumulative',
        'how big is a hotpatch download compared to the normal update?',
      ],
      [
        'Les paquets hotpatch sont-ils plus petits que les mises à jour cumulatives ?',
        'taille d’un hotpatch comparée à la LCU',
        'le hotpatch est-il plus léger que la cumulative',
      ],
    ),
    body: both(
      [
        'Yes: hotpatch packages are smaller than the standard cumulative packages, with the same security content (100% parity).',
        'Baseline months still install the full cumulative update, with a restart.',
      ],
      [
        'Oui : les paquets hotpatch sont plus petits que les paquets cumulatifs standard, avec le même contenu de sécurité (parité à 100 %).',
        'Les mois de baseline installent toujours la mise à jour cumulative complète, avec redémarrage.',
      ],
    ),
    factIds: ['HP-DEF-3', 'CAL-4'],
    sources: [src.training2026Unit2, src.autopatchHotpatch],
    asOf: '2025-10-07',
    keywords: both(
      ['smaller', 'package size', 'size', 'lighter', 'how large', 'how big', 'download size'],
      ['plus petit', 'taille', 'plus leger', 'poids', 'volume'],
    ),
    followUps: ['how-hotpatch-works'],
  }),
];
