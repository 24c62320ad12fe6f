import type { Answer } from '../../src/answers/types';
import type { CalendarMonth, NextReboot } from '../../src/core/calendar/types';
import type { KnowledgeTopic } from '../../src/core/knowledge/types';
import type { Check } from '../../src/core/eligibility/types';

const SRC = 'https://learn.microsoft.com/en-us/windows/deployment/windows-autopatch/manage/windows-autopatch-hotpatch-updates';

export const checks: Check[] = [
  { id: 'os-version', status: 'pass', reason: 'os-version.supported', factIds: ['HP-OS-1'], source: SRC },
  { id: 'edition', status: 'fail', reason: 'edition.pro', fix: 'subscription-activation', factIds: ['HP-LIC-6'], source: SRC, hedge: 'pro-business-premium' },
  { id: 'vbs-running', status: 'unknown', reason: 'vbs-running.missing', factIds: ['HP-VBS-2'], source: SRC, ask: 'vbs' },
];

export const nextReboot: NextReboot = {
  month: '2027-01',
  releaseDate: '2027-01-12',
  releaseKind: 'baseline',
  offeredOn: '2027-01-12',
  restartBy: '2027-01-19',
  latestRestart: '2027-01-21',
  certainty: 'confirmed',
  unplanned: false,
  caveats: ['unplanned-baseline', 'drivers-firmware', 'dotnet-non-security', 'feature-update'],
  factIds: ['CAL-1'],
  following: { month: '2027-04', releaseDate: '2027-04-13', releaseKind: 'baseline' },
};

export const months: CalendarMonth[] = [
  {
    month: '2026-12',
    patchTuesday: '2026-12-08',
    previewTuesday: null,
    status: 'planned',
    plannedKind: 'hotpatch',
    kind: 'hotpatch',
    restart: false,
    unplanned: false,
    certainty: 'confirmed',
    releases: [],
    factIds: ['CAL-1'],
  },
  {
    month: '2027-01',
    patchTuesday: '2027-01-12',
    previewTuesday: '2027-01-26',
    status: 'planned',
    plannedKind: 'baseline',
    kind: 'baseline',
    restart: true,
    unplanned: false,
    certainty: 'confirmed',
    releases: [],
    factIds: ['CAL-1'],
  },
  {
    month: '2026-06',
    patchTuesday: '2026-06-09',
    previewTuesday: '2026-06-23',
    status: 'released',
    plannedKind: 'hotpatch',
    kind: 'baseline',
    restart: true,
    unplanned: true,
    certainty: 'uncertain',
    releases: [
      {
        month: '2026-06',
        date: '2026-06-09',
        kind: 'baseline',
        kb: 'KB5094126',
        builds: ['26100.8655'],
        certainty: 'uncertain',
        factIds: ['CAL-REL-2'],
        sources: [SRC],
      },
    ],
    factIds: ['CAL-REL-2'],
  },
];

export const topic: KnowledgeTopic = {
  id: 'check-vbs',
  intent: 'how-to-check',
  title: { en: 'Check that VBS is running', fr: 'Vérifier que VBS est actif' },
  body: { en: ['Open msinfo32.', 'Look for "Virtualization-based security".'], fr: ['Ouvrez msinfo32.', 'Cherchez « Sécurité basée sur la virtualisation ».'] },
  commands: [
    { label: { en: 'PowerShell', fr: 'PowerShell' }, code: 'Get-CimInstance -ClassName Win32_DeviceGuard -Namespace root\\Microsoft\\Windows\\DeviceGuard' },
  ],
  factIds: ['CHK-1', 'CHK-2'],
  sources: [
    { title: 'VBS', url: 'https://learn.microsoft.com/en-us/windows/security/hardware-security/enable-virtualization-based-protection-of-code-integrity' },
  ],
  asOf: '2026-11-25',
  hedge: { en: 'Intune numbers differ from WMI numbers.', fr: 'Les valeurs Intune diffèrent de celles de WMI.' },
  keywords: { en: ['vbs'], fr: ['vbs'] },
  followUps: ['what-is-hotpatch'],
};

/** One answer of every kind the replies layer must render (src/answers/types.ts). */
export const answers: Record<string, Answer> = {
  eligibility: {
    kind: 'eligibility',
    device: { deviceName: 'LAPTOP-4F2K', edition: 'pro', osVersion: '24H2', architecture: 'x64', licenses: ['business-premium'] },
    verdict: { status: 'not-eligible', checks, blockers: ['edition'], missing: ['vbs-running'], assumptions: [], hedges: ['pro-business-premium'] },
    recommendations: [
      { id: 'fix:subscription-activation', priority: 'high', factIds: ['HP-LIC-7'], source: SRC },
      {
        id: 'qmr-enable',
        priority: 'high',
        factIds: ['QMR-4'],
        source: 'https://learn.microsoft.com/en-us/windows/configuration/quick-machine-recovery/',
        qmrDefaults: { cloudRemediation: false, autoRemediation: false },
      },
    ],
    asOf: '2026-11-25',
  },
  nextReboot: {
    kind: 'next-reboot',
    today: '2026-11-25',
    timeZone: 'Europe/Paris',
    policy: { deferralDays: 0, deadlineDays: 7, graceDays: 2 },
    scenarios: [
      { cycle: 'eligible', reboot: nextReboot },
      {
        cycle: 'not-eligible',
        reboot: {
          ...nextReboot,
          month: '2026-12',
          releaseDate: '2026-12-08',
          releaseKind: 'monthly-lcu',
          offeredOn: '2026-12-08',
          restartBy: '2026-12-15',
          latestRestart: '2026-12-17',
          certainty: 'uncertain',
          caveats: [...nextReboot.caveats, 'uncertain-month'],
          following: undefined,
        },
      },
    ],
    asOf: '2026-11-25',
  },
  calendar: { kind: 'calendar', months, today: '2026-11-25', asOf: '2026-11-25' },
  dateCheck: { kind: 'date-check', date: '2027-01-12', month: months[1]!, isPatchTuesday: true, today: '2026-11-25', asOf: '2026-11-25' },
  dateCheckNo: { kind: 'date-check', date: '2026-12-01', month: months[0]!, isPatchTuesday: false, today: '2026-11-25', asOf: '2026-11-25' },
  knowledge: { kind: 'knowledge', topic, related: [{ id: 'what-is-hotpatch', title: { en: 'What is Hotpatch?', fr: "Qu'est-ce que le Hotpatch ?" } }] },
  qmr: { kind: 'qmr-advice', edition: 'pro', recommendations: [], asOf: '2026-11-25' },
  qmrAll: { kind: 'qmr-advice', recommendations: [], asOf: '2026-11-25' },
  deviceForm: {
    kind: 'device-form',
    purpose: 'eligibility',
    prefill: { edition: 'enterprise', osVersion: '24H2', licenses: ['e3', 'e5'] },
    missing: ['vbs', 'architecture'],
  },
  help: { kind: 'help' },
  greeting: { kind: 'greeting' },
  thanks: { kind: 'thanks' },
  unknown: { kind: 'unknown', suggestions: ['eligibility', 'check-vbs'], canEscalate: true },
  unknownNoHelpdesk: { kind: 'unknown', suggestions: [], canEscalate: false },
  notice: { kind: 'notice', intent: 'reminders-list', notice: 'reminders-elsewhere' },
};
