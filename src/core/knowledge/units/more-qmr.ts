import type { AnswerUnit } from './types';
import { src } from '../sources';
import { both, unit } from './define';

// Quick machine recovery: what it does, defaults and editions, one question each (issue 11,
// second batch): QMR-1..7, QMR-9/10/12/14.

export const moreQmrUnits: AnswerUnit[] = [
  unit({
    // QMR-7: "a valid recommendation for Pro devices that can't get Hotpatch"; the defaults (QMR-4) say who must turn it on.
    id: 'should-enable-qmr',
    // Where QMR is off by default (QMR-4): the editions an admin turns it on for.
    editions: ['pro', 'enterprise', 'education'],
    intent: 'explain-qmr',
    product: 'qmr',
    opener: 'yes',
    title: both('Should we turn on quick machine recovery?', 'Faut-il activer la récupération rapide de la machine ?'),
    asks: both(
      [
        'Should we turn on quick machine recovery on our devices?',
        'Is it worth enabling QMR on Pro laptops that can’t get hotpatch?',
        'do you recommend enabling QMR?',
        'is QMR worth switching on for PCs that will never get hotpatch?',
      ],
      [
        'Faut-il activer la récupération rapide de la machine (QMR) sur nos postes ?',
        'Vaut-il la peine d’activer QMR sur des postes Professionnel sans hotpatch ?',
        'recommandez-vous d’activer QMR ?',
      ],
    ),
    body: both(
      [
        'Yes, it is worth turning on — above all on devices that can’t get hotpatch and restart for updates every month: if a PC then fails to boot repeatedly, QMR starts WinRE, connects to the network and looks on Windows Update for a remediation Microsoft has published.',
        'On Pro and Enterprise, cloud remediation and auto remediation are off by default (Home has cloud remediation on): turn them on in Settings > System > Recovery, with Intune (settings catalog, category Remote Remediation) or with reagentc /setrecoverysettings; Microsoft recommends scanning every 30 minutes with a 72-hour timeout.',
        'During recovery, only wired and WPA/WPA2 password-based Wi-Fi networks work.',
      ],
      [
        'Oui, cela vaut la peine — surtout sur les appareils qui ne peuvent pas avoir le hotpatch et redémarrent chaque mois pour les mises à jour : si un PC n’arrive plus à démarrer, QMR lance WinRE, se connecte au réseau et cherche sur Windows Update une correction publiée par Microsoft.',
        'Sur Professionnel et Entreprise, la correction cloud et la correction automatique sont désactivées par défaut (Famille a la correction cloud activée) : activez-les dans Paramètres > Système > Récupération, avec Intune (catalogue de paramètres, catégorie Remote Remediation) ou avec reagentc /setrecoverysettings ; Microsoft recommande une recherche toutes les 30 minutes et un délai de 72 heures.',
        'Pendant la récupération, seuls les réseaux filaires et le Wi-Fi WPA/WPA2 à mot de passe fonctionnent.',
      ],
    ),
    factIds: ['QMR-7', 'QMR-1', 'QMR-3', 'QMR-4', 'QMR-8', 'QMR-9', 'QMR-12', 'QMR-11', 'QMR-5'],
    sources: [src.qmr],
    asOf: '2025-06-02',
    keywords: both(['should we enable', 'worth enabling', 'recommend', 'good idea'], ['faut-il activer', 'vaut la peine', 'recommandez', 'bonne idee']),
    followUps: ['qmr-enable-intune', 'what-is-qmr'],
  }),
  unit({
    id: 'qmr-default-home',
    editions: ['home'],
    intent: 'explain-qmr',
    product: 'qmr',
    opener: 'yes',
    title: both('Is QMR on by default on Windows 11 Home?', 'QMR est-il activé par défaut sur Windows 11 Famille ?'),
    asks: both(
      [
        'Is quick machine recovery on by default on Windows 11 Home?',
        'QMR enabled by default for home users',
        'do home PCs have QMR turned on',
        'QMR default Home edition',
      ],
      [
        'La récupération rapide de la machine est-elle activée par défaut sur Windows 11 Famille ?',
        'QMR activé par défaut chez les particuliers',
        'QMR par défaut édition Famille',
      ],
    ),
    body: both(
      ['Yes, partly: on Home, cloud remediation is on by default and auto remediation is off.', 'Pro and Enterprise have both off by default.'],
      [
        'Oui, en partie : sur Famille, la correction cloud est activée par défaut et la correction automatique désactivée.',
        'Professionnel et Entreprise ont les deux désactivées par défaut.',
      ],
    ),
    factIds: ['QMR-4'],
    sources: [src.qmr],
    asOf: '2025-06-02',
    keywords: both(['home', 'by default', 'home users', 'consumer'], ['famille', 'par defaut', 'particuliers']),
    followUps: ['qmr-defaults', 'qmr-cloud-vs-auto'],
  }),
  unit({
    id: 'qmr-default-pro-enterprise',
    editions: ['pro', 'enterprise'],
    intent: 'explain-qmr',
    product: 'qmr',
    opener: 'no',
    title: both('Is QMR on by default on Pro and Enterprise?', 'QMR est-il activé par défaut sur Professionnel et Entreprise ?'),
    asks: both(
      [
        'Is quick machine recovery on by default on Windows 11 Pro and Enterprise?',
        'QMR off by default on corporate devices?',
        'do Enterprise devices have QMR enabled out of the box',
      ],
      [
        'La récupération rapide de la machine est-elle activée par défaut sur Windows 11 Professionnel et Entreprise ?',
        'QMR désactivé par défaut sur les postes d’entreprise ?',
      ],
    ),
    body: both(
      [
        'No: on Windows 11 Pro and Enterprise, cloud remediation and auto remediation are both off by default.',
        'Turn them on in Settings > System > Recovery, with Intune (settings catalog, category Remote Remediation) or with reagentc /setrecoverysettings.',
      ],
      [
        'Non : sur Windows 11 Professionnel et Entreprise, la correction cloud et la correction automatique sont toutes deux désactivées par défaut.',
        'Activez-les dans Paramètres > Système > Récupération, avec Intune (catalogue de paramètres, catégorie Remote Remediation) ou avec reagentc /setrecoverysettings.',
      ],
    ),
    factIds: ['QMR-4', 'QMR-8', 'QMR-9', 'QMR-12'],
    sources: [src.qmr],
    asOf: '2025-06-02',
    keywords: both(['pro', 'enterprise', 'by default', 'out of the box', 'corporate'], ['professionnel', 'entreprise', 'par defaut']),
    followUps: ['qmr-enable-intune', 'qmr-defaults'],
  }),
  unit({
    id: 'qmr-cloud-vs-auto',
    intent: 'explain-qmr',
    product: 'qmr',
    opener: 'fact',
    title: both('Cloud remediation vs auto remediation', 'Correction cloud ou correction automatique'),
    asks: both(
      [
        'What is the difference between cloud remediation and auto remediation in quick machine recovery?',
        'QMR cloud remediation vs auto remediation',
        'what does auto remediation do in QMR',
        'Does quick machine recovery need an internet connection?',
      ],
      [
        'Quelle différence entre correction cloud et correction automatique dans la récupération rapide ?',
        'QMR correction cloud ou correction automatique',
        'à quoi sert la correction automatique dans QMR',
        'La récupération rapide a-t-elle besoin d’une connexion internet ?',
      ],
    ),
    body: both(
      [
        'Cloud remediation lets the device connect to the network and use Windows Update during recovery (off: Windows uses Startup Repair locally); auto remediation makes it connect and retry automatically, without manual intervention (off: someone has to act at the device).',
        'Auto remediation needs cloud remediation enabled.',
      ],
      [
        'La correction cloud permet à l’appareil de se connecter au réseau et d’utiliser Windows Update pendant la récupération (désactivée : Windows utilise la réparation du démarrage locale) ; la correction automatique le fait se connecter et réessayer seul, sans intervention (désactivée : quelqu’un doit agir sur l’appareil).',
        'La correction automatique exige la correction cloud activée.',
      ],
    ),
    factIds: ['QMR-2', 'QMR-10'],
    sources: [src.qmr, src.remoteRemediationCsp],
    asOf: '2025-06-02',
    keywords: both(['cloud remediation', 'auto remediation', 'difference'], ['correction cloud', 'correction automatique', 'difference']),
    followUps: ['what-is-qmr', 'qmr-auto-needs-cloud'],
  }),
  unit({
    id: 'qmr-recovery-steps',
    intent: 'explain-qmr',
    product: 'qmr',
    opener: 'fact',
    title: both('What QMR does, step by step', 'Ce que fait QMR, étape par étape'),
    asks: both(
      ['What happens step by step when quick machine recovery kicks in?', 'QMR recovery process steps', 'how does QMR find a fix for a PC that doesn’t boot'],
      [
        'Que se passe-t-il étape par étape quand la récupération rapide se déclenche ?',
        'étapes du processus de récupération QMR',
        'comment QMR trouve un correctif pour un PC qui ne démarre plus',
      ],
    ),
    body: both(
      [
        '1) The device fails to boot repeatedly and this is detected; 2) it boots into WinRE; 3) it connects to the network and scans Windows Update; 4) if a fix is found it is downloaded and applied, otherwise it retries at the configured interval until the time-out; 5) it restarts into Windows if fixed, or back into WinRE to repeat.',
      ],
      [
        '1) L’appareil échoue plusieurs fois à démarrer et c’est détecté ; 2) il démarre dans WinRE ; 3) il se connecte au réseau et interroge Windows Update ; 4) si un correctif est trouvé, il est téléchargé et appliqué, sinon il réessaie à l’intervalle configuré jusqu’au délai maximal ; 5) il redémarre sous Windows si c’est réparé, sinon revient dans WinRE et recommence.',
      ],
    ),
    factIds: ['QMR-3'],
    sources: [src.qmr],
    asOf: '2025-06-02',
    keywords: both(['step by step', 'process', 'kicks in', 'winre'], ['etape par etape', 'processus', 'winre']),
    followUps: ['what-is-qmr', 'qmr-not-guaranteed'],
  }),
  unit({
    id: 'qmr-not-guaranteed',
    intent: 'explain-qmr',
    product: 'qmr',
    opener: 'no',
    title: both('Does QMR always fix a PC that won’t boot?', 'QMR répare-t-il toujours un PC qui ne démarre plus ?'),
    asks: both(
      ['Does quick machine recovery always fix a PC that won’t boot?', 'is QMR guaranteed to recover the device', 'QMR best effort limits'],
      [
        'La récupération rapide répare-t-elle toujours un PC qui ne démarre plus ?',
        'QMR garantit-il de récupérer l’appareil ?',
        'QMR peut-il échouer à réparer un PC ?',
      ],
    ),
    body: both(
      [
        'No: QMR is best-effort — it builds on Startup Repair and looks for a remediation on Windows Update, but Microsoft says it "might not always be able to find a solution".',
        'It also needs a network it can use during recovery: wired, or WPA/WPA2 password-based Wi-Fi.',
      ],
      [
        'Non : QMR fonctionne au mieux — il s’appuie sur la réparation du démarrage et cherche une correction sur Windows Update, mais Microsoft précise qu’il « might not always be able to find a solution ».',
        'Il lui faut aussi un réseau utilisable pendant la récupération : filaire, ou Wi-Fi WPA/WPA2 à mot de passe.',
      ],
    ),
    factIds: ['QMR-1', 'QMR-5'],
    sources: [src.qmr],
    asOf: '2025-06-02',
    keywords: both(['always', 'guaranteed', 'best effort', 'limits'], ['toujours', 'garanti', 'limites']),
    followUps: ['qmr-recovery-steps', 'qmr-network'],
  }),
  unit({
    id: 'qmr-enterprise-wifi',
    intent: 'explain-qmr',
    product: 'qmr',
    opener: 'no',
    title: both('QMR on 802.1X or captive-portal Wi-Fi?', 'QMR en Wi-Fi 802.1X ou avec portail captif ?'),
    asks: both(
      [
        'Does QMR work on 802.1X enterprise Wi-Fi or behind a captive portal?',
        'quick machine recovery corporate Wi-Fi certificate authentication',
        'QMR hotel Wi-Fi captive portal',
      ],
      [
        'QMR fonctionne-t-il en Wi-Fi d’entreprise 802.1X ou derrière un portail captif ?',
        'récupération rapide Wi-Fi d’entreprise authentification par certificat',
      ],
    ),
    body: both(
      [
        'No: during recovery only wired networks and WPA/WPA2 password-based Wi-Fi are supported — no 802.1X/enterprise Wi-Fi and no captive portals.',
        'Give devices a WPA2 network through the Network SSID / Network Password settings (Intune) or the WifiCredential element of the reagentc XML, or plug in a cable.',
      ],
      [
        'Non : pendant la récupération, seuls les réseaux filaires et le Wi-Fi WPA/WPA2 à mot de passe sont pris en charge — pas de Wi-Fi 802.1X/d’entreprise ni de portail captif.',
        'Donnez aux appareils un réseau WPA2 via les réglages Network SSID / Network Password (Intune) ou l’élément WifiCredential du XML reagentc, ou branchez un câble.',
      ],
    ),
    factIds: ['QMR-5', 'QMR-9', 'QMR-12'],
    sources: [src.qmr],
    asOf: '2025-06-02',
    keywords: both(['802.1x', 'enterprise wifi', 'captive portal', 'eap'], ['802.1x', 'wifi entreprise', 'portail captif']),
    followUps: ['qmr-network', 'qmr-wifi-password-encryption'],
  }),
  unit({
    id: 'qmr-pro-business-premium',
    editions: ['pro'],
    intent: 'explain-qmr',
    product: 'qmr',
    opener: 'yes',
    title: both('QMR on Pro devices and with Business Premium', 'QMR sur les postes Professionnel et avec Business Premium'),
    asks: both(
      [
        'Can Pro devices with Business Premium use quick machine recovery?',
        'does Business Premium include QMR',
        'is QMR tied to a licence',
        'QMR on Windows 11 Pro without Enterprise licence',
      ],
      [
        'Les postes Professionnel avec Business Premium peuvent-ils utiliser la récupération rapide ?',
        'Business Premium inclut-il QMR ?',
        'QMR dépend-il d’une licence ?',
      ],
    ),
    body: both(
      [
        'Yes: QMR is part of Windows 11 24H2 and later on every edition and isn’t tied to a licence, so Pro devices — with Business Premium or not — can use it even though they aren’t offered hotpatch; it is off by default on Pro.',
        'Turn it on in Settings > System > Recovery, with Intune (Remote Remediation) or with reagentc.',
      ],
      [
        'Oui : QMR fait partie de Windows 11 24H2 et ultérieur dans toutes les éditions et ne dépend pas d’une licence ; les postes Professionnel — avec ou sans Business Premium — peuvent l’utiliser même sans hotpatch ; il est désactivé par défaut sur Professionnel.',
        'Activez-le dans Paramètres > Système > Récupération, avec Intune (Remote Remediation) ou avec reagentc.',
      ],
    ),
    factIds: ['QMR-7', 'QMR-4', 'QMR-8'],
    sources: [src.qmr, src.remoteRemediationCsp],
    asOf: '2025-06-02',
    keywords: both(['business premium', 'licence', 'license', 'pro devices'], ['business premium', 'licence', 'postes professionnel']),
    followUps: ['qmr-enable-intune', 'not-eligible-recommendation'],
  }),
  unit({
    id: 'qmr-windows-10',
    intent: 'explain-qmr',
    product: 'qmr',
    opener: 'no',
    title: both('QMR on Windows 10 or 23H2?', 'QMR sur Windows 10 ou 23H2 ?'),
    asks: both(
      ['Is quick machine recovery available on Windows 10?', 'QMR on Windows 11 23H2', 'can Windows 10 PCs use QMR'],
      ['La récupération rapide de la machine existe-t-elle sur Windows 10 ?', 'QMR sur Windows 11 23H2', 'les PC Windows 10 peuvent-ils utiliser QMR'],
    ),
    body: both(
      [
        'No: QMR starts with Windows 11 version 24H2 (all editions); Windows 10 and Windows 11 23H2 or earlier don’t have it.',
        'It reached every 24H2 device with the August 2025 security update (KB5063878).',
      ],
      [
        'Non : QMR commence avec Windows 11 version 24H2 (toutes éditions) ; Windows 10 et Windows 11 23H2 ou antérieur ne l’ont pas.',
        'Il est arrivé sur tous les appareils 24H2 avec la mise à jour de sécurité d’août 2025 (KB5063878).',
      ],
    ),
    factIds: ['QMR-1', 'QMR-6', 'QMR-7'],
    sources: [src.qmr, src.qmrGa],
    asOf: '2025-08-12',
    keywords: both(['windows 10', '23h2', 'older windows'], ['windows 10', '23h2']),
    followUps: ['qmr-versions'],
  }),
  unit({
    id: 'qmr-iot-ltsc',
    editions: ['iot-enterprise', 'iot-enterprise-ltsc', 'enterprise-ltsc'],
    intent: 'explain-qmr',
    product: 'qmr',
    opener: 'yes',
    title: both('QMR on IoT Enterprise and LTSC', 'QMR sur IoT Entreprise et LTSC'),
    asks: both(
      ['Can quick machine recovery be configured on IoT Enterprise LTSC?', 'RemoteRemediation CSP supported editions', 'QMR on kiosks running IoT Enterprise'],
      [
        'La récupération rapide peut-elle être configurée sur IoT Entreprise LTSC ?',
        'éditions prises en charge par le CSP RemoteRemediation',
        'QMR sur des bornes IoT Entreprise',
      ],
    ),
    body: both(
      [
        'Yes: the RemoteRemediation CSP (device scope) applies to Pro, Enterprise, Education, IoT Enterprise and IoT Enterprise LTSC, on Windows 11 24H2 or later.',
      ],
      [
        'Oui : le CSP RemoteRemediation (portée appareil) s’applique à Professionnel, Entreprise, Éducation, IoT Entreprise et IoT Entreprise LTSC, sur Windows 11 24H2 ou ultérieur.',
      ],
    ),
    factIds: ['QMR-7', 'QMR-10'],
    sources: [src.remoteRemediationCsp],
    asOf: '2025-03-26',
    keywords: both(
      ['iot enterprise', 'ltsc', 'kiosk', 'supported editions', 'remoteremediation csp'],
      ['iot entreprise', 'ltsc', 'borne', 'editions prises en charge'],
    ),
    followUps: ['qmr-csp-oma-uris'],
  }),
  unit({
    id: 'qmr-feedback',
    intent: 'explain-qmr',
    product: 'qmr',
    opener: 'fact',
    title: both('Send feedback about QMR', 'Envoyer un avis sur QMR'),
    asks: both(
      ['How do I send feedback about quick machine recovery?', 'report a QMR problem to Microsoft', 'Feedback Hub category for QMR'],
      [
        'Comment envoyer un avis sur la récupération rapide de la machine ?',
        'signaler un problème QMR à Microsoft',
        'catégorie du Hub de commentaires pour QMR',
      ],
    ),
    body: both(
      ['In Feedback Hub, under Recovery and Uninstall > Quick Machine Recovery.'],
      ['Dans le Hub de commentaires (Feedback Hub), catégorie Recovery and Uninstall > Quick Machine Recovery.'],
    ),
    factIds: ['QMR-14'],
    sources: [src.qmr],
    asOf: '2025-06-02',
    keywords: both(['feedback', 'feedback hub', 'report a problem'], ['commentaires', 'hub de commentaires', 'signaler']),
    followUps: ['what-is-qmr'],
  }),
  unit({
    // QMR-16: the two are asked about together ("QMR vs hotpatch?"); they answer different problems.
    id: 'qmr-vs-hotpatch',
    intent: 'explain-qmr',
    product: 'qmr',
    opener: 'fact',
    title: both('Quick Machine Recovery vs hotpatch', 'Récupération rapide de la machine ou hotpatch ?'),
    asks: both(
      [
        'QMR vs hotpatch?',
        'What is the difference between quick machine recovery and hotpatch?',
        'Does QMR replace hotpatch, or do I need both?',
        'hotpatch or QMR, which one do we need',
        'does turning on QMR mean fewer reboots for updates?',
      ],
      [
        'QMR ou hotpatch ?',
        'Quelle différence entre la récupération rapide de la machine et le hotpatch ?',
        'QMR remplace-t-il le hotpatch, ou faut-il les deux ?',
        'activer QMR réduit-il les redémarrages des mises à jour ?',
      ],
    ),
    body: both(
      [
        'They do different jobs: hotpatch installs the monthly security fixes without a restart on eligible devices (Windows 11 Enterprise or Education 24H2 or later, eligible licence, VBS, Intune/Autopatch); Quick Machine Recovery repairs a PC that no longer boots, from WinRE through Windows Update, on every Windows 11 24H2 or later edition.',
        'Neither replaces the other: use hotpatch where devices are eligible, and QMR on every PC (Home has cloud remediation on by default; Pro and Enterprise need an admin to turn it on).',
      ],
      [
        'Ils ne font pas la même chose : le hotpatch installe les correctifs de sécurité mensuels sans redémarrage sur les appareils éligibles (Windows 11 Entreprise ou Éducation 24H2 ou ultérieure, licence éligible, VBS, Intune/Autopatch) ; la récupération rapide de la machine répare un PC qui ne démarre plus, depuis WinRE via Windows Update, sur toutes les éditions de Windows 11 24H2 ou ultérieure.',
        'L’un ne remplace pas l’autre : le hotpatch là où les appareils sont éligibles, QMR sur tous les PC (Famille a la remédiation cloud activée par défaut ; Professionnel et Entreprise doivent l’activer).',
      ],
    ),
    factIds: ['QMR-16', 'QMR-1', 'QMR-7', 'QMR-4', 'HP-DEF-1'],
    sources: [src.qmr, src.autopatchHotpatch],
    asOf: '2026-12-07',
    keywords: both(['vs', 'versus', 'difference', 'replace', 'both'], ['ou', 'difference', 'remplace', 'les deux']),
    followUps: ['what-is-qmr', 'what-is-hotpatch'],
  }),
];
