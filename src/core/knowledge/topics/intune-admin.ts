import type { KnowledgeTopic } from '../types';
import { src } from '../sources';

// Admin setup in Intune / Autopatch: HP-MGT-1..9, G-REP-1..3.
// French UI labels are unverified (§7.9): English labels stay in quotes or parentheses.
export const intuneAdminTopics: KnowledgeTopic[] = [
  {
    id: 'admin-setup',
    intent: 'admin-setup',
    title: { en: 'Turn on hotpatch for a group in Intune', fr: 'Activer le hotpatch pour un groupe dans Intune' },
    body: {
      en: [
        'Intune admin center > Devices > Windows updates > Quality updates tab > Create > Windows quality update policy > Settings: "When available, apply without restarting the device ("hotpatch")" = Allow > assign groups.',
        'Turning hotpatch on does not change deadlines or scheduled installs; deferrals and active hours still apply and existing update rings are honoured.',
        'Requires Microsoft Intune Plan 1 and a Windows licence that includes the Autopatch entitlement.',
      ],
      fr: [
        'Centre d’administration Intune > Appareils > Mises à jour Windows > onglet Mises à jour qualité > Créer > Stratégie de mise à jour qualité Windows > Paramètres : « When available, apply without restarting the device ("hotpatch") » = Autoriser (Allow) > affecter les groupes.',
        'Libellés anglais de l’interface : Devices > Windows updates > Quality updates > Create > Windows quality update policy > Settings.',
        'Activer le hotpatch ne change ni les échéances ni les installations planifiées ; les reports et heures d’activité s’appliquent toujours et les anneaux de mise à jour existants sont respectés.',
        'Nécessite Microsoft Intune Plan 1 et une licence Windows incluant le droit Autopatch.',
      ],
    },
    factIds: ['HP-MGT-1', 'HP-MGT-4', 'HP-LIC-5'],
    sources: [src.intuneHotpatch, src.autopatchHotpatch, src.intuneQuality],
    asOf: '2026-01-13',
    keywords: {
      en: [
        'turn on hotpatch',
        'enable hotpatch',
        'deploy hotpatch',
        'pilot group',
        'pilot ring',
        'hotpatch toggle',
        'allow hotpatch',
        'configure in intune',
        'where do i turn on',
        'intune policy',
        'quality update policy',
        'set up hotpatch',
        'configure hotpatch',
        'for a group',
      ],
      fr: [
        'activer le hotpatch',
        'deployer le hotpatch',
        'groupe pilote',
        'reglage hotpatch',
        'autoriser le hotpatch',
        'configurer les strategies intune',
        'ou activer',
        'strategie intune',
        'strategie de mise a jour qualite',
        'configurer le hotpatch',
        'pour un groupe',
      ],
    },
    followUps: ['tenant-default-vs-policy', 'hotpatch-report', 'ring-deadlines-unchanged'],
  },
  {
    id: 'tenant-default-vs-policy',
    intent: 'admin-setup',
    title: { en: 'Tenant default versus quality update policy', fr: 'Paramètre du locataire ou stratégie de mise à jour qualité' },
    body: {
      en: [
        'Devices in a quality update policy get that policy’s hotpatch setting (the policy setting wins); the tenant default only applies to devices not in any quality update policy.',
        'Tenant default: Intune admin center > Tenant administration > Windows Autopatch > Tenant management > Tenant settings > "When available, apply updates without restarting the device ("hotpatch")" = Allow or Block.',
        'Example: tenant default = Block, a group in a policy with hotpatch = Allow → that group gets hotpatch.',
        'Since May 2026 the tenant default is Allow unless you opted out: eligible managed devices in no quality update policy at all get hotpatch too.',
      ],
      fr: [
        'Les appareils d’une stratégie de mises à jour qualité reçoivent le réglage hotpatch de cette stratégie (le réglage de la stratégie l’emporte) ; le paramètre du locataire ne s’applique qu’aux appareils hors stratégie.',
        'Paramètre du locataire (tenant) : Centre d’administration Intune > Administration du locataire (Tenant administration) > Windows Autopatch > Tenant management > Tenant settings > « When available, apply updates without restarting the device ("hotpatch") » = Autoriser ou Bloquer (Allow/Block).',
        'Exemple : paramètre du locataire = Bloquer, un groupe dans une stratégie avec hotpatch = Autoriser → ce groupe reçoit le hotpatch.',
        'Depuis mai 2026, le paramètre du locataire vaut Autoriser sauf si vous l’avez refusé : les appareils gérés éligibles qui ne sont dans aucune stratégie de mise à jour qualité reçoivent aussi le hotpatch.',
      ],
    },
    factIds: ['HP-MGT-2', 'HP-MGT-3', 'G-QUP-4'],
    sources: [src.intuneHotpatch],
    asOf: '2026-01-13',
    // G-QUP-4 is uncertain: no documented Graph property for the tenant default.
    hedge: {
      en: 'No documented Microsoft Graph property exposes the tenant default, so check it in the Intune admin center.',
      fr: 'Aucune propriété Microsoft Graph documentée n’expose le paramètre du locataire : vérifiez-le dans le centre d’administration Intune.',
    },
    keywords: {
      en: ['tenant default', 'tenant setting', 'tenant settings', 'whole tenant', 'turn off hotpatch', 'policy wins', 'block', 'opt out', 'tenant level'],
      fr: [
        'parametre du locataire',
        'locataire',
        'tenant',
        'tout le tenant',
        'desactiver le hotpatch',
        'la strategie l emporte',
        'bloquer',
        'desactiver pour le tenant',
      ],
    },
    followUps: ['default-on-may-2026', 'admin-setup'],
  },
  {
    id: 'default-on-may-2026',
    intent: 'admin-setup',
    title: { en: 'Hotpatch is on by default since May 2026', fr: 'Hotpatch activé par défaut depuis mai 2026' },
    body: {
      en: [
        'Hotpatch was opt-in until April 2026. Since the May 2026 Windows security update (12 May 2026), Windows Autopatch enables hotpatch by default for eligible Intune/Autopatch devices not in a policy that blocks it.',
        'The tenant opt-out setting went live on 1 April 2026; eligible devices needed the April 2026 baseline. Existing quality update policy settings, rings and deferrals are respected.',
        'To opt out: set the tenant default to Block, or set hotpatch = Block in a quality update policy.',
        'To see which devices now get hotpatch: the Hotpatch quality updates report (Intune > Reports > Windows Autopatch > Windows quality updates > Reports tab).',
      ],
      fr: [
        'Le hotpatch était à activer soi-même jusqu’en avril 2026. Depuis la mise à jour de sécurité de mai 2026 (12 mai 2026), Windows Autopatch l’active par défaut pour les appareils Intune/Autopatch éligibles qui ne sont pas dans une stratégie qui le bloque.',
        'Le paramètre de désactivation au niveau du locataire est disponible depuis le 1er avril 2026 ; les appareils éligibles devaient avoir la baseline d’avril 2026. Les réglages des stratégies de mise à jour qualité, les anneaux et les reports existants sont respectés.',
        'Pour refuser : mettre le paramètre du locataire sur Bloquer (Block), ou hotpatch = Bloquer dans une stratégie de mise à jour qualité.',
        'Pour voir quels appareils reçoivent désormais le hotpatch : le rapport Hotpatch quality updates (Intune > Rapports > Windows Autopatch > Mises à jour qualité Windows > onglet Rapports).',
      ],
    },
    factIds: ['HP-MGT-3', 'CF-2', 'HP-MGT-2', 'G-REP-1'],
    sources: [src.defaultOnBlog, src.mc1247859, src.intuneHotpatch, src.helpNetDefaultOn, src.hotpatchReport],
    asOf: '2026-03-10',
    hedge: {
      en: 'Dates from message center MC1247859; the Intune page kept its 2026-01-13 date when the default-on text was added.',
      fr: 'Dates issues du message MC1247859 ; la page Intune a gardé sa date du 13/01/2026 lors de l’ajout du texte sur l’activation par défaut.',
    },
    keywords: {
      en: ['default on', 'on by default', 'enabled by default', 'opt in', 'opt-in', 'mc1247859', 'may 2026', 'automatically enabled'],
      fr: ['active par defaut', 'par defaut', 'opt in', 'mc1247859', 'mai 2026', 'active automatiquement'],
    },
    followUps: ['tenant-default-vs-policy', 'admin-setup'],
  },
  {
    id: 'autopatch-prerequisites',
    intent: 'admin-setup',
    title: { en: 'Windows Autopatch prerequisites', fr: 'Prérequis de Windows Autopatch' },
    body: {
      en: [
        'Intune must be the MDM authority, or co-management must have the Windows Update workload (and device configuration, Office Click-to-Run) set to Pilot Intune or Intune.',
        'Devices must be corporate-owned (BYOD is blocked at registration), Intune-managed, Microsoft Entra joined or hybrid joined, with diagnostic data at least Required and wlidsvc running.',
        'Licences: Microsoft Intune Plan 1 plus a Windows licence that includes the Autopatch entitlement.',
      ],
      fr: [
        'Intune doit être l’autorité MDM, ou la cogestion doit avoir la charge de travail Windows Update (ainsi que configuration des appareils et Office Click-to-Run) sur Pilot Intune ou Intune.',
        'Les appareils doivent appartenir à l’entreprise (BYOD bloqué à l’inscription), être gérés par Intune, joints à Microsoft Entra ou joints hybrides, avec des données de diagnostic au minimum « Requises » et wlidsvc démarré.',
        'Licences : Microsoft Intune Plan 1 et une licence Windows incluant le droit Autopatch.',
      ],
    },
    factIds: ['HP-MGT-6', 'HP-MGT-5', 'HP-LIC-5'],
    sources: [src.autopatchPrereq, src.intuneQuality],
    asOf: '2026-01-08',
    keywords: {
      en: ['autopatch prerequisites', 'co-management', 'comanagement', 'mdm authority', 'workload', 'byod', 'configuration manager', 'sccm'],
      fr: ['prerequis autopatch', 'cogestion', 'autorite mdm', 'charge de travail', 'byod', 'configuration manager', 'sccm'],
    },
    followUps: ['admin-setup', 'telemetry-wlidsvc'],
  },
  {
    id: 'hotpatch-report',
    intent: 'admin-setup',
    title: { en: 'The Hotpatch quality updates report', fr: 'Le rapport « Hotpatch quality updates »' },
    body: {
      en: [
        'Yes, in Intune: Reports > Windows Autopatch > Windows quality updates > Reports tab > Hotpatch quality updates.',
        'Per policy, with a "Hotpatched" column (also Up to date, Not up to date, In progress, Not ready, Paused) and a 90-day trend; refreshed every 4 hours.',
        'The "Windows quality update distribution" report shows hotpatch and standard build numbers per release.',
        'No documented Graph export for this report was found — infer from device osVersion vs hotpatch builds.',
      ],
      fr: [
        'Oui, dans Intune : Rapports > Windows Autopatch > Mises à jour qualité Windows > onglet Rapports > Hotpatch quality updates.',
        'Libellés anglais : Reports > Windows Autopatch > Windows quality updates > Reports > Hotpatch quality updates.',
        'Par stratégie, avec une colonne « Hotpatched » (ainsi que Up to date, Not up to date, In progress, Not ready, Paused) et une tendance sur 90 jours ; actualisé toutes les 4 heures.',
        'Le rapport « Windows quality update distribution » affiche les numéros de build hotpatch et standard de chaque publication.',
        'Aucun export Graph documenté trouvé pour ce rapport — déduire via osVersion de l’appareil comparé aux builds hotpatch.',
      ],
    },
    factIds: ['G-REP-1', 'G-REP-2', 'G-REP-3', 'G-REP-4'],
    sources: [src.hotpatchReport, src.intuneQuality, src.exportReports],
    asOf: '2025-04-04',
    hedge: {
      en: 'No Graph export-job name for the hotpatch report is documented as of 2026-11-25 (the "export reports" page link was derived from the docs’ source path).',
      fr: 'Aucun nom d’export Graph n’est documenté pour le rapport hotpatch au 25/11/2026 (le lien de la page « export reports » a été déduit du chemin source de la documentation).',
    },
    keywords: {
      en: [
        'report',
        'hotpatch report',
        'which devices got',
        'which machines',
        'really received',
        'actually got a hotpatch',
        'hotpatched',
        'quality updates report',
        'compliance report',
      ],
      fr: [
        'rapport',
        'rapport hotpatch',
        'quels appareils ont recu',
        'quelles machines',
        'vraiment recu',
        'reellement recu un hotpatch',
        'hotpatched',
        'rapport des mises a jour qualite',
      ],
    },
    followUps: ['graph-managed-devices', 'how-to-check'],
  },
  {
    id: 'hotpatch-wsus',
    intent: 'admin-setup',
    title: { en: 'Hotpatch with WSUS or offline patching', fr: 'Hotpatch avec WSUS ou mise à jour hors ligne' },
    body: {
      en: [
        'Not available through WSUS or offline, catalog-only patching: delivery requires Windows Update with Windows Autopatch cloud orchestration.',
        'Devices patched by WSUS keep standard updates with restarts.',
      ],
      fr: [
        'Non disponible via WSUS ni via une mise à jour hors ligne depuis le catalogue : la distribution exige Windows Update avec l’orchestration cloud de Windows Autopatch.',
        'Les appareils mis à jour par WSUS gardent les mises à jour standard avec redémarrage.',
      ],
    },
    factIds: ['HP-MGT-9', 'HP-DEF-2'],
    sources: [src.autopatchHotpatch, src.tridentWsus],
    asOf: '2025-07-04',
    keywords: {
      en: ['wsus', 'offline', 'update catalog', 'on premises update server', 'air gapped', 'disconnected'],
      fr: ['wsus', 'hors ligne', 'catalogue microsoft update', 'serveur de mise a jour local', 'deconnecte'],
    },
    followUps: ['what-is-hotpatch'],
  },
];
