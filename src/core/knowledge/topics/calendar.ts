import type { KnowledgeTopic } from '../types';
import { src } from '../sources';

// The quarterly cycle: CAL-1..CAL-9, CAL-NUM-*, CAL-REL-*, CAL-OOB-1.
export const calendarTopics: KnowledgeTopic[] = [
  {
    id: 'hotpatch-calendar',
    intent: 'calendar',
    title: { en: 'The hotpatch calendar', fr: 'Le calendrier hotpatch' },
    body: {
      en: [
        'Planned quarterly cycle: baseline months (restart) are January, April, July and October; hotpatch months (no restart) are February–March, May–June, August–September and November–December — for devices on the latest baseline (the previous baseline month’s update).',
        'Updates are released on Patch Tuesday, the second Tuesday of the month (they might be released at any time).',
        'The optional non-security preview (D release) usually comes on the fourth Tuesday — Microsoft normally publishes none in December; it is never a hotpatch.',
        'Microsoft can add an unplanned baseline (restart) in a hotpatch month, and other updates (drivers, firmware, apps, feature update) can still need a restart.',
      ],
      fr: [
        'Cycle trimestriel planifié : les mois de mise à jour de référence (baseline, avec redémarrage) sont janvier, avril, juillet et octobre ; les mois de hotpatch (sans redémarrage) sont février–mars, mai–juin, août–septembre et novembre–décembre — pour les appareils sur la dernière baseline (celle du mois de baseline précédent).',
        'Les mises à jour sont publiées le Patch Tuesday (« mardi des correctifs »), le deuxième mardi du mois (elles peuvent sortir à tout moment).',
        'La préversion facultative non liée à la sécurité (publication « D ») sort en général le quatrième mardi — normalement aucune en décembre ; ce n’est jamais un hotpatch.',
        'Microsoft peut publier une baseline non planifiée (redémarrage) pendant un mois de hotpatch, et d’autres mises à jour (pilotes, firmware, applications, mise à jour de fonctionnalités) peuvent encore exiger un redémarrage.',
      ],
    },
    // CAL-10 (2026-12-06): future months are "planned" and need the latest baseline (CAL-3); CAL-9: no December D release,
    // other D dates only the usual slot.
    factIds: ['CAL-1', 'CAL-2', 'CAL-3', 'CAL-9', 'CAL-10', 'CAL-6', 'CAL-7'],
    sources: [src.autopatchHotpatch, src.intuneHotpatch, src.catalogEntry, src.releaseInfo],
    asOf: '2026-12-06',
    keywords: {
      en: ['calendar', 'schedule', 'baseline months', 'hotpatch months', 'which months', 'patch tuesday', 'cycle', 'quarterly'],
      fr: ['calendrier', 'planning', 'mois de baseline', 'mois de hotpatch', 'quels mois', 'patch tuesday', 'mardi des correctifs', 'cycle', 'trimestriel'],
    },
    followUps: ['restarts-saved-per-year', 'unplanned-baselines', 'ring-deadlines-unchanged'],
  },
  {
    id: 'restarts-saved-per-year',
    intent: 'explain-hotpatch',
    title: { en: 'How many restarts does hotpatch save?', fr: 'Combien de redémarrages le hotpatch évite-t-il ?' },
    body: {
      en: [
        'Planned security-update restarts go from 12 to 4 per year (January, April, July, October baselines); the other 8 months are hotpatch months without restart.',
        'Unplanned baselines and non-hotpatch updates (drivers, firmware, .NET, feature updates) can still add restarts.',
      ],
      fr: [
        'Les redémarrages prévus liés aux mises à jour de sécurité passent de 12 à 4 par an (baselines de janvier, avril, juillet, octobre) ; les 8 autres mois sont des mois de hotpatch sans redémarrage.',
        'Les baselines non planifiées et les mises à jour hors hotpatch (pilotes, firmware, .NET, mises à jour de fonctionnalités) peuvent encore ajouter des redémarrages.',
      ],
    },
    factIds: ['CAL-1', 'CAL-6', 'R-2'],
    sources: [src.autopatchHotpatch, src.intuneHotpatch],
    asOf: '2026-01-13',
    keywords: {
      en: [
        'how many restarts',
        'restarts per year',
        'four times a year',
        '4 times a year',
        'reboots per year',
        'how many reboots',
        'save restarts',
        'fewer restarts',
      ],
      fr: [
        'combien de redemarrages',
        'redemarrages par an',
        'quatre fois par an',
        '4 fois par an',
        'combien de reboots',
        'eviter des redemarrages',
        'moins de redemarrages',
      ],
    },
    followUps: ['hotpatch-calendar', 'what-still-restarts'],
  },
  {
    id: 'unplanned-baselines',
    intent: 'calendar',
    title: { en: 'Unplanned baselines and out-of-band updates', fr: 'Baselines non planifiées et mises à jour hors bande' },
    body: {
      en: [
        'When an important fix (for example a zero-day) cannot ship as a hotpatch, Microsoft releases an unplanned baseline: it replaces that month’s hotpatch, contains the full cumulative update and requires a restart. The number per year is not known in advance.',
        'Out-of-band (OOB) fixes can also ship as hotpatches without restart (for example KB5072753 on 20 November 2025).',
        'Additional baseline months are possible for one OS while another has a hotpatch month: check Windows release health.',
      ],
      fr: [
        'Quand un correctif important (par exemple une faille zero-day) ne peut pas être livré en hotpatch, Microsoft publie une baseline non planifiée : elle remplace le hotpatch du mois, contient la mise à jour cumulative complète et exige un redémarrage. Leur nombre annuel n’est pas connu à l’avance.',
        'Les correctifs hors bande (OOB) peuvent aussi être livrés en hotpatch sans redémarrage (par exemple KB5072753 le 20 novembre 2025).',
        'Des mois de baseline supplémentaires sont possibles pour un système pendant qu’un autre a un mois de hotpatch : consulter l’état d’intégrité des versions Windows (release health).',
      ],
    },
    factIds: ['CAL-6', 'CAL-OOB-1', 'CAL-5'],
    sources: [src.serverHotpatch, src.autopatchHotpatch, src.releaseInfo, src.oobLoop],
    asOf: '2026-11-25',
    keywords: {
      en: ['unplanned baseline', 'out of band', 'oob', 'zero day', 'emergency update', 'extra baseline'],
      fr: ['baseline non planifiee', 'hors bande', 'oob', 'zero day', 'mise a jour d urgence', 'baseline supplementaire'],
    },
    followUps: ['june-2026-restart', 'hotpatch-calendar'],
  },
  {
    id: 'june-2026-restart',
    intent: 'calendar',
    title: { en: 'Was June 2026 a restart month?', fr: 'Juin 2026 était-il un mois avec redémarrage ?' },
    body: {
      en: [
        'June 2026 appears to have been a restart month: KB5094126 (OS builds 26100.8655 and 26200.8655, released 9 June 2026) is the standard cumulative update, and no June 2026 hotpatch KB is known.',
        'The planned calendar said hotpatch, so it was most likely an unplanned baseline. Check the hotpatch release notes for your version.',
      ],
      fr: [
        'Juin 2026 semble avoir été un mois avec redémarrage : KB5094126 (builds 26100.8655 et 26200.8655, publiée le 9 juin 2026) est la mise à jour cumulative standard, et aucun KB hotpatch de juin 2026 n’est connu.',
        'Le calendrier prévu indiquait un hotpatch : il s’agit très probablement d’une baseline non planifiée. Consultez les notes de publication hotpatch de votre version.',
      ],
    },
    factIds: ['CAL-REL-2', 'CAL-6', 'CAL-REL-1'],
    sources: [src.notes24h2, src.notes25h2, src.releaseInfo],
    asOf: '2026-11-25',
    hedge: {
      en: 'Not confirmed on a Microsoft page: June 2026 "appears to have been" a restart month.',
      fr: 'Non confirmé sur une page Microsoft : juin 2026 « semble avoir été » un mois avec redémarrage.',
    },
    keywords: {
      en: ['june 2026', 'june restart', 'kb5094126', 'restarted in june'],
      fr: ['juin 2026', 'redemarrage en juin', 'kb5094126', 'redemarre en juin'],
    },
    followUps: ['unplanned-baselines', 'why-restarted'],
  },
  {
    id: 'ring-deadlines-unchanged',
    intent: 'admin-setup',
    title: { en: 'Hotpatch and update ring deadlines', fr: 'Hotpatch et échéances des anneaux de mise à jour' },
    body: {
      en: [
        'No. Turning on hotpatch doesn’t change deadline-driven or scheduled install configurations; deferrals and active hours still apply, and existing update rings are honoured.',
        'The release day is Patch Tuesday, but the actual restart in a baseline month follows the device’s deferral (0–30 days), deadline and grace period.',
      ],
      fr: [
        'Non. Activer le hotpatch ne change pas les configurations d’échéance ou d’installation planifiée ; les reports et heures d’activité s’appliquent toujours et les anneaux de mise à jour existants sont respectés.',
        'La publication a lieu le Patch Tuesday, mais le redémarrage réel d’un mois de baseline suit le report (0 à 30 jours), l’échéance et la période de grâce de l’appareil.',
      ],
    },
    factIds: ['HP-MGT-4', 'CAL-8'],
    sources: [src.autopatchHotpatch, src.intuneHotpatch, src.qualityUpdateRing],
    asOf: '2026-01-20',
    keywords: {
      en: ['deadline', 'deadlines', 'deferral', 'deferrals', 'update ring', 'update rings', 'active hours', 'grace period'],
      fr: ['echeance', 'echeances', 'report', 'reports', 'anneau de mise a jour', 'anneaux', 'heures d activite', 'periode de grace'],
    },
    followUps: ['admin-setup', 'hotpatch-calendar'],
  },
  {
    id: 'behind-baseline',
    intent: 'why-restarted',
    title: { en: 'Device not on the latest baseline', fr: 'Appareil pas sur la dernière baseline' },
    body: {
      en: [
        'No restart-free patch in that case: a hotpatch-enabled device that isn’t on the latest baseline receives both the latest baseline (restart required) and the latest hotpatch; after that it’s back on the no-restart cycle.',
        'Devices must be on the latest baseline release to qualify; Microsoft releases baselines quarterly as standard cumulative updates.',
      ],
      fr: [
        'Pas de correctif sans redémarrage dans ce cas : un appareil activé pour le hotpatch qui n’est pas sur la dernière baseline reçoit la baseline (redémarrage requis) puis le hotpatch du mois ; ensuite il reprend le cycle sans redémarrage.',
        'Les appareils doivent être sur la dernière mise à jour de référence (baseline) pour être éligibles ; Microsoft publie les baselines chaque trimestre sous forme de mises à jour cumulatives standard.',
      ],
    },
    factIds: ['CAL-3', 'HP-OS-3', 'R-8'],
    sources: [src.intuneHotpatch, src.autopatchHotpatch],
    asOf: '2026-01-13',
    keywords: {
      en: ['latest baseline', 'last quarter', 'previous baseline', 'missed baseline', 'behind on baseline', 'not on the latest baseline', 'old build'],
      fr: [
        'derniere baseline',
        'trimestre precedent',
        'baseline precedente',
        'baseline manquee',
        'en retard',
        'ancienne build',
        'pas eu la maj',
        'pas eu la mise a jour',
      ],
    },
    followUps: ['why-restarted', 'hotpatch-calendar'],
  },
  {
    id: 'hotpatch-release-notes',
    intent: 'calendar',
    title: { en: 'Where are the hotpatch release notes?', fr: 'Où trouver les notes de publication hotpatch ?' },
    body: {
      en: [
        'Microsoft publishes hotpatch release notes per Windows version (24H2 and 25H2) and a "Windows 11 hotpatch calendar" section in Windows 11 release information: see the links below.',
        'Hotpatch KB titles read "… Hotpatch KB… (OS Builds …)", for example "February 10, 2026—Hotpatch KB5077212 (OS Builds 26200.7781 and 26100.7781)".',
      ],
      fr: [
        'Microsoft publie les notes de publication hotpatch par version de Windows (24H2 et 25H2) et une section « Windows 11 hotpatch calendar » dans les informations de version de Windows 11 : voir les liens ci-dessous.',
        'Les titres des KB hotpatch ont la forme « … Hotpatch KB… (OS Builds …) », par exemple « February 10, 2026—Hotpatch KB5077212 (OS Builds 26200.7781 and 26100.7781) ».',
      ],
    },
    factIds: ['CAL-REL-1', 'CAL-REL-2'],
    sources: [src.notes24h2, src.notes25h2, src.releaseInfo, src.kb5077212],
    asOf: '2026-11-25',
    // CAL-REL-2 is uncertain: several KB numbers come from secondary sources only.
    hedge: {
      en: 'Some KB numbers the bot knows come from secondary sources: check them in Microsoft’s release notes before quoting.',
      fr: 'Certains numéros de KB connus du bot viennent de sources secondaires : vérifiez-les dans les notes de publication de Microsoft avant de les citer.',
    },
    keywords: {
      en: ['release notes', 'kb list', 'which kb', 'hotpatch kb', 'release information', 'release health'],
      fr: ['notes de publication', 'liste des kb', 'quel kb', 'kb hotpatch', 'informations de version'],
    },
    followUps: ['build-numbers', 'hotpatch-calendar'],
  },
  {
    id: 'build-numbers',
    intent: 'how-to-check',
    title: { en: 'Hotpatch build numbers', fr: 'Numéros de build hotpatch' },
    body: {
      en: [
        '24H2 builds are 26100.UBR and 25H2 builds 26200.UBR, with the same UBR for a given release (for example KB5077212 = 26100.7781 and 26200.7781).',
        'Hotpatch builds are lower numbered than the standard build of the same month, because they contain a subset of fixes; the Intune "Windows quality update distribution" report shows both.',
        'In Microsoft Graph, product revisions 10.0.<build>.<UBR> with isHotpatchUpdate = true mark hotpatch builds.',
      ],
      fr: [
        'Les builds 24H2 sont 26100.UBR et les builds 25H2 26200.UBR, avec le même UBR pour une même publication (par exemple KB5077212 = 26100.7781 et 26200.7781).',
        'Les builds hotpatch ont un numéro plus bas que la build standard du même mois, car elles contiennent un sous-ensemble des correctifs ; le rapport Intune « Windows quality update distribution » affiche les deux.',
        'Dans Microsoft Graph, les révisions produit 10.0.<build>.<UBR> avec isHotpatchUpdate = true signalent les builds hotpatch.',
      ],
    },
    factIds: ['CAL-NUM-1', 'CAL-NUM-2', 'CAL-NUM-3', 'G-REP-2'],
    sources: [src.intuneQuality, src.graphProductRevision, src.kb5077212],
    asOf: '2026-11-25',
    keywords: {
      en: ['build number', 'build numbers', 'ubr', 'os build', '26100', '26200', 'winver'],
      fr: ['numero de build', 'numeros de build', 'ubr', 'build', '26100', '26200', 'winver'],
    },
    followUps: ['how-to-check', 'graph-catalog-hotpatch'],
  },
];
