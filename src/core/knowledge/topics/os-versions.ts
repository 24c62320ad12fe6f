import type { KnowledgeTopic } from '../types';
import { src } from '../sources';

// Which Windows versions/editions: HP-OS-1, HP-OS-4, HP-OS-6, HP-OS-7, HP-OS-8.
export const osVersionTopics: KnowledgeTopic[] = [
  {
    id: 'ltsc',
    intent: 'eligibility',
    title: { en: 'Hotpatch on Enterprise LTSC', fr: 'Hotpatch sur Enterprise LTSC' },
    body: {
      en: [
        'No. Intune Windows quality update policies (where the hotpatch setting lives) don’t support Enterprise LTSC; use update rings. Treat LTSC as not eligible via Autopatch.',
        'Some press coverage mentions LTSC 2024 for hotpatch KBs — unverified.',
      ],
      fr: [
        'Non. Les stratégies de mises à jour qualité Intune (qui portent le réglage hotpatch) ne prennent pas en charge Enterprise LTSC ; utiliser les anneaux de mise à jour. Considérer LTSC comme non éligible via Autopatch.',
        'Certaines sources presse évoquent LTSC 2024 pour des KB hotpatch — non vérifié.',
      ],
    },
    factIds: ['HP-OS-6'],
    sources: [src.intuneQuality, src.autopatchHotpatch],
    asOf: '2026-01-08',
    hedge: {
      en: 'Some press coverage names LTSC 2024 in hotpatch KB titles; Microsoft’s Intune documentation says LTSC is not supported by quality update policies.',
      fr: 'Certaines sources presse citent LTSC 2024 dans des titres de KB hotpatch ; la documentation Intune de Microsoft indique que LTSC n’est pas pris en charge par les stratégies de mise à jour qualité.',
    },
    keywords: {
      en: ['ltsc', 'ltsc 2024', 'long term servicing', 'kiosk', 'kiosks'],
      fr: ['ltsc', 'ltsc 2024', 'canal de maintenance a long terme', 'borne', 'bornes', 'kiosque'],
    },
    followUps: ['hotpatch-prerequisites'],
  },
  {
    id: 'windows-10-and-23h2',
    intent: 'eligibility',
    title: { en: 'Windows 10 and Windows 11 23H2', fr: 'Windows 10 et Windows 11 23H2' },
    body: {
      en: [
        'No. Hotpatch for clients is Windows 11 24H2+ only (24H2 = build 26100, 25H2 = build 26200).',
        'Windows 10 and Windows 11 23H2 or earlier never get hotpatch: while serviced, their monthly security updates restart. Windows 10 is serviced only with ESU (its support ended on 14 October 2025); 23H2 is no longer serviced (Home/Pro since 11 November 2025, Enterprise/Education since 10 November 2026) and gets no update at all until it is upgraded.',
      ],
      fr: [
        'Non. Le hotpatch client n’existe que pour Windows 11 24H2 et ultérieur (24H2 = build 26100, 25H2 = build 26200).',
        'Windows 10 et Windows 11 23H2 ou antérieur n’ont jamais le hotpatch : tant qu’ils sont maintenus, leurs mises à jour de sécurité mensuelles redémarrent. Windows 10 n’est maintenu qu’avec l’ESU (son support a pris fin le 14 octobre 2025) ; la 23H2 n’est plus maintenue (Famille/Professionnel depuis le 11 novembre 2025, Entreprise/Éducation depuis le 10 novembre 2026) et ne reçoit plus aucune mise à jour tant qu’elle n’est pas mise à niveau.',
      ],
    },
    // Corrected in the eighth session (register of 2026-12-06): "keep receiving standard monthly updates" was stale once 23H2's servicing ended (HP-OS-4 as updated, LIFE-1, LIFE-4).
    factIds: ['HP-OS-1', 'HP-OS-4', 'LIFE-1', 'LIFE-4'],
    hedge: {
      en: 'Organisations can buy Windows 10 ESU year by year to October 2028; a consumer extension to October 2027 is reported by one source only (LIFE-4).',
      fr: 'Les organisations peuvent acheter l’ESU Windows 10 année par année jusqu’en octobre 2028 ; une extension grand public jusqu’en octobre 2027 n’est rapportée que par une source (LIFE-4).',
    },
    sources: [src.autopatchHotpatch, src.graphHotpatchHowTo, src.training2026],
    asOf: '2026-12-06',
    keywords: {
      en: ['windows 10', 'win10', '22h2', '23h2', 'esu', 'older version'],
      fr: ['windows 10', 'win10', '22h2', '23h2', 'esu', 'ancienne version'],
    },
    followUps: ['hotpatch-prerequisites', 'not-eligible-recommendation'],
  },
  {
    id: 'new-windows-versions',
    intent: 'eligibility',
    title: { en: 'Hotpatch on Windows 11 26H1 and 26H2', fr: 'Hotpatch sur Windows 11 26H1 et 26H2' },
    body: {
      en: [
        'Windows 11 26H2 (build 26300, general availability 29 September 2026) is covered by Microsoft’s "Windows 11 24H2 or later": it is an enablement package on the shared 24H2/25H2 servicing branch.',
        'Install 26H2 in a baseline month (January, April, July, October): installed in a hotpatch month, it moves the device to restart updates until the next baseline.',
        '26H1 (build 28000) ships only on new Snapdragon X2-class devices, on its own branch: hotpatch for 26H1 is not documented.',
      ],
      fr: [
        'Windows 11 26H2 (build 26300, disponibilité générale le 29 septembre 2026) est couvert par « Windows 11 24H2 ou ultérieur » de Microsoft : c’est un package d’activation sur la branche de maintenance commune 24H2/25H2.',
        'Installer 26H2 un mois de baseline (janvier, avril, juillet, octobre) : installé un mois hotpatch, il fait passer l’appareil aux mises à jour avec redémarrage jusqu’à la baseline suivante.',
        '26H1 (build 28000) n’équipe que les nouveaux appareils de classe Snapdragon X2, sur sa propre branche : le hotpatch pour 26H1 n’est pas documenté.',
      ],
    },
    // HP-OS-8 (checked 2026-12-06): 26H2 passes with a hedge; HP-OS-5 applies to installing it. A static topic names no
    // dated baseline (it went stale on 2027-01-12); the unit upgrade-in-hotpatch-month computes it (CAL-1).
    factIds: ['HP-OS-7', 'HP-OS-8', 'HP-OS-1', 'HP-OS-5', 'CAL-1', 'CAL-REL-1'],
    sources: [src.releaseInfo, src.notes25h2, src.ninetofive26h2],
    asOf: '2026-12-06',
    hedge: {
      en: 'No 26H2-specific statement from Microsoft was found (as of 2026-12-06): 26H2 rests on "24H2 or later"; 26H1 is not documented.',
      fr: 'Aucune déclaration de Microsoft propre à 26H2 (au 06/12/2026) : 26H2 repose sur « 24H2 ou ultérieur » ; 26H1 n’est pas documenté.',
    },
    keywords: {
      en: ['26h1', '26h2', '28000', '26300', 'new version', 'latest windows version'],
      fr: ['26h1', '26h2', '28000', '26300', 'nouvelle version', 'derniere version de windows'],
    },
    followUps: ['hotpatch-release-notes', 'feature-update-25h2'],
  },
];
