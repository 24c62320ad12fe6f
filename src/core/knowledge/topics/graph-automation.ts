import type { KnowledgeTopic } from '../types';
import { src } from '../sources';

// Microsoft Graph / automation (G-QUP, G-WU, G-CAT, G-RH, G-MD, G-REP).
const GRAPH = 'https://graph.microsoft.com';

export const graphAutomationTopics: KnowledgeTopic[] = [
  {
    id: 'automation',
    intent: 'automation',
    title: { en: 'Automating hotpatch checks with Microsoft Graph', fr: 'Automatiser les vérifications hotpatch avec Microsoft Graph' },
    body: {
      en: [
        'What Graph can tell you (most of it in /beta only: subject to change, production use not supported):',
        '• Policies: /beta/deviceManagement/windowsQualityUpdatePolicies → hotpatchEnabled (DeviceManagementConfiguration.Read.All).',
        '• Devices: /v1.0/deviceManagement/managedDevices (osVersion), /beta for skuFamily, processorArchitecture, joinType, hardwareInformation (DeviceManagementManagedDevices.Read.All).',
        '• Catalog: /beta/admin/windows/updates/catalog/entries; hotpatch is flagged on productRevision.isHotpatchUpdate.',
        '• Known issues: /beta/admin/windows/updates/products/{id}/getKnownIssuesByTimeRange (WindowsUpdates.ReadWrite.All).',
        'Not available: the tenant-level hotpatch default and a Graph export of the Hotpatch quality updates report.',
      ],
      fr: [
        'Ce que Graph permet de lire (surtout en /beta : susceptible de changer, non pris en charge en production) :',
        '• Stratégies : /beta/deviceManagement/windowsQualityUpdatePolicies → hotpatchEnabled (DeviceManagementConfiguration.Read.All).',
        '• Appareils : /v1.0/deviceManagement/managedDevices (osVersion), /beta pour skuFamily, processorArchitecture, joinType, hardwareInformation (DeviceManagementManagedDevices.Read.All).',
        '• Catalogue : /beta/admin/windows/updates/catalog/entries ; le hotpatch est signalé par productRevision.isHotpatchUpdate.',
        '• Problèmes connus : /beta/admin/windows/updates/products/{id}/getKnownIssuesByTimeRange (WindowsUpdates.ReadWrite.All).',
        'Non disponible : le paramètre hotpatch du locataire et un export Graph du rapport « Hotpatch quality updates ».',
      ],
    },
    factIds: ['G-QUP-1', 'G-QUP-2', 'G-MD-1', 'G-MD-2', 'G-CAT-3', 'G-RH-2', 'G-MD-7', 'G-QUP-4', 'G-REP-3'],
    sources: [src.graphQupList, src.graphMdBeta, src.graphCatalogList, src.graphKnownIssues],
    asOf: '2026-11-25',
    hedge: {
      en: 'No Graph API was found for the tenant-level hotpatch default or for the Hotpatch quality updates report.',
      fr: 'Aucune API Graph n’a été trouvée pour le paramètre hotpatch du locataire ni pour le rapport « Hotpatch quality updates ».',
    },
    keywords: {
      en: [
        'graph',
        'microsoft graph',
        'graph api',
        'automate',
        'automation',
        'powershell script',
        'powershell cmdlet',
        'cmdlet',
        'powershell graph',
        'rest api',
        'graph query',
        'an api',
        'api to',
        'power automate',
      ],
      fr: [
        'graph',
        'microsoft graph',
        'api graph',
        'automatiser',
        'automatisation',
        'script powershell',
        'cmdlet',
        'api rest',
        'requete graph',
        'une api',
        'power automate',
      ],
    },
    followUps: ['graph-quality-update-policies', 'graph-managed-devices', 'graph-catalog-hotpatch'],
  },
  {
    id: 'graph-quality-update-policies',
    intent: 'automation',
    title: { en: 'Graph: is hotpatch enabled in a policy?', fr: 'Graph : le hotpatch est-il activé dans une stratégie ?' },
    body: {
      en: [
        `GET ${GRAPH}/beta/deviceManagement/windowsQualityUpdatePolicies (beta only) and read hotpatchEnabled (true/false); assignments via /windowsQualityUpdatePolicies/{id}/assignments.`,
        'Permission: DeviceManagementConfiguration.Read.All (least privileged; ReadWrite.All also works), delegated or application; requires an active Intune licence.',
        'Not to be confused with the older windowsQualityUpdateProfiles (expedite profiles). The tenant-level default is not exposed in Graph: a device in no policy follows the tenant default (Allow since May 2026 unless the admin opted out).',
      ],
      fr: [
        `GET ${GRAPH}/beta/deviceManagement/windowsQualityUpdatePolicies (beta uniquement), propriété hotpatchEnabled (true/false) ; affectations via /windowsQualityUpdatePolicies/{id}/assignments.`,
        'Permission : DeviceManagementConfiguration.Read.All (le moins privilégié ; ReadWrite.All fonctionne aussi), déléguée ou application ; nécessite une licence Intune active.',
        'À ne pas confondre avec l’ancien windowsQualityUpdateProfiles (profils d’accélération). Le paramètre du locataire n’est pas exposé dans Graph : un appareil hors stratégie suit le paramètre du locataire (Autoriser depuis mai 2026 sauf refus de l’administrateur).',
      ],
    },
    commands: [
      { label: { en: 'List policies', fr: 'Lister les stratégies' }, code: `GET ${GRAPH}/beta/deviceManagement/windowsQualityUpdatePolicies` },
      {
        label: { en: 'Policy assignments', fr: 'Affectations d’une stratégie' },
        code: `GET ${GRAPH}/beta/deviceManagement/windowsQualityUpdatePolicies/{id}/assignments`,
      },
    ],
    factIds: ['G-QUP-1', 'G-QUP-2', 'G-QUP-3', 'G-QUP-4'],
    sources: [src.graphQup, src.graphQupList],
    asOf: '2024-08-01',
    hedge: {
      en: 'No documented Graph property was found for the tenant-level hotpatch default: the bot cannot read it with certainty.',
      fr: 'Aucune propriété Graph documentée n’a été trouvée pour le paramètre hotpatch du locataire : le bot ne peut pas le lire avec certitude.',
    },
    keywords: {
      en: [
        'windowsqualityupdatepolicies',
        'hotpatchenabled',
        'graph call',
        'graph endpoint',
        'endpoint',
        'policy has hotpatch enabled',
        'quality update policy api',
      ],
      fr: ['windowsqualityupdatepolicies', 'hotpatchenabled', 'appel graph', 'point de terminaison graph', 'strategie a le hotpatch active'],
    },
    followUps: ['graph-managed-devices', 'tenant-default-vs-policy'],
  },
  {
    id: 'graph-managed-devices',
    intent: 'automation',
    title: { en: 'Graph: device data for eligibility', fr: 'Graph : données d’appareil pour l’éligibilité' },
    body: {
      en: [
        'No — v1.0 exposes operatingSystem and osVersion (e.g. 10.0.26100.7781) but not processorArchitecture, skuFamily, joinType or hardwareInformation.',
        'Use /beta and a single-device GET with $select=hardwareInformation (the list call returns default values for hardwareInformation).',
        'hardwareInformation gives operatingSystemEdition, deviceGuardVirtualizationBasedSecurityState (running = 0 in this enum) and deviceGuardVirtualizationBasedSecurityHardwareRequirementState.',
        'Permission: DeviceManagementManagedDevices.Read.All.',
      ],
      fr: [
        'Non — la v1.0 expose operatingSystem et osVersion (par ex. 10.0.26100.7781) mais pas processorArchitecture, skuFamily, joinType ni hardwareInformation.',
        'Utiliser /beta avec un GET par appareil et $select=hardwareInformation (la liste renvoie des valeurs par défaut pour hardwareInformation).',
        'hardwareInformation fournit operatingSystemEdition, deviceGuardVirtualizationBasedSecurityState (running = 0 dans cette énumération) et deviceGuardVirtualizationBasedSecurityHardwareRequirementState.',
        'Permission : DeviceManagementManagedDevices.Read.All.',
      ],
    },
    commands: [
      { label: { en: 'List devices (v1.0)', fr: 'Lister les appareils (v1.0)' }, code: `GET ${GRAPH}/v1.0/deviceManagement/managedDevices` },
      {
        label: { en: 'One device with hardware details (beta)', fr: 'Un appareil avec le détail matériel (beta)' },
        code: `GET ${GRAPH}/beta/deviceManagement/managedDevices/{id}?$select=hardwareInformation,osVersion,skuFamily,processorArchitecture`,
      },
    ],
    factIds: ['G-MD-1', 'G-MD-2', 'G-MD-3', 'G-MD-4', 'G-MD-5', 'G-MD-6'],
    sources: [src.graphMdV1, src.graphMdBeta, src.graphHwInfo, src.graphMdGet],
    asOf: '2024-08-01',
    keywords: {
      en: [
        'manageddevices',
        'list devices',
        'processorarchitecture',
        'hardwareinformation',
        'skufamily',
        'device properties',
        'read vbs state from graph',
        'v1.0',
      ],
      fr: [
        'manageddevices',
        'lister les appareils',
        'processorarchitecture',
        'hardwareinformation',
        'skufamily',
        'proprietes de l appareil',
        'etat vbs via graph',
        'v1.0',
      ],
    },
    followUps: ['graph-quality-update-policies', 'vbs-numbers-confusion'],
  },
  {
    id: 'graph-catalog-hotpatch',
    intent: 'automation',
    title: { en: 'Graph: does the catalog flag hotpatch releases?', fr: 'Graph : le catalogue signale-t-il les hotpatchs ?' },
    body: {
      en: [
        'qualityUpdateCadence is only monthly / outOfBand / unknownFutureValue, and classification is security / nonSecurity / all: the catalog entry itself has no hotpatch flag.',
        'Hotpatch is flagged per product revision: expand productRevisions and read isHotpatchUpdate = true (older docs called it isHotpatchEnabled; samples show it as the string "false", so accept both).',
        'Permission: WindowsUpdates.ReadWrite.All (WindowsUpdates.Read.All also exists — test in your tenant).',
      ],
      fr: [
        'qualityUpdateCadence vaut seulement monthly / outOfBand / unknownFutureValue, et la classification security / nonSecurity / all : l’entrée du catalogue n’a pas d’indicateur hotpatch.',
        'Le hotpatch est signalé par révision produit : développer productRevisions et lire isHotpatchUpdate = true (d’anciennes docs l’appelaient isHotpatchEnabled ; les exemples l’affichent en chaîne "false", accepter les deux).',
        'Permission : WindowsUpdates.ReadWrite.All (WindowsUpdates.Read.All existe aussi — à tester dans votre locataire).',
      ],
    },
    commands: [
      {
        label: { en: 'Quality updates with revisions', fr: 'Mises à jour qualité avec révisions' },
        code: `GET ${GRAPH}/beta/admin/windows/updates/catalog/entries?$filter=isof('microsoft.graph.windowsUpdates.qualityUpdateCatalogEntry')&$expand=microsoft.graph.windowsUpdates.qualityUpdateCatalogEntry/productRevisions&$orderby=releaseDateTime desc`,
      },
    ],
    factIds: ['G-CAT-1', 'G-CAT-2', 'G-CAT-3', 'G-CAT-4', 'G-CAT-5'],
    sources: [src.catalogEntry, src.graphProductRevision, src.graphCatalogList, src.graphHotpatchHowTo],
    asOf: '2026-01-27',
    hedge: {
      en: 'Which permission the catalog accepts (WindowsUpdates.Read.All vs ReadWrite.All) is not settled in the docs: test in your tenant. The catalog-list page link was derived from the docs’ source path: check it once.',
      fr: 'La permission acceptée par le catalogue (WindowsUpdates.Read.All ou ReadWrite.All) n’est pas tranchée par la documentation : tester dans votre locataire. Le lien de la page de liste du catalogue a été déduit du chemin source de la documentation : le vérifier une fois.',
    },
    keywords: {
      en: ['catalog', 'catalog entries', 'qualityupdatecadence', 'ishotpatchupdate', 'productrevisions', 'distinguish hotpatch', 'windows updates catalog'],
      fr: [
        'catalogue',
        'entrees du catalogue',
        'qualityupdatecadence',
        'ishotpatchupdate',
        'productrevisions',
        'distingue les hotpatchs',
        'catalogue windows updates',
      ],
    },
    followUps: ['graph-known-issues', 'build-numbers'],
  },
  {
    id: 'graph-known-issues',
    intent: 'automation',
    title: { en: 'Graph: Windows known issues (release health)', fr: 'Graph : problèmes connus de Windows (release health)' },
    body: {
      en: [
        'GET /beta/admin/windows/updates/products (find the 24H2 product), then GET /beta/admin/windows/updates/products/{id}/getKnownIssuesByTimeRange(daysInPast=30,includeAllActive=true) (or expand knownIssues).',
        "Also: products/findByKbNumber(kbNumber={n}) and products/findByCatalogId(catalogID='…').",
        'Permission: WindowsUpdates.ReadWrite.All; delegated role Intune Administrator or Windows Update Deployment Administrator.',
      ],
      fr: [
        'GET /beta/admin/windows/updates/products (trouver le produit 24H2), puis GET /beta/admin/windows/updates/products/{id}/getKnownIssuesByTimeRange(daysInPast=30,includeAllActive=true) (ou développer knownIssues).',
        "Aussi : products/findByKbNumber(kbNumber={n}) et products/findByCatalogId(catalogID='…').",
        'Permission : WindowsUpdates.ReadWrite.All ; rôle délégué Administrateur Intune ou Administrateur du déploiement Windows Update.',
      ],
    },
    commands: [
      { label: { en: 'Products', fr: 'Produits' }, code: `GET ${GRAPH}/beta/admin/windows/updates/products` },
      {
        label: { en: 'Known issues of the last 30 days', fr: 'Problèmes connus des 30 derniers jours' },
        code: `GET ${GRAPH}/beta/admin/windows/updates/products/{id}/getKnownIssuesByTimeRange(daysInPast=30,includeAllActive=true)`,
      },
    ],
    factIds: ['G-RH-1', 'G-RH-2', 'G-RH-3', 'G-RH-4', 'G-WU-3'],
    sources: [src.graphKnownIssues, src.graphProduct, src.graphKnownIssue],
    asOf: '2026-11-25',
    keywords: {
      en: ['known issues', 'release health', 'getknownissuesbytimerange', 'list known issues', 'findbykbnumber'],
      fr: ['problemes connus', 'release health', 'getknownissuesbytimerange', 'lister les problemes connus', 'findbykbnumber'],
    },
    followUps: ['graph-catalog-hotpatch', 'automation'],
  },
  {
    id: 'graph-autopatch-rings',
    intent: 'automation',
    title: { en: 'Graph: Autopatch rings and hotpatch', fr: 'Graph : anneaux Autopatch et hotpatch' },
    body: {
      en: [
        'Windows updates API (beta): qualityUpdateRing has isHotpatchEnabled (Boolean) and deferralInDays (0–30); endpoint /admin/windows/updates/policies/{policyId}/rings/{ringId}.',
        'deploymentSettings.userExperience.isHotpatchEnabled: true offers the update as a hotpatch; only on automatic policies that target monthly security updates.',
        'Delegated calls need the Intune Administrator or Windows Update Deployment Administrator role.',
      ],
      fr: [
        'API Windows updates (beta) : qualityUpdateRing porte isHotpatchEnabled (booléen) et deferralInDays (0 à 30) ; point de terminaison /admin/windows/updates/policies/{policyId}/rings/{ringId}.',
        'deploymentSettings.userExperience.isHotpatchEnabled : true propose la mise à jour en hotpatch ; seulement sur les stratégies automatiques qui ciblent les mises à jour de sécurité mensuelles.',
        'Les appels délégués exigent le rôle Administrateur Intune ou Administrateur du déploiement Windows Update.',
      ],
    },
    commands: [{ label: { en: 'A ring', fr: 'Un anneau' }, code: `GET ${GRAPH}/beta/admin/windows/updates/policies/{policyId}/rings/{ringId}` }],
    factIds: ['G-WU-1', 'G-WU-2', 'G-WU-3'],
    sources: [src.qualityUpdateRing, src.graphWhatsNew, src.graphHotpatchHowTo],
    asOf: '2026-01-20',
    keywords: {
      en: ['qualityupdatering', 'ishotpatchenabled', 'deferralindays', 'autopatch rings api', 'deploymentsettings', 'windows updates api'],
      fr: ['qualityupdatering', 'ishotpatchenabled', 'deferralindays', 'api anneaux autopatch', 'deploymentsettings', 'api windows updates'],
    },
    followUps: ['graph-quality-update-policies', 'graph-naming-drift'],
  },
];
