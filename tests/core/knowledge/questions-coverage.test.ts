import { describe, expect, it } from 'vitest';
import type { KnowledgeTopic } from '../../../src/core/knowledge';
import { getTopic, matchTopic } from '../../../src/core/knowledge';
import { exampleQuestions } from './facts-file';

/**
 * For each example case (tests/fixtures/questions/cases.json) whose answer is knowledge (not an eligibility or calendar computation),
 * the expected answer's facts — numbers, paths, commands, KB ids, names — must be in the topic text
 * in both languages, and the question itself (EN and FR) must land on that topic.
 */
interface Case {
  tc: string;
  topic: string;
  en: string[];
  fr: string[];
}

const cases: Case[] = [
  {
    tc: 'TC-01',
    topic: 'pro-home-not-eligible',
    en: [
      'Pro',
      'Enterprise E3/E5',
      'Microsoft 365 F3',
      'Education A3/A5',
      'Microsoft 365 Business Premium',
      'Windows 365 Enterprise',
      'subscription activation',
      'off by default on Pro',
      'Settings > System > Recovery',
      'Remote Remediation',
      'reagentc',
    ],
    fr: [
      'Pro',
      'Enterprise E3/E5',
      'Microsoft 365 F3',
      'Education A3/A5',
      'Microsoft 365 Business Premium',
      'Windows 365 Enterprise',
      'activation par abonnement',
      'désactivée par défaut sur Pro',
      'Paramètres > Système > Récupération',
      'Remote Remediation',
      'reagentc',
      'Quick machine recovery',
    ],
  },
  { tc: 'TC-04', topic: 'windows-10-and-23h2', en: ['Windows 11 24H2+ only', 'ESU'], fr: ['Windows 11 24H2 et ultérieur', 'ESU'] },
  {
    tc: 'TC-05',
    topic: 'vbs-requirement',
    en: ['must be running', 'LCU', 'restart', 'msinfo32 = Running', 'VirtualizationBasedSecurityStatus = 2'],
    fr: ['en cours d’exécution', 'mise à jour cumulative', 'redémarrage', 'msinfo32', 'VirtualizationBasedSecurityStatus = 2'],
  },
  {
    tc: 'TC-07',
    topic: 'hotpatch-restrictions-intel',
    en: ['Arm64-only', 'AMD/Intel', 'CHPE', 'ignored on x64'],
    fr: ['uniquement pour Arm64', 'AMD/Intel', 'CHPE', 'ignorée sur x64'],
  },
  {
    tc: 'TC-09',
    topic: 'ltsc',
    en: ['don’t support Enterprise LTSC', 'update rings', 'not eligible via Autopatch', 'unverified'],
    fr: ['ne prennent pas en charge Enterprise LTSC', 'anneaux de mise à jour', 'non éligible via Autopatch', 'non vérifié'],
  },
  {
    tc: 'TC-11',
    topic: 'cloud-pc-avd-gcc',
    en: ['Windows 365 Enterprise', 'Azure Virtual Desktop', 'GCC', '24H2+', 'VBS'],
    fr: ['Windows 365 Enterprise', 'Azure Virtual Desktop', 'GCC', '24H2+', 'VBS'],
  },
  {
    tc: 'TC-12',
    topic: 'telemetry-wlidsvc',
    en: ['"Required"', 'wlidsvc', 'enabled and running', 'won’t work'],
    fr: ['« Requise »', 'wlidsvc', 'activé et démarré', 'ne fonctionne pas'],
  },
  {
    tc: 'TC-13',
    topic: 'hybrid-join',
    en: ['Microsoft Entra joined', 'Microsoft Entra hybrid joined', 'Some blogs'],
    fr: ['joints à Microsoft Entra', 'joints hybrides', 'Certains blogs'],
  },
  {
    tc: 'TC-14',
    topic: 'behind-baseline',
    en: ['both the latest baseline (restart required) and the latest hotpatch', 'no-restart cycle'],
    fr: ['reçoit la baseline (redémarrage requis) puis le hotpatch du mois', 'sans redémarrage'],
  },
  {
    tc: 'TC-21',
    topic: 'restarts-saved-per-year',
    en: ['from 12 to 4 per year', 'January, April, July, October', '8'],
    fr: ['de 12 à 4 par an', 'janvier, avril, juillet, octobre', '8 autres mois'],
  },
  {
    tc: 'TC-24',
    topic: 'why-restarted',
    en: [
      'July baseline',
      'baseline + hotpatch',
      'Driver, firmware, .NET, app or non-security',
      'unplanned baseline',
      'VBS/CHPE',
      'uninstall',
      'ineligible',
      'LCU',
      'Update history',
      'Hotpatch quality updates report',
    ],
    fr: [
      'baseline de juillet',
      'baseline + hotpatch',
      'pilotes/firmware/.NET/applications',
      'baseline non planifiée',
      'VBS/CHPE',
      'désinstallation',
      'non éligible',
      'mise à jour cumulative',
      'historique des mises à jour',
      'Hotpatch quality updates',
    ],
  },
  {
    tc: 'TC-25',
    topic: 'ring-deadlines-unchanged',
    en: ['doesn’t change deadline-driven or scheduled install', 'deferrals and active hours still apply', 'honoured'],
    fr: ['ne change pas les configurations d’échéance ou d’installation planifiée', 'reports et heures d’activité', 'respectés'],
  },
  {
    tc: 'TC-26',
    topic: 'hotpatch-rollback',
    en: ['No automatic rollback', 'uninstall', 'requires a restart', 'latest standard cumulative update'],
    fr: ['Pas de restauration automatique', 'désinstaller', 'avec redémarrage', 'dernière mise à jour cumulative standard'],
  },
  {
    tc: 'TC-27',
    topic: 'hotpatch-no-features',
    en: ['only security fixes', 'features and non-security improvements arrive with baseline months'],
    fr: ['que des correctifs de sécurité', 'fonctionnalités et améliorations non liées à la sécurité arrivent avec les mois de baseline'],
  },
  {
    tc: 'TC-29',
    topic: 'tenant-default-vs-policy',
    en: ['policy setting wins', 'only applies to devices not in any quality update policy', 'Block', 'Allow'],
    fr: ['le réglage de la stratégie l’emporte', 'ne s’applique qu’aux appareils hors stratégie', 'Bloquer', 'Autoriser'],
  },
  {
    tc: 'TC-30',
    topic: 'admin-setup',
    en: [
      'Intune admin center > Devices > Windows updates > Quality updates tab > Create > Windows quality update policy > Settings',
      'When available, apply without restarting the device ("hotpatch")',
      '= Allow',
      'assign groups',
    ],
    fr: [
      'Centre d’administration Intune > Appareils > Mises à jour Windows > onglet Mises à jour qualité > Créer > Stratégie de mise à jour qualité Windows > Paramètres',
      'When available, apply without restarting the device ("hotpatch")',
      'Autoriser',
      'affecter les groupes',
    ],
  },
  {
    tc: 'TC-31',
    topic: 'graph-quality-update-policies',
    en: [
      'GET https://graph.microsoft.com/beta/deviceManagement/windowsQualityUpdatePolicies',
      'beta only',
      'hotpatchEnabled',
      '/windowsQualityUpdatePolicies/{id}/assignments',
      'DeviceManagementConfiguration.Read.All',
    ],
    fr: [
      'GET https://graph.microsoft.com/beta/deviceManagement/windowsQualityUpdatePolicies',
      'beta uniquement',
      'hotpatchEnabled',
      '/windowsQualityUpdatePolicies/{id}/assignments',
      'DeviceManagementConfiguration.Read.All',
    ],
  },
  {
    tc: 'TC-32',
    topic: 'graph-managed-devices',
    en: [
      'operatingSystem and osVersion',
      'processorArchitecture',
      'skuFamily',
      'hardwareInformation',
      '/beta',
      '$select=hardwareInformation',
      'default values',
    ],
    fr: [
      'operatingSystem et osVersion',
      'processorArchitecture',
      'skuFamily',
      'hardwareInformation',
      '/beta',
      '$select=hardwareInformation',
      'valeurs par défaut',
    ],
  },
  {
    tc: 'TC-34',
    topic: 'graph-catalog-hotpatch',
    en: ['monthly / outOfBand / unknownFutureValue', 'security / nonSecurity / all', 'productRevisions', 'isHotpatchUpdate = true', 'isHotpatchEnabled'],
    fr: ['monthly / outOfBand / unknownFutureValue', 'security / nonSecurity / all', 'productRevisions', 'isHotpatchUpdate = true', 'isHotpatchEnabled'],
  },
  {
    tc: 'TC-35',
    topic: 'graph-known-issues',
    en: [
      'GET /beta/admin/windows/updates/products',
      '/beta/admin/windows/updates/products/{id}/getKnownIssuesByTimeRange(daysInPast=30,includeAllActive=true)',
      'knownIssues',
      'WindowsUpdates.ReadWrite.All',
      'Intune Administrator',
      'Windows Update Deployment Administrator',
    ],
    fr: [
      'GET /beta/admin/windows/updates/products',
      '/beta/admin/windows/updates/products/{id}/getKnownIssuesByTimeRange(daysInPast=30,includeAllActive=true)',
      'knownIssues',
      'WindowsUpdates.ReadWrite.All',
      'Administrateur Intune',
      'Administrateur du déploiement Windows Update',
    ],
  },
  {
    tc: 'TC-36',
    topic: 'hotpatch-report',
    en: [
      'Reports > Windows Autopatch > Windows quality updates > Reports tab > Hotpatch quality updates',
      'Per policy',
      '"Hotpatched"',
      'every 4 hours',
      'No documented Graph export',
      'osVersion',
    ],
    fr: [
      'Rapports > Windows Autopatch > Mises à jour qualité Windows > onglet Rapports > Hotpatch quality updates',
      'Par stratégie',
      '« Hotpatched »',
      'toutes les 4 heures',
      'Aucun export Graph documenté',
      'osVersion',
    ],
  },
  {
    tc: 'TC-37',
    topic: 'how-to-check',
    en: [
      'Settings > Windows Update > Advanced options > Configured update policies',
      '"Enable hotpatching when available"',
      'AllowRebootlessUpdates',
      '"isEnrolled": 1',
      '"vbsState": 2',
      'Update history',
      'Hotpatch KB',
      'winver',
    ],
    fr: [
      'Paramètres > Windows Update > Options avancées > Stratégies de mise à jour configurées',
      '« Enable hotpatching when available »',
      'AllowRebootlessUpdates',
      'isEnrolled 1',
      'vbsState 2',
      'Historique des mises à jour',
      'KB Hotpatch',
      'winver',
    ],
  },
  {
    tc: 'TC-39',
    topic: 'what-is-qmr',
    en: [
      'repeatedly fails to boot',
      'WinRE',
      'network',
      'Windows Update',
      'best-effort',
      'Startup Repair',
      'doesn’t reduce update restarts',
      'complements, not replaces',
    ],
    fr: [
      'ne démarre plus',
      'WinRE',
      'réseau',
      'Windows Update',
      'au mieux',
      'réparation du démarrage',
      'ne réduit pas les redémarrages',
      'complète le hotpatch sans le remplacer',
    ],
  },
  {
    tc: 'TC-41',
    topic: 'qmr-enable-intune',
    en: [
      'Settings catalog > category Remote Remediation',
      'Enable Cloud Remediation',
      'Enable Auto Remediation',
      'Set Retry Interval',
      'Set Time To Reboot',
      '1–4320',
      '30',
      '180',
      '72 h (4320 min)',
      './Device/Vendor/MSFT/RemoteRemediation/CloudRemediationSettings/',
    ],
    fr: [
      'Catalogue de paramètres > catégorie Remote Remediation',
      'Enable Cloud Remediation',
      'Enable Auto Remediation',
      'Set Retry Interval',
      'Set Time To Reboot',
      '1–4320',
      '30',
      '180',
      '72 h (4320 min)',
      './Device/Vendor/MSFT/RemoteRemediation/CloudRemediationSettings/',
    ],
  },
  {
    tc: 'TC-43',
    topic: 'qmr-test-mode',
    en: [
      '/setrecoverysettings applies the configuration XML',
      'reagentc.exe /SetRecoveryTestmode',
      'reagentc.exe /BootToRe',
      'simulates a crash',
      'Continue',
      'reagentc /Disable',
      'reagentc /Enable',
    ],
    fr: [
      '/setrecoverysettings applique le fichier XML',
      'reagentc.exe /SetRecoveryTestmode',
      'reagentc.exe /BootToRe',
      'simule un plantage',
      'Continuer',
      'reagentc /Disable',
      'reagentc /Enable',
    ],
  },
  {
    tc: 'TC-45',
    topic: 'qmr-versions',
    en: ['Windows 11 version 24H2 and later', 'mid-2025', 'March 2025', 'all editions', 'Pro/Enterprise/Education', 'CSP/Intune'],
    fr: ['Windows 11 version 24H2 et ultérieures', 'mi-2025', 'mars 2025', 'toutes éditions', 'Professionnel/Entreprise/Éducation', 'CSP/Intune'],
  }, // issue 11: French edition names in French (the old expectation asked for the English ones)
  {
    tc: 'TC-46',
    topic: 'windows-server',
    en: [
      'Azure Arc',
      'Connected Machine agent',
      'VBS',
      '26100.1742',
      'USD 1.50 per CPU core per month',
      'July 2025',
      '19 May 2026',
      'no additional cost',
      'Datacenter: Azure Edition includes hotpatch natively',
    ],
    fr: [
      'Azure Arc',
      'agent Connected Machine',
      'VBS',
      '26100.1742+',
      '1,50 USD par cœur et par mois',
      'juillet 2025',
      '19 mai 2026',
      'sans coût supplémentaire',
      'Datacenter: Azure Edition inclut le hotpatch nativement',
    ],
  },
  {
    tc: 'TC-48',
    topic: 'not-eligible-recommendation',
    en: [
      'edition/licence/OS/VBS/CHPE/policy',
      'standard monthly updates (with restarts)',
      'Quick machine recovery',
      'Settings > System > Recovery',
      'Intune Remote Remediation',
      'reagentc',
    ],
    fr: [
      'édition/licence/OS/VBS/CHPE/stratégie',
      'mises à jour mensuelles classiques (avec redémarrage)',
      'récupération rapide de la machine',
      'Paramètres > Système > Récupération',
      'Intune Remote Remediation',
      'reagentc',
    ],
  },
];

function fullText(t: KnowledgeTopic, loc: 'en' | 'fr'): string {
  return [t.title[loc], ...t.body[loc], ...(t.commands ?? []).flatMap((c) => [c.label[loc], c.code]), t.hedge?.[loc] ?? ''].join('\n').toLowerCase();
}

const questions = exampleQuestions();

describe("the example cases' knowledge answers are contained in the topics", () => {
  it('reads every listed TC from the fixture', () => {
    for (const c of cases) expect(questions.has(c.tc), c.tc).toBe(true);
  });

  describe.each(cases.map((c) => [c.tc, c] as const))('%s', (_tc, c) => {
    const topic = getTopic(c.topic);

    it(`topic ${c.topic} holds every key fact in English and French`, () => {
      expect(topic).toBeDefined();
      for (const fact of c.en) expect(fullText(topic!, 'en'), `EN: ${fact}`).toContain(fact.toLowerCase());
      for (const fact of c.fr) expect(fullText(topic!, 'fr'), `FR: ${fact}`).toContain(fact.toLowerCase());
    });

    it('the English question lands on the topic', () => {
      expect(matchTopic(questions.get(c.tc)!.en, 'en')?.topic.id).toBe(c.topic);
    });

    it('the French question lands on the topic', () => {
      expect(matchTopic(questions.get(c.tc)!.fr, 'fr')?.topic.id).toBe(c.topic);
    });
  });
});
