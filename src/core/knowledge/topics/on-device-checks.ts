import type { KnowledgeTopic } from '../types';
import { src } from '../sources';

// On-device checks CHK-1..CHK-9; commands are copied verbatim.
export const onDeviceCheckTopics: KnowledgeTopic[] = [
  {
    id: 'how-to-check',
    intent: 'how-to-check',
    title: { en: 'Check on the PC that hotpatch works', fr: 'Vérifier sur le PC que le hotpatch fonctionne' },
    body: {
      en: [
        '1. Policy received: Settings > Windows Update > Advanced options > Configured update policies shows "Enable hotpatching when available".',
        '2. Enrolled: in Event Viewer, search "AllowRebootlessUpdates": an enrolled device shows "Update/AllowRebootlessUpdates":true, "isEnrolled": 1, "isCached": 1, "vbsState": 2.',
        '3. Received: Settings > Windows Update > Update history lists the month’s Hotpatch KB (e.g. "Hotpatch KB5077212"), and winver shows the hotpatch build (lower than the standard build of the month).',
        'Centrally: the Hotpatch quality updates report in Intune ("Hotpatched" column).',
      ],
      fr: [
        '1. Stratégie reçue : Paramètres > Windows Update > Options avancées > Stratégies de mise à jour configurées affiche « Enable hotpatching when available ».',
        'Libellés anglais : Settings > Windows Update > Advanced options > Configured update policies ; Update history.',
        '2. Inscription : dans l’Observateur d’événements, rechercher « AllowRebootlessUpdates » : un appareil inscrit affiche "Update/AllowRebootlessUpdates":true, "isEnrolled": 1, "isCached": 1, "vbsState": 2 (isEnrolled 1, vbsState 2).',
        '3. Réception : Paramètres > Windows Update > Historique des mises à jour montre le KB Hotpatch du mois (par ex. « Hotpatch KB5077212 »), et winver la build hotpatch (plus basse que la build standard du mois).',
        'Pour tout le parc : le rapport Intune « Hotpatch quality updates » (colonne « Hotpatched »).',
      ],
    },
    commands: [{ label: { en: 'Windows version and build', fr: 'Version et build de Windows' }, code: 'winver' }],
    factIds: ['CHK-3', 'CHK-4', 'CHK-8', 'HP-MGT-7', 'G-REP-1'],
    sources: [src.intuneHotpatch, src.hotpatchReport, src.kb5077212],
    asOf: '2026-01-13',
    keywords: {
      en: [
        'how do i check',
        'how to check',
        'check if hotpatch',
        'hotpatch status',
        'confirm * hotpatch',
        'make sure hotpatch',
        'actually installed',
        'check on the pc',
        'verify',
        'is it enrolled',
        'received a hotpatch',
        'event viewer',
        'configured update policies',
        'update history',
      ],
      fr: [
        'comment verifier',
        'comment savoir si * hotpatch',
        'comment je vois',
        'bien eu le hotpatch',
        'bien installe',
        'hotpatch est active',
        'confirme * hotpatch',
        'verifier sur le pc',
        'verifier',
        'est il inscrit',
        'recu un hotpatch',
        'observateur d evenements',
        'strategies de mise a jour configurees',
        'historique des mises a jour',
      ],
    },
    followUps: ['check-vbs', 'check-hotpatch-errors', 'hotpatch-report'],
  },
  {
    id: 'check-vbs',
    intent: 'how-to-check',
    title: { en: 'Check that VBS is running', fr: 'Vérifier que VBS est en cours d’exécution' },
    body: {
      en: [
        'GUI: run msinfo32 → System Summary → "Virtualization-based security" must read Running.',
        'PowerShell: Win32_DeviceGuard VirtualizationBasedSecurityStatus: 0 = not enabled, 1 = enabled but not running, 2 = enabled and running. SecurityServicesRunning lists services (1 = Credential Guard, 2 = memory integrity/HVCI).',
        'Careful: Intune’s Graph enum uses 0 for running, WMI uses 2 for running.',
      ],
      fr: [
        'Interface : lancer msinfo32 → Résumé système → « Sécurité basée sur la virtualisation » doit indiquer En cours d’exécution (Running).',
        'PowerShell : Win32_DeviceGuard VirtualizationBasedSecurityStatus : 0 = non activée, 1 = activée mais pas en cours d’exécution, 2 = activée et en cours d’exécution. SecurityServicesRunning liste les services (1 = Credential Guard, 2 = intégrité de la mémoire/HVCI).',
        'Attention : l’énumération Graph d’Intune utilise 0 pour « running », WMI utilise 2.',
      ],
    },
    commands: [
      { label: { en: 'System Information', fr: 'Informations système' }, code: 'msinfo32' },
      {
        label: { en: 'VBS status (2 = running)', fr: 'État VBS (2 = en cours d’exécution)' },
        code: 'Get-CimInstance -ClassName Win32_DeviceGuard -Namespace root\\Microsoft\\Windows\\DeviceGuard | Select-Object VirtualizationBasedSecurityStatus, SecurityServicesRunning',
      },
    ],
    factIds: ['CHK-1', 'CHK-2', 'HP-VBS-2', 'CF-1'],
    sources: [src.vbsDoc, src.intuneHotpatch],
    asOf: '2026-01-13',
    keywords: {
      en: [
        'check vbs',
        'is vbs running',
        'vbs is running',
        'vbs running',
        'verify vbs',
        'vbs with powershell',
        'msinfo32',
        'win32_deviceguard',
        'virtualizationbasedsecuritystatus',
        'vbs status',
      ],
      fr: [
        'verifier vbs',
        'vbs tourne',
        'vbs est il actif',
        'vbs est actif',
        'vbs actif',
        'vbs avec powershell',
        'msinfo32',
        'win32_deviceguard',
        'virtualizationbasedsecuritystatus',
        'etat vbs',
      ],
    },
    followUps: ['vbs-requirement', 'vbs-numbers-confusion'],
  },
  {
    id: 'check-hotpatch-errors',
    intent: 'how-to-check',
    title: { en: 'Hotpatch errors and the policy registry value', fr: 'Erreurs hotpatch et valeur de registre de la stratégie' },
    body: {
      en: [
        'Errors: open Event Viewer and filter on "hotpatch": the inbox hotpatch monitor service logs to the Application log. After a critical error the device installs the standard LCU.',
        'Registry (community check, not documented by Microsoft): HKLM\\SOFTWARE\\Microsoft\\PolicyManager\\current\\device\\Update → AllowRebootlessUpdates = 1 when the policy is applied.',
      ],
      fr: [
        'Erreurs : ouvrir l’Observateur d’événements et filtrer sur « hotpatch » : le service de surveillance hotpatch intégré écrit dans le journal Application. Après une erreur critique, l’appareil installe la LCU standard.',
        'Registre (vérification communautaire, non documentée par Microsoft) : HKLM\\SOFTWARE\\Microsoft\\PolicyManager\\current\\device\\Update → AllowRebootlessUpdates = 1 quand la stratégie est appliquée.',
      ],
    },
    commands: [
      {
        label: { en: 'Policy value (community check)', fr: 'Valeur de la stratégie (vérification communautaire)' },
        code: 'reg query "HKLM\\SOFTWARE\\Microsoft\\PolicyManager\\current\\device\\Update" /v AllowRebootlessUpdates',
      },
      {
        label: { en: 'Hotpatch events in the Application log', fr: 'Événements hotpatch du journal Application' },
        code: "Get-WinEvent -LogName Application | Where-Object { $_.Message -match 'hotpatch' } | Select-Object -First 20 TimeCreated, Id, Message",
      },
    ],
    factIds: ['CHK-5', 'CHK-6', 'HP-INEL-3'],
    sources: [src.intuneHotpatch, src.fleetIssue],
    asOf: '2026-01-13',
    keywords: {
      en: ['hotpatch errors', 'error log', 'application log', 'allowrebootlessupdates', 'registry', 'policymanager'],
      fr: ['erreurs hotpatch', 'journal d erreurs', 'journal application', 'allowrebootlessupdates', 'registre', 'policymanager'],
    },
    followUps: ['how-to-check', 'why-not-offered'],
  },
  {
    id: 'check-chpe',
    intent: 'how-to-check',
    title: { en: 'Check CHPE on Arm64', fr: 'Vérifier CHPE sur Arm64' },
    body: {
      en: ['On Arm64, query HotPatchRestrictions: it must be 0x1 (CHPE disabled) for hotpatch. The value is ignored on x64.'],
      fr: ['Sur Arm64, lire HotPatchRestrictions : la valeur doit être 0x1 (CHPE désactivé) pour le hotpatch. Elle est ignorée sur x64.'],
    },
    commands: [
      {
        label: { en: 'Expect 0x1', fr: 'Attendu : 0x1' },
        code: 'reg query "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Memory Management" /v HotPatchRestrictions',
      },
    ],
    factIds: ['CHK-7', 'HP-CPU-2', 'HP-CPU-4'],
    sources: [src.autopatchHotpatch, src.intuneHotpatch],
    asOf: '2025-07-04',
    keywords: {
      en: ['check chpe', 'is chpe disabled', 'query hotpatchrestrictions', 'verify chpe'],
      fr: ['verifier chpe', 'controler chpe', 'chpe est desactive', 'chpe desactive', 'lire hotpatchrestrictions'],
    },
    followUps: ['arm64-chpe'],
  },
  {
    id: 'check-qmr-state',
    intent: 'how-to-check',
    title: { en: 'Check Quick machine recovery on a device', fr: 'Vérifier la récupération rapide de la machine sur un appareil' },
    body: {
      en: [
        'Run reagentc /getrecoverysettings: it shows the CloudRemediation and AutoRemediation state.',
        'WinRE must be enabled: reagentc /info shows its status.',
      ],
      fr: [
        'Lancer reagentc /getrecoverysettings : la commande affiche l’état de CloudRemediation et AutoRemediation.',
        'WinRE doit être activé : reagentc /info affiche son état.',
      ],
    },
    commands: [
      { label: { en: 'QMR settings', fr: 'Paramètres QMR' }, code: 'reagentc /getrecoverysettings' },
      { label: { en: 'WinRE status', fr: 'État de WinRE' }, code: 'reagentc /info' },
    ],
    factIds: ['CHK-9', 'QMR-12'],
    sources: [src.qmr],
    asOf: '2025-06-02',
    keywords: {
      en: ['check qmr', 'getrecoverysettings', 'reagentc info', 'is qmr enabled', 'winre enabled'],
      fr: ['verifier qmr', 'getrecoverysettings', 'reagentc info', 'qmr est il active', 'winre active'],
    },
    followUps: ['what-is-qmr', 'qmr-test-mode'],
  },
];
