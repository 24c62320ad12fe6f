import type { AnswerUnit } from './types';
import { src } from '../sources';
import { both, computed, unit } from './define';
import { dateWords } from './words';
import { nextBaseline } from './computed';

// Windows Server hotpatch, one question each (issue 11, second batch): WS-1..4, CAL-1/5, R-5.

const VBS_CHECK =
  'Get-CimInstance -Namespace root/Microsoft/Windows/DeviceGuard -ClassName Win32_DeviceGuard | Select -Expand VirtualizationBasedSecurityStatus';

export const moreServerUnits: AnswerUnit[] = [
  unit({
    id: 'server-2022-standard-no',
    intent: 'windows-server',
    product: 'server',
    opener: 'no',
    title: both('Windows Server 2022 Standard or Datacenter and hotpatch', 'Windows Server 2022 Standard ou Datacenter et hotpatch'),
    asks: both(
      [
        'Can Windows Server 2022 Standard or Datacenter (not Azure Edition) get hotpatch?',
        'hotpatch on-premises Server 2022 Standard',
        'Server 2022 Datacenter hotpatch through Azure Arc',
      ],
      [
        'Windows Server 2022 Standard ou Datacenter (hors Azure Edition) peut-il recevoir le hotpatch ?',
        'hotpatch Server 2022 Standard sur site',
        'Server 2022 Datacenter hotpatch via Azure Arc',
      ],
    ),
    body: both(
      [
        'No, not documented: for Windows Server 2022, Microsoft documents hotpatch only on Datacenter: Azure Edition (Azure VMs, Azure Stack HCI / Azure Local). Hotpatch through Azure Arc for Standard and Datacenter is a Windows Server 2025 feature.',
      ],
      [
        'Non, ce n’est pas documenté : pour Windows Server 2022, Microsoft ne documente le hotpatch que sur Datacenter: Azure Edition (VM Azure, Azure Stack HCI / Azure Local). Le hotpatch via Azure Arc pour Standard et Datacenter est une fonction de Windows Server 2025.',
      ],
    ),
    factIds: ['WS-1', 'WS-2'],
    sources: [src.serverHotpatch, src.serverArc],
    asOf: '2025-10-30',
    keywords: both(['server 2022 standard', 'server 2022 datacenter', 'on-premises'], ['server 2022 standard', 'server 2022 datacenter', 'sur site']),
    followUps: ['windows-server', 'windows-server-2022'],
  }),
  unit({
    id: 'server-2019-2016-no',
    intent: 'windows-server',
    product: 'server',
    opener: 'no',
    title: both('Windows Server 2019 or 2016 and hotpatch', 'Windows Server 2019 ou 2016 et hotpatch'),
    asks: both(
      [
        'Does Windows Server 2019 or 2016 support hotpatch?',
        'hotpatch for Server 2019',
        'older Windows Server versions hotpatch',
        'can Server 2019 or 2016 get hotpatch through Azure Arc?',
      ],
      ['Windows Server 2019 ou 2016 prend-il en charge le hotpatch ?', 'hotpatch pour Server 2019', 'anciennes versions de Windows Server et hotpatch'],
    ),
    body: both(
      [
        'No: Windows Server hotpatch covers Windows Server 2022 Datacenter: Azure Edition and Windows Server 2025 (Azure Edition natively, Standard/Datacenter via Azure Arc); older versions keep standard monthly updates with restarts.',
      ],
      [
        'Non : le hotpatch Windows Server couvre Windows Server 2022 Datacenter: Azure Edition et Windows Server 2025 (Azure Edition nativement, Standard/Datacenter via Azure Arc) ; les versions plus anciennes gardent les mises à jour mensuelles standard avec redémarrage.',
      ],
    ),
    factIds: ['WS-1', 'WS-2'],
    sources: [src.serverHotpatch, src.serverArc],
    asOf: '2025-10-30',
    keywords: both(['server 2019', 'server 2016', 'older server'], ['server 2019', 'server 2016', 'anciens serveurs']),
    followUps: ['windows-server'],
  }),
  unit({
    id: 'server-2025-needs-vbs',
    intent: 'windows-server',
    product: 'server',
    opener: 'yes',
    title: both('Does Server 2025 Arc hotpatch need VBS?', 'Le hotpatch Arc de Server 2025 exige-t-il VBS ?'),
    asks: both(
      [
        'Does Windows Server 2025 hotpatch through Azure Arc need VBS?',
        'Server 2025 hotpatch Secure Boot UEFI Generation 2 VM',
        'check VBS on Windows Server 2025 before enabling hotpatch',
      ],
      [
        'Le hotpatch de Windows Server 2025 via Azure Arc exige-t-il VBS ?',
        'Server 2025 hotpatch démarrage sécurisé UEFI VM génération 2',
        'vérifier VBS sur Windows Server 2025 avant le hotpatch',
      ],
    ),
    body: both(
      [
        'Yes: the server must be VBS capable — UEFI with Secure Boot, and a Generation 2 VM on Hyper-V — and VirtualizationBasedSecurityStatus must return 2 (running) with the Win32_DeviceGuard query.',
      ],
      [
        'Oui : le serveur doit être compatible VBS — UEFI avec démarrage sécurisé, et VM de génération 2 sous Hyper-V — et VirtualizationBasedSecurityStatus doit renvoyer 2 (en cours d’exécution) avec la requête Win32_DeviceGuard.',
      ],
    ),
    commands: [{ label: { en: 'VBS status (2 = running)', fr: 'État VBS (2 = en cours d’exécution)' }, code: VBS_CHECK }],
    factIds: ['WS-2'],
    sources: [src.serverArc],
    asOf: '2025-10-30',
    keywords: both(['vbs', 'secure boot', 'uefi', 'generation 2', 'gen 2'], ['vbs', 'demarrage securise', 'uefi', 'generation 2']),
    followUps: ['windows-server', 'server-2025-min-build'],
  }),
  unit({
    id: 'server-2025-azure-edition-no-arc',
    intent: 'windows-server',
    product: 'server',
    opener: 'no',
    title: both('Does Server 2025 Azure Edition need Azure Arc?', 'Server 2025 Azure Edition a-t-il besoin d’Azure Arc ?'),
    asks: both(
      [
        'Does Windows Server 2025 Datacenter: Azure Edition need Azure Arc for hotpatch?',
        'Server 2025 Azure Edition hotpatch native',
        'Arc agent required on Azure Edition VMs for hotpatch?',
      ],
      ['Windows Server 2025 Datacenter: Azure Edition a-t-il besoin d’Azure Arc pour le hotpatch ?', 'hotpatch natif Server 2025 Azure Edition'],
    ),
    body: both(
      [
        'No: Datacenter: Azure Edition includes hotpatch natively, with no Arc needed — on Azure it always includes hotpatch. Azure Arc is the path for Windows Server 2025 Standard and Datacenter.',
      ],
      [
        'Non : Datacenter: Azure Edition inclut le hotpatch nativement, sans Arc — sur Azure, le hotpatch est toujours inclus. Azure Arc est la voie pour Windows Server 2025 Standard et Datacenter.',
      ],
    ),
    factIds: ['WS-2', 'WS-3'],
    sources: [src.serverArc],
    asOf: '2025-10-30',
    keywords: both(['azure edition', 'native', 'no arc', 'arc agent'], ['azure edition', 'natif', 'sans arc']),
    followUps: ['windows-server'],
  }),
  unit({
    id: 'server-2025-min-build',
    intent: 'windows-server',
    product: 'server',
    opener: 'fact',
    title: both('Minimum build for Server 2025 hotpatch', 'Build minimale pour le hotpatch de Server 2025'),
    asks: both(
      [
        'What build does Windows Server 2025 need for hotpatch via Azure Arc?',
        'minimum build Server 2025 hotpatch 26100.1742',
        'Server 2025 hotpatch prerequisites build number',
      ],
      ['Quelle build Windows Server 2025 faut-il pour le hotpatch via Azure Arc ?', 'build minimale Server 2025 hotpatch 26100.1742'],
    ),
    body: both(
      [
        'Build 26100.1742 or later (a released build), on Desktop Experience or Server Core, VBS capable, with the Azure Connected Machine agent (Azure Arc) and an Azure subscription.',
      ],
      [
        'Build 26100.1742 ou ultérieure (une build publiée), en Expérience de bureau ou Server Core, compatible VBS, avec l’agent Azure Connected Machine (Azure Arc) et un abonnement Azure.',
      ],
    ),
    factIds: ['WS-2'],
    sources: [src.serverArc],
    asOf: '2025-10-30',
    keywords: both(['minimum build', '26100.1742', 'build number'], ['build minimale', '26100.1742', 'numero de build']),
    followUps: ['windows-server', 'server-2025-needs-vbs'],
  }),
  unit({
    id: 'server-kb5070881',
    intent: 'windows-server',
    product: 'server',
    opener: 'fact',
    title: both('The KB5070881 Windows Server hotpatch issue', 'Le problème KB5070881 du hotpatch Windows Server'),
    asks: both(
      [
        'What was the KB5070881 problem with Windows Server hotpatch?',
        'KB5070881 incompatible with upcoming hotpatches',
        'Server 2025 stopped receiving hotpatches after an out-of-band update in October 2025',
      ],
      ['Quel était le problème de KB5070881 avec le hotpatch Windows Server ?', 'KB5070881 incompatible avec les hotpatchs suivants'],
    ),
    body: both(
      [
        'KB5070881, an out-of-band update of October 2025, made Windows Server machines that installed it incompatible with the hotpatches that followed (a known issue on Microsoft’s Azure Arc hotpatch page); such a machine goes back on the hotpatch cycle from a baseline.',
      ],
      [
        'KB5070881, une mise à jour hors bande d’octobre 2025, a rendu les serveurs Windows qui l’avaient installée incompatibles avec les hotpatchs suivants (problème connu de la page Microsoft sur le hotpatch Azure Arc) ; une telle machine reprend le cycle hotpatch à partir d’une baseline.',
      ],
    ),
    factIds: ['WS-2', 'HP-OS-3'],
    sources: [src.serverArc],
    asOf: '2025-10-30',
    keywords: both(['kb5070881', 'known issue', 'out-of-band', 'incompatible'], ['kb5070881', 'probleme connu', 'hors bande', 'incompatible']),
    followUps: ['windows-server-restarts'],
  }),
  unit({
    // The admin's real question once Arc is set up (fr-061's wording, and windowsforum threads on Arc reboots).
    id: 'server-arc-still-restarts',
    intent: 'windows-server',
    product: 'server',
    opener: 'depends',
    title: both('An Arc-connected Server 2025 still restarts: what to check', 'Un serveur 2025 connecté à Arc redémarre encore : que vérifier'),
    asks: both(
      [
        'Arc-connected server still restarts for security updates: what to check?',
        'hotpatch enabled in Arc but the server still reboots',
        'why is hotpatch not applied on my Arc server?',
      ],
      ['Serveur connecté à Arc qui redémarre encore pour les correctifs : que vérifier ?', 'hotpatch activé dans Arc mais le serveur redémarre toujours'],
    ),
    ...computed(({ today }) =>
      both(
        [
          'It depends on which prerequisite is missing: check that "Hotpatch" is enabled for the machine in the Azure portal (Arc, Connected Machine agent connected), that VBS is running (VirtualizationBasedSecurityStatus = 2), and that it runs build 26100.1742 or later.',
          `A server enrols from a baseline-month update, and baseline months (January, April, July, October) restart anyway; the next baseline is planned on ${dateWords(nextBaseline(today), 'en')}.`,
          'An out-of-band update such as KB5070881 (October 2025) took servers off the hotpatch cycle until a baseline; drivers, firmware and .NET updates can also need a restart.',
        ],
        [
          'Cela dépend du prérequis manquant : vérifier que « Hotpatch » est activé pour la machine dans le portail Azure (Arc, agent Connected Machine connecté), que la VBS est en cours d’exécution (VirtualizationBasedSecurityStatus = 2) et que la build est 26100.1742 ou ultérieure.',
          `Un serveur s’inscrit à partir d’une mise à jour d’un mois de baseline, et les mois de baseline (janvier, avril, juillet, octobre) redémarrent de toute façon ; la prochaine baseline est planifiée le ${dateWords(nextBaseline(today), 'fr')}.`,
          'Une mise à jour hors bande comme KB5070881 (octobre 2025) a sorti des serveurs du cycle hotpatch jusqu’à une baseline ; les pilotes, le firmware et .NET peuvent aussi exiger un redémarrage.',
        ],
      ),
    ),
    commands: [{ label: { en: 'VBS status (2 = running)', fr: 'État VBS (2 = en cours d’exécution)' }, code: VBS_CHECK }],
    factIds: ['WS-2', 'WS-4', 'CAL-1', 'CAL-6'],
    sources: [src.serverArc, src.serverHotpatch],
    asOf: '2025-10-30',
    keywords: both(['still restarts', 'not applied', 'arc connected'], ['redemarre encore', 'non applique', 'connecte a arc']),
    followUps: ['server-2025-needs-vbs', 'server-arc-enrol-baseline', 'server-kb5070881'],
  }),
  unit({
    id: 'server-no-auto-rollback',
    intent: 'windows-server',
    product: 'server',
    opener: 'no',
    title: both('Automatic rollback of a Windows Server hotpatch?', 'Retour arrière automatique d’un hotpatch Windows Server ?'),
    asks: both(
      ['Can a Windows Server hotpatch be rolled back automatically?', 'undo a bad hotpatch on a server', 'Server 2025 hotpatch rollback'],
      ['Un hotpatch Windows Server peut-il être annulé automatiquement ?', 'annuler un mauvais hotpatch sur un serveur', 'retour arrière hotpatch Server 2025'],
    ),
    body: both(
      ['No: there is no automatic rollback on Windows Server — uninstall the hotpatch, reinstall the last good baseline and reboot (a restart is required).'],
      [
        'Non : pas de restauration automatique sur Windows Server — désinstaller le hotpatch, réinstaller la dernière baseline saine et redémarrer (redémarrage obligatoire).',
      ],
    ),
    factIds: ['WS-4', 'R-5'],
    sources: [src.serverHotpatch],
    asOf: '2023-07-27',
    keywords: both(['rollback', 'roll back', 'uninstall', 'undo'], ['restauration', 'annuler', 'desinstaller']),
    followUps: ['hotpatch-rollback', 'windows-server-restarts'],
  }),
  unit({
    id: 'server-arc-enrol-baseline',
    intent: 'windows-server',
    product: 'server',
    opener: 'fact',
    title: both('When a Server 2025 machine can start hotpatching', 'Quand un serveur 2025 peut commencer le hotpatch'),
    asks: both(
      [
        'When can we enrol a Windows Server 2025 machine in Azure Arc hotpatch?',
        'Server 2025 hotpatch enrolment baseline month',
        'we enabled hotpatch in Azure Arc, when does the server start hotpatching',
      ],
      [
        'Quand peut-on inscrire un serveur Windows Server 2025 au hotpatch Azure Arc ?',
        'inscription hotpatch Server 2025 mois de baseline',
        'hotpatch activé dans Azure Arc, quand le serveur commence-t-il ?',
      ],
    ),
    ...computed(({ today }) =>
      both(
        [
          `Servers enrol from a baseline-month update (January, April, July, October): the next baseline is planned on ${dateWords(nextBaseline(today), 'en')}.`,
          'Enable "Hotpatch" in the Azure portal on the Arc-connected server (Connected Machine agent, build 26100.1742 or later, VBS).',
        ],
        [
          `Les serveurs s’inscrivent à partir d’une mise à jour d’un mois de baseline (janvier, avril, juillet, octobre) : la prochaine baseline est planifiée le ${dateWords(nextBaseline(today), 'fr')}.`,
          'Activer « Hotpatch » dans le portail Azure sur le serveur connecté à Arc (agent Connected Machine, build 26100.1742 ou ultérieure, VBS).',
        ],
      ),
    ),
    factIds: ['WS-3', 'WS-2', 'CAL-1'],
    sources: [src.serverArc],
    asOf: '2026-05-19',
    keywords: both(['enrol', 'enroll', 'start hotpatching', 'baseline month'], ['inscrire', 'inscription', 'mois de baseline']),
    followUps: ['windows-server'],
  }),
  unit({
    id: 'server-desktop-experience',
    intent: 'windows-server',
    product: 'server',
    opener: 'yes',
    title: both('Server 2025 hotpatch with Desktop Experience?', 'Hotpatch Server 2025 avec l’Expérience de bureau ?'),
    asks: both(
      ['Does Windows Server 2025 hotpatch work with Desktop Experience, or only Server Core?', 'Server 2025 GUI hotpatch', 'hotpatch Server Core only?'],
      ['Le hotpatch de Windows Server 2025 fonctionne-t-il avec l’Expérience de bureau, ou seulement Server Core ?', 'hotpatch Server Core uniquement ?'],
    ),
    body: both(
      [
        'Yes, both: Windows Server 2025 hotpatch through Azure Arc supports Desktop Experience and Server Core installations.',
        'On Windows Server 2022 Datacenter: Azure Edition it is the Server Core Marketplace images that are hotpatch-enabled by default.',
      ],
      [
        'Oui, les deux : le hotpatch de Windows Server 2025 via Azure Arc prend en charge les installations Expérience de bureau et Server Core.',
        'Sur Windows Server 2022 Datacenter: Azure Edition, ce sont les images Marketplace Server Core qui sont activées pour le hotpatch par défaut.',
      ],
    ),
    factIds: ['WS-2', 'WS-1'],
    sources: [src.serverArc, src.serverHotpatch],
    asOf: '2025-10-30',
    keywords: both(['desktop experience', 'server core', 'gui'], ['experience de bureau', 'server core', 'interface graphique']),
    followUps: ['windows-server'],
  }),
  unit({
    // A confusion seen in press and chat: Arc is Windows Server's route, not the PCs'.
    id: 'arc-not-for-pcs',
    intent: 'admin-setup',
    product: 'server',
    opener: 'no',
    title: both('Do Windows 11 PCs need Azure Arc for hotpatch?', 'Les PC Windows 11 ont-ils besoin d’Azure Arc pour le hotpatch ?'),
    asks: both(
      [
        'Do Windows 11 laptops need Azure Arc to get hotpatch?',
        'is Azure Arc required for hotpatch on client PCs?',
        'Arc agent on workstations for hotpatch?',
        'Windows 11 hotpatching requires Azure Arc integration, the hybrid cloud management',
      ],
      [
        'Faut-il Azure Arc pour le hotpatch sur les PC Windows 11 ?',
        'Azure Arc est-il nécessaire pour le hotpatch des postes de travail ?',
        'le hotpatch de Windows 11 nécessite l’intégration Azure Arc pour les portables',
      ],
    ),
    body: both(
      [
        'No: Azure Arc is the route for Windows Server 2025 Standard and Datacenter outside Azure. Windows 11 Enterprise/Education PCs get hotpatch through Windows Autopatch — an Intune Windows quality update policy with hotpatch allowed, or the tenant default.',
      ],
      [
        'Non : Azure Arc est la voie de Windows Server 2025 Standard et Datacenter hors d’Azure. Les PC Windows 11 Entreprise/Éducation reçoivent le hotpatch via Windows Autopatch — une stratégie de mise à jour qualité Windows d’Intune avec le hotpatch autorisé, ou le paramètre par défaut du locataire.',
      ],
    ),
    factIds: ['WS-2', 'HP-DEF-2', 'HP-MGT-1', 'HP-MGT-2'],
    sources: [src.serverArc, src.autopatchHotpatch, src.intuneHotpatch],
    asOf: '2026-12-07',
    followUps: ['admin-setup', 'windows-server'],
  }),
  unit({
    id: 'server-azure-subscription',
    intent: 'windows-server',
    product: 'server',
    opener: 'yes',
    title: both('Do on-prem servers need an Azure subscription?', 'Les serveurs sur site ont-ils besoin d’un abonnement Azure ?'),
    asks: both(
      [
        'Do on-premises Windows Server 2025 machines need an Azure subscription for hotpatch?',
        'Azure subscription required for Arc hotpatch',
        'hotpatch on-prem servers without Azure',
      ],
      [
        'Les serveurs Windows Server 2025 sur site ont-ils besoin d’un abonnement Azure pour le hotpatch ?',
        'abonnement Azure obligatoire pour le hotpatch Arc',
      ],
    ),
    body: both(
      [
        'Yes: on-premises Standard and Datacenter get hotpatch through Azure Arc, which needs an Azure subscription and the Connected Machine agent; the hotpatch itself is at no extra cost now (since May 2026).',
      ],
      [
        'Oui : les serveurs Standard et Datacenter sur site reçoivent le hotpatch via Azure Arc, qui exige un abonnement Azure et l’agent Connected Machine ; le hotpatch lui-même est sans coût supplémentaire aujourd’hui (depuis mai 2026).',
      ],
    ),
    factIds: ['WS-2', 'WS-3'],
    sources: [src.serverArc, src.cloudservusArcFree],
    asOf: '2026-05-19',
    keywords: both(['azure subscription', 'on-premises', 'without azure', 'connected machine agent'], ['abonnement azure', 'sur site', 'sans azure']),
    followUps: ['server-2025-hotpatch-cost', 'windows-server'],
  }),
  unit({
    id: 'server-client-same-calendar',
    intent: 'windows-server',
    product: 'server',
    opener: 'yes',
    title: both('Same hotpatch calendar for servers and PCs?', 'Même calendrier hotpatch pour serveurs et postes ?'),
    asks: both(
      [
        'Do Windows Server and Windows 11 follow the same hotpatch calendar?',
        'server hotpatch baseline months same as clients',
        'Server 2022 extra baseline month while Windows 11 has a hotpatch',
      ],
      ['Windows Server et Windows 11 suivent-ils le même calendrier hotpatch ?', 'mois de baseline serveurs identiques aux postes ?'],
    ),
    body: both(
      [
        'Yes: all hotpatch-supported operating systems follow the same quarterly calendar (baselines in January, April, July and October), but one OS — for example Windows Server 2022 — can get an extra baseline month while another has a hotpatch month: check Windows release health.',
      ],
      [
        'Oui : tous les systèmes pris en charge par le hotpatch suivent le même calendrier trimestriel (baselines en janvier, avril, juillet et octobre), mais un système — par exemple Windows Server 2022 — peut avoir un mois de baseline supplémentaire pendant qu’un autre a un mois de hotpatch : consultez Windows release health.',
      ],
    ),
    factIds: ['CAL-5', 'WS-4', 'CAL-1'],
    sources: [src.autopatchHotpatch, src.serverHotpatch],
    asOf: '2026-01-13',
    keywords: both(
      ['same calendar', 'servers and clients', 'extra baseline', 'release health'],
      ['meme calendrier', 'serveurs et postes', 'baseline supplementaire'],
    ),
    followUps: ['windows-server-restarts', 'hotpatch-calendar'],
  }),
];
