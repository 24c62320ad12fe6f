import type { KnowledgeTopic } from '../types';
import { src } from '../sources';

// Confusions CF-1, CF-3, CF-6. CF-2 → default-on-may-2026, CF-4 → hotpatch-rollback,
// CF-5 → hybrid-join, CF-7 → hotpatch-no-features.
export const confusionTopics: KnowledgeTopic[] = [
  {
    id: 'vbs-numbers-confusion',
    intent: 'how-to-check',
    title: { en: 'VBS "running" is 0 in Intune but 2 in WMI', fr: 'VBS « running » vaut 0 dans Intune mais 2 dans WMI' },
    body: {
      en: [
        'Intune/Graph enum deviceGuardVirtualizationBasedSecurityState: running = 0, rebootRequired = 1, require64BitArchitecture = 2, notLicensed = 3, notConfigured = 4, doesNotMeetHardwareRequirements = 5, other = 42.',
        'WMI Win32_DeviceGuard VirtualizationBasedSecurityStatus: 0 = not enabled, 1 = enabled but not running, 2 = enabled and running.',
        'So "2" means running on the PC but "require 64-bit architecture" in Intune.',
      ],
      fr: [
        'Énumération Intune/Graph deviceGuardVirtualizationBasedSecurityState : running = 0, rebootRequired = 1, require64BitArchitecture = 2, notLicensed = 3, notConfigured = 4, doesNotMeetHardwareRequirements = 5, other = 42.',
        'WMI Win32_DeviceGuard VirtualizationBasedSecurityStatus : 0 = non activée, 1 = activée mais pas en cours d’exécution, 2 = activée et en cours d’exécution.',
        'Donc « 2 » signifie en cours d’exécution sur le PC, mais « require 64-bit architecture » dans Intune.',
      ],
    },
    factIds: ['CF-1', 'G-MD-5', 'CHK-2'],
    sources: [src.graphVbsEnum, src.vbsDoc],
    asOf: '2026-11-25',
    keywords: {
      en: [
        'vbs 0',
        'vbs 2',
        '0 in intune',
        '2 on the pc',
        'intune vs wmi',
        'wmi',
        'vbs state value',
        'enum',
        'deviceguardvirtualizationbasedsecuritystate',
        'running is 0',
      ],
      fr: [
        'vbs 0',
        'vbs 2',
        '0 dans intune',
        '2 sur le pc',
        'intune ou wmi',
        'wmi',
        'valeur etat vbs',
        'enumeration',
        'deviceguardvirtualizationbasedsecuritystate',
        'running vaut 0',
      ],
    },
    followUps: ['check-vbs', 'graph-managed-devices'],
  },
  {
    id: 'hotpatch-cost-myth',
    intent: 'explain-hotpatch',
    title: { en: 'Does hotpatch cost extra?', fr: 'Le hotpatch est-il payant ?' },
    body: {
      en: [
        'No extra SKU for Windows 11: hotpatch is part of the listed Windows/Microsoft 365 entitlements (Enterprise E3/E5, Microsoft 365 F3, Education A3/A5, Microsoft 365 Business Premium, Windows 365 Enterprise) plus Intune Plan 1.',
        'Windows Server 2025 Arc hotpatch is at no extra cost now (Microsoft Learn); it was paid (USD 1.50 per core per month) from July 2025 to May 2026.',
      ],
      fr: [
        'Pas de SKU supplémentaire pour Windows 11 : le hotpatch fait partie des droits Windows/Microsoft 365 listés (Enterprise E3/E5, Microsoft 365 F3, Education A3/A5, Microsoft 365 Business Premium, Windows 365 Enterprise) avec Intune Plan 1.',
        'Le hotpatch Windows Server 2025 via Arc est sans coût supplémentaire aujourd’hui (Microsoft Learn) ; il était payant (1,50 USD par cœur et par mois) de juillet 2025 à mai 2026.',
      ],
    },
    factIds: ['CF-3', 'HP-LIC-1', 'HP-LIC-5', 'WS-3'],
    sources: [src.autopatchHotpatch, src.intuneQuality, src.serverArc, src.cloudservusArcFree],
    asOf: '2026-05-19',
    hedge: {
      en: 'Server pricing dates come from third parties citing the Azure Arc Blog.',
      fr: 'Les dates de tarification serveur proviennent de sources tierces citant le blog Azure Arc.',
    },
    keywords: {
      en: ['extra cost', 'does hotpatch cost', 'pay for hotpatch', 'price', 'paid', 'free'],
      fr: ['cout supplementaire', 'le hotpatch est il payant', 'payer le hotpatch', 'prix', 'payant', 'gratuit'],
    },
    followUps: ['hotpatch-licences', 'windows-server'],
  },
  {
    id: 'graph-naming-drift',
    intent: 'automation',
    title: { en: 'Graph property names that changed', fr: 'Noms de propriétés Graph qui ont changé' },
    body: {
      en: [
        'Product revisions: read isHotpatchUpdate (older docs said isHotpatchEnabled; samples show the string "false" — accept bool and string).',
        'Intune policies: windowsQualityUpdatePolicies (hotpatchEnabled) are not the older windowsQualityUpdateProfiles (expedite profiles).',
      ],
      fr: [
        'Révisions produit : lire isHotpatchUpdate (d’anciennes docs disaient isHotpatchEnabled ; les exemples montrent la chaîne "false" — accepter booléen et chaîne).',
        'Stratégies Intune : windowsQualityUpdatePolicies (hotpatchEnabled) ne sont pas l’ancien windowsQualityUpdateProfiles (profils d’accélération).',
      ],
    },
    factIds: ['CF-6', 'G-CAT-4', 'G-QUP-3'],
    sources: [src.graphProductRevision, src.graphQup],
    asOf: '2026-01-27',
    // G-CAT-4 is a documentation conflict.
    hedge: {
      en: 'Microsoft’s documentation has used both names; read isHotpatchUpdate and accept a boolean or a string.',
      fr: 'La documentation Microsoft a utilisé les deux noms ; lire isHotpatchUpdate et accepter un booléen ou une chaîne.',
    },
    keywords: {
      en: ['windowsqualityupdateprofiles', 'property name', 'renamed', 'naming', 'ishotpatchenabled vs ishotpatchupdate'],
      fr: ['windowsqualityupdateprofiles', 'nom de propriete', 'renomme', 'nommage'],
    },
    followUps: ['graph-catalog-hotpatch', 'graph-quality-update-policies'],
  },
];
