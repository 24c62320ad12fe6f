import type { QmrAdviceAnswer } from '../answers';
import type { Locale } from '../core/vocabulary';
import type { RenderContext } from './render-types';
import type { DocFact, ReplyDoc } from './doc';
import { LABELS, sourcesOf, suggestions, t } from './common-words';
import { recommendationText } from './eligibility-messages';
import { EDITION_WORDS } from './device-words';
import { asOfLine, pick } from './format';

const QMR_SOURCES = [
  'https://learn.microsoft.com/en-us/windows/configuration/quick-machine-recovery/',
  'https://learn.microsoft.com/en-us/windows/client-management/mdm/remoteremediation-csp',
];

const onOff = (on: boolean, locale: Locale) => (on ? pick(locale, 'on', 'activée') : pick(locale, 'off', 'désactivée'));

/** QMR-4 defaults: Home has cloud remediation on and auto remediation off; Pro and Enterprise both off. */
function defaultsFacts(a: QmrAdviceAnswer, locale: Locale): DocFact[] {
  const editions = a.edition ? [a.edition] : (['home', 'pro', 'enterprise'] as const);
  return editions.map((e) => {
    const cloud = e === 'home';
    return {
      title: EDITION_WORDS[e]?.[locale] ?? e,
      value: pick(
        locale,
        `cloud remediation ${onOff(cloud, locale)}, auto remediation ${onOff(false, locale)}`,
        `correction cloud ${onOff(cloud, locale)}, correction automatique ${onOff(false, locale)}`,
      ),
    };
  });
}

// Note (French UI labels are unverified, register note on QMR-8): French UI labels are not verified, so the English label is shown in parentheses.
export function renderQmr(a: QmrAdviceAnswer, ctx: RenderContext): ReplyDoc {
  const { locale } = ctx;
  const summary = pick(
    locale,
    'Quick Machine Recovery complements patching; it does not reduce restarts.',
    'Quick Machine Recovery complète les mises à jour ; elle ne réduit pas les redémarrages.',
  );
  return {
    answer: {
      text: summary,
      tone: 'accent',
      why: pick(
        locale,
        'It repairs a Windows 11 device that no longer starts, from the recovery environment, with a fix from Windows Update.',
        "Elle répare un appareil Windows 11 qui ne démarre plus, depuis l'environnement de récupération, avec un correctif de Windows Update.",
      ),
      // The defaults of the user's edition; all three editions are in the details.
      facts: a.edition ? defaultsFacts(a, locale) : [],
      next: pick(
        locale,
        'Turn it on in Settings > System > Recovery > Quick machine recovery, or in Intune (Remote Remediation).',
        'Activez-la dans Paramètres > Système > Récupération > Récupération rapide de la machine, ou dans Intune (Remote Remediation).',
      ),
    },
    title: pick(locale, 'Quick Machine Recovery (QMR)', 'Récupération rapide de la machine (Quick Machine Recovery)'),
    status: { text: summary, tone: 'accent' },
    intro: [
      pick(
        locale,
        'QMR recovers a Windows 11 (24H2 or later) device that can no longer start: it boots into the Windows Recovery Environment and looks for a fix on Windows Update. It is best effort.',
        "QMR récupère un appareil Windows 11 (24H2 ou ultérieur) qui ne démarre plus : il démarre dans l'environnement de récupération Windows (WinRE) et cherche un correctif sur Windows Update. Le résultat n'est pas garanti.",
      ),
    ],
    sections: [
      { heading: pick(locale, 'Default settings per edition', 'Réglages par défaut selon l’édition'), facts: defaultsFacts(a, locale) },
      {
        heading: pick(locale, 'How to enable it', "Comment l'activer"),
        lines: [
          pick(
            locale,
            '1. Settings: System > Recovery > Quick machine recovery, turn it On (ms-settings:recovery).',
            '1. Paramètres : Système > Récupération > Récupération rapide de la machine (Quick machine recovery), activez-la (ms-settings:recovery).',
          ),
          pick(
            locale,
            '2. Intune: settings catalog, category "Remote Remediation": Enable Cloud Remediation, then Enable Auto Remediation (time to reboot, retry interval).',
            '2. Intune : catalogue de paramètres, catégorie « Remote Remediation » : Enable Cloud Remediation, puis Enable Auto Remediation (délai avant redémarrage, intervalle de nouvelle tentative).',
          ),
          pick(locale, '3. Command line (reagentc), with a settings.xml file:', '3. Ligne de commande (reagentc), avec un fichier settings.xml :'),
        ],
        code: [
          { label: pick(locale, 'Apply', 'Appliquer'), code: 'reagentc.exe /setrecoverysettings /path settings.xml' },
          { label: pick(locale, 'View', 'Afficher'), code: 'reagentc.exe /getrecoverysettings' },
        ],
      },
      ...(a.recommendations.length
        ? [{ heading: pick(locale, 'Recommendations', 'Recommandations'), lines: a.recommendations.map((r) => `• ${recommendationText(r, locale)}`) }]
        : []),
    ],
    hedges: [
      pick(
        locale,
        'QMR is not a substitute for patching and does not reduce restarts: it shortens recovery from boot failures.',
        'QMR ne remplace pas les mises à jour et ne réduit pas les redémarrages : elle raccourcit la récupération après un échec de démarrage.',
      ),
    ],
    asOf: asOfLine(a.asOf, locale),
    sourcesHeading: t(LABELS.sources, locale),
    sources: sourcesOf(QMR_SOURCES),
    suggestions: suggestions(['eligibility', 'explain-hotpatch'], locale),
    summary,
  };
}
