import type { KnowledgeTopic } from '../types';
import { src } from '../sources';

// Licences HP-LIC-1..7. Answers carry "according to Microsoft documentation
// as of <date>" because the list changed at least three times (Nov 2024 → mid-2026).
const AS_OF_EN = 'According to Microsoft documentation as of 2026-11-25 (the licence list changed several times since November 2024).';
const AS_OF_FR = 'Selon la documentation Microsoft au 25/11/2026 (la liste des licences a changé plusieurs fois depuis novembre 2024).';

export const licensingTopics: KnowledgeTopic[] = [
  {
    id: 'hotpatch-licences',
    intent: 'eligibility',
    title: { en: 'Which licences include hotpatch?', fr: 'Quelles licences incluent le hotpatch ?' },
    body: {
      en: [
        'Eligible licences: Windows 11 Enterprise E3 or E5, Microsoft 365 F3, Windows 11 Education A3 or A5, Microsoft 365 Business Premium, or Windows 365 Enterprise.',
        'No extra SKU: hotpatch is part of these entitlements. Intune quality update policies also need Microsoft Intune Plan 1.',
        'History: at GA (April 2025) the list was Enterprise E3/E5/F3, Education A3/A5 and Windows 365 Enterprise; Microsoft 365 Business Premium was added by July 2025.',
        'The licence alone is not enough: the device must run an eligible edition (Enterprise/Education), not Pro or Home.',
      ],
      fr: [
        'Licences éligibles : Windows 11 Enterprise E3 ou E5, Microsoft 365 F3, Windows 11 Education A3 ou A5, Microsoft 365 Business Premium ou Windows 365 Enterprise.',
        'Pas de SKU supplémentaire : le hotpatch fait partie de ces droits. Les stratégies de mise à jour qualité Intune exigent aussi Microsoft Intune Plan 1.',
        'Historique : à la disponibilité générale (avril 2025), la liste comprenait Enterprise E3/E5/F3, Education A3/A5 et Windows 365 Enterprise ; Microsoft 365 Business Premium a été ajouté en juillet 2025 au plus tard.',
        'La licence ne suffit pas : l’appareil doit exécuter une édition éligible (Entreprise/Éducation), pas Professionnel ni Famille.',
      ],
    },
    factIds: ['HP-LIC-1', 'HP-LIC-2', 'HP-LIC-3', 'HP-LIC-5', 'CF-3'],
    sources: [src.autopatchHotpatch, src.trainingSchedules, src.intuneQuality, src.cloudnewsGa],
    // HP-LIC-1: the live page was re-read at ms.date 2026-05-28 with the same list.
    asOf: '2026-05-28',
    hedge: { en: AS_OF_EN, fr: AS_OF_FR },
    keywords: {
      en: ['licence', 'license', 'licenses', 'licences', 'which licence', 'e3', 'e5', 'a3', 'a5', 'extra licence', 'is autopatch paid'],
      fr: ['licence', 'licences', 'quelle licence', 'e3', 'e5', 'a3', 'a5', 'licence supplementaire', 'autopatch payant'],
    },
    followUps: ['pro-business-premium', 'pro-home-not-eligible', 'f3-naming'],
  },
  {
    id: 'pro-home-not-eligible',
    intent: 'eligibility',
    title: { en: 'Windows 11 Pro and Home', fr: 'Windows 11 Professionnel et Famille' },
    body: {
      en: [
        'No. Windows 11 Home and Pro are not eligible, whatever the licence: "Hotpatch updates aren’t available to Home or Pro devices". A licence on Microsoft’s list (Windows 11 Enterprise E3/E5, Microsoft 365 F3, Education A3/A5, Microsoft 365 Business Premium, Windows 365 Enterprise) does not change the installed edition.',
        'Options: assign Windows Enterprise E3/E5 (subscription activation steps Pro up to Enterprise; included in Microsoft 365 F3, E3 or E5). Home cannot be managed by Intune quality update policies.',
        'Meanwhile enable Quick machine recovery (off by default on Pro) via Settings > System > Recovery, Intune "Remote Remediation" or reagentc.',
      ],
      fr: [
        'Non. Windows 11 Famille et Professionnel ne sont pas éligibles, quelle que soit la licence : « Hotpatch updates aren’t available to Home or Pro devices ». Une licence de la liste de Microsoft (Windows 11 Enterprise E3/E5, Microsoft 365 F3, Education A3/A5, Microsoft 365 Business Premium, Windows 365 Enterprise) ne change pas l’édition installée.',
        'Solution : attribuer Windows Enterprise E3/E5 (l’activation par abonnement fait passer Professionnel en Entreprise ; incluse dans Microsoft 365 F3, E3 ou E5). Famille ne peut pas être géré par les stratégies de mise à jour qualité Intune.',
        'En attendant, activer la récupération rapide de la machine (Quick machine recovery), désactivée par défaut sur Professionnel : Paramètres > Système > Récupération, Intune « Remote Remediation » ou reagentc.',
      ],
    },
    // HP-LIC-6/8 (2026-12-06): a Pro verdict is never "Pro without an eligible licence" — Pro is not eligible with any licence.
    factIds: ['HP-LIC-7', 'HP-LIC-6', 'HP-LIC-8', 'HP-LIC-1', 'QMR-4', 'QMR-7', 'QMR-8'],
    sources: [src.autopatchFaq, src.autopatchHotpatch, src.subscriptionActivation, src.qmr],
    asOf: '2026-12-06',
    hedge: { en: AS_OF_EN, fr: AS_OF_FR },
    keywords: {
      en: ['windows 11 pro', 'pro edition', 'home edition', 'windows 11 home', 'pro devices', 'subscription activation', 'no enterprise subscription'],
      fr: [
        'windows 11 pro',
        'edition pro',
        'edition home',
        'windows 11 home',
        'famille',
        'appareils pro',
        'activation par abonnement',
        'sans abonnement enterprise',
      ],
    },
    followUps: ['pro-business-premium', 'qmr-defaults'],
  },
  {
    id: 'pro-business-premium',
    intent: 'eligibility',
    title: { en: 'Windows 11 Pro with Microsoft 365 Business Premium', fr: 'Windows 11 Professionnel avec Microsoft 365 Business Premium' },
    body: {
      en: [
        'Not eligible while the device runs Pro. Business Premium is on Microsoft’s licence list, but a licence does not change the installed edition, and Microsoft says hotpatch updates aren’t available to Home or Pro devices.',
        'Upgrade the edition to Enterprise (subscription activation, where the licence includes it), then confirm in the Hotpatch quality updates report.',
      ],
      fr: [
        'Pas éligible tant que l’appareil exécute Professionnel. Business Premium figure dans la liste des licences de Microsoft, mais une licence ne change pas l’édition installée, et Microsoft indique que le hotpatch n’est pas disponible pour les appareils Famille ou Professionnel.',
        'Passer l’édition en Entreprise (activation par abonnement, si la licence l’inclut), puis confirmer dans le rapport « Hotpatch quality updates ».',
      ],
    },
    factIds: ['HP-LIC-6', 'HP-LIC-7', 'HP-LIC-1', 'G-REP-1'],
    sources: [src.autopatchHotpatch, src.autopatchFaq, src.subscriptionActivation, src.hotpatchReport],
    asOf: '2025-07-04',
    hedge: {
      en: 'Microsoft’s pages disagree on wording: Business Premium is on the licence list, while the FAQ says Pro devices are not offered hotpatch. Answer: not while the device runs Pro — check the report after the edition upgrade.',
      fr: 'Les pages de Microsoft divergent : Business Premium figure dans la liste des licences, alors que la FAQ dit que les appareils Pro ne reçoivent pas le hotpatch. Réponse : pas tant que l’appareil exécute Pro — vérifier le rapport après le changement d’édition.',
    },
    keywords: {
      en: ['business premium', 'premium', 'm365 business premium', 'pro with business premium', 'smb'],
      fr: ['business premium', 'premium', 'm365 business premium', 'pro avec business premium', 'pme'],
    },
    followUps: ['pro-home-not-eligible', 'hotpatch-report'],
  },
  {
    id: 'f3-naming',
    intent: 'eligibility',
    title: { en: 'F3 licence naming', fr: 'Nom de la licence F3' },
    body: {
      en: [
        'The hotpatch page says "Microsoft 365 F3"; the Autopatch FAQ (2025-04-21) lists "Windows 11 Enterprise F3 or F5" and omits Business Premium.',
        'Treat the F SKUs as the same entitlement: frontline (F3) licences are eligible.',
      ],
      fr: [
        'La page hotpatch indique « Microsoft 365 F3 » ; la FAQ Autopatch (21/04/2025) cite « Windows 11 Enterprise F3 or F5 » et omet Business Premium.',
        'Considérer les SKU F comme le même droit : les licences de première ligne (F3) sont éligibles.',
      ],
    },
    factIds: ['HP-LIC-4', 'HP-LIC-1'],
    sources: [src.autopatchHotpatch, src.autopatchFaq],
    asOf: '2025-07-04',
    hedge: {
      en: 'Naming conflict between Microsoft pages ("Microsoft 365 F3" vs "Windows 11 Enterprise F3").',
      fr: 'Conflit de nom entre pages Microsoft (« Microsoft 365 F3 » ou « Windows 11 Enterprise F3 »).',
    },
    keywords: {
      en: ['f3', 'f5', 'frontline', 'microsoft 365 f3', 'enterprise f3'],
      fr: ['f3', 'f5', 'premiere ligne', 'microsoft 365 f3', 'enterprise f3'],
    },
    followUps: ['hotpatch-licences'],
  },
  {
    id: 'cloud-pc-avd-gcc',
    intent: 'eligibility',
    title: { en: 'Windows 365, Azure Virtual Desktop and GCC', fr: 'Windows 365, Azure Virtual Desktop et GCC' },
    body: {
      en: [
        'Windows 365 Enterprise is an eligible licence. Microsoft also states hotpatching is supported in Azure Virtual Desktop (AVD) environments with the eligible licences/editions (and for GCC customers).',
        'Windows 11 Enterprise multi-session (AVD host pools): unknown — verify in the Hotpatch quality updates report; Intune quality update policies list only Pro, Pro Education, Enterprise and Education. Pooled hosts are rebuilt from images, so the image’s baseline matters most.',
        'Other prerequisites (24H2+, Enterprise/Education edition, VBS running, hotpatch not blocked by a policy or the tenant setting) still apply.',
      ],
      fr: [
        'Windows 365 Enterprise fait partie des licences éligibles. Microsoft indique aussi que le hotpatch est pris en charge dans Azure Virtual Desktop (AVD) avec ces licences/éditions (et pour les clients GCC).',
        'Windows 11 Entreprise multisession (pools d’hôtes AVD) : inconnu — à vérifier dans le rapport « Hotpatch quality updates » ; les stratégies de mises à jour qualité Intune ne listent que Professionnel, Professionnel Éducation, Entreprise et Éducation. Les hôtes mutualisés sont recréés à partir d’images : la baseline de l’image compte le plus.',
        'Les autres prérequis (24H2+, édition Entreprise/Éducation, VBS actif, hotpatch non bloqué par une stratégie ou le paramètre du locataire) s’appliquent.',
      ],
    },
    // HP-MGT-2/3 (2026-12-06): no policy is required since May 2026, only "not blocked".
    factIds: ['HP-LIC-1', 'HP-LIC-2', 'HP-ED-1', 'HP-MGT-2', 'HP-MGT-3'],
    sources: [src.trainingSchedules, src.autopatchHotpatch, src.autopatchFaq, src.intuneQuality, src.intuneHotpatch],
    asOf: '2026-12-06',
    hedge: {
      en: 'Government clouds conflict: the Autopatch FAQ (2025-04-21) says Autopatch isn’t supported for GCC, the training module (2025-10-07) says GCC is supported; GCC High / DoD are reported unsupported.',
      fr: 'Clouds gouvernementaux contradictoires : la FAQ Autopatch (21/04/2025) dit qu’Autopatch n’est pas pris en charge pour GCC, le module de formation (07/10/2025) dit que GCC est pris en charge ; GCC High / DoD seraient non pris en charge.',
    },
    keywords: {
      en: ['windows 365', 'w365', 'cloud pc', 'avd', 'azure virtual desktop', 'gcc', 'government cloud', 'vdi'],
      fr: ['windows 365', 'w365', 'cloud pc', 'avd', 'azure virtual desktop', 'gcc', 'cloud gouvernemental', 'vdi'],
    },
    followUps: ['hotpatch-licences', 'hotpatch-prerequisites'],
  },
];
