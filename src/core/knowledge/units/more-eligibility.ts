import type { AnswerUnit } from './types';
import { src } from '../sources';
import { both, computed, unit } from './define';
import { dateWords } from './words';
import { endedVersions } from './servicing-words';
import { endOfServicing, nextBaseline, SERVICING_START, servicingEndedFor } from './computed';

// Licences, the Autopatch path and lifecycle, one question each (issue 11, second batch):
// HP-DEF-2, HP-LIC-1/5/7/8, CF-3, HP-MGT-1/2/6/9, LIFE-1/2/4/5, HP-OS-5.

/** Versions still serviced today on Enterprise/Education, each with its last day (LIFE-1/2/3): "24H2 until 12 October 2027". */
const servicedEnterprise = (today: string, locale: 'en' | 'fr') =>
  Object.keys(SERVICING_START)
    .filter((v) => !servicingEndedFor(v, 'enterprise', today))
    .map((v) => `${v} ${locale === 'en' ? 'until' : 'jusqu’au'} ${dateWords(endOfServicing(v, 'enterprise')!, locale)}`);

export const moreEligibilityUnits: AnswerUnit[] = [
  unit({
    id: 'hotpatch-requires-autopatch',
    intent: 'admin-setup',
    product: 'hotpatch',
    opener: 'yes',
    title: both('Does hotpatch require Windows Autopatch?', 'Le hotpatch exige-t-il Windows Autopatch ?'),
    asks: both(
      [
        'Does hotpatch require Windows Autopatch?',
        'can I use hotpatch without Autopatch',
        'hotpatch with Windows Update for Business rings only, no Autopatch',
        'is Autopatch mandatory for hotpatching',
        'Does Windows 11 hotpatch need Azure Arc like Windows Server does?',
      ],
      [
        'Le hotpatch exige-t-il Windows Autopatch ?',
        'peut-on avoir le hotpatch sans Autopatch ?',
        'Autopatch obligatoire pour le hotpatch ?',
        'hotpatch avec seulement des anneaux WUfB, sans Autopatch',
        'Faut-il Azure Arc pour le hotpatch sur Windows 11 ?',
        'Le hotpatch des postes Windows 11 passe-t-il par Azure Arc ou par Autopatch ?',
      ],
    ),
    body: both(
      [
        'Yes: hotpatch is an extension of Windows Update and requires Windows Autopatch to create and deploy hotpatches to the devices of the Autopatch quality update policy — in practice an Intune Windows quality update policy with hotpatch allowed, or the tenant default for devices in no policy.',
      ],
      [
        'Oui : le hotpatch est une extension de Windows Update et exige Windows Autopatch pour créer et déployer les hotpatchs sur les appareils de la stratégie de mises à jour qualité Autopatch — concrètement une stratégie de mises à jour qualité Windows d’Intune avec le hotpatch autorisé, ou le paramètre du locataire pour les appareils hors stratégie.',
      ],
    ),
    factIds: ['HP-DEF-2', 'HP-MGT-1', 'HP-MGT-2'],
    sources: [src.autopatchHotpatch, src.intuneHotpatch],
    asOf: '2025-07-04',
    keywords: both(
      ['autopatch', 'without autopatch', 'wufb', 'windows update for business', 'mandatory'],
      ['autopatch', 'sans autopatch', 'wufb', 'obligatoire'],
    ),
    followUps: ['admin-setup', 'autopatch-not-paid'],
  }),
  unit({
    id: 'autopatch-not-paid',
    intent: 'explain-hotpatch',
    product: 'hotpatch',
    opener: 'no',
    title: both('Is Windows Autopatch a paid add-on?', 'Windows Autopatch est-il une option payante ?'),
    asks: both(
      ['Is Windows Autopatch a paid add-on?', 'how much does Autopatch cost', 'do we need to buy Autopatch separately', 'Autopatch separate licence purchase'],
      ['Windows Autopatch est-il une option payante ?', 'combien coûte Autopatch', 'faut-il acheter Autopatch à part ?', 'Autopatch licence séparée à acheter'],
    ),
    body: both(
      [
        'No: there is no extra SKU — Autopatch, and hotpatch with it, is part of the eligible Windows and Microsoft 365 licences (Windows 11 Enterprise E3/E5, Microsoft 365 F3, Education A3/A5, Microsoft 365 Business Premium, Windows 365 Enterprise).',
        'Intune quality update policies also need Microsoft Intune Plan 1.',
      ],
      [
        'Non : pas de SKU supplémentaire — Autopatch, et le hotpatch avec lui, est inclus dans les licences Windows et Microsoft 365 éligibles (Windows 11 Entreprise E3/E5, Microsoft 365 F3, Éducation A3/A5, Microsoft 365 Business Premium, Windows 365 Enterprise).',
        'Les stratégies de mises à jour qualité Intune exigent aussi Microsoft Intune Plan 1.',
      ],
    ),
    factIds: ['CF-3', 'HP-LIC-1', 'HP-LIC-5'],
    sources: [src.autopatchHotpatch, src.intuneQuality],
    asOf: '2026-05-28',
    keywords: both(
      ['autopatch cost', 'autopatch price', 'autopatch licence', 'add-on', 'buy'],
      ['cout autopatch', 'prix autopatch', 'licence autopatch', 'acheter'],
    ),
    followUps: ['hotpatch-licences-list', 'intune-plan-1'],
  }),
  unit({
    id: 'intune-plan-1',
    intent: 'admin-setup',
    product: 'hotpatch',
    opener: 'yes',
    title: both('Is Intune Plan 1 needed for hotpatch?', 'Intune Plan 1 est-il nécessaire pour le hotpatch ?'),
    asks: both(
      [
        'Do I need Microsoft Intune Plan 1 for hotpatch?',
        'Intune P1 required for hotpatch',
        'which Intune licence for Windows quality update policies',
        'hotpatch without an Intune licence',
      ],
      [
        'Faut-il Microsoft Intune Plan 1 pour le hotpatch ?',
        'Intune P1 obligatoire pour le hotpatch ?',
        'quelle licence Intune pour les stratégies de mises à jour qualité',
      ],
    ),
    body: both(
      [
        'Yes: Intune Windows quality update policies, which carry the hotpatch setting, require Microsoft Intune Plan 1 plus a Windows licence that includes the Autopatch entitlement.',
      ],
      [
        'Oui : les stratégies de mises à jour qualité Windows d’Intune, qui portent le réglage hotpatch, exigent Microsoft Intune Plan 1 et une licence Windows incluant le droit Autopatch.',
      ],
    ),
    factIds: ['HP-LIC-5'],
    sources: [src.intuneQuality],
    asOf: '2026-01-08',
    keywords: both(['intune plan 1', 'intune p1', 'intune licence', 'intune license'], ['intune plan 1', 'intune p1', 'licence intune']),
    followUps: ['hotpatch-licences-list'],
  }),
  unit({
    id: 'm365-e3-e5-includes',
    intent: 'eligibility',
    product: 'hotpatch',
    opener: 'yes',
    title: both('Does Microsoft 365 E3/E5 include hotpatch?', 'Microsoft 365 E3/E5 inclut-il le hotpatch ?'),
    asks: both(
      [
        'Does Microsoft 365 E3 include hotpatch?',
        'M365 E5 hotpatch entitlement',
        'we have Microsoft 365 E3, do we get hotpatch',
        'is hotpatch part of M365 E3',
      ],
      ['Microsoft 365 E3 inclut-il le hotpatch ?', 'on a Microsoft 365 E3, a-t-on droit au hotpatch ?', 'droit hotpatch avec M365 E5'],
    ),
    body: both(
      [
        'Yes: Microsoft 365 E3 and E5 include Windows Enterprise E3/E5, an eligible hotpatch licence (so does Microsoft 365 F3); subscription activation steps the devices from Pro up to Enterprise, the edition hotpatch needs.',
      ],
      [
        'Oui : Microsoft 365 E3 et E5 incluent Windows Entreprise E3/E5, une licence éligible au hotpatch (Microsoft 365 F3 aussi) ; l’activation par abonnement fait passer les appareils de Professionnel à Entreprise, l’édition qu’exige le hotpatch.',
      ],
    ),
    factIds: ['HP-LIC-7', 'HP-LIC-1'],
    sources: [src.autopatchPrereq, src.subscriptionActivation, src.autopatchHotpatch],
    asOf: '2026-01-08',
    keywords: both(['microsoft 365 e3', 'microsoft 365 e5', 'm365 e3', 'm365 e5'], ['microsoft 365 e3', 'microsoft 365 e5', 'm365 e3', 'm365 e5']),
    followUps: ['hotpatch-licences-list', 'pro-home-not-eligible'],
  }),
  unit({
    id: 'education-a3-a5',
    editions: ['education', 'pro-education'],
    intent: 'eligibility',
    product: 'hotpatch',
    opener: 'yes',
    title: both('Education A3/A5 and hotpatch', 'Éducation A3/A5 et hotpatch'),
    asks: both(
      [
        'Are Education A3 and A5 licences eligible for hotpatch?',
        'schools with A3 hotpatch',
        'Windows 11 Education hotpatch support',
        'A5 faculty devices hotpatch',
      ],
      ['Les licences Éducation A3 et A5 sont-elles éligibles au hotpatch ?', 'établissement scolaire avec A3 hotpatch', 'Windows 11 Éducation et le hotpatch'],
    ),
    body: both(
      [
        'Yes: Windows 11 Education A3 and A5 are eligible licences, for devices running the Education edition; Pro Education devices first step up to Education through subscription activation with the A3/A5 licence.',
      ],
      [
        'Oui : Windows 11 Éducation A3 et A5 sont des licences éligibles, pour les appareils en édition Éducation ; les appareils Professionnel Éducation passent d’abord en Éducation par l’activation par abonnement avec la licence A3/A5.',
      ],
    ),
    factIds: ['HP-LIC-1', 'HP-LIC-8'],
    sources: [src.autopatchHotpatch, src.subscriptionActivation],
    asOf: '2026-12-06',
    keywords: both(['education', 'a3', 'a5', 'school', 'schools', 'university'], ['education', 'a3', 'a5', 'ecole', 'etablissement scolaire', 'universite']),
    followUps: ['pro-education-a3', 'hotpatch-licences-list'],
  }),
  unit({
    id: 'configmgr-deploy-hotpatch',
    intent: 'admin-setup',
    product: 'hotpatch',
    opener: 'no',
    title: both('Can Configuration Manager deploy hotpatches?', 'Configuration Manager peut-il déployer les hotpatchs ?'),
    asks: both(
      [
        'Can Configuration Manager (SCCM / MECM) deploy hotpatch updates?',
        'deploy the hotpatch KB with SCCM',
        'hotpatch through ConfigMgr instead of Intune',
        'MECM hotpatch deployment',
      ],
      ['Configuration Manager (SCCM / MECM) peut-il déployer les hotpatchs ?', 'déployer le KB hotpatch avec SCCM', 'hotpatch via ConfigMgr au lieu d’Intune'],
    ),
    body: both(
      [
        'No: hotpatches are delivered only by Windows Update with Windows Autopatch cloud orchestration, not through WSUS-based or catalog patching.',
        'On co-managed devices, move the Windows Update policies workload (and device configuration) to Pilot Intune or Intune so Autopatch can deliver hotpatch.',
      ],
      [
        'Non : les hotpatchs ne sont livrés que par Windows Update avec l’orchestration cloud de Windows Autopatch, pas par une distribution basée sur WSUS ou le catalogue.',
        'Sur les appareils en cogestion, passez la charge de travail Stratégies Windows Update (et la configuration de l’appareil) sur Intune pilote ou Intune pour qu’Autopatch livre le hotpatch.',
      ],
    ),
    factIds: ['HP-MGT-9', 'HP-DEF-2', 'HP-MGT-6'],
    sources: [src.tridentWsus, src.autopatchHotpatch, src.autopatchPrereq],
    asOf: '2025-07-04',
    keywords: both(['configmgr', 'mecm', 'sccm', 'deploy hotpatch'], ['configmgr', 'mecm', 'sccm', 'deployer le hotpatch']),
    followUps: ['co-management-workload', 'hotpatch-wsus'],
  }),
  unit({
    id: 'catalog-manual-install',
    intent: 'admin-setup',
    product: 'hotpatch',
    opener: 'no',
    title: both('Install a hotpatch by hand from the Update Catalog?', 'Installer un hotpatch à la main depuis le catalogue ?'),
    asks: both(
      [
        'Can I download a hotpatch from the Microsoft Update Catalog and install it manually?',
        'install the hotpatch msu by hand',
        'manual hotpatch install with wusa',
        'hotpatch package download catalog',
      ],
      [
        'Peut-on télécharger un hotpatch dans le catalogue Microsoft Update et l’installer à la main ?',
        'installer le msu du hotpatch manuellement',
        'installation manuelle d’un hotpatch avec wusa',
      ],
    ),
    body: both(
      [
        'No: hotpatch is not available through offline, catalog-only patching; it needs Windows Update with Windows Autopatch orchestration on an enrolled device.',
        'Devices patched from WSUS or the catalog keep standard updates with restarts.',
      ],
      [
        'Non : le hotpatch n’est pas disponible en mise à jour hors ligne depuis le catalogue seul ; il faut Windows Update avec l’orchestration de Windows Autopatch sur un appareil inscrit.',
        'Les appareils mis à jour depuis WSUS ou le catalogue gardent les mises à jour standard avec redémarrage.',
      ],
    ),
    factIds: ['HP-MGT-9', 'HP-DEF-2'],
    sources: [src.tridentWsus, src.autopatchHotpatch],
    asOf: '2025-07-04',
    keywords: both(
      ['update catalog', 'msu', 'wusa', 'manual install', 'manually'],
      ['catalogue microsoft update', 'msu', 'wusa', 'installation manuelle', 'a la main'],
    ),
    followUps: ['hotpatch-wsus'],
  }),
  unit({
    id: 'past-end-of-servicing-no-updates',
    intent: 'explain-hotpatch',
    product: 'lifecycle',
    opener: 'no',
    // The versions past their end of servicing in every edition by now (LIFE-1/2): "does 23H2 still get updates?" is this question.
    versions: ['21H2', '22H2', '23H2'],
    title: both('Updates after end of servicing?', 'Des mises à jour après la fin de service ?'),
    asks: both(
      [
        'Does a Windows 11 version past its end of servicing still get hotpatches or security updates?',
        'after end of servicing do we still get monthly updates',
        'version out of support, do updates stop',
        '23H2 past end of servicing still patched?',
        'does Windows 11 23H2 still get updates?',
      ],
      [
        'Une version de Windows 11 en fin de service reçoit-elle encore des hotpatchs ou des mises à jour de sécurité ?',
        'après la fin de service, reçoit-on encore les mises à jour mensuelles ?',
        'version plus prise en charge, les mises à jour s’arrêtent ?',
        'la 23H2 reçoit-elle encore des mises à jour ?',
      ],
    ),
    ...computed(({ today }) => {
      const ended = { en: endedVersions(today, 'en'), fr: endedVersions(today, 'fr') };
      const serviced = { en: servicedEnterprise(today, 'en').join(', '), fr: servicedEnterprise(today, 'fr').join(', ') };
      const next = nextBaseline(today);
      return both(
        [
          'No: a version past its end of servicing gets no updates at all — neither hotpatches nor standard cumulative updates.',
          ...(ended.en.length ? [`Ended as of today: ${ended.en.join('; ')}.`] : []),
          `Upgrade to a serviced version (Enterprise/Education today: ${serviced.en}), ideally in a baseline month to stay on the hotpatch cycle — the next baseline is ${dateWords(next, 'en')}.`,
        ],
        [
          'Non : une version en fin de service ne reçoit plus aucune mise à jour — ni hotpatch ni mise à jour cumulative standard.',
          ...(ended.fr.length ? [`Terminé à ce jour : ${ended.fr.join(' ; ')}.`] : []),
          `Passez à une version prise en charge (Entreprise/Éducation aujourd’hui : ${serviced.fr}), de préférence un mois de baseline pour rester dans le cycle hotpatch — la prochaine baseline est le ${dateWords(next, 'fr')}.`,
        ],
      );
    }),
    factIds: ['LIFE-5', 'LIFE-1', 'LIFE-2', 'LIFE-3', 'HP-OS-5'],
    sources: [src.releaseInfo, src.intuneHotpatch],
    asOf: '2026-12-06',
    hedge: both(
      '26H2 dates follow the 24/36-month rule; the exact day is not yet read on a Microsoft page.',
      'Dates 26H2 selon la règle des 24/36 mois ; le jour exact n’est pas encore lu sur une page Microsoft.',
    ),
    keywords: both(
      ['end of servicing', 'end of support', 'out of support', 'no more updates'],
      ['fin de service', 'fin de support', 'plus pris en charge', 'plus de mises a jour'],
    ),
    followUps: ['end-of-servicing-24h2', 'upgrade-in-hotpatch-month'],
  }),
  unit({
    id: 'windows-10-still-updated',
    intent: 'explain-hotpatch',
    product: 'windows10',
    opener: 'fact',
    title: both('Does Windows 10 still get updates?', 'Windows 10 reçoit-il encore des mises à jour ?'),
    asks: both(
      [
        'Is Windows 10 still getting updates?',
        'does Windows 10 still get security updates',
        'are our Windows 10 PCs still patched?',
        'Windows 10 updates after end of support',
      ],
      [
        'Windows 10 reçoit-il encore des mises à jour ?',
        'nos PC Windows 10 ont-ils encore les correctifs de sécurité ?',
        'win10 encore des maj ?',
        'mises à jour de Windows 10 après la fin du support',
      ],
    ),
    body: both(
      [
        'Only with Extended Security Updates (ESU): Windows 10 reached end of support on 14 October 2025, and since then only devices enrolled in ESU get its monthly security updates (organisations buy ESU year by year, up to October 2028).',
        'Those are normal cumulative updates with a restart every month: Windows 10 never gets hotpatch (Windows 11 24H2 or later only).',
      ],
      [
        'Seulement avec les mises à jour de sécurité étendues (ESU) : Windows 10 est en fin de support depuis le 14 octobre 2025, et depuis seuls les appareils inscrits aux ESU reçoivent ses mises à jour de sécurité mensuelles (les organisations achètent les ESU année par année, jusqu’en octobre 2028).',
        'Ce sont des mises à jour cumulatives normales, avec un redémarrage chaque mois : Windows 10 n’a jamais de hotpatch (Windows 11 24H2 ou ultérieur seulement).',
      ],
    ),
    factIds: ['LIFE-4', 'HP-OS-4'],
    sources: [src.releaseInfo, src.training2026],
    asOf: '2026-12-06',
    hedge: both(
      'A consumer ESU extension to 12 October 2027 is reported by one unreliable source only.',
      'Une prolongation des ESU grand public jusqu’au 12 octobre 2027 n’est rapportée que par une source peu fiable.',
    ),
    keywords: both(['windows 10', 'still', 'updates', 'patched'], ['windows 10', 'encore', 'mises à jour', 'correctifs']),
    followUps: ['windows-10-esu-restarts', 'windows-10-end-of-support-date'],
  }),
  unit({
    id: 'windows-10-end-of-support-date',
    intent: 'explain-hotpatch',
    product: 'windows10',
    opener: 'date',
    title: both('When did Windows 10 support end?', 'Quand le support de Windows 10 a-t-il pris fin ?'),
    asks: both(
      ['When did Windows 10 reach end of support?', 'Windows 10 end of life date', 'is Windows 10 still supported', 'Windows 10 22H2 end of support'],
      ['Quand le support de Windows 10 a-t-il pris fin ?', 'date de fin de vie de Windows 10', 'Windows 10 est-il encore pris en charge ?'],
    ),
    body: both(
      [
        '14 October 2025: Windows 10 22H2 reached end of support; organisations can buy Extended Security Updates (ESU) year by year, up to October 2028.',
        'ESU updates are normal cumulative updates with restarts: Windows 10 never gets hotpatch (Windows 11 24H2 or later only).',
      ],
      [
        '14 octobre 2025 : fin du support de Windows 10 22H2 ; les organisations peuvent acheter les mises à jour de sécurité étendues (ESU) année par année, jusqu’en octobre 2028.',
        'Les mises à jour ESU sont des mises à jour cumulatives normales, avec redémarrage : Windows 10 n’a jamais de hotpatch (Windows 11 24H2 ou ultérieur seulement).',
      ],
    ),
    factIds: ['LIFE-4', 'HP-OS-4'],
    sources: [src.releaseInfo, src.training2026],
    asOf: '2026-06-25',
    hedge: both(
      'A consumer ESU extension to 12 October 2027 is reported by one unreliable source only.',
      'Une prolongation des ESU grand public jusqu’au 12 octobre 2027 n’est rapportée que par une source peu fiable.',
    ),
    keywords: both(['windows 10', 'end of support', 'end of life', 'eol'], ['windows 10', 'fin de support', 'fin de vie']),
    followUps: ['windows-10-esu-restarts'],
  }),
];
