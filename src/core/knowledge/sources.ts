/**
 * Source links for knowledge topics, each one listed among the sources of data/facts/register.json.
 * Primary sources [MS-Learn]/[MS-Blog] first in each topic; [2nd] only as corroboration.
 */
export interface SourceLink {
  title: string;
  url: string;
}

const s = (title: string, url: string): SourceLink => ({ title, url });

export const src = {
  autopatchHotpatch: s(
    'Hotpatch updates — Windows Autopatch (Microsoft Learn, 2025-07-04)',
    'https://learn.microsoft.com/en-us/windows/deployment/windows-autopatch/manage/windows-autopatch-hotpatch-updates',
  ),
  intuneHotpatch: s(
    'Hotpatch — Microsoft Intune (Microsoft Learn, 2026-01-13)',
    'https://learn.microsoft.com/en-us/intune/device-updates/windows/configure-hotpatch',
  ),
  intuneQuality: s(
    'Manage Windows quality updates — Intune (Microsoft Learn, 2026-01-08)',
    'https://learn.microsoft.com/en-us/intune/device-updates/windows/manage-quality-updates',
  ),
  autopatchFaq: s(
    'Windows Autopatch FAQ (Microsoft Learn, 2025-04-21)',
    'https://learn.microsoft.com/en-us/windows/deployment/windows-autopatch/overview/windows-autopatch-faq',
  ),
  autopatchPrereq: s(
    'Windows Autopatch prerequisites (Microsoft Learn)',
    'https://learn.microsoft.com/en-us/windows/deployment/windows-autopatch/prepare/windows-autopatch-prerequisites',
  ),
  subscriptionActivation: s(
    'Windows subscription activation (Microsoft Learn)',
    'https://learn.microsoft.com/windows/deployment/windows-subscription-activation',
  ),
  training2026Unit2: s(
    'Hotpatch updates — protection with less disruption (Microsoft Learn training, 2025-10-07)',
    'https://learn.microsoft.com/en-us/training/modules/hotpatch-updates-2026/2-protection-with-less-disruption',
  ),
  trainingSchedules: s(
    'Hotpatch updates — update schedules (Microsoft Learn training)',
    'https://learn.microsoft.com/en-us/training/modules/hotpatch-updates/3-update-schedules',
  ),
  training2026: s('Hotpatch updates 2026 (Microsoft Learn training)', 'https://learn.microsoft.com/en-us/training/modules/hotpatch-updates-2026/'),
  serverHotpatch: s('Hotpatch for Windows Server (Microsoft Learn, 2023-07-27)', 'https://learn.microsoft.com/en-us/windows-server/get-started/hotpatch'),
  serverArc: s(
    'Enable hotpatch for Azure Arc-enabled servers (Microsoft Learn, 2025-10-30)',
    'https://learn.microsoft.com/en-us/windows-server/get-started/enable-hotpatch-azure-arc-enabled-servers',
  ),
  cloudservusArcFree: s(
    'Azure Arc hotpatch for Windows Server 2025 is now free (cloudservus, 2026-05)',
    'https://www.cloudservus.com/blog/azure-arc-hotpatch-for-windows-server-2025-is-now-free',
  ),
  itConnectArcFree: s(
    'Microsoft makes hotpatching free for Windows Server 2025 (IT-Connect, 2026-05)',
    'https://www.it-connect.tech/microsoft-makes-hotpatching-free-for-windows-server-2025/',
  ),
  winbuzzerArcPaid: s(
    'Windows Server 2025 hotpatching shifts to paid subscription (WinBuzzer, 2025-04-28)',
    'https://winbuzzer.com/2025/04/28/windows-server-2025-hotpatching-shifts-to-paid-subscription-via-azure-arc-xcxwbn/',
  ),
  releaseInfo: s(
    'Windows 11 release information — hotpatch calendar (Microsoft Learn)',
    'https://learn.microsoft.com/en-us/windows/release-health/windows11-release-information',
  ),
  notes24h2: s('Windows 11 24H2 hotpatch release notes (Microsoft Support)', 'https://support.microsoft.com/topic/c0906ee6-5e62-498f-bd5a-8f4966349f3c'),
  notes25h2: s('Windows 11 25H2 hotpatch release notes (Microsoft Support)', 'https://support.microsoft.com/topic/0bbaa1c7-5070-41ca-a7c9-4ead79602dbf'),
  catalogEntry: s(
    'qualityUpdateCatalogEntry resource (Microsoft Graph beta)',
    'https://learn.microsoft.com/en-us/graph/api/resources/windowsupdates-qualityupdatecatalogentry?view=graph-rest-beta',
  ),
  qualityUpdateRing: s(
    'qualityUpdateRing resource (Microsoft Graph beta, 2026-01-20)',
    'https://learn.microsoft.com/en-us/graph/api/resources/windowsupdates-qualityupdatering?view=graph-rest-beta',
  ),
  graphHotpatchHowTo: s(
    'Deploy hotpatch updates with the Windows updates API (Microsoft Graph)',
    'https://learn.microsoft.com/en-us/graph/windowsupdates-hotpatch-update',
  ),
  graphQup: s(
    'windowsQualityUpdatePolicy resource (Microsoft Graph beta)',
    'https://learn.microsoft.com/en-us/graph/api/resources/intune-softwareupdate-windowsqualityupdatepolicy?view=graph-rest-beta',
  ),
  graphQupList: s(
    'List windowsQualityUpdatePolicies (Microsoft Graph beta)',
    'https://learn.microsoft.com/en-us/graph/api/intune-softwareupdate-windowsqualityupdatepolicy-list?view=graph-rest-beta',
  ),
  graphMdV1: s(
    'managedDevice resource (Microsoft Graph v1.0)',
    'https://learn.microsoft.com/en-us/graph/api/resources/intune-devices-manageddevice?view=graph-rest-1.0',
  ),
  graphMdBeta: s(
    'managedDevice resource (Microsoft Graph beta)',
    'https://learn.microsoft.com/en-us/graph/api/resources/intune-devices-manageddevice?view=graph-rest-beta',
  ),
  graphHwInfo: s(
    'hardwareInformation resource (Microsoft Graph beta, 2024-08-01)',
    'https://learn.microsoft.com/en-us/graph/api/resources/intune-devices-hardwareinformation?view=graph-rest-beta',
  ),
  graphVbsEnum: s(
    'deviceGuardVirtualizationBasedSecurityState enum (Microsoft Graph beta)',
    'https://learn.microsoft.com/en-us/graph/api/resources/intune-devices-deviceguardvirtualizationbasedsecuritystate?view=graph-rest-beta',
  ),
  graphMdGet: s(
    'Get managedDevice (Microsoft Graph beta)',
    'https://learn.microsoft.com/en-us/graph/api/intune-devices-manageddevice-get?view=graph-rest-beta',
  ),
  graphCatalogList: s(
    'List catalog entries (Microsoft Graph beta)',
    'https://learn.microsoft.com/en-us/graph/api/windowsupdates-catalog-list-entries?view=graph-rest-beta',
  ),
  graphProductRevision: s(
    'productRevision resource (Microsoft Graph beta)',
    'https://learn.microsoft.com/en-us/graph/api/resources/windowsupdates-productrevision?view=graph-rest-beta',
  ),
  graphProduct: s(
    'product resource (Microsoft Graph beta)',
    'https://learn.microsoft.com/en-us/graph/api/resources/windowsupdates-product?view=graph-rest-beta',
  ),
  graphKnownIssues: s(
    'product: getKnownIssuesByTimeRange (Microsoft Graph beta)',
    'https://learn.microsoft.com/en-us/graph/api/windowsupdates-product-getknownissuesbytimerange?view=graph-rest-beta',
  ),
  graphKnownIssue: s(
    'knownIssue resource (Microsoft Graph beta)',
    'https://learn.microsoft.com/en-us/graph/api/resources/windowsupdates-knownissue?view=graph-rest-beta',
  ),
  graphWhatsNew: s("What's new in Microsoft Graph (Microsoft Learn)", 'https://learn.microsoft.com/en-us/graph/whats-new-overview'),
  hotpatchReport: s(
    'Hotpatch quality update report (Microsoft Learn, 2025-04-04)',
    'https://learn.microsoft.com/en-us/windows/deployment/windows-autopatch/monitor/windows-autopatch-hotpatch-quality-update-report',
  ),
  exportReports: s(
    'Export Intune reports using Graph APIs (Microsoft Learn)',
    'https://learn.microsoft.com/en-us/intune/intune-service/fundamentals/reports-export-graph-available-reports',
  ),
  vbsDoc: s(
    'Enable memory integrity / virtualization-based protection (Microsoft Learn)',
    'https://learn.microsoft.com/en-us/windows/security/hardware-security/enable-virtualization-based-protection-of-code-integrity',
  ),
  vbsAtScale: s(
    'Hotpatch readiness: enable VBS at scale (Tech Community)',
    'https://techcommunity.microsoft.com/blog/windows-itpro-blog/hotpatch-readiness-enable-vbs-at-scale/4441652',
  ),
  secureByDesign: s(
    'How hotpatch updates help keep Windows secure by design (Tech Community, 2026-04-06)',
    'https://techcommunity.microsoft.com/blog/windows-itpro-blog/how-hotpatch-updates-help-keep-windows-secure-by-design/4508188',
  ),
  arm64Blog: s(
    'Hotpatching now available for 64-bit Arm architecture (Tech Community, 2025-07)',
    'https://techcommunity.microsoft.com/blog/windows-itpro-blog/hotpatching-now-available-for-64-bit-arm-architecture/4430949',
  ),
  disableChpe: s(
    'Policy CSP — System/DisableCHPE (Microsoft Learn)',
    'https://learn.microsoft.com/en-us/windows/client-management/mdm/policy-csp-system#disablechpe',
  ),
  fleetIssue: s('fleetdm/fleet issue 36581 (community, 2025-12-02)', 'https://github.com/fleetdm/fleet/issues/36581'),
  defaultOnBlog: s(
    'Securing devices faster with hotpatch updates on by default (Tech Community, 2026-03)',
    'https://techcommunity.microsoft.com/blog/windows-itpro-blog/securing-devices-faster-with-hotpatch-updates-on-by-default/4500066',
  ),
  mc1247859: s('Message center MC1247859 (mirror)', 'https://deltapulse.app/item/MC1247859'),
  helpNetDefaultOn: s(
    'Microsoft Windows Autopatch default security updates (Help Net Security, 2026-03-10)',
    'https://www.helpnetsecurity.com/2026/03/10/microsoft-windows-autopatch-default-security-updates/',
  ),
  msendpointHybrid: s('Mastering hotpatching with Intune (community)', 'https://msendpoint.com/article/mastering-hotpatching-with-intune-for-seamless-updates'),
  tridentWsus: s('Hotpatch — update management (Tridentstack, community)', 'https://docs.tridentstack.com/platform-guide/update-management/hotpatch'),
  qmr: s('Quick machine recovery (Microsoft Learn, 2025-06-02)', 'https://learn.microsoft.com/en-us/windows/configuration/quick-machine-recovery/'),
  remoteRemediationCsp: s(
    'RemoteRemediation CSP (Microsoft Learn, 2025-03-26)',
    'https://learn.microsoft.com/en-us/windows/client-management/mdm/remoteremediation-csp',
  ),
  helpNetQmr: s(
    'Quick Machine Recovery: restoring Windows 11 devices with boot issues (Help Net Security, 2025-03-31)',
    'https://helpnetsecurity.com/2025/03/31/quick-machine-recovery-restoring-windows-11-devices-with-boot-issues',
  ),
  qmrGa: s(
    'Windows 11 24H2 adds automated boot recovery (windowsnews.ai)',
    'https://www.windowsnews.ai/article/windows-11-24h2-cuts-blue-screen-time-to-2-seconds-adds-automated-boot-recovery.374446',
  ),
  pitr: s(
    'Cloud-driven Windows recovery: PITR and Cloud Rebuild explained (WindowsForum)',
    'https://windowsforum.com/threads/cloud-driven-windows-recovery-pitr-and-cloud-rebuild-explained.390145/latest',
  ),
  kb5077212: s(
    'KB5077212 hotpatch overview (WindowsForum, quoting Microsoft Support)',
    'https://windowsforum.com/threads/kb5077212-hotpatch-windows-os-build-26200-7781-overview.400755/latest',
  ),
  oobLoop: s(
    'Windows 11 hotpatch reinstall loop fixed by out-of-band KB5072753 (WindowsForum)',
    'https://windowsforum.com/threads/windows-11-hotpatch-reinstall-loop-fixed-by-out-of-band-kb5072753-nov-2025.390949',
  ),
  ninetofive26h2: s('Windows 11 26H2 enablement package (9to5windows)', 'https://9to5windows.com/windows-11-26h2-174kb-enablement-package/'),
  cloudnewsGa: s('Hotpatch GA for Windows 11 Enterprise (cloudnews.tech, 2025-04)', 'https://cloudnews.tech/?p=24883'),
} as const;
