import type { KnowledgeTopic } from '../types';
import { src } from '../sources';

// Windows Server hotpatch, WS-1..WS-4. WS-3 (checked 2026-12-06): free now per the Learn page; only the dates are second-hand.
export const windowsServerTopics: KnowledgeTopic[] = [
  {
    id: 'windows-server',
    intent: 'windows-server',
    title: { en: 'Hotpatch for Windows Server 2025', fr: 'Hotpatch pour Windows Server 2025' },
    body: {
      en: [
        'Windows Server 2025 Standard and Datacenter (including on-premises) can get hotpatch via Azure Arc (Connected Machine agent, "Hotpatch" enabled in the Azure portal), at no extra cost now.',
        'Requirements: build 26100.1742 or later, VBS capable (UEFI + Secure Boot; Gen 2 VM on Hyper-V), Desktop Experience or Server Core, an Azure subscription; enrol on a baseline-month update (January, April, July, October).',
        'Cost: no additional cost now — the Microsoft Learn page says Azure Arc-enabled hotpatch for Windows Server 2025 is available at no extra cost (since 19 May 2026; billing stopped 15 May 2026). Before that: a free preview, then USD 1.50 per CPU core per month from July 2025.',
        'Datacenter: Azure Edition includes hotpatch natively (no Arc needed), always included on Azure IaaS and Azure Local.',
      ],
      fr: [
        'Windows Server 2025 Standard et Datacenter (y compris sur site) peuvent recevoir le hotpatch via Azure Arc (agent Connected Machine, « Hotpatch » activé dans le portail Azure), sans coût supplémentaire aujourd’hui.',
        'Prérequis : build 26100.1742+ (ou ultérieure), compatible VBS (UEFI + démarrage sécurisé ; VM génération 2 sous Hyper-V), Expérience de bureau ou Server Core, un abonnement Azure ; inscription sur une mise à jour d’un mois de baseline (janvier, avril, juillet, octobre).',
        'Coût : sans coût supplémentaire aujourd’hui — la page Microsoft Learn indique que le hotpatch via Azure Arc pour Windows Server 2025 est disponible sans frais supplémentaires (depuis le 19 mai 2026 ; facturation arrêtée le 15 mai 2026). Avant : préversion gratuite, puis 1,50 USD par cœur et par mois à partir de juillet 2025.',
        'L’édition Datacenter: Azure Edition inclut le hotpatch nativement (sans Arc), toujours inclus sur Azure IaaS et Azure Local.',
      ],
    },
    commands: [
      {
        label: { en: 'VBS running on the server (expect 2)', fr: 'VBS actif sur le serveur (attendu : 2)' },
        code: 'Get-CimInstance -Namespace root/Microsoft/Windows/DeviceGuard -ClassName Win32_DeviceGuard | Select -Expand VirtualizationBasedSecurityStatus',
      },
    ],
    factIds: ['WS-2', 'WS-3', 'WS-1'],
    sources: [src.serverArc, src.serverHotpatch, src.cloudservusArcFree, src.itConnectArcFree, src.winbuzzerArcPaid],
    asOf: '2026-05-19',
    hedge: {
      en: 'That it is free now is on the Microsoft Learn page; the dates come from third parties citing the Azure Arc Blog (the paid period started on 1 July or 16 July 2025 depending on the source; free since 19 May 2026).',
      fr: 'La gratuité actuelle figure sur la page Microsoft Learn ; les dates viennent de sources tierces citant le blog Azure Arc (facturation à partir du 1er ou du 16 juillet 2025 selon la source ; gratuit depuis le 19 mai 2026).',
    },
    keywords: {
      en: ['windows server', 'server 2025', 'azure arc', 'arc', 'datacenter', 'server standard', 'on prem server', 'per core', 'cost'],
      fr: ['windows server', 'server 2025', 'azure arc', 'arc', 'datacenter', 'serveur', 'sur site', 'par coeur', 'combien ca coute', 'cout'],
    },
    followUps: ['windows-server-2022', 'windows-server-restarts'],
  },
  {
    id: 'windows-server-2022',
    intent: 'windows-server',
    title: { en: 'Hotpatch for Windows Server 2022 Azure Edition', fr: 'Hotpatch pour Windows Server 2022 Azure Edition' },
    body: {
      en: [
        'Windows Server 2022 Datacenter: Azure Edition has hotpatch (since February 2022) on Azure VMs and Azure Stack HCI / Azure Local, from specific Marketplace images (Server Core images are hotpatch-enabled by default).',
        'It is orchestrated by Automatic VM Guest Patching / Azure Update Manager.',
      ],
      fr: [
        'Windows Server 2022 Datacenter: Azure Edition dispose du hotpatch (depuis février 2022) sur les VM Azure et Azure Stack HCI / Azure Local, à partir d’images Marketplace spécifiques (les images Server Core sont activées pour le hotpatch par défaut).',
        'L’orchestration passe par Automatic VM Guest Patching / Azure Update Manager.',
      ],
    },
    factIds: ['WS-1'],
    sources: [src.serverHotpatch],
    asOf: '2023-07-27',
    keywords: {
      en: ['server 2022', 'azure edition', 'azure vm', 'azure stack hci', 'azure update manager', 'guest patching'],
      fr: ['server 2022', 'azure edition', 'vm azure', 'azure stack hci', 'azure update manager'],
    },
    followUps: ['windows-server'],
  },
  {
    id: 'windows-server-restarts',
    intent: 'windows-server',
    title: { en: 'Windows Server hotpatch: calendar and restarts', fr: 'Hotpatch Windows Server : calendrier et redémarrages' },
    body: {
      en: [
        'Same quarterly calendar as clients (baselines in January, April, July, October), with planned and unplanned baselines.',
        'Non-security updates, .NET, drivers and firmware may still need reboots. There is no automatic rollback: uninstall, reinstall the last good baseline and reboot.',
        'Past known issue (October 2025): a machine that installed the out-of-band KB5070881 was made incompatible with the hotpatches that followed; such a machine goes back on the cycle from a baseline.',
      ],
      fr: [
        'Même calendrier trimestriel que les postes clients (baselines en janvier, avril, juillet, octobre), avec des baselines planifiées et non planifiées.',
        'Les mises à jour non liées à la sécurité, .NET, les pilotes et le firmware peuvent encore exiger un redémarrage. Pas de restauration automatique : désinstaller, réinstaller la dernière baseline saine et redémarrer.',
        'Problème connu passé (octobre 2025) : une machine qui a installé la mise à jour hors bande KB5070881 est devenue incompatible avec les hotpatchs suivants ; elle reprend le cycle à partir d’une baseline.',
      ],
    },
    factIds: ['WS-4', 'WS-2', 'CAL-6'],
    sources: [src.serverHotpatch, src.serverArc],
    asOf: '2025-10-30',
    keywords: {
      en: ['server reboot', 'server restart', 'kb5070881', 'server rollback', 'server baseline'],
      fr: ['redemarrage serveur', 'kb5070881', 'restauration serveur', 'baseline serveur'],
    },
    followUps: ['windows-server'],
  },
];
