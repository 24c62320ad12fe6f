import type { AnswerUnit } from './types';
import { src } from '../sources';
import { both, unit } from './define';

// Intune / Autopatch administration and on-device checks, one question each (issue 11, second
// batch): HP-MGT-1..7, HP-INEL-1, CHK-2..5, G-REP-1/2, CAL-NUM-2, CAL-8.

export const moreAdminUnits: AnswerUnit[] = [
  unit({
    id: 'diagnostic-data-level',
    intent: 'admin-setup',
    product: 'hotpatch',
    opener: 'fact',
    title: both('Which diagnostic data level does hotpatch need?', 'Quel niveau de données de diagnostic pour le hotpatch ?'),
    asks: both(
      [
        'What diagnostic data level does hotpatch need?',
        'telemetry level required for Windows quality update policies',
        'is Required diagnostic data enough for hotpatch',
        'AllowTelemetry level hotpatch Autopatch',
      ],
      [
        'Quel niveau de données de diagnostic le hotpatch exige-t-il ?',
        'niveau de télémétrie requis pour les stratégies de mises à jour qualité',
        'données de diagnostic Requises, est-ce suffisant pour le hotpatch ?',
      ],
    ),
    body: both(
      [
        'At least "Required": Intune Windows quality update policies, which carry hotpatch, need diagnostic data (telemetry) at Required or higher; below that the policy, and hotpatch with it, doesn’t work.',
        'They also need the Microsoft Account Sign-In Assistant service (wlidsvc) enabled and running.',
      ],
      [
        'Au minimum « Requises » (Required) : les stratégies de mises à jour qualité Windows d’Intune, qui portent le hotpatch, exigent des données de diagnostic (télémétrie) au niveau Requises ou plus ; en dessous, la stratégie, et donc le hotpatch, ne fonctionne pas.',
        'Elles exigent aussi le service Assistant de connexion au compte Microsoft (wlidsvc) activé et démarré.',
      ],
    ),
    factIds: ['HP-MGT-5'],
    sources: [src.intuneQuality],
    asOf: '2026-01-08',
    keywords: both(['diagnostic data', 'telemetry', 'required', 'allowtelemetry', 'data level'], ['donnees de diagnostic', 'telemetrie', 'requises', 'niveau']),
    followUps: ['telemetry-wlidsvc', 'wlidsvc-can-disable'],
  }),
  unit({
    id: 'wlidsvc-can-disable',
    intent: 'admin-setup',
    product: 'hotpatch',
    opener: 'no',
    title: both('Can we disable wlidsvc on hotpatch devices?', 'Peut-on désactiver wlidsvc sur les appareils hotpatch ?'),
    asks: both(
      [
        'Can we disable the Microsoft Account Sign-In Assistant (wlidsvc) on hotpatch devices?',
        'we disabled the Microsoft Account Sign-In Assistant by GPO, impact on hotpatch',
        'wlidsvc disabled hotpatch',
        'is wlidsvc required for Autopatch',
      ],
      [
        'Peut-on désactiver l’Assistant de connexion au compte Microsoft (wlidsvc) sur les appareils hotpatch ?',
        'service wlidsvc désactivé par GPO, impact sur le hotpatch',
        'wlidsvc obligatoire pour Autopatch ?',
      ],
    ),
    body: both(
      [
        'No: Intune Windows quality update policies, and so hotpatch, need the Microsoft Account Sign-In Assistant service (wlidsvc) enabled and running, with diagnostic data at least Required; disabled, the policy doesn’t work.',
        'Check it with Get-Service wlidsvc.',
      ],
      [
        'Non : les stratégies de mises à jour qualité Windows d’Intune, et donc le hotpatch, exigent le service Assistant de connexion au compte Microsoft (wlidsvc) activé et démarré, avec des données de diagnostic au minimum « Requises » ; désactivé, la stratégie ne fonctionne pas.',
        'Vérifier avec Get-Service wlidsvc.',
      ],
    ),
    commands: [{ label: { en: 'Service state', fr: 'État du service' }, code: 'Get-Service wlidsvc' }],
    factIds: ['HP-MGT-5'],
    sources: [src.intuneQuality],
    asOf: '2026-01-08',
    keywords: both(
      ['wlidsvc', 'sign-in assistant', 'microsoft account sign-in assistant', 'disable service'],
      ['wlidsvc', 'assistant de connexion', 'desactiver le service'],
    ),
    followUps: ['telemetry-wlidsvc', 'diagnostic-data-level'],
  }),
  unit({
    id: 'settings-shows-enrolled',
    intent: 'how-to-check',
    product: 'hotpatch',
    opener: 'fact',
    title: both('Where Windows shows that hotpatch is enabled', 'Où Windows montre que le hotpatch est activé'),
    asks: both(
      [
        'Where does Windows show that hotpatch is enabled on my PC?',
        '"Enable hotpatching when available" in Settings',
        'Configured update policies hotpatch',
        'how does a user see that hotpatch is on',
      ],
      [
        'Où Windows indique-t-il que le hotpatch est activé sur mon PC ?',
        '« Enable hotpatching when available » dans les Paramètres',
        'stratégies de mise à jour configurées hotpatch',
      ],
    ),
    body: both(
      [
        'In Settings > Windows Update > Advanced options > Configured update policies: "Enable hotpatching when available" means the device received the hotpatch policy (it is enrolled).',
        'For the enrolment detail, search Event Viewer for AllowRebootlessUpdates: "isEnrolled": 1 and "vbsState": 2 on an enrolled device.',
      ],
      [
        'Dans Paramètres > Windows Update > Options avancées > Stratégies de mise à jour configurées : « Enable hotpatching when available » signifie que l’appareil a reçu la stratégie hotpatch (il est inscrit).',
        'Pour le détail de l’inscription, chercher AllowRebootlessUpdates dans l’Observateur d’événements : "isEnrolled": 1 et "vbsState": 2 sur un appareil inscrit.',
      ],
    ),
    factIds: ['HP-MGT-7', 'CHK-3', 'CHK-4'],
    sources: [src.intuneHotpatch],
    asOf: '2026-01-13',
    keywords: both(
      ['configured update policies', 'enable hotpatching when available', 'settings', 'advanced options'],
      ['strategies de mise a jour configurees', 'parametres', 'options avancees'],
    ),
    followUps: ['how-to-check', 'event-viewer-enrolled-values'],
  }),
  unit({
    id: 'event-viewer-enrolled-values',
    intent: 'how-to-check',
    product: 'hotpatch',
    opener: 'fact',
    title: both('What the AllowRebootlessUpdates event shows', 'Ce qu’affiche l’événement AllowRebootlessUpdates'),
    asks: both(
      [
        'What should the AllowRebootlessUpdates event show when a device is enrolled?',
        'isEnrolled isCached vbsState meaning',
        'Event Viewer hotpatch enrolment event values',
        'vbsState 2 in the AllowRebootlessUpdates event',
      ],
      [
        'Que doit afficher l’événement AllowRebootlessUpdates quand un appareil est inscrit ?',
        'signification de isEnrolled isCached vbsState',
        'valeurs de l’événement d’inscription hotpatch dans l’Observateur d’événements',
      ],
    ),
    body: both(
      [
        'An enrolled device’s event carries "Update/AllowRebootlessUpdates":true with "isEnrolled": 1, "isCached": 1 and "vbsState": 2 (the value an enrolled device with VBS running shows; in WMI too, 2 = running).',
        'Search Event Viewer for AllowRebootlessUpdates; hotpatch errors are in the Application log (filter "hotpatch").',
      ],
      [
        'L’événement d’un appareil inscrit contient "Update/AllowRebootlessUpdates":true avec "isEnrolled": 1, "isCached": 1 et "vbsState": 2 (la valeur d’un appareil inscrit avec VBS actif ; dans WMI aussi, 2 = en cours d’exécution).',
        'Chercher AllowRebootlessUpdates dans l’Observateur d’événements ; les erreurs hotpatch sont dans le journal Application (filtre « hotpatch »).',
      ],
    ),
    factIds: ['CHK-4', 'CHK-2', 'CHK-5'],
    sources: [src.intuneHotpatch, src.vbsDoc],
    asOf: '2026-01-13',
    keywords: both(
      ['event viewer', 'isenrolled', 'iscached', 'vbsstate', 'allowrebootlessupdates event'],
      ['observateur d evenements', 'isenrolled', 'iscached', 'vbsstate'],
    ),
    followUps: ['how-to-check', 'check-hotpatch-errors'],
  }),
  unit({
    id: 'turn-off-hotpatch-group',
    intent: 'admin-setup',
    product: 'hotpatch',
    opener: 'fact',
    title: both('Turn hotpatch off for one group', 'Désactiver le hotpatch pour un groupe'),
    asks: both(
      [
        'How do I turn hotpatch off for one group of devices?',
        'exclude some devices from hotpatch',
        'keep hotpatch off for a few machines only',
        'disable hotpatch for specific devices',
      ],
      [
        'Comment désactiver le hotpatch pour un seul groupe d’appareils ?',
        'exclure certains appareils du hotpatch',
        'garder le hotpatch désactivé sur quelques machines',
        'Peut-on désactiver le hotpatch pour certains postes seulement ?',
      ],
    ),
    body: both(
      [
        'Put that group in a Windows quality update policy with "When available, apply without restarting the device ("hotpatch")" = Block: a device in a policy follows its policy, whatever the tenant default. Those devices then get the standard cumulative update with a restart every month.',
        'Since May 2026 the tenant default is Allow: eligible managed devices in no quality update policy at all get hotpatch too, unless the tenant setting says Block.',
      ],
      [
        'Placez ce groupe dans une stratégie de mises à jour qualité Windows avec « When available, apply without restarting the device ("hotpatch") » = Bloquer : un appareil dans une stratégie suit sa stratégie, quel que soit le paramètre du locataire. Ces appareils reçoivent alors chaque mois la mise à jour cumulative standard avec redémarrage.',
        'Depuis mai 2026, le paramètre du locataire vaut Autoriser : les appareils gérés éligibles qui ne sont dans aucune stratégie de mise à jour qualité reçoivent aussi le hotpatch, sauf si le paramètre du locataire indique Bloquer.',
      ],
    ),
    factIds: ['HP-MGT-2', 'HP-MGT-1', 'HP-MGT-3', 'HP-INEL-1'],
    sources: [src.intuneHotpatch, src.defaultOnBlog],
    asOf: '2026-05-12',
    keywords: both(['exclude', 'opt out a group', 'some devices', 'block for a group'], ['exclure', 'certains appareils', 'bloquer pour un groupe']),
    followUps: ['tenant-default-vs-policy', 'admin-setup'],
  }),
  unit({
    id: 'other-mdm-no-hotpatch',
    intent: 'admin-setup',
    product: 'hotpatch',
    opener: 'no',
    title: both('Hotpatch with an MDM other than Intune?', 'Hotpatch avec un autre MDM qu’Intune ?'),
    asks: both(
      [
        'Can hotpatch be managed with an MDM other than Intune, like Workspace ONE?',
        'hotpatch with a third-party MDM only',
        'can Workspace ONE or another MDM turn on hotpatch',
        'hotpatch without Intune management',
      ],
      [
        'Le hotpatch peut-il être géré par un autre MDM qu’Intune, comme Workspace ONE ?',
        'hotpatch avec uniquement un MDM tiers',
        'hotpatch sans gestion Intune',
      ],
    ),
    body: both(
      [
        'No: hotpatch is turned on through Windows Autopatch and Intune Windows quality update policies, which need Intune-managed devices — Intune as MDM authority, or co-management with the Windows Update workload on Intune.',
      ],
      [
        'Non : le hotpatch s’active via Windows Autopatch et les stratégies de mises à jour qualité Windows d’Intune, qui exigent des appareils gérés par Intune — Intune comme autorité MDM, ou une cogestion avec la charge de travail Windows Update sur Intune.',
      ],
    ),
    factIds: ['HP-MGT-5', 'HP-MGT-6', 'HP-DEF-2'],
    sources: [src.intuneQuality, src.autopatchPrereq, src.autopatchHotpatch],
    asOf: '2026-01-08',
    keywords: both(['workspace one', 'other mdm', 'third-party mdm', 'not intune'], ['workspace one', 'autre mdm', 'mdm tiers']),
    followUps: ['third-party-mdm-winning-provider', 'autopatch-prerequisites'],
  }),
  unit({
    id: 'entra-registered-workgroup',
    intent: 'eligibility',
    product: 'hotpatch',
    opener: 'no',
    title: both('Entra registered, AD-only or workgroup devices and hotpatch', 'Appareils Entra inscrits, AD seul ou en groupe de travail et hotpatch'),
    asks: both(
      [
        'Can Entra registered or workgroup devices get hotpatch?',
        'workgroup PC not joined to any directory hotpatch',
        'Azure AD registered device hotpatch',
        'device not joined to Entra ID hotpatch',
        'Does hotpatch support devices joined only to an on-premises Active Directory domain?',
      ],
      [
        'Les appareils simplement inscrits (Entra registered) ou en groupe de travail peuvent-ils avoir le hotpatch ?',
        'PC en groupe de travail non joint hotpatch',
        'appareil non joint à Entra ID hotpatch',
        'Le hotpatch prend-il en charge les postes joints seulement à un domaine Active Directory local ?',
      ],
    ),
    body: both(
      [
        'No: Intune quality update policies support Intune-managed devices that are Microsoft Entra joined or Microsoft Entra hybrid joined (both supported); a device that is only Entra registered, joined only to on-premises Active Directory (not hybrid joined) or in a workgroup is not on that list.',
        'Autopatch also requires corporate-owned devices (personal devices are blocked at registration).',
      ],
      [
        'Non : les stratégies de mises à jour qualité Intune prennent en charge les appareils gérés par Intune joints à Microsoft Entra ou joints hybrides (tous deux pris en charge) ; un appareil seulement inscrit (Entra registered), joint seulement à l’Active Directory local (pas joint hybride) ou en groupe de travail n’en fait pas partie.',
        'Autopatch exige aussi des appareils appartenant à l’entreprise (les appareils personnels sont bloqués à l’inscription).',
      ],
    ),
    factIds: ['HP-MGT-5', 'HP-MGT-6'],
    sources: [src.intuneQuality, src.autopatchPrereq],
    asOf: '2026-01-08',
    keywords: both(
      ['entra registered', 'azure ad registered', 'workgroup', 'not joined', 'domain joined only', 'on-premises active directory only'],
      [
        'entra registered',
        'groupe de travail',
        'workgroup',
        'non joint',
        'domaine ad uniquement',
        'active directory local uniquement',
        'jonction au domaine local',
      ],
    ),
    followUps: ['hybrid-join', 'byod-not-supported'],
  }),
  unit({
    id: 'report-refresh-interval',
    intent: 'admin-setup',
    product: 'hotpatch',
    opener: 'fact',
    title: both('How often the hotpatch report refreshes', 'Fréquence d’actualisation du rapport hotpatch'),
    asks: both(
      [
        'How often is the Hotpatch quality updates report refreshed?',
        'hotpatch report data delay',
        'report not updated yet after Patch Tuesday',
        'hotpatch report refresh frequency',
      ],
      [
        'À quelle fréquence le rapport Hotpatch quality updates est-il actualisé ?',
        'délai des données du rapport hotpatch',
        'le rapport n’est pas encore à jour après le Patch Tuesday',
      ],
    ),
    body: both(
      [
        'Every four hours: the Hotpatch quality updates report (Intune > Reports > Windows Autopatch > Windows quality updates > Reports tab) refreshes every 4 hours and shows a 90-day trend.',
        'It is per policy, with Up to date, Hotpatched, Not up to date, In progress, Not ready and Paused columns.',
      ],
      [
        'Toutes les 4 heures : le rapport Hotpatch quality updates (Intune > Rapports > Windows Autopatch > Mises à jour qualité Windows > onglet Rapports) est actualisé toutes les 4 heures et montre une tendance sur 90 jours.',
        'Il est présenté par stratégie, avec les colonnes Up to date, Hotpatched, Not up to date, In progress, Not ready et Paused.',
      ],
    ),
    factIds: ['G-REP-1'],
    sources: [src.hotpatchReport],
    asOf: '2025-04-04',
    keywords: both(['refresh', 'refreshed', 'delay', 'how often', 'four hours'], ['actualise', 'actualisation', 'delai', 'frequence']),
    followUps: ['hotpatch-report'],
  }),
  unit({
    id: 'distribution-report-builds',
    intent: 'admin-setup',
    product: 'hotpatch',
    opener: 'fact',
    title: both('Where Intune shows hotpatch and standard builds', 'Où Intune affiche les builds hotpatch et standard'),
    asks: both(
      [
        'Where can I see the hotpatch and standard build numbers in Intune?',
        'Windows quality update distribution report hotpatch build',
        'which build number is this month’s hotpatch in Intune',
        'Devices on this update drill-down hotpatch',
      ],
      [
        'Où voir les numéros de build hotpatch et standard dans Intune ?',
        'rapport Windows quality update distribution build hotpatch',
        'quel numéro de build pour le hotpatch du mois dans Intune',
      ],
    ),
    body: both(
      [
        'In the Windows quality update distribution report (Intune > Reports > Windows updates): it lists the hotpatch and the standard build number of each release, with a "Devices on this update" drill-down.',
        'Hotpatch builds are numbered lower than the standard build of the same month (a subset of fixes).',
      ],
      [
        'Dans le rapport Windows quality update distribution (Intune > Rapports > Mises à jour Windows) : il indique le numéro de build hotpatch et le numéro standard de chaque publication, avec le détail « Devices on this update ».',
        'Les builds hotpatch ont un numéro plus bas que la build standard du même mois (un sous-ensemble des correctifs).',
      ],
    ),
    factIds: ['G-REP-2', 'CAL-NUM-2'],
    sources: [src.intuneQuality],
    asOf: '2026-01-08',
    keywords: both(
      ['distribution report', 'quality update distribution', 'build numbers', 'devices on this update'],
      ['rapport de distribution', 'numeros de build'],
    ),
    followUps: ['hotpatch-build-lower-number', 'hotpatch-report'],
  }),
  unit({
    id: 'active-hours-honoured',
    intent: 'next-reboot',
    product: 'hotpatch',
    opener: 'yes',
    title: both('Does hotpatch respect active hours?', 'Le hotpatch respecte-t-il les heures d’activité ?'),
    asks: both(
      ['Does hotpatch still respect active hours?', 'active hours and baseline restarts with hotpatch', 'hotpatch ignores active hours?'],
      ['Le hotpatch respecte-t-il toujours les heures d’activité ?', 'heures d’activité et redémarrages de baseline avec le hotpatch'],
    ),
    body: both(
      [
        'Yes: turning hotpatch on doesn’t change deadline-driven or scheduled installs; deferrals and active hours still apply and existing update rings are honoured, so baseline restarts follow your active hours, deferrals and deadlines.',
      ],
      [
        'Oui : activer le hotpatch ne change ni les échéances ni les installations planifiées ; les reports et les heures d’activité s’appliquent toujours et les anneaux de mise à jour existants sont respectés : les redémarrages de baseline suivent vos heures d’activité, reports et échéances.',
      ],
    ),
    factIds: ['HP-MGT-4', 'CAL-8'],
    sources: [src.intuneHotpatch, src.qualityUpdateRing],
    asOf: '2026-01-20',
    keywords: both(['active hours', 'working hours'], ['heures d activite', 'heures de travail']),
    followUps: ['ring-deadlines-unchanged', 'restart-timing-ring'],
  }),
  unit({
    // The restart settings admins configure in an Intune update ring (guides: "control Windows Update restart behaviour with
    // Intune"): CAL-8 says what decides the restart; HP-MGT-4 that hotpatch changes none of it; CAL-1 the months it skips.
    id: 'ring-restart-settings',
    intent: 'admin-setup',
    product: 'calendar',
    opener: 'fact',
    title: both('How update ring settings decide the restart', 'Comment les paramètres de l’anneau décident du redémarrage'),
    asks: both(
      [
        'How do the Intune update ring deadline and grace period settings control when devices restart?',
        'control Windows Update restart behaviour with an Intune update ring: deferral, deadline, grace period, auto reboot before deadline',
        'what does the update ring grace period do to the restart',
        'how many days can a ring defer quality updates?',
      ],
      [
        'Comment l’échéance et la période de grâce de l’anneau de mise à jour Intune décident-elles du redémarrage ?',
        'contrôler le comportement de redémarrage de Windows Update avec un anneau Intune : report, échéance, période de grâce, redémarrage automatique avant l’échéance',
        'à quoi sert la période de grâce de l’anneau de mise à jour pour le redémarrage',
        'combien de jours peut-on différer les mises à jour qualité dans un anneau ?',
      ],
    ),
    body: both(
      [
        'The ring decides: the monthly update is released on Patch Tuesday, and the device installs and restarts according to the ring’s deferral (0–30 days), its deadline and grace period, and the user’s active hours.',
        'Turning hotpatch on changes none of these settings: on hotpatch devices they apply to the quarterly baseline restarts (January, April, July, October), since hotpatch months need no restart.',
      ],
      [
        'C’est l’anneau qui décide : la mise à jour mensuelle sort le Patch Tuesday, et l’appareil l’installe et redémarre selon le report de l’anneau (0 à 30 jours), son échéance et sa période de grâce, et les heures d’activité de l’utilisateur.',
        'Activer le hotpatch ne change aucun de ces paramètres : sur les appareils hotpatch, ils s’appliquent aux redémarrages des baselines trimestrielles (janvier, avril, juillet, octobre), les mois hotpatch ne demandant pas de redémarrage.',
      ],
    ),
    factIds: ['CAL-8', 'HP-MGT-4', 'CAL-1'],
    sources: [src.qualityUpdateRing, src.intuneHotpatch],
    asOf: '2026-12-07',
    keywords: both(
      ['update ring', 'deadline', 'grace period', 'auto reboot', 'restart behaviour', 'restart behavior'],
      ['anneau de mise a jour', 'echeance', 'periode de grace', 'redemarrage automatique', 'comportement de redemarrage'],
    ),
    followUps: ['restart-timing-ring', 'active-hours-honoured'],
  }),
];
