import type { KnowledgeTopic } from '../types';
import { src } from '../sources';

// Quick machine recovery, QMR-1..QMR-16. The French Settings label of QMR is
// unverified (§7.9): the English label stays in parentheses.
const CSP = './Device/Vendor/MSFT/RemoteRemediation';
// QMR-10 (checked 2026-12-06, remoteremediation-csp): every setting nests under CloudRemediationSettings.
const CRS = `${CSP}/CloudRemediationSettings`;
const QMR_XML = `<?xml version='1.0' encoding='utf-8'?>
<WindowsRE>
    <WifiCredential><Wifi ssid="ContosoWiFi" password="ContosoWiFiPassword" /></WifiCredential>
    <CloudRemediation state="1" />
    <AutoRemediation state="1" totalwaittime="2400" waitinterval="120"/>
</WindowsRE>`;

export const qmrTopics: KnowledgeTopic[] = [
  {
    id: 'what-is-qmr',
    intent: 'explain-qmr',
    title: { en: 'What is Quick machine recovery?', fr: 'Qu’est-ce que la récupération rapide de la machine ?' },
    body: {
      en: [
        'Quick machine recovery (QMR), a feature of Windows 11 version 24H2 and later (all editions), lets a PC that repeatedly fails to boot enter WinRE (Windows Recovery Environment), connect to the network and get a remediation from Windows Update. It builds on Startup Repair and is best-effort: it might not always find a solution.',
        'Two settings: cloud remediation (use the network and Windows Update during recovery; if cloud remediation is off, Windows falls back to Startup Repair locally) and auto remediation (retry automatically without manual intervention).',
        'It doesn’t reduce update restarts and is not a substitute for patching — it complements, not replaces, hotpatch.',
      ],
      fr: [
        'La récupération rapide de la machine (Quick machine recovery, QMR), fonction de Windows 11 version 24H2 et ultérieure (toutes éditions), permet à un PC qui ne démarre plus de passer en WinRE (environnement de récupération Windows), de se connecter au réseau et d’obtenir un correctif via Windows Update. Elle s’appuie sur la réparation du démarrage et fonctionne au mieux : elle ne trouve pas toujours de solution.',
        'Deux réglages : la correction cloud (réseau et Windows Update pendant la récupération ; si la correction cloud est désactivée, c’est la réparation du démarrage locale) et la correction automatique (nouvelles tentatives sans intervention manuelle).',
        'Elle ne réduit pas les redémarrages liés aux mises à jour et ne remplace pas les correctifs : elle complète le hotpatch sans le remplacer.',
      ],
    },
    factIds: ['QMR-1', 'QMR-7', 'QMR-2', 'QMR-3', 'QMR-16'],
    sources: [src.qmr],
    asOf: '2025-06-02',
    keywords: {
      en: [
        'quick machine recovery',
        'qmr',
        'what is qmr',
        'boot loop',
        'stuck at boot',
        'have helped',
        'boot failure',
        'fails to boot',
        'replace hotpatch',
        'winre',
      ],
      fr: [
        'recuperation rapide de la machine',
        'recuperation rapide',
        'recuperation machine rapide',
        'qmr',
        'qu est ce que qmr',
        'c est quoi qmr',
        'bloques au demarrage',
        'aurait aide',
        'echec de demarrage',
        'ne demarre plus',
        'remplace le hotpatch',
        'winre',
      ],
    },
    followUps: ['qmr-defaults', 'qmr-enable-intune', 'qmr-test-mode'],
  },
  {
    id: 'qmr-defaults',
    intent: 'explain-qmr',
    title: { en: 'QMR defaults per edition and the Settings app', fr: 'QMR : valeurs par défaut par édition et application Paramètres' },
    body: {
      en: [
        'Home: cloud remediation on, auto remediation off. Pro and Enterprise: both off by default.',
        'On one PC: Settings > System > Recovery > Quick machine recovery (ms-settings:recovery) → On, then set the retry and restart intervals.',
        'QMR is not licence-gated: it is a good recommendation for Pro devices that can’t get hotpatch.',
      ],
      fr: [
        'Famille : correction cloud activée, correction automatique désactivée. Professionnel et Entreprise : les deux désactivées par défaut.',
        'Sur un PC : Paramètres > Système > Récupération (Settings > System > Recovery) > récupération rapide de la machine (Quick machine recovery) (ms-settings:recovery) → Activé, puis régler les intervalles de nouvelle tentative et de redémarrage.',
        'QMR ne dépend pas d’une licence : c’est une bonne recommandation pour les appareils Professionnel qui ne peuvent pas avoir le hotpatch.',
      ],
    },
    commands: [{ label: { en: 'Open Recovery settings', fr: 'Ouvrir les paramètres de récupération' }, code: 'start ms-settings:recovery' }],
    factIds: ['QMR-4', 'QMR-8', 'QMR-7'],
    sources: [src.qmr, src.remoteRemediationCsp],
    asOf: '2025-06-02',
    keywords: {
      en: [
        'qmr default',
        'off by default',
        'qmr on pro',
        'qmr for pro',
        'enabled by default on',
        'by default on enterprise',
        'qmr on home',
        'turn on qmr',
        'settings recovery',
      ],
      fr: [
        'qmr par defaut',
        'desactivee par defaut',
        'qmr sur pro',
        'qmr pour les appareils pro',
        'activee par defaut sur',
        'par defaut sur entreprise',
        'qmr sur home',
        'activer qmr',
        'parametres recuperation',
      ],
    },
    followUps: ['qmr-enable-intune', 'qmr-reagentc'],
  },
  {
    id: 'qmr-enable-intune',
    intent: 'explain-qmr',
    title: { en: 'Enable QMR with Intune (settings catalog and CSP)', fr: 'Activer QMR avec Intune (catalogue de paramètres et CSP)' },
    body: {
      en: [
        'Settings catalog > category Remote Remediation: Enable Cloud Remediation, then Enable Auto Remediation, Set Retry Interval and Set Time To Reboot (optional: Network SSID, Network Password, Network Password Encryption Type, Network Password Encryption Store).',
        'Values are in minutes, 1–4320; defaults 30 (retry interval) and 180 (time to reboot). The retry interval shouldn’t exceed the time to reboot. Auto remediation needs cloud remediation enabled.',
        'Microsoft recommends ~30 min scan interval and 72 h (4320 min) timeout.',
        `CSP: ${CSP}/CloudRemediationSettings/… (RemoteRemediation CSP, device scope; Pro, Enterprise, Education, IoT Enterprise / LTSC).`,
      ],
      fr: [
        'Catalogue de paramètres > catégorie Remote Remediation : Enable Cloud Remediation, puis Enable Auto Remediation, Set Retry Interval et Set Time To Reboot (facultatif : Network SSID, Network Password, Network Password Encryption Type, Network Password Encryption Store).',
        'Valeurs en minutes, 1–4320 ; défauts 30 (intervalle de nouvelle tentative) et 180 (délai avant redémarrage). L’intervalle ne doit pas dépasser le délai avant redémarrage. La correction automatique exige la correction cloud activée.',
        'Microsoft recommande un intervalle d’environ 30 min et un délai de 72 h (4320 min).',
        `CSP : ${CSP}/CloudRemediationSettings/… (CSP RemoteRemediation, portée appareil ; Professionnel, Entreprise, Éducation, IoT Enterprise / LTSC).`,
      ],
    },
    commands: [
      { label: { en: 'Cloud remediation (bool)', fr: 'Correction cloud (booléen)' }, code: `${CRS}/EnableCloudRemediation` },
      { label: { en: 'Auto remediation (bool)', fr: 'Correction automatique (booléen)' }, code: `${CRS}/AutoRemediationSettings/EnableAutoRemediation` },
      {
        label: { en: 'Time to reboot (1–4320 min, default 180)', fr: 'Délai avant redémarrage (1–4320 min, défaut 180)' },
        code: `${CRS}/AutoRemediationSettings/SetTimeToReboot`,
      },
      {
        label: { en: 'Retry interval (1–4320 min, default 30)', fr: 'Intervalle de nouvelle tentative (1–4320 min, défaut 30)' },
        code: `${CRS}/AutoRemediationSettings/SetRetryInterval`,
      },
      { label: { en: 'Wi-Fi for recovery: SSID', fr: 'Wi-Fi pour la récupération : SSID' }, code: `${CRS}/NetworkSettings/NetworkCredentials/NetworkSSID` },
      { label: { en: 'Wi-Fi password', fr: 'Mot de passe Wi-Fi' }, code: `${CRS}/NetworkSettings/NetworkCredentials/NetworkPassword` },
      {
        label: {
          en: 'Password encryption: 0 = none, 1 = MDM certificate, 2 = custom certificate',
          fr: 'Chiffrement du mot de passe : 0 = aucun, 1 = certificat MDM, 2 = certificat personnalisé',
        },
        code: `${CRS}/NetworkSettings/NetworkCredentials/NetworkPasswordEncryptionType`,
      },
      {
        label: { en: 'Certificate store name (type 2)', fr: 'Nom du magasin de certificats (type 2)' },
        code: `${CRS}/NetworkSettings/NetworkCredentials/NetworkPasswordEncryptionStore`,
      },
    ],
    factIds: ['QMR-9', 'QMR-10', 'QMR-11', 'QMR-7'],
    sources: [src.qmr, src.remoteRemediationCsp, src.helpNetQmr],
    asOf: '2025-06-02',
    keywords: {
      en: [
        'remote remediation',
        'settings catalog',
        'enable cloud remediation',
        'auto remediation',
        'qmr intune',
        'enable qmr',
        'oma-uri',
        'csp',
        'what values',
        'recommended values',
        'retry interval',
        'reboot timeout',
      ],
      fr: [
        'remote remediation',
        'catalogue de parametres',
        'correction cloud',
        'correction automatique',
        'qmr intune',
        'activer qmr',
        'oma-uri',
        'csp',
        'quelles valeurs',
        'valeurs recommandees',
        'intervalle de nouvelle tentative',
      ],
    },
    followUps: ['qmr-reagentc', 'qmr-network', 'qmr-test-mode'],
  },
  {
    id: 'qmr-reagentc',
    intent: 'explain-qmr',
    title: { en: 'Configure QMR with reagentc', fr: 'Configurer QMR avec reagentc' },
    body: {
      en: [
        'Apply: reagentc.exe /setrecoverysettings /path settings.xml; view: reagentc.exe /getrecoverysettings; remove: reagentc.exe /clearrecoverysettings.',
        'In the XML, totalwaittime and waitinterval are in minutes (2400 = 40 h before reboot; 120 = check every 2 h).',
      ],
      fr: [
        'Appliquer : reagentc.exe /setrecoverysettings /path settings.xml ; afficher : reagentc.exe /getrecoverysettings ; supprimer : reagentc.exe /clearrecoverysettings.',
        'Dans le XML, totalwaittime et waitinterval sont en minutes (2400 = 40 h avant redémarrage ; 120 = vérification toutes les 2 h).',
      ],
    },
    commands: [
      { label: { en: 'Apply settings', fr: 'Appliquer les paramètres' }, code: 'reagentc.exe /setrecoverysettings /path settings.xml' },
      { label: { en: 'View settings', fr: 'Afficher les paramètres' }, code: 'reagentc.exe /getrecoverysettings' },
      { label: { en: 'Remove settings', fr: 'Supprimer les paramètres' }, code: 'reagentc.exe /clearrecoverysettings' },
      { label: { en: 'settings.xml', fr: 'settings.xml' }, code: QMR_XML },
    ],
    factIds: ['QMR-12'],
    sources: [src.qmr],
    asOf: '2025-06-02',
    keywords: {
      en: ['reagentc', 'command line', 'setrecoverysettings', 'recovery settings xml', 'command line qmr', 'totalwaittime', 'waitinterval'],
      fr: ['reagentc', 'ligne de commande', 'setrecoverysettings', 'xml de recuperation', 'ligne de commande qmr', 'totalwaittime', 'waitinterval'],
    },
    followUps: ['qmr-test-mode', 'check-qmr-state'],
  },
  {
    id: 'qmr-test-mode',
    intent: 'explain-qmr',
    title: { en: 'Test Quick machine recovery', fr: 'Tester la récupération rapide de la machine' },
    body: {
      en: [
        'Test mode: reagentc.exe /SetRecoveryTestmode, then reagentc.exe /BootToRe, then reboot; the device simulates a crash, runs auto-remediation and returns to Windows.',
        'Not with /SetRecoverySettings — /setrecoverysettings applies the configuration XML.',
        'If it stays in WinRE: Continue, then reagentc /Disable and reagentc /Enable, retry.',
        'A relevant remediation shows under Settings > Windows Update > Update history > Quality updates.',
      ],
      fr: [
        'Mode test : reagentc.exe /SetRecoveryTestmode, puis reagentc.exe /BootToRe, puis redémarrer ; l’appareil simule un plantage, exécute la correction automatique et revient sous Windows.',
        'Pas avec /SetRecoverySettings — /setrecoverysettings applique le fichier XML de configuration.',
        'S’il reste dans WinRE : Continuer, puis reagentc /Disable et reagentc /Enable, et recommencer.',
        'Une correction appliquée apparaît dans Paramètres > Windows Update > Historique des mises à jour > Mises à jour qualité (Settings > Windows Update > Update history > Quality updates).',
      ],
    },
    commands: [
      { label: { en: '1. Test mode', fr: '1. Mode test' }, code: 'reagentc.exe /SetRecoveryTestmode' },
      { label: { en: '2. Boot to WinRE at next restart', fr: '2. Démarrer sur WinRE au prochain redémarrage' }, code: 'reagentc.exe /BootToRe' },
      { label: { en: 'If stuck in WinRE', fr: 'En cas de blocage dans WinRE' }, code: 'reagentc.exe /Disable\nreagentc.exe /Enable' },
    ],
    factIds: ['QMR-13', 'QMR-12'],
    sources: [src.qmr],
    asOf: '2025-06-02',
    keywords: {
      en: ['test qmr', 'test mode', 'setrecoverytestmode', 'boottore', 'simulate a crash', 'how do i test'],
      fr: ['tester qmr', 'mode test', 'setrecoverytestmode', 'boottore', 'simuler un plantage', 'comment tester'],
    },
    followUps: ['check-qmr-state', 'qmr-reagentc'],
  },
  {
    id: 'qmr-network',
    intent: 'explain-qmr',
    title: { en: 'QMR network limits', fr: 'QMR : limites réseau' },
    body: {
      en: [
        'Only wired and WPA/WPA2 password-based Wi-Fi networks are supported during recovery: no 802.1X/enterprise Wi-Fi and no captive portals.',
        'Provide Wi-Fi credentials with the Network SSID / Network Password settings (Intune) or the WifiCredential element of the reagentc XML.',
      ],
      fr: [
        'Seuls les réseaux filaires et le Wi-Fi WPA/WPA2 à mot de passe sont pris en charge pendant la récupération : pas de Wi-Fi 802.1X/entreprise ni de portail captif.',
        'Fournir les identifiants Wi-Fi avec les réglages Network SSID / Network Password (Intune) ou l’élément WifiCredential du XML reagentc.',
      ],
    },
    factIds: ['QMR-5', 'QMR-9', 'QMR-12'],
    sources: [src.qmr],
    asOf: '2025-06-02',
    keywords: {
      en: ['qmr network', 'wifi', 'wi-fi', '802.1x', 'wpa2', 'captive portal', 'wired', 'enterprise wifi'],
      fr: ['reseau qmr', 'wifi', 'wi-fi', '802.1x', 'wpa2', 'portail captif', 'filaire', 'wifi entreprise'],
    },
    followUps: ['qmr-enable-intune'],
  },
  {
    id: 'qmr-versions',
    intent: 'explain-qmr',
    title: { en: 'Which Windows versions have QMR?', fr: 'Quelles versions de Windows ont QMR ?' },
    body: {
      en: [
        'Windows 11 version 24H2 and later (general availability through 24H2 servicing in mid-2025 after Insider testing from March 2025), all editions; configurable on Pro/Enterprise/Education via CSP/Intune.',
        'Defaults: on Home, cloud remediation is on and auto remediation off; on Pro and Enterprise both are off until turned on (Settings, Intune or reagentc).',
        'It came with the optional update KB5062660 (26100.4770, July 2025) and reached every 24H2 device with the 12 August 2025 security update KB5063878 (26100.4946).',
        'Related (Ignite 2025): Point-in-Time Restore and Cloud Rebuild.',
      ],
      fr: [
        'Windows 11 version 24H2 et ultérieures (disponibilité générale via les mises à jour 24H2 mi-2025, après des tests Insider depuis mars 2025), toutes éditions ; configurable sur Professionnel/Entreprise/Éducation via CSP/Intune.',
        'Par défaut : sur Famille, la correction cloud est activée et la correction automatique désactivée ; sur Professionnel et Entreprise, les deux sont désactivées jusqu’à leur activation (Paramètres, Intune ou reagentc).',
        'Elle est arrivée avec la mise à jour facultative KB5062660 (26100.4770, juillet 2025) et sur tous les appareils 24H2 avec la mise à jour de sécurité du 12 août 2025, KB5063878 (26100.4946).',
        'Apparentés (Ignite 2025) : Point-in-Time Restore (restauration à un point dans le temps) et Cloud Rebuild.',
      ],
    },
    factIds: ['QMR-6', 'QMR-7', 'QMR-4', 'QMR-15'],
    sources: [src.qmr, src.remoteRemediationCsp, src.helpNetQmr, src.qmrGa, src.pitr],
    asOf: '2025-08-12',
    keywords: {
      en: [
        'which versions have qmr',
        'versions have qmr',
        'which windows versions',
        'qmr availability',
        'qmr windows 10',
        'qmr 24h2',
        'when did qmr',
        'point in time restore',
        'cloud rebuild',
      ],
      fr: ['quelles versions', 'disponibilite qmr', 'qmr windows 10', 'qmr 24h2', 'depuis quand qmr', 'point in time restore', 'cloud rebuild'],
    },
    followUps: ['what-is-qmr', 'qmr-defaults'],
  },
];
