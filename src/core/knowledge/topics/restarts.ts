import type { KnowledgeTopic } from '../types';
import { src } from '../sources';

// What still restarts and why (R-1..R-8, §6.1).
export const restartTopics: KnowledgeTopic[] = [
  {
    id: 'what-still-restarts',
    intent: 'why-restarted',
    title: { en: 'What still needs a restart on a hotpatch device?', fr: 'Qu’est-ce qui exige encore un redémarrage sur un appareil hotpatch ?' },
    body: {
      en: [
        '"Without restarts" is not absolute. On a hotpatch device a restart is still needed for:',
        '• Baseline months (January, April, July, October) and unplanned baselines.',
        '• Non-security Windows updates, .NET updates, drivers and firmware (not in the hotpatch program); operating system features and application updates.',
        '• A feature update (for example 24H2 → 25H2); done in a hotpatch month, the device drops to standard updates until the next baseline.',
        '• Uninstalling a hotpatch (no automatic rollback).',
        '• One-time restarts to enable VBS or to set HotPatchRestrictions=1 on Arm64.',
        '• Ineligible device or fallback: it gets the standard cumulative update (LCU).',
        '• A missed baseline: baseline + hotpatch in the hotpatch month.',
      ],
      fr: [
        '« Sans redémarrage » n’est pas absolu. Sur un appareil hotpatch, un redémarrage reste nécessaire pour :',
        '• Les mois de baseline (janvier, avril, juillet, octobre) et les baselines non planifiées.',
        '• Les mises à jour Windows non liées à la sécurité, les mises à jour .NET, les pilotes et le firmware (hors programme hotpatch) ; les fonctionnalités du système et les mises à jour d’applications.',
        '• Une mise à jour de fonctionnalités (par exemple 24H2 → 25H2) ; faite pendant un mois de hotpatch, l’appareil repasse aux mises à jour standard jusqu’à la baseline suivante.',
        '• La désinstallation d’un hotpatch (pas de restauration automatique).',
        '• Un redémarrage unique pour activer VBS ou pour définir HotPatchRestrictions=1 sur Arm64.',
        '• Un appareil non éligible ou un repli : il reçoit la mise à jour cumulative standard (LCU).',
        '• Une baseline manquée : baseline + hotpatch pendant le mois de hotpatch.',
      ],
    },
    factIds: ['R-1', 'R-2', 'R-3', 'R-4', 'R-5', 'R-6', 'R-7', 'R-8'],
    sources: [src.training2026Unit2, src.serverHotpatch, src.intuneHotpatch],
    asOf: '2026-11-25',
    keywords: {
      en: ['still restart', 'still need a restart', 'still reboot', 'what needs a restart', 'drivers', 'firmware', '.net', 'no restarts ever'],
      fr: ['toujours redemarrer', 'encore un redemarrage', 'qu est ce qui redemarre', 'mises a jour de pilotes', 'pilotes et firmware', 'firmware', 'jamais de redemarrage'],
    },
    followUps: ['why-restarted', 'hotpatch-calendar'],
  },
  {
    id: 'why-restarted',
    intent: 'why-restarted',
    title: { en: 'Why did my hotpatch device restart?', fr: 'Pourquoi mon appareil hotpatch a-t-il redémarré ?' },
    body: {
      en: [
        'Possible reasons (the bot orders them for the month asked about):',
        '1. It missed the latest baseline (for example the July baseline), so it got baseline + hotpatch.',
        '2. Driver, firmware, .NET, app or non-security updates, or a feature update (such as 26H2 installed in a hotpatch month).',
        '3. In a baseline month (January, April, July, October) every device restarts.',
        '4. An unplanned baseline or a non-hotpatchable out-of-band update (June 2026 appears to have been one).',
        '5. A VBS/CHPE change (enabling VBS or setting HotPatchRestrictions needs one restart).',
        '6. A hotpatch uninstall, or a critical error made Windows fall back to the standard update.',
        '7. It’s actually ineligible (VBS, licence, edition, CHPE, policy Block…) and got the LCU.',
        'Check Update history on the device and the Hotpatch quality updates report in Intune.',
      ],
      fr: [
        'Raisons possibles (le bot les ordonne pour le mois concerné) :',
        '1. Baseline manquée (par exemple la baseline de juillet) : l’appareil a reçu baseline + hotpatch.',
        '2. Mises à jour de pilotes/firmware/.NET/applications ou non liées à la sécurité, ou mise à jour de fonctionnalités (comme 26H2 installée un mois hotpatch).',
        '3. Un mois de baseline (janvier, avril, juillet, octobre), tous les appareils redémarrent.',
        '4. Une baseline non planifiée ou une mise à jour hors bande non compatible hotpatch (juin 2026 semble en avoir été une).',
        '5. Un changement VBS/CHPE (activer VBS ou définir HotPatchRestrictions exige un redémarrage).',
        '6. La désinstallation d’un hotpatch, ou une erreur critique ayant fait revenir Windows à la mise à jour standard.',
        '7. Appareil en fait non éligible (VBS, licence, édition, CHPE, stratégie Bloquer…) ayant reçu la mise à jour cumulative (LCU).',
        'Vérifier l’historique des mises à jour sur l’appareil et le rapport « Hotpatch quality updates » dans Intune.',
      ],
    },
    factIds: ['CAL-1', 'CAL-3', 'R-2', 'R-3', 'R-4', 'CAL-6', 'CAL-OOB-1', 'R-6', 'R-5', 'HP-INEL-3', 'HP-INEL-1', 'G-REP-1'],
    sources: [src.intuneHotpatch, src.training2026Unit2, src.serverHotpatch, src.hotpatchReport],
    asOf: '2026-11-25',
    keywords: {
      en: ['why did my device restart', 'why restarted', 'restarted', 'rebooted', 'why did it reboot', 'unexpected restart', 'still restarted', 'but restarted', 'restarted anyway', 'restarted even though', 'why * restart', 'why * reboot', 'why * restarted', 'why * rebooted', 'surprise reboot', 'unexpected reboot'],
      fr: ['pourquoi a t il redemarre', 'ont redemarre', 'pourquoi * redemarre', 'pourquoi * reboot', 'pq * reboot', 'ait redemarre', 'reboote sans raison', 'sans raison', 'pourquoi redemarre', 'a redemarre', 'redemarrage inattendu', 'pourquoi un redemarrage'],
    },
    followUps: ['what-still-restarts', 'how-to-check', 'hotpatch-report'],
  },
  {
    id: 'hotpatch-rollback',
    intent: 'explain-hotpatch',
    title: { en: 'Rolling back a hotpatch', fr: 'Annuler un hotpatch' },
    body: {
      en: [
        'No automatic rollback. You can uninstall the hotpatch (quick, but requires a restart) and install the latest standard cumulative update.',
      ],
      fr: [
        'Pas de restauration automatique. On peut désinstaller le hotpatch (rapide mais avec redémarrage) puis installer la dernière mise à jour cumulative standard.',
      ],
    },
    factIds: ['R-5', 'CF-4', 'WS-4'],
    sources: [src.intuneHotpatch, src.autopatchHotpatch, src.serverHotpatch],
    asOf: '2026-01-13',
    keywords: {
      en: ['rollback', 'roll back', 'uninstall hotpatch', 'uninstall * hotpatch', 'undo hotpatch', 'remove a hotpatch', 'bad hotpatch', 'revert'],
      fr: ['restauration automatique', 'annuler un hotpatch', 'annuler le hotpatch', 'desinstaller le hotpatch', 'desinstaller * hotpatch', 'retour arriere', 'hotpatch problematique', 'revenir en arriere'],
    },
    followUps: ['what-still-restarts'],
  },
  {
    id: 'feature-update-25h2',
    intent: 'admin-setup',
    title: { en: 'Upgrading a hotpatch device to 25H2', fr: 'Passer un appareil hotpatch en 25H2' },
    body: {
      en: [
        'Upgrade (24H2 → 25H2) during a baseline month: the device stays on the hotpatch cycle.',
        'Upgrade in a hotpatch month: the device switches to standard (restart) updates until the next baseline.',
        'The feature update itself needs a restart.',
      ],
      fr: [
        'Mise à niveau (24H2 → 25H2) pendant un mois de baseline : l’appareil reste sur le cycle hotpatch.',
        'Mise à niveau pendant un mois de hotpatch : l’appareil passe aux mises à jour standard (avec redémarrage) jusqu’à la baseline suivante.',
        'La mise à jour de fonctionnalités elle-même exige un redémarrage.',
      ],
    },
    factIds: ['HP-OS-5', 'R-4'],
    sources: [src.intuneHotpatch],
    asOf: '2026-01-13',
    keywords: {
      en: ['25h2 upgrade', 'upgrade to 25h2', 'feature update', 'in-place upgrade', 'when to upgrade'],
      fr: ['mise a niveau 25h2', 'passer en 25h2', 'mise a jour de fonctionnalites', 'quand mettre a niveau'],
    },
    followUps: ['hotpatch-calendar', 'new-windows-versions'],
  },
];
