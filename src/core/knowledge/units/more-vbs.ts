import type { AnswerUnit } from './types';
import { src } from '../sources';
import { both, computed, unit } from './define';
import { endedVersionsBrief } from './servicing-words';

// VBS, memory integrity and what happens to ineligible devices, one question each (issue 11,
// second batch): HP-VBS-1/3/4/5/6, CHK-1/2/5, HP-INEL-1/2/3, HP-OS-3, CAL-3, R-6/R-7, G-MD-4.

/** HP-VBS-6 is uncertain on this point: Microsoft requires VBS running and says nothing of HVCI. */
const HVCI_HEDGE = both(
  'Microsoft requires VBS running; its docs neither require memory integrity (HVCI) nor say it is optional.',
  'Microsoft exige VBS en cours d’exécution ; sa documentation n’exige pas l’intégrité de la mémoire (HVCI) et ne dit pas non plus qu’elle est facultative.',
);

export const moreVbsUnits: AnswerUnit[] = [
  unit({
    id: 'hvci-not-required',
    intent: 'eligibility',
    product: 'hotpatch',
    opener: 'no',
    title: both('Is memory integrity (HVCI) required for hotpatch?', 'L’intégrité de la mémoire (HVCI) est-elle requise pour le hotpatch ?'),
    asks: both(
      [
        'Is memory integrity (HVCI) required for hotpatch?',
        'hotpatch needs HVCI or just VBS?',
        'memory integrity off, does hotpatch still work',
        'do I have to enable memory integrity for hotpatching',
        'HVCI vs VBS for hotpatch',
      ],
      [
        'L’intégrité de la mémoire (HVCI) est-elle requise pour le hotpatch ?',
        'le hotpatch a besoin de HVCI ou seulement de VBS ?',
        'intégrité de la mémoire désactivée, le hotpatch marche quand même ?',
        'faut-il activer l’intégrité de la mémoire pour le hotpatch',
      ],
    ),
    body: both(
      [
        'No, not according to Microsoft’s docs: hotpatch requires virtualization-based security (VBS) running; they do not say memory integrity (HVCI) itself is required.',
        'Check VBS, not HVCI: msinfo32 "Virtualization-based security" = Running, or Win32_DeviceGuard VirtualizationBasedSecurityStatus = 2 (memory integrity shows separately as SecurityServicesRunning 2).',
      ],
      [
        'Non, pas d’après la documentation Microsoft : le hotpatch exige la sécurité basée sur la virtualisation (VBS) en cours d’exécution ; elle ne dit pas que l’intégrité de la mémoire (HVCI) elle-même soit requise.',
        'Vérifiez VBS, pas HVCI : msinfo32 « Sécurité basée sur la virtualisation » = En cours d’exécution, ou Win32_DeviceGuard VirtualizationBasedSecurityStatus = 2 (l’intégrité de la mémoire apparaît à part, SecurityServicesRunning 2).',
      ],
    ),
    factIds: ['HP-VBS-1', 'HP-VBS-6', 'CHK-1', 'CHK-2'],
    sources: [src.intuneHotpatch, src.vbsDoc],
    asOf: '2026-01-13',
    hedge: HVCI_HEDGE,
    keywords: both(['memory integrity', 'hvci', 'hypervisor-protected code integrity'], ['integrite de la memoire', 'hvci']),
    followUps: ['vbs-requirement', 'check-vbs'],
  }),
  unit({
    id: 'memory-integrity-driver-hotpatch',
    intent: 'eligibility',
    product: 'hotpatch',
    opener: 'depends',
    title: both('Hotpatch when a driver blocks HVCI', 'Hotpatch quand un pilote bloque HVCI'),
    asks: both(
      [
        'Does a driver that blocks HVCI (memory integrity) stop hotpatch?',
        'a driver blocks HVCI: still eligible for hotpatch?',
        'hotpatch eligibility when HVCI is off because of a driver',
      ],
      ['Un pilote qui bloque HVCI (intégrité de la mémoire) empêche-t-il le hotpatch ?', 'un pilote bloque HVCI : toujours éligible au hotpatch ?'],
    ),
    body: both(
      [
        'It depends on VBS itself: hotpatch needs VBS running, and Microsoft does not say memory integrity is required — if msinfo32 shows "Virtualization-based security" = Running, the driver is not what blocks hotpatch.',
        'Drivers incompatible with memory integrity can fail to load: update or remove them to turn memory integrity on; that is separate from the hotpatch requirement.',
      ],
      [
        'Cela dépend de VBS lui-même : le hotpatch exige VBS en cours d’exécution, et Microsoft ne dit pas que l’intégrité de la mémoire soit requise — si msinfo32 indique « Sécurité basée sur la virtualisation » = En cours d’exécution, ce n’est pas le pilote qui bloque le hotpatch.',
        'Les pilotes incompatibles avec l’intégrité de la mémoire peuvent ne pas se charger : mettez-les à jour ou retirez-les pour activer l’intégrité de la mémoire ; c’est distinct de l’exigence du hotpatch.',
      ],
    ),
    factIds: ['HP-VBS-6', 'HP-VBS-1', 'CHK-1'],
    sources: [src.vbsDoc, src.intuneHotpatch],
    asOf: '2026-01-13',
    hedge: HVCI_HEDGE,
    keywords: both(['hvci', 'hotpatch eligibility'], ['hvci', 'eligibilite hotpatch']),
    followUps: ['hvci-not-required', 'vbs-hardware-requirements'],
  }),
  unit({
    id: 'vbs-at-scale',
    intent: 'admin-setup',
    product: 'hotpatch',
    opener: 'fact',
    title: both('Enable VBS across the fleet for hotpatch', 'Activer VBS sur tout le parc pour le hotpatch'),
    asks: both(
      [
        'How do I enable VBS on all our devices to get hotpatch?',
        'turn on VBS at scale hotpatch readiness',
        'enable virtualization-based security on the whole fleet',
        'MC1247859 VBS',
        'most devices not eligible because VBS is off, how to fix at scale',
      ],
      [
        'Comment activer VBS sur tout le parc pour avoir le hotpatch ?',
        'activer VBS à grande échelle pour le hotpatch',
        'activer la sécurité basée sur la virtualisation sur tous les postes',
        'MC1247859 VBS',
      ],
    ),
    body: both(
      [
        'Deploy VBS to the fleet following Microsoft’s "Hotpatch readiness: enable VBS at scale" guidance: message center MC1247859 says enabling VBS is most commonly what maximises the number of eligible devices. Each device needs one restart for VBS to start.',
        'Devices that can’t run it show why in Intune: hardwareInformation.deviceGuardVirtualizationBasedSecurityHardwareRequirementState (secureBootRequired, dmaProtectionRequired, hyperVNotSupportedForGuestVM, hyperVNotAvailable).',
      ],
      [
        'Déployez VBS sur le parc en suivant le guide Microsoft « Hotpatch readiness: enable VBS at scale » : le message MC1247859 indique qu’activer VBS est le plus souvent ce qui maximise le nombre d’appareils éligibles. Chaque appareil doit redémarrer une fois pour que VBS démarre.',
        'Les appareils qui ne peuvent pas l’exécuter en donnent la raison dans Intune : hardwareInformation.deviceGuardVirtualizationBasedSecurityHardwareRequirementState (secureBootRequired, dmaProtectionRequired, hyperVNotSupportedForGuestVM, hyperVNotAvailable).',
      ],
    ),
    factIds: ['HP-VBS-5', 'R-6', 'G-MD-4'],
    sources: [src.vbsAtScale, src.mc1247859, src.graphHwInfo],
    asOf: '2026-03-10',
    keywords: both(
      ['at scale', 'whole fleet', 'all devices', 'enable vbs', 'hotpatch readiness', 'mc1247859'],
      ['grande echelle', 'tout le parc', 'tous les postes', 'activer vbs'],
    ),
    followUps: ['vbs-hardware-requirements', 'graph-vbs-blocker'],
  }),
  unit({
    id: 'vbs-not-running-alert',
    intent: 'how-to-check',
    product: 'hotpatch',
    opener: 'fact',
    title: both('The Autopatch VBS alert', 'L’alerte VBS d’Autopatch'),
    asks: both(
      [
        'What does the Autopatch alert "Hotpatch - VBS not running" mean?',
        'Autopatch alerts and remediation: VBS alert on some devices',
        'how to clear the VBS alert in Windows Autopatch',
      ],
      ['Que signifie l’alerte Autopatch « Hotpatch - VBS not running » ?', 'alertes et corrections Autopatch : alerte VBS sur des appareils'],
    ),
    body: both(
      [
        'The device is not running virtualization-based security (VBS), so it isn’t offered hotpatch: it gets the standard cumulative update, with a restart, until VBS runs.',
        'Fix: enable VBS (one restart), then check msinfo32 "Virtualization-based security" = Running or Win32_DeviceGuard VirtualizationBasedSecurityStatus = 2.',
      ],
      [
        'L’appareil n’exécute pas la sécurité basée sur la virtualisation (VBS) : le hotpatch ne lui est pas proposé, il reçoit la mise à jour cumulative standard, avec redémarrage, tant que VBS ne tourne pas.',
        'Correction : activer VBS (un redémarrage), puis vérifier msinfo32 « Sécurité basée sur la virtualisation » = En cours d’exécution ou Win32_DeviceGuard VirtualizationBasedSecurityStatus = 2.',
      ],
    ),
    factIds: ['HP-VBS-3', 'HP-VBS-1', 'HP-INEL-1', 'CHK-1', 'CHK-2'],
    sources: [src.intuneHotpatch, src.vbsDoc],
    asOf: '2026-01-13',
    keywords: both(['alert', 'autopatch alerts', 'alerts and remediation'], ['alerte', 'alertes autopatch']),
    followUps: ['vbs-at-scale', 'check-vbs'],
  }),
  unit({
    id: 'temporarily-ineligible',
    intent: 'eligibility',
    product: 'hotpatch',
    opener: 'fact',
    title: both('Why "temporarily ineligible" for hotpatch?', 'Pourquoi « temporairement non éligible » au hotpatch ?'),
    asks: both(
      ['Why is a device temporarily ineligible for hotpatch?', 'temporarily ineligible hotpatch meaning', 'what makes a device temporarily ineligible'],
      ['Pourquoi un appareil est-il temporairement non éligible au hotpatch ?', 'temporairement non éligible hotpatch signification'],
    ),
    body: both(
      [
        'Because VBS isn’t enabled on it or it isn’t on the latest baseline release — Microsoft calls such devices temporarily ineligible.',
        'Meanwhile it gets the standard cumulative update with a restart (in a hotpatch month: the latest baseline plus the hotpatch); once VBS runs and the baseline is installed, it is back on the no-restart cycle.',
      ],
      [
        'Parce que VBS n’y est pas activé ou qu’il n’est pas sur la dernière baseline — Microsoft appelle ces appareils temporairement non éligibles.',
        'En attendant, il reçoit la mise à jour cumulative standard avec redémarrage (un mois de hotpatch : la dernière baseline plus le hotpatch) ; dès que VBS tourne et que la baseline est installée, il revient au cycle sans redémarrage.',
      ],
    ),
    factIds: ['HP-VBS-4', 'HP-OS-3', 'CAL-3', 'HP-INEL-1'],
    sources: [src.intuneHotpatch],
    asOf: '2026-01-13',
    keywords: both(['temporarily ineligible', 'temporarily'], ['temporairement non eligible', 'temporairement']),
    followUps: ['behind-baseline', 'vbs-requirement'],
  }),
  unit({
    id: 'ineligible-still-patched',
    intent: 'eligibility',
    product: 'hotpatch',
    opener: 'yes',
    title: both('Do ineligible devices still get security updates?', 'Les appareils non éligibles reçoivent-ils encore les correctifs ?'),
    asks: both(
      [
        'Do ineligible devices still receive security updates without hotpatch?',
        'what happens to ineligible devices in a hotpatch policy',
        'ineligible devices in the hotpatch group get the LCU?',
        'are Pro devices in the hotpatch policy left unpatched',
      ],
      [
        'Les appareils non éligibles au hotpatch reçoivent-ils quand même les mises à jour de sécurité ?',
        'que deviennent les appareils non éligibles dans une stratégie hotpatch',
        'les postes Professionnel dans la stratégie hotpatch restent-ils sans correctifs ?',
      ],
    ),
    // LIFE-1/2/4/5 (register of 2026-12-06): a version past its end of servicing gets no LCU either, so the
    // "yes" holds only while the version is serviced; what has ended is computed from today.
    ...computed(({ today }) =>
      both(
        [
          'Yes, as long as its Windows version is still serviced: a device that misses a hotpatch prerequisite automatically gets the standard latest cumulative update (LCU) on Patch Tuesday, with a restart; its update ring settings don’t change.',
          `A version past its end of servicing (today: ${endedVersionsBrief(today, 'en')}) gets no update at all — upgrade it.`,
          'Microsoft: "Ineligible devices continue to patch the same way they do today."',
        ],
        [
          'Oui, tant que sa version de Windows est encore maintenue : un appareil qui ne remplit pas un prérequis du hotpatch reçoit automatiquement la dernière mise à jour cumulative standard (LCU) au Patch Tuesday, avec redémarrage ; ses réglages d’anneau de mise à jour ne changent pas.',
          `Une version en fin de service (aujourd’hui : ${endedVersionsBrief(today, 'fr')}) ne reçoit plus aucune mise à jour — mettez-la à niveau.`,
          'Microsoft : « Ineligible devices continue to patch the same way they do today. »',
        ],
      ),
    ),
    factIds: ['HP-INEL-1', 'HP-INEL-2', 'LIFE-1', 'LIFE-2', 'LIFE-4', 'LIFE-5', 'HP-OS-4'],
    sources: [src.autopatchHotpatch, src.secureByDesign, src.releaseInfo],
    asOf: '2026-12-06',
    hedge: both(
      'Organisations can buy Windows 10 ESU year by year to October 2028; a consumer extension to October 2027 is reported by one source only (LIFE-4).',
      'Les organisations peuvent acheter l’ESU Windows 10 année par année jusqu’en octobre 2028 ; une extension grand public jusqu’en octobre 2027 n’est rapportée que par une source (LIFE-4).',
    ),
    keywords: both(['ineligible devices', 'non eligible', 'still patched', 'lcu', 'fallback'], ['appareils non eligibles', 'toujours corriges', 'lcu']),
    followUps: ['why-not-offered', 'not-eligible-recommendation'],
  }),
  unit({
    id: 'hotpatch-failure-fallback',
    intent: 'why-restarted',
    product: 'hotpatch',
    opener: 'fact',
    title: both('What if a hotpatch fails?', 'Et si un hotpatch échoue ?'),
    asks: both(
      [
        'What happens if a hotpatch fails to apply?',
        'hotpatch monitor service detected a critical error',
        'hotpatch install failed, does the device still get patched',
        'fallback to the LCU after a hotpatch error',
      ],
      [
        'Que se passe-t-il si un hotpatch ne s’applique pas ?',
        'le service de surveillance hotpatch a détecté une erreur critique',
        'échec d’installation du hotpatch, l’appareil est-il quand même corrigé ?',
      ],
    ),
    body: both(
      [
        'The device falls back to the standard cumulative update (LCU), with a restart: when the inbox hotpatch monitor service detects a critical error, Windows installs the standard update instead.',
        'The monitor logs to the Application log: in Event Viewer, filter on "hotpatch".',
      ],
      [
        'L’appareil se rabat sur la mise à jour cumulative standard (LCU), avec redémarrage : quand le service de surveillance hotpatch intégré détecte une erreur critique, Windows installe la mise à jour standard à la place.',
        'Le service écrit dans le journal Application : dans l’Observateur d’événements, filtrer sur « hotpatch ».',
      ],
    ),
    factIds: ['HP-INEL-3', 'CHK-5', 'R-7'],
    sources: [src.intuneHotpatch],
    asOf: '2026-01-13',
    keywords: both(['hotpatch failed', 'critical error', 'monitor service', 'fallback'], ['echec du hotpatch', 'erreur critique', 'service de surveillance']),
    followUps: ['check-hotpatch-errors', 'why-restarted'],
  }),
];
