import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { pipelineFromConfig } from '../../src/app/composition';

/**
 * The example cases (tests/fixtures/questions/cases.json), EN and FR, through the whole pipeline (the same path as
 * `hotpatch-bot ask --json` and Teams). Each row: the facts the answer's text must carry.
 * Today = 2026-11-25 (the example cases' today).
 */
const pipeline = pipelineFromConfig(loadConfig({ STORAGE: 'memory' }));
const now = new Date('2026-11-25T10:00:00Z');

type Row = [tc: string, en: string, fr: string, both: RegExp[], enOnly: RegExp[], frOnly: RegExp[]];

const rows: Row[] = [
  [
    'TC-01',
    'Windows 11 Pro 24H2 x64, VBS running, no Enterprise subscription — eligible for hotpatch?',
    '« Windows 11 Pro 24H2 x64, VBS actif, sans abonnement Enterprise — éligible au hotpatch ? »',
    [/Enterprise E3\/E5/, /Business Premium/, /Windows 365 Enterprise/, /reagentc/i, /Remote Remediation/],
    [/not eligible|isn't eligible/i, /subscription activation/i, /Quick machine recovery/i, /Settings > System > Recovery/, /off by default/],
    [/non éligible|n'est pas éligible/i, /activation par abonnement/i, /récupération rapide/i, /Paramètres > Système > Récupération/, /désactivée par défaut/],
  ],
  [
    'TC-02',
    'Windows 11 Enterprise 25H2, x64, E3 licence, VBS running, in a quality update policy with hotpatch = Allow, on the latest baseline. Eligible?',
    'Windows 11 Enterprise 25H2, x64, licence E3, VBS actif, dans une stratégie de mises à jour qualité avec hotpatch = Autoriser, sur la dernière baseline. Éligible ?',
    [/Hotpatch quality updates/],
    [/\beligible\b/i],
    [/éligible/i],
  ],
  [
    'TC-04',
    'Windows 10 22H2 Enterprise with ESU — hotpatch?',
    'Windows 10 22H2 Enterprise avec ESU — hotpatch ?',
    [/Windows 11 24H2/],
    [/not eligible|isn't eligible|does not get/i],
    [/non éligible|ne reçoit pas|n'est pas éligible/i],
  ],
  [
    'TC-05',
    'msinfo32 shows Virtualization-based security = Not enabled on my Windows 11 Enterprise 24H2 E3 laptop. Will it get hotpatches?',
    'msinfo32 indique Sécurité basée sur la virtualisation = Non activée sur mon portable Windows 11 Enterprise 24H2 E3. Aura-t-il des hotpatchs ?',
    [/VirtualizationBasedSecurityStatus = 2/, /msinfo32/],
    [/restart/i],
    [/redémarrage/i],
  ],
  [
    'TC-07',
    'Should I set HotPatchRestrictions=1 on my Intel laptops too?',
    'Dois-je aussi mettre HotPatchRestrictions=1 sur mes portables Intel ?',
    [/Arm64/i, /x64/],
    [/ignored/i],
    [/ignorée?/i],
  ],
  [
    'TC-09',
    'Windows 11 Enterprise LTSC 2024 kiosks — can Intune turn on hotpatch?',
    'Bornes Windows 11 Enterprise LTSC 2024 — Intune peut-il activer le hotpatch ?',
    [/LTSC/],
    [/update ring/i],
    [/anneaux? de mise à jour/i],
  ],
  [
    'TC-11',
    'Is a Windows 365 Enterprise Cloud PC eligible? And AVD?',
    'Un Cloud PC Windows 365 Enterprise est-il éligible ? Et AVD ?',
    [/Windows 365 Enterprise/, /Azure Virtual Desktop/, /GCC/],
    [],
    [],
  ],
  [
    'TC-12',
    "Our devices have diagnostic data set to 'Off'/Security and the Microsoft Account Sign-In Assistant service disabled. Any impact on hotpatch?",
    'Nos appareils ont les données de diagnostic sur Off/Sécurité et le service Assistant de connexion au compte Microsoft désactivé. Impact sur le hotpatch ?',
    [/wlidsvc/],
    [/Required/],
    [/Requises?/],
  ],
  [
    'TC-13',
    'Are Microsoft Entra hybrid joined devices excluded from hotpatch?',
    'Les appareils joints hybrides Microsoft Entra sont-ils exclus du hotpatch ?',
    [],
    [/hybrid/i, /supported/i],
    [/hybride/i, /pris en charge/i],
  ],
  [
    'TC-14',
    "It's a hotpatch month and my eligible device is still on last quarter's build. Will it hotpatch without restart?",
    "C'est un mois de hotpatch et mon appareil éligible est encore sur la build du trimestre précédent. Sera-t-il patché sans redémarrage ?",
    [/baseline/i],
    [/restart/i],
    [/redémarrage/i],
  ],
  [
    'TC-15',
    'Will I need to reboot on 14 April 2026?',
    'Devrai-je redémarrer le 14 avril 2026 ?',
    [/2026-04-14/, /baseline/i],
    [/14 April 2026/, /restart/i],
    [/14 avril 2026/, /redémarr/i],
  ],
  [
    'TC-17',
    'When is my next planned reboot for Windows security updates?',
    'Quand aura lieu mon prochain redémarrage prévu pour les mises à jour de sécurité ?',
    [/2027-01-12/],
    [/12 January 2027/, /unplanned baseline/i],
    [/12 janvier 2027/, /baseline non planifiée/i],
  ],
  [
    'TC-19',
    'Is Patch Tuesday in December 2026 on the 1st?',
    'Le Patch Tuesday de décembre 2026 tombe-t-il le 1er ?',
    [/2026-12-08/],
    [/8 December 2026/],
    [/8 décembre 2026/],
  ],
  [
    'TC-21',
    'How many restarts per year does hotpatch save?',
    'Combien de redémarrages par an le hotpatch évite-t-il ?',
    [/\b12\b/, /\b4\b/, /\b8\b/],
    [/January, April, July/i],
    [/janvier, avril, juillet/i],
  ],
  [
    'TC-24',
    'My device is hotpatch-enrolled but restarted in August. Why?',
    'Mon appareil est inscrit au hotpatch mais a redémarré en août. Pourquoi ?',
    [/baseline/i],
    [/driver/i, /uninstall/i],
    [/pilotes?/i, /désinstall/i],
  ],
  [
    'TC-25',
    'Does hotpatch change our update ring deadlines or deferrals?',
    'Le hotpatch modifie-t-il les échéances ou reports de nos anneaux de mise à jour ?',
    [],
    [/deferral/i, /deadline/i],
    [/report/i, /échéance/i],
  ],
  [
    'TC-26',
    'Can we roll back a bad hotpatch automatically?',
    'Peut-on annuler automatiquement un hotpatch problématique ?',
    [],
    [/automatic rollback/i, /uninstall/i, /restart/i],
    [/désinstall/i, /redémarrage/i],
  ],
  [
    'TC-27',
    'Will new Windows features arrive in hotpatch months?',
    'Les nouvelles fonctionnalités Windows arrivent-elles pendant les mois de hotpatch ?',
    [/baseline/i],
    [/security/i],
    [/sécurité/i],
  ],
  [
    'TC-29',
    'Tenant default = Block, but one group is in a quality update policy with hotpatch = Allow. What happens?',
    'Paramètre du locataire = Bloquer, mais un groupe est dans une stratégie de mises à jour qualité avec hotpatch = Autoriser. Que se passe-t-il ?',
    [],
    [/policy/i, /tenant/i],
    [/stratégie/i, /locataire/i],
  ],
  [
    'TC-30',
    'Where exactly do I turn hotpatch on for a group in Intune?',
    'Où activer précisément le hotpatch pour un groupe dans Intune ?',
    [/When available, apply without restarting the device/],
    [/Quality updates/i, /Allow/],
    [/Autoriser/],
  ],
  [
    'TC-31',
    'Which Graph call tells the bot whether a policy has hotpatch enabled?',
    'Quel appel Graph indique au bot si une stratégie a le hotpatch activé ?',
    [/windowsQualityUpdatePolicies/, /hotpatchEnabled/, /DeviceManagementConfiguration\.Read\.All/],
    [],
    [],
  ],
  [
    'TC-32',
    'Can I read processorArchitecture and VBS state from /v1.0/deviceManagement/managedDevices?',
    "Puis-je lire processorArchitecture et l'état VBS via /v1.0/deviceManagement/managedDevices ?",
    [/hardwareInformation/, /beta/],
    [],
    [],
  ],
  [
    'TC-34',
    'Does the Windows updates catalog distinguish hotpatch releases? qualityUpdateCadence?',
    'Le catalogue Windows updates distingue-t-il les hotpatchs ? qualityUpdateCadence ?',
    [/isHotpatchUpdate/, /qualityUpdateCadence/, /productRevisions/],
    [],
    [],
  ],
  [
    'TC-35',
    'How can the bot list current Windows 11 24H2 known issues via Graph?',
    'Comment le bot peut-il lister les problèmes connus actuels de Windows 11 24H2 via Graph ?',
    [/getKnownIssuesByTimeRange/, /WindowsUpdates\.ReadWrite\.All/],
    [],
    [],
  ],
  [
    'TC-36',
    'Is there a report showing which devices actually got a hotpatch?',
    'Existe-t-il un rapport montrant quels appareils ont réellement reçu un hotpatch ?',
    [/Hotpatch quality updates/, /Hotpatched/],
    [/4 hours|four hours/i],
    [/4 heures|quatre heures/i],
  ],
  [
    'TC-37',
    "How do I check on the PC that it's enrolled in hotpatch and received one?",
    "Comment vérifier sur le PC qu'il est inscrit au hotpatch et en a reçu un ?",
    [/AllowRebootlessUpdates/, /Enable hotpatching when available/],
    [],
    [],
  ],
  [
    'TC-39',
    'What is Quick machine recovery and does it replace hotpatch?',
    "Qu'est-ce que la récupération rapide de la machine et remplace-t-elle le hotpatch ?",
    [/WinRE/, /Windows Update/],
    [/not a substitute|doesn't|does not/i],
    [/ne remplace pas|sans le remplacer/i],
  ],
  [
    'TC-41',
    'How do I enable QMR with auto-remediation across Pro devices with Intune, and what values?',
    'Comment activer QMR avec correction automatique sur des appareils Pro via Intune, et quelles valeurs ?',
    [/Remote Remediation/, /4320/, /\b180\b/, /\b30\b/],
    [],
    [],
  ],
  [
    'TC-43',
    'How do I test QMR? Is it reagentc /SetRecoverySettings?',
    'Comment tester QMR ? Est-ce reagentc /SetRecoverySettings ?',
    [/SetRecoveryTestmode/i, /BootToRe/i],
    [],
    [],
  ],
  ['TC-45', 'Which Windows versions have QMR?', 'Quelles versions de Windows disposent de QMR ?', [/24H2/], [], []],
  [
    'TC-46',
    'Can our on-prem Windows Server 2025 Standard get hotpatch, and what does it cost?',
    'Notre Windows Server 2025 Standard sur site peut-il recevoir le hotpatch, et combien ça coûte ?',
    [/Azure Arc/, /1[.,]50/, /26100\.1742/],
    [/May 2026|2026-05-19/],
    [/mai 2026|2026-05-19/],
  ],
  [
    'TC-48',
    "My device can't get hotpatch. What should the bot recommend?",
    'Mon appareil ne peut pas avoir le hotpatch. Que doit recommander le bot ?',
    [],
    [/Quick machine recovery/i],
    [/récupération rapide/i],
  ],
];

describe('the example cases through the pipeline', () => {
  for (const [tc, en, fr, both, enOnly, frOnly] of rows) {
    it(`${tc} EN`, async () => {
      const reply = await pipeline.ask({ text: en, now, timeZone: 'Europe/Paris' });
      expect(reply.locale).toBe('en');
      for (const re of [...both, ...enOnly]) expect(reply.text, `${tc} EN should match ${re}`).toMatch(re);
    });
    it(`${tc} FR`, async () => {
      const reply = await pipeline.ask({ text: fr, now, timeZone: 'Europe/Paris' });
      expect(reply.locale).toBe('fr');
      for (const re of [...both, ...frOnly]) expect(reply.text, `${tc} FR should match ${re}`).toMatch(re);
    });
  }

  it('TC-02 is a yes, TC-01 a no (never a wrong "yes")', async () => {
    const yes = await pipeline.ask({ text: rows[1]![1], now });
    const no = await pipeline.ask({ text: rows[0]![1], now });
    expect(yes.answer.kind).toBe('eligibility');
    expect(no.answer.kind).toBe('eligibility');
    if (yes.answer.kind === 'eligibility') expect(yes.answer.verdict.status).toBe('eligible');
    if (no.answer.kind === 'eligibility') expect(no.answer.verdict.status).toBe('not-eligible');
  });
});
