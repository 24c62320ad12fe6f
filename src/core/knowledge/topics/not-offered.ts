import type { KnowledgeTopic } from '../types';
import { src } from '../sources';

// Why a device is not offered hotpatch: the prerequisites HP-OS-*, HP-LIC-*, HP-VBS-*, HP-CPU-*, HP-MGT-* and their checks CHK-*.
export const notOfferedTopics: KnowledgeTopic[] = [
  {
    id: 'why-not-offered',
    intent: 'eligibility',
    title: { en: 'Why is my device not offered hotpatch?', fr: 'Pourquoi le hotpatch n’est-il pas proposé à mon appareil ?' },
    body: {
      en: [
        'Check, in this order:',
        '1. OS: Windows 10 or Windows 11 23H2 or earlier are not eligible.',
        '2. Edition: Home, Pro and Enterprise LTSC are not offered hotpatch.',
        '3. Licence: not on the eligible list.',
        '4. VBS not running (Autopatch alert "Hotpatch - VBS not running").',
        '5. Arm64 with CHPE still enabled (HotPatchRestrictions not 1).',
        '6. Management: not Intune-managed, diagnostic data below Required, or the wlidsvc service disabled.',
        '7. Policy: the quality update policy (or tenant default) says Block.',
        '8. Not on the latest baseline: temporarily ineligible, it gets the baseline first.',
        '9. A third-party MDM conflict: the hotpatch provider can become the "winning provider" for update policy (community workaround AllowRebootlessUpdates=0).',
      ],
      fr: [
        'Vérifier dans cet ordre :',
        '1. Système : Windows 10 ou Windows 11 23H2 ou antérieur ne sont pas éligibles.',
        '2. Édition : Famille, Professionnel et Entreprise LTSC ne reçoivent pas le hotpatch.',
        '3. Licence : absente de la liste des licences éligibles.',
        '4. VBS pas en cours d’exécution (alerte Autopatch « Hotpatch - VBS not running »).',
        '5. Arm64 avec CHPE encore activé (HotPatchRestrictions différent de 1).',
        '6. Gestion : appareil non géré par Intune, données de diagnostic en dessous de « Requises », ou service wlidsvc désactivé.',
        '7. Stratégie : la stratégie de mise à jour qualité (ou le paramètre du locataire) indique Bloquer.',
        '8. Pas sur la dernière baseline : non éligible temporairement, l’appareil reçoit d’abord la baseline.',
        '9. Conflit avec un MDM tiers : le fournisseur hotpatch peut devenir le « winning provider » de la stratégie de mise à jour (contournement communautaire AllowRebootlessUpdates=0).',
      ],
    },
    factIds: ['HP-OS-4', 'HP-LIC-7', 'HP-OS-6', 'HP-LIC-1', 'HP-VBS-3', 'HP-CPU-2', 'HP-MGT-5', 'HP-MGT-2', 'HP-VBS-4'],
    sources: [src.intuneHotpatch, src.autopatchHotpatch, src.intuneQuality, src.fleetIssue],
    asOf: '2026-01-13',
    // HP-OS-6 is uncertain on one point: some press calls certain hotpatch KBs "LTSC 2024".
    hedge: {
      en: 'LTSC: Intune quality update policies do not support it; some press coverage mentions LTSC for hotpatch KBs (unverified).',
      fr: 'LTSC : les stratégies de mise à jour qualité Intune ne le prennent pas en charge ; certaines sources presse évoquent LTSC pour des KB hotpatch (non vérifié).',
    },
    keywords: {
      en: ['not offered', 'not getting hotpatch', 'doesn t get hotpatch', 'no hotpatch', 'not eligible', 'why not eligible', 'ineligible'],
      fr: ['pas propose', 'ne recoit pas le hotpatch', 'pas de hotpatch', 'non eligible', 'pas eligible', 'pourquoi pas eligible'],
    },
    followUps: ['vbs-requirement', 'arm64-chpe', 'how-to-check'],
  },
  {
    id: 'vbs-requirement',
    intent: 'eligibility',
    title: { en: 'Hotpatch needs VBS running', fr: 'Le hotpatch exige VBS en cours d’exécution' },
    body: {
      en: [
        'VBS (virtualization-based security) must be running for a device to be offered hotpatch; otherwise the device gets the normal LCU with a restart.',
        'Enable VBS (restart needed), then check msinfo32 = Running or Win32_DeviceGuard VirtualizationBasedSecurityStatus = 2.',
        'VBS needs CPU virtualization enabled in firmware and Secure Boot (UEFI); VMs must be Hyper-V Generation 2. Intune shows the blocking reason in deviceGuardVirtualizationBasedSecurityHardwareRequirementState.',
        'Drivers incompatible with memory integrity (HVCI) can fail to load: update them.',
      ],
      fr: [
        'VBS (sécurité basée sur la virtualisation) doit être en cours d’exécution pour que le hotpatch soit proposé ; sinon l’appareil reçoit la mise à jour cumulative classique (LCU) avec redémarrage.',
        'Activer VBS (redémarrage nécessaire), puis vérifier msinfo32 = En cours d’exécution (Running), ou Win32_DeviceGuard VirtualizationBasedSecurityStatus = 2.',
        'VBS exige la virtualisation du processeur activée dans le firmware et le démarrage sécurisé (Secure Boot, UEFI) ; les VM doivent être Hyper-V génération 2. Intune indique la cause du blocage dans deviceGuardVirtualizationBasedSecurityHardwareRequirementState.',
        'Les pilotes incompatibles avec l’intégrité de la mémoire (HVCI) peuvent ne pas se charger : mettez-les à jour.',
      ],
    },
    commands: [
      {
        label: { en: 'VBS status (2 = running)', fr: 'État VBS (2 = en cours d’exécution)' },
        code: 'Get-CimInstance -ClassName Win32_DeviceGuard -Namespace root\\Microsoft\\Windows\\DeviceGuard',
      },
      { label: { en: 'System Information', fr: 'Informations système' }, code: 'msinfo32' },
    ],
    factIds: ['HP-VBS-1', 'HP-VBS-2', 'HP-VBS-5', 'HP-VBS-6', 'CHK-2', 'HP-INEL-1'],
    sources: [src.intuneHotpatch, src.vbsDoc, src.vbsAtScale, src.graphHwInfo],
    asOf: '2026-01-13',
    hedge: {
      en: 'Microsoft requires VBS running; its docs do not say that memory integrity (HVCI) itself is required.',
      fr: 'Microsoft exige VBS en cours d’exécution ; sa documentation ne dit pas que l’intégrité de la mémoire (HVCI) elle-même soit requise.',
    },
    keywords: {
      en: ['vbs', 'virtualization based security', 'not enabled', 'secure boot', 'memory integrity', 'hvci', 'device guard'],
      fr: ['vbs', 'securite basee sur la virtualisation', 'non activee', 'demarrage securise', 'integrite de la memoire', 'hvci'],
    },
    followUps: ['check-vbs', 'vbs-numbers-confusion'],
  },
  {
    id: 'arm64-chpe',
    intent: 'admin-setup',
    title: { en: 'Hotpatch on Arm64: disable CHPE', fr: 'Hotpatch sur Arm64 : désactiver CHPE' },
    body: {
      en: [
        'x64 (AMD or Intel) is supported; 64-bit Arm is supported (GA July 2025) only with CHPE disabled.',
        'Set the DWORD HotPatchRestrictions = 1 under HKLM\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Memory Management, then restart once; the flag persists through updates. To stop using hotpatch: set it to 0 and restart.',
        'Alternative: the DisableCHPE policy CSP ./Device/Vendor/MSFT/Policy/Config/System/DisableCHPE = 1 (Windows 11 24H2 with KB5055523, 26100.3775, or later).',
        'Why: hotpatch can’t service CHPE binaries in %SystemRoot%\\SyChpe32; disabling CHPE might affect x86 app performance or compatibility — test first. Snapdragon Copilot+ PCs follow these Arm64 rules.',
      ],
      fr: [
        'x64 (AMD ou Intel) est pris en charge ; Arm 64 bits est pris en charge (disponibilité générale en juillet 2025) uniquement avec CHPE désactivé.',
        'Créer le DWORD HotPatchRestrictions = 1 sous HKLM\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Memory Management, puis redémarrer une fois ; la valeur persiste après les mises à jour. Pour arrêter le hotpatch : la mettre à 0 et redémarrer.',
        'Alternative : la stratégie CSP DisableCHPE ./Device/Vendor/MSFT/Policy/Config/System/DisableCHPE = 1 (Windows 11 24H2 avec KB5055523, 26100.3775, ou ultérieur).',
        'Pourquoi : le hotpatch ne peut pas corriger les binaires CHPE de %SystemRoot%\\SyChpe32 ; désactiver CHPE peut affecter les performances ou la compatibilité des applications x86 — tester d’abord. Les PC Copilot+ Snapdragon suivent ces règles Arm64.',
      ],
    },
    commands: [
      {
        label: { en: 'Disable CHPE (Arm64 only), then restart', fr: 'Désactiver CHPE (Arm64 uniquement), puis redémarrer' },
        code: 'reg add "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Memory Management" /v HotPatchRestrictions /t REG_DWORD /d 1 /f',
      },
      { label: { en: 'Policy CSP (OMA-URI)', fr: 'Stratégie CSP (OMA-URI)' }, code: './Device/Vendor/MSFT/Policy/Config/System/DisableCHPE' },
    ],
    factIds: ['HP-CPU-1', 'HP-CPU-2', 'HP-CPU-3', 'HP-CPU-5', 'HP-CPU-6'],
    sources: [src.autopatchHotpatch, src.intuneHotpatch, src.arm64Blog, src.disableChpe],
    asOf: '2025-07-04',
    keywords: {
      en: ['arm64', 'arm', 'chpe', 'snapdragon', 'copilot+', 'disablechpe', 'sychpe32', 'qualcomm'],
      fr: ['arm64', 'arm', 'chpe', 'snapdragon', 'copilot+', 'disablechpe', 'qualcomm'],
    },
    followUps: ['hotpatch-restrictions-intel', 'check-chpe'],
  },
  {
    id: 'hotpatch-restrictions-intel',
    intent: 'admin-setup',
    title: { en: 'HotPatchRestrictions on Intel/AMD (x64)', fr: 'HotPatchRestrictions sur Intel/AMD (x64)' },
    body: {
      en: [
        'No. HotPatchRestrictions=1 is an Arm64-only requirement; AMD/Intel CPUs don’t have CHPE and the value is ignored on x64 (setting it does nothing).',
      ],
      fr: [
        'Non. HotPatchRestrictions=1 est uniquement pour Arm64 ; les processeurs AMD/Intel n’ont pas CHPE et la valeur est ignorée sur x64 (la définir ne fait rien).',
      ],
    },
    factIds: ['HP-CPU-4', 'HP-CPU-3'],
    sources: [src.autopatchHotpatch, src.fleetIssue],
    asOf: '2025-12-02',
    keywords: {
      en: ['hotpatchrestrictions', 'intel', 'amd', 'x64', 'intel laptops'],
      fr: ['hotpatchrestrictions', 'intel', 'amd', 'x64', 'portables intel'],
    },
    followUps: ['arm64-chpe'],
  },
  {
    id: 'telemetry-wlidsvc',
    intent: 'admin-setup',
    title: { en: 'Diagnostic data and the wlidsvc service', fr: 'Données de diagnostic et service wlidsvc' },
    body: {
      en: [
        'Yes, it matters. Intune quality update policies require telemetry (diagnostic data) at least "Required" and the Microsoft Account Sign-In Assistant service (wlidsvc) enabled and running; otherwise the policy (and hotpatch) won’t work.',
        'Devices must also be Intune-managed and Microsoft Entra joined or hybrid joined.',
      ],
      fr: [
        'Oui, cela compte. Les stratégies de mises à jour qualité Intune exigent une télémétrie (données de diagnostic) au minimum « Requise » et le service Assistant de connexion au compte Microsoft (wlidsvc) activé et démarré ; sinon la stratégie (et le hotpatch) ne fonctionne pas.',
        'Les appareils doivent aussi être gérés par Intune et joints à Microsoft Entra ou joints hybrides.',
      ],
    },
    commands: [{ label: { en: 'Service state', fr: 'État du service' }, code: 'Get-Service wlidsvc' }],
    factIds: ['HP-MGT-5'],
    sources: [src.intuneQuality],
    asOf: '2026-01-08',
    keywords: {
      en: ['telemetry', 'diagnostic data', 'wlidsvc', 'sign-in assistant', 'microsoft account sign-in assistant', 'required diagnostic'],
      fr: ['telemetrie', 'donnees de diagnostic', 'wlidsvc', 'assistant de connexion', 'assistant de connexion au compte microsoft'],
    },
    followUps: ['hybrid-join', 'admin-setup'],
  },
  {
    id: 'hybrid-join',
    intent: 'eligibility',
    title: { en: 'Hybrid joined devices and hotpatch', fr: 'Appareils joints hybrides et hotpatch' },
    body: {
      en: [
        'No, they are not excluded. Intune quality update policies support Intune-managed devices that are Microsoft Entra joined or Microsoft Entra hybrid joined.',
        'Some blogs say hybrid-joined devices fall back to the LCU; Microsoft’s doc says they are supported.',
        'A device joined only to on-premises Active Directory (not hybrid joined, not managed by Intune) is not on that list.',
      ],
      fr: [
        'Non, ils ne sont pas exclus. Les stratégies de mises à jour qualité Intune prennent en charge les appareils gérés par Intune joints à Microsoft Entra ou joints hybrides.',
        'Certains blogs affirment le contraire (repli sur la LCU) ; la documentation Microsoft indique qu’ils sont pris en charge.',
        'Un appareil joint seulement à l’Active Directory local (ni joint hybride, ni géré par Intune) n’en fait pas partie.',
      ],
    },
    factIds: ['HP-MGT-5', 'HP-MGT-8', 'CF-5'],
    sources: [src.intuneQuality, src.msendpointHybrid],
    asOf: '2026-01-08',
    keywords: {
      en: ['hybrid joined', 'hybrid join', 'hybrid', 'entra hybrid', 'azure ad hybrid'],
      fr: ['joint hybride', 'joints hybrides', 'hybride', 'joints hybrides microsoft entra', 'exclus', 'jonction hybride', 'entra hybride'],
    },
    followUps: ['telemetry-wlidsvc'],
  },
  {
    id: 'not-eligible-recommendation',
    intent: 'eligibility',
    title: { en: 'My device can’t get hotpatch: what now?', fr: 'Mon appareil ne peut pas avoir le hotpatch : que faire ?' },
    body: {
      en: [
        'Explain the blocking prerequisite (edition/licence/OS/VBS/CHPE/policy) and fix it where possible.',
        'If its Windows version is still serviced, the device keeps getting standard monthly updates (with restarts): the LCU every Patch Tuesday; if it is past its end of servicing (such as Windows 11 23H2, 24H2 Home/Pro, Windows 10 without ESU), it gets no update at all: upgrade it to a serviced version (25H2 or 26H2).',
        'On Windows 11 24H2 or later, enable Quick machine recovery (Settings > System > Recovery, Intune Remote Remediation, or reagentc) so boot failures can be remediated; it is off by default on Pro and Enterprise. Windows 10 and Windows 11 23H2 don’t have it.',
      ],
      fr: [
        'Expliquer le prérequis bloquant (édition/licence/OS/VBS/CHPE/stratégie) et le corriger si possible.',
        'Si sa version de Windows est encore maintenue, l’appareil continue de recevoir les mises à jour mensuelles classiques (avec redémarrage) : la LCU à chaque Patch Tuesday ; si elle est en fin de service (comme Windows 11 23H2, 24H2 Famille/Professionnel, Windows 10 sans ESU), il ne reçoit plus aucune mise à jour : passez à une version prise en charge (25H2 ou 26H2).',
        'Sur Windows 11 24H2 ou ultérieur, activer la récupération rapide de la machine (Quick machine recovery) : Paramètres > Système > Récupération, Intune Remote Remediation ou reagentc, pour corriger les échecs de démarrage ; elle est désactivée par défaut sur Professionnel et Entreprise. Windows 10 et Windows 11 23H2 ne l’ont pas.',
      ],
    },
    // LIFE-5 (2026-12-06): past end of servicing the advice is "upgrade", never "keep the monthly updates" — this topic
    // follows windows-10-and-23h2. QMR-1/6/7: Quick machine recovery exists from Windows 11 24H2 only.
    // The versions named ended before 2026-12-06 (LIFE-1/2/4), so the list stays true; "such as" because it grows.
    factIds: ['HP-INEL-1', 'HP-INEL-2', 'LIFE-5', 'LIFE-1', 'LIFE-2', 'LIFE-4', 'HP-OS-4', 'QMR-1', 'QMR-6', 'QMR-7', 'QMR-4', 'QMR-8', 'QMR-9', 'QMR-12'],
    sources: [src.autopatchHotpatch, src.secureByDesign, src.releaseInfo, src.qmr],
    asOf: '2026-12-06',
    hedge: {
      en: 'Organisations can buy Windows 10 ESU year by year to October 2028; a consumer extension to October 2027 is reported by one source only (LIFE-4).',
      fr: 'Les organisations peuvent acheter l’ESU Windows 10 année par année jusqu’en octobre 2028 ; une extension grand public jusqu’en octobre 2027 n’est rapportée que par une source (LIFE-4).',
    },
    keywords: {
      en: ['can t get hotpatch', 'what should i do', 'recommend', 'recommendation', 'alternative', 'instead of hotpatch'],
      fr: ['ne peut pas avoir le hotpatch', 'que faire', 'recommander', 'recommandation', 'alternative', 'a la place du hotpatch'],
    },
    followUps: ['qmr-enable-intune', 'why-not-offered'],
  },
];
