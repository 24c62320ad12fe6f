import type { AnswerUnit } from './types';
import { src } from '../sources';
import { both, unit } from './define';

// Microsoft Graph, one question each (issue 11, second batch): G-QUP-1/2/4, G-MD-1..7, G-CAT-2/3,
// G-RH-1..4, G-REP-3/4, CAL-NUM-3, CF-1, HP-MGT-2/3.

const GRAPH = 'https://graph.microsoft.com';

export const moreGraphUnits: AnswerUnit[] = [
  unit({
    id: 'graph-hotpatchenabled-false',
    intent: 'automation',
    product: 'graph',
    opener: 'fact',
    title: both('What hotpatchEnabled = false means', 'Ce que signifie hotpatchEnabled = false'),
    asks: both(
      [
        'What does hotpatchEnabled = false mean on a windowsQualityUpdatePolicy?',
        'hotpatchEnabled false cold patch Graph',
        'hotpatchEnabled true meaning in the Graph API',
      ],
      [
        'Que signifie hotpatchEnabled = false sur une windowsQualityUpdatePolicy ?',
        'hotpatchEnabled false cold patch Graph',
        'signification de hotpatchEnabled true dans l’API Graph',
      ],
    ),
    body: both(
      [
        'hotpatchEnabled = false means the policy’s devices get the "cold patch": the standard quality update with a restart; true means they apply quality updates without rebooting (hotpatch).',
        `Read it with GET ${GRAPH}/beta/deviceManagement/windowsQualityUpdatePolicies (beta only; DeviceManagementConfiguration.Read.All).`,
      ],
      [
        'hotpatchEnabled = false signifie que les appareils de la stratégie reçoivent le « cold patch » : la mise à jour qualité standard avec redémarrage ; true signifie qu’ils appliquent les mises à jour qualité sans redémarrer (hotpatch).',
        `Lecture : GET ${GRAPH}/beta/deviceManagement/windowsQualityUpdatePolicies (beta uniquement ; DeviceManagementConfiguration.Read.All).`,
      ],
    ),
    factIds: ['G-QUP-1', 'G-QUP-2'],
    sources: [src.graphQup, src.graphQupList],
    asOf: '2024-08-01',
    keywords: both(['hotpatchenabled', 'cold patch', 'false', 'true'], ['hotpatchenabled', 'cold patch']),
    followUps: ['graph-quality-update-policies'],
  }),
  unit({
    id: 'graph-qup-permission',
    intent: 'automation',
    product: 'graph',
    opener: 'fact',
    title: both('Permission to read quality update policies', 'Permission pour lire les stratégies de mises à jour qualité'),
    asks: both(
      [
        'Which Graph permission do I need to read windowsQualityUpdatePolicies?',
        'is DeviceManagementConfiguration.Read.All enough for hotpatch policies',
        'app registration permission quality update policies Graph',
      ],
      [
        'Quelle permission Graph faut-il pour lire windowsQualityUpdatePolicies ?',
        'DeviceManagementConfiguration.Read.All suffit-il pour les stratégies hotpatch ?',
        'permission d’application Graph stratégies de mises à jour qualité',
      ],
    ),
    body: both(
      [
        `DeviceManagementConfiguration.Read.All (least privileged; ReadWrite.All also works), delegated (work or school) or application, with an active Intune licence: GET ${GRAPH}/beta/deviceManagement/windowsQualityUpdatePolicies, then read hotpatchEnabled.`,
      ],
      [
        `DeviceManagementConfiguration.Read.All (le moins privilégié ; ReadWrite.All fonctionne aussi), déléguée (compte professionnel ou scolaire) ou application, avec une licence Intune active : GET ${GRAPH}/beta/deviceManagement/windowsQualityUpdatePolicies, puis lire hotpatchEnabled.`,
      ],
    ),
    factIds: ['G-QUP-2', 'G-QUP-1'],
    sources: [src.graphQupList, src.graphQup],
    asOf: '2024-08-01',
    keywords: both(
      ['permission', 'scope', 'devicemanagementconfiguration.read.all', 'app registration'],
      ['permission', 'etendue', 'devicemanagementconfiguration.read.all'],
    ),
    followUps: ['graph-quality-update-policies'],
  }),
  unit({
    id: 'graph-managed-device-permission',
    intent: 'automation',
    product: 'graph',
    opener: 'fact',
    title: both('Permission to read managed devices', 'Permission pour lire les appareils gérés'),
    asks: both(
      [
        'Which Graph permission do I need to read managedDevices?',
        'permission to list Intune devices and their osVersion',
        'DeviceManagementManagedDevices.Read.All managed devices',
      ],
      ['Quelle permission Graph faut-il pour lire managedDevices ?', 'permission pour lister les appareils Intune et leur osVersion'],
    ),
    body: both(
      [
        'DeviceManagementManagedDevices.Read.All (or ReadWrite.All); the beta Get also accepts DeviceManagementConfiguration.Read.All. An active Intune licence is required.',
      ],
      [
        'DeviceManagementManagedDevices.Read.All (ou ReadWrite.All) ; le Get en beta accepte aussi DeviceManagementConfiguration.Read.All. Une licence Intune active est nécessaire.',
      ],
    ),
    factIds: ['G-MD-6'],
    sources: [src.graphMdGet],
    asOf: '2024-08-01',
    keywords: both(
      ['permission', 'devicemanagementmanageddevices.read.all', 'managed devices'],
      ['permission', 'devicemanagementmanageddevices.read.all', 'appareils geres'],
    ),
    followUps: ['graph-managed-devices'],
  }),
  unit({
    id: 'graph-device-got-hotpatch',
    intent: 'automation',
    product: 'graph',
    opener: 'fact',
    title: both('Did a device get the hotpatch? (Graph)', 'Un appareil a-t-il reçu le hotpatch ? (Graph)'),
    asks: both(
      [
        'How can I tell from Graph whether a device got this month’s hotpatch?',
        'per-device hotpatch status with the Graph API',
        'Graph: compare managedDevice osVersion with the isHotpatchUpdate revision',
      ],
      [
        'Comment savoir via Graph si un appareil a reçu le hotpatch du mois ?',
        'état hotpatch par appareil avec l’API Graph',
        'Graph : comparer osVersion de l’appareil à la révision isHotpatchUpdate',
      ],
    ),
    body: both(
      [
        'Compare the device’s osVersion (managedDevice.osVersion, e.g. 10.0.26100.7781 → UBR 7781) with the month’s catalog product revisions where isHotpatchUpdate = true: a match means the device is on the hotpatch build.',
        `Revisions: GET ${GRAPH}/beta/admin/windows/updates/catalog/entries with $expand=microsoft.graph.windowsUpdates.qualityUpdateCatalogEntry/productRevisions.`,
      ],
      [
        'Comparer osVersion de l’appareil (managedDevice.osVersion, par ex. 10.0.26100.7781 → UBR 7781) aux révisions produit du catalogue du mois dont isHotpatchUpdate = true : une correspondance signifie que l’appareil est sur la build hotpatch.',
        `Révisions : GET ${GRAPH}/beta/admin/windows/updates/catalog/entries avec $expand=microsoft.graph.windowsUpdates.qualityUpdateCatalogEntry/productRevisions.`,
      ],
    ),
    factIds: ['G-REP-4', 'G-MD-1', 'G-CAT-3', 'CAL-NUM-3'],
    sources: [src.graphMdV1, src.graphProductRevision, src.graphCatalogList],
    asOf: '2026-01-27',
    keywords: both(['osversion', 'ubr', 'per device', 'script', 'ishotpatchupdate'], ['osversion', 'ubr', 'par appareil', 'script']),
    followUps: ['graph-catalog-hotpatch', 'graph-report-export'],
  }),
  unit({
    id: 'graph-report-export',
    intent: 'automation',
    product: 'graph',
    opener: 'no',
    title: both('Export the hotpatch report with Graph?', 'Exporter le rapport hotpatch avec Graph ?'),
    asks: both(
      ['Can I export the Hotpatch quality updates report with Graph?', 'hotpatch report export API reportName', 'exportJobs hotpatch report name'],
      ['Peut-on exporter le rapport Hotpatch quality updates avec Graph ?', 'nom de rapport exportJobs pour le hotpatch'],
    ),
    body: both(
      [
        'No: no documented Graph export-job report name was found for the Hotpatch quality updates report. Documented Windows update exports are QualityUpdateDeviceStatusByPolicy, QualityUpdateDeviceErrorsByPolicy, QualityUpdatePolicyStatusSummary, FeatureUpdateDeviceState and WindowsUpdatePerPolicyPerDeviceStatus.',
        'To script hotpatch status, compare device osVersion with the hotpatch product revisions (isHotpatchUpdate = true).',
      ],
      [
        'Non : aucun nom de rapport d’export Graph documenté n’a été trouvé pour le rapport Hotpatch quality updates. Les exports Windows Update documentés sont QualityUpdateDeviceStatusByPolicy, QualityUpdateDeviceErrorsByPolicy, QualityUpdatePolicyStatusSummary, FeatureUpdateDeviceState et WindowsUpdatePerPolicyPerDeviceStatus.',
        'Pour scripter l’état hotpatch, comparer osVersion des appareils aux révisions produit hotpatch (isHotpatchUpdate = true).',
      ],
    ),
    factIds: ['G-REP-3', 'G-REP-4'],
    sources: [src.exportReports, src.hotpatchReport],
    asOf: '2026-11-25',
    hedge: both(
      'Not documented as of 2026-11-25: an undocumented report name may exist.',
      'Non documenté au 25/11/2026 : un nom de rapport non documenté peut exister.',
    ),
    keywords: both(['export', 'exportjobs', 'reportname', 'report api'], ['export', 'exportjobs', 'api de rapport']),
    followUps: ['graph-device-got-hotpatch', 'hotpatch-report'],
  }),
  unit({
    id: 'graph-tenant-default',
    intent: 'automation',
    product: 'graph',
    opener: 'no',
    title: both('Read the tenant hotpatch default from Graph?', 'Lire le paramètre hotpatch du locataire via Graph ?'),
    asks: both(
      [
        'Can I read the tenant-level hotpatch setting from Graph?',
        'Graph property for Autopatch tenant settings hotpatch',
        'API for the tenant default hotpatch Allow or Block',
      ],
      ['Peut-on lire le paramètre hotpatch du locataire via Graph ?', 'propriété Graph des paramètres de locataire Autopatch hotpatch'],
    ),
    body: both(
      [
        'No: no documented Graph property exposes the tenant-level hotpatch default (Tenant administration > Windows Autopatch > Tenant management > Tenant settings); check it in the Intune admin center.',
        'A device in no quality update policy follows that default: Allow since May 2026 unless the admin opted out.',
      ],
      [
        'Non : aucune propriété Graph documentée n’expose le paramètre hotpatch du locataire (Administration du locataire > Windows Autopatch > Tenant management > Tenant settings) ; vérifiez-le dans le centre d’administration Intune.',
        'Un appareil hors de toute stratégie de mises à jour qualité suit ce paramètre : Autoriser depuis mai 2026, sauf refus de l’administrateur.',
      ],
    ),
    factIds: ['G-QUP-4', 'HP-MGT-2', 'HP-MGT-3'],
    sources: [src.graphQup, src.intuneHotpatch],
    asOf: '2026-11-25',
    hedge: both(
      'No documented property was found; the bot cannot read the tenant default with certainty.',
      'Aucune propriété documentée n’a été trouvée ; le bot ne peut pas lire le paramètre du locataire avec certitude.',
    ),
    keywords: both(['tenant setting', 'tenant default', 'tenant level'], ['parametre du locataire', 'locataire', 'tenant']),
    followUps: ['tenant-default-vs-policy', 'graph-quality-update-policies'],
  }),
  unit({
    id: 'graph-beta-production',
    intent: 'automation',
    product: 'graph',
    opener: 'no',
    title: both('Graph beta in production?', 'Graph beta en production ?'),
    asks: both(
      [
        'Can I use the Graph beta endpoint for hotpatch reporting in production?',
        'is /beta supported in production',
        'beta API subject to change Intune hotpatch',
      ],
      ['Peut-on utiliser le point de terminaison beta de Graph en production pour le hotpatch ?', '/beta est-il pris en charge en production ?'],
    ),
    body: both(
      [
        'No, not officially: Graph beta APIs are subject to change and production use is not supported (Intune beta is "supported … at your own discretion"); yet windowsQualityUpdatePolicies, hardwareInformation, skuFamily and processorArchitecture exist only in beta.',
        'Use v1.0 where it is enough (managedDevices osVersion) and make beta calls tolerant of changes.',
      ],
      [
        'Non, pas officiellement : les API beta de Graph peuvent changer et leur usage en production n’est pas pris en charge (la beta Intune est « prise en charge … à votre discrétion ») ; or windowsQualityUpdatePolicies, hardwareInformation, skuFamily et processorArchitecture n’existent qu’en beta.',
        'Utilisez la v1.0 quand elle suffit (osVersion de managedDevices) et rendez les appels beta tolérants aux changements.',
      ],
    ),
    factIds: ['G-MD-7', 'G-MD-1', 'G-MD-2', 'G-QUP-1'],
    sources: [src.graphMdBeta, src.graphQup],
    asOf: '2026-11-25',
    keywords: both(['beta', 'production', 'subject to change', 'v1.0'], ['beta', 'production', 'susceptible de changer']),
    followUps: ['automation'],
  }),
  unit({
    id: 'graph-known-issues-by-kb',
    intent: 'automation',
    product: 'graph',
    opener: 'fact',
    title: both('Known issues of one KB through Graph', 'Problèmes connus d’un KB via Graph'),
    asks: both(
      ['How do I find the known issues of a specific KB through Graph?', 'findByKbNumber Graph', 'known issues for a KB number API'],
      ['Comment trouver les problèmes connus d’un KB précis via Graph ?', 'findByKbNumber Graph', 'API problèmes connus d’un numéro de KB'],
    ),
    body: both(
      [
        'GET /beta/admin/windows/updates/products/findByKbNumber(kbNumber={n}) finds the product of that KB; then call getKnownIssuesByTimeRange(daysInPast=…,includeAllActive=true) on it (or expand knownIssues) and match originatingKnowledgeBaseArticle / resolvingKnowledgeBaseArticle.',
        'Permission: WindowsUpdates.ReadWrite.All (no lower option documented).',
      ],
      [
        'GET /beta/admin/windows/updates/products/findByKbNumber(kbNumber={n}) trouve le produit de ce KB ; appelez ensuite getKnownIssuesByTimeRange(daysInPast=…,includeAllActive=true) (ou développez knownIssues) et comparez originatingKnowledgeBaseArticle / resolvingKnowledgeBaseArticle.',
        'Permission : WindowsUpdates.ReadWrite.All (aucune option inférieure documentée).',
      ],
    ),
    factIds: ['G-RH-2', 'G-RH-3', 'G-RH-4', 'G-RH-1'],
    sources: [src.graphKnownIssues, src.graphKnownIssue, src.graphProduct],
    asOf: '2026-11-25',
    keywords: both(['findbykbnumber', 'known issue', 'kb number', 'release health'], ['findbykbnumber', 'probleme connu', 'numero de kb']),
    followUps: ['graph-known-issues'],
  }),
  unit({
    id: 'graph-vbs-blocker',
    intent: 'automation',
    product: 'graph',
    opener: 'fact',
    title: both('Why VBS can’t run, from Graph', 'Pourquoi VBS ne peut pas tourner, via Graph'),
    asks: both(
      [
        'How do I see in Graph why VBS can’t run on a device?',
        'deviceGuardVirtualizationBasedSecurityHardwareRequirementState values',
        'secureBootRequired dmaProtectionRequired meaning',
      ],
      [
        'Comment voir dans Graph pourquoi VBS ne peut pas tourner sur un appareil ?',
        'valeurs de deviceGuardVirtualizationBasedSecurityHardwareRequirementState',
      ],
    ),
    body: both(
      [
        'Read hardwareInformation.deviceGuardVirtualizationBasedSecurityHardwareRequirementState (beta, single-device GET with $select=hardwareInformation): meetHardwareRequirements, or the blocker — secureBootRequired, dmaProtectionRequired, hyperVNotSupportedForGuestVM, hyperVNotAvailable.',
        'deviceGuardVirtualizationBasedSecurityState gives the state itself: running = 0 in this enum, while WMI uses 2 for running.',
      ],
      [
        'Lire hardwareInformation.deviceGuardVirtualizationBasedSecurityHardwareRequirementState (beta, GET d’un appareil avec $select=hardwareInformation) : meetHardwareRequirements, ou le blocage — secureBootRequired, dmaProtectionRequired, hyperVNotSupportedForGuestVM, hyperVNotAvailable.',
        'deviceGuardVirtualizationBasedSecurityState donne l’état lui-même : running = 0 dans cette énumération, alors que WMI utilise 2 pour « en cours d’exécution ».',
      ],
    ),
    factIds: ['G-MD-4', 'G-MD-3', 'G-MD-5', 'CF-1'],
    sources: [src.graphHwInfo, src.graphVbsEnum, src.graphMdBeta],
    asOf: '2024-08-01',
    keywords: both(
      ['hardware requirement', 'securebootrequired', 'dmaprotectionrequired', 'hypervnotavailable'],
      ['exigence materielle', 'securebootrequired', 'dmaprotectionrequired'],
    ),
    followUps: ['vbs-numbers-confusion', 'graph-hardware-information-single-get'],
  }),
  unit({
    id: 'graph-device-edition',
    intent: 'automation',
    product: 'graph',
    opener: 'fact',
    title: both('A device’s Windows edition from Graph', 'L’édition Windows d’un appareil via Graph'),
    asks: both(
      [
        'How do I get a device’s Windows edition (Pro or Enterprise) from Graph?',
        'skuFamily Enterprise Pro Graph',
        'operatingSystemEdition hardwareInformation',
        'subscription activation status in Graph deviceLicensingStatus',
      ],
      [
        'Comment obtenir l’édition Windows d’un appareil (Professionnel ou Entreprise) via Graph ?',
        'skuFamily Entreprise Professionnel Graph',
        'operatingSystemEdition hardwareInformation',
      ],
    ),
    body: both(
      [
        'In beta: managedDevice.skuFamily (and skuNumber, the GetProductInfo value), or hardwareInformation.operatingSystemEdition on a single-device GET with $select; v1.0 exposes neither.',
        'hardwareInformation.deviceLicensingStatus shows the subscription-activation status (e.g. deviceLicenseRefreshSucceed).',
      ],
      [
        'En beta : managedDevice.skuFamily (et skuNumber, la valeur GetProductInfo), ou hardwareInformation.operatingSystemEdition avec un GET d’un appareil et $select ; la v1.0 n’expose ni l’un ni l’autre.',
        'hardwareInformation.deviceLicensingStatus indique l’état de l’activation par abonnement (par ex. deviceLicenseRefreshSucceed).',
      ],
    ),
    factIds: ['G-MD-2', 'G-MD-4', 'G-MD-1', 'G-MD-3'],
    sources: [src.graphMdBeta, src.graphHwInfo],
    asOf: '2024-08-01',
    keywords: both(
      ['edition', 'skufamily', 'skunumber', 'operatingsystemedition', 'devicelicensingstatus'],
      ['edition', 'skufamily', 'operatingsystemedition'],
    ),
    followUps: ['graph-managed-devices'],
  }),
  unit({
    id: 'graph-revision-kb',
    intent: 'automation',
    product: 'graph',
    opener: 'fact',
    title: both('The KB of a build in Graph', 'Le KB d’une build dans Graph'),
    asks: both(
      ['How do I get the KB number of a hotpatch build in Graph?', 'productRevision knowledgeBaseArticle', 'map a build UBR to its KB with Graph'],
      ['Comment obtenir le numéro de KB d’une build hotpatch dans Graph ?', 'productRevision knowledgeBaseArticle', 'associer un UBR à son KB avec Graph'],
    ),
    body: both(
      [
        'Each productRevision (id such as 10.0.26100.2033) has a knowledgeBaseArticle relationship {id: "KB…", url}, plus osBuild (buildNumber, updateBuildRevision), version (e.g. "24H2") and isHotpatchUpdate.',
      ],
      [
        'Chaque productRevision (id comme 10.0.26100.2033) a une relation knowledgeBaseArticle {id: "KB…", url}, ainsi que osBuild (buildNumber, updateBuildRevision), version (par ex. "24H2") et isHotpatchUpdate.',
      ],
    ),
    factIds: ['G-CAT-3', 'CAL-NUM-3'],
    sources: [src.graphProductRevision],
    asOf: '2026-01-27',
    keywords: both(['knowledgebasearticle', 'productrevision', 'kb number', 'osbuild'], ['knowledgebasearticle', 'productrevision', 'numero de kb']),
    followUps: ['graph-catalog-hotpatch'],
  }),
  unit({
    id: 'graph-cve-severity',
    intent: 'automation',
    product: 'graph',
    opener: 'yes',
    title: both('CVE severity in the Windows updates catalog', 'Gravité des CVE dans le catalogue Windows updates'),
    asks: both(
      [
        'Does the Windows updates catalog show CVE severity and exploited CVEs?',
        'cveSeverityInformation exploitedCves',
        'max CVSS score of a monthly update in Graph',
      ],
      ['Le catalogue Windows updates indique-t-il la gravité des CVE et les CVE exploitées ?', 'cveSeverityInformation exploitedCves'],
    ),
    body: both(
      [
        'Yes: each qualityUpdateCatalogEntry has cveSeverityInformation with maxSeverity, maxBaseScore and exploitedCves, next to releaseDateTime, qualityUpdateClassification and shortName (e.g. "2024.10 B").',
      ],
      [
        'Oui : chaque qualityUpdateCatalogEntry porte cveSeverityInformation avec maxSeverity, maxBaseScore et exploitedCves, à côté de releaseDateTime, qualityUpdateClassification et shortName (par ex. "2024.10 B").',
      ],
    ),
    factIds: ['G-CAT-2'],
    sources: [src.catalogEntry],
    asOf: '2026-01-27',
    keywords: both(['cve', 'severity', 'cvss', 'exploitedcves', 'maxbasescore'], ['cve', 'gravite', 'cvss', 'exploitedcves']),
    followUps: ['graph-catalog-hotpatch'],
  }),
];
