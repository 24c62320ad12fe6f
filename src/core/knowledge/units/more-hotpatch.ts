import type { AnswerUnit } from './types';
import { src } from '../sources';
import { both, unit } from './define';

// Hotpatch builds, KB titles, Arm64/CHPE and what hotpatch does not cover (issue 11, second batch):
// HP-OS-1/6/7/8, CAL-NUM-1/2, CHK-8, HP-CPU-1/2/3/5, R-2/R-3. One question per unit.

const OS26H2_HEDGE = both(
  '26H2 (build 26300) is covered by Microsoft’s "24H2 or later" and shares the 24H2/25H2 servicing branch; no 26H2-specific hotpatch statement was found, and 26H1 is not documented for hotpatch.',
  '26H2 (build 26300) est couvert par « 24H2 ou ultérieur » de Microsoft et partage la branche de maintenance 24H2/25H2 ; aucune mention hotpatch propre à 26H2 n’a été trouvée, et 26H1 n’est pas documenté pour le hotpatch.',
);

export const moreHotpatchUnits: AnswerUnit[] = [
  unit({
    // "Does hotpatch patch the kernel / Office / drivers?": what is in a hotpatch (HP-DEF-1, HP-DEF-3, R-2). Microsoft lists no
    // components, so a component named gets the rule, hedged — never a yes the docs don't give.
    id: 'what-hotpatch-covers',
    intent: 'explain-hotpatch',
    product: 'hotpatch',
    opener: 'depends',
    title: both('What does a hotpatch fix?', 'Que corrige un hotpatch ?'),
    asks: both(
      [
        'What does a hotpatch cover: the kernel, drivers, Office, every component?',
        'does hotpatch patch the kernel and system components too',
        'which parts of Windows does a hotpatch update',
      ],
      [
        'Que couvre un hotpatch : le noyau, les pilotes, Office, tous les composants ?',
        'le hotpatch corrige-t-il aussi le noyau et les composants système',
        'quelles parties de Windows un hotpatch met-il à jour',
      ],
    ),
    body: both(
      [
        'It depends on the month’s Windows security fixes: a hotpatch carries the same security content as the standard monthly update (100% parity), applied to the in-memory code of running processes.',
        'Not in it: drivers, firmware, .NET, non-security Windows fixes and non-Windows software (such as Office) — those come through their own updates and can still need a restart.',
      ],
      [
        'Cela dépend des correctifs de sécurité Windows du mois : un hotpatch apporte le même contenu de sécurité que la mise à jour mensuelle standard (100 %), appliqué au code en mémoire des processus en cours d’exécution.',
        'Hors hotpatch : pilotes, firmware, .NET, correctifs Windows non liés à la sécurité et logiciels non Windows (comme Office) — ils passent par leurs propres mises à jour et peuvent encore demander un redémarrage.',
      ],
    ),
    factIds: ['HP-DEF-1', 'HP-DEF-3', 'R-2'],
    sources: [src.autopatchHotpatch],
    asOf: '2026-12-07',
    hedge: both(
      'Microsoft’s documentation does not list the components a hotpatch touches (kernel or others): it states the security parity with the standard update.',
      'La documentation de Microsoft ne liste pas les composants touchés par un hotpatch (noyau ou autres) : elle indique la parité de sécurité avec la mise à jour standard.',
    ),
    keywords: both(['kernel', 'components', 'office', 'what is covered'], ['noyau', 'composants', 'office', 'ce qui est couvert']),
    followUps: ['hotpatch-security-parity', 'dotnet-not-hotpatch'],
  }),
  unit({
    id: 'build-number-per-version',
    intent: 'explain-hotpatch',
    product: 'hotpatch',
    opener: 'fact',
    versions: ['24H2', '25H2', '26H2'],
    title: both('Which build is 24H2, 25H2 or 26H2?', 'Quelle build pour 24H2, 25H2 ou 26H2 ?'),
    asks: both(
      [
        'Which build number is Windows 11 24H2, 25H2 and 26H2?',
        'what build is 25H2',
        'is 26200 24H2 or 25H2?',
        'build 26100 26200 26300 which Windows 11 version',
        'winver says 26200, what version is that',
        'OS build 26300 = 26H2?',
      ],
      [
        'Quel numéro de build correspond à Windows 11 24H2, 25H2 et 26H2 ?',
        'c’est quelle build la 25H2',
        '26200 c’est 24H2 ou 25H2 ?',
        'builds 26100 26200 26300 correspondance des versions',
        'winver affiche 26200, c’est quelle version ?',
      ],
    ),
    body: both(
      [
        '24H2 = build 26100, 25H2 = build 26200, 26H2 = build 26300; the number after the dot (UBR) is the monthly update and is the same on all three for a given release (e.g. KB5077212 = 26100.7781 and 26200.7781).',
        'All three are "Windows 11 24H2 or later", the version hotpatch needs. 26H1 (build 28000) ships only on new Snapdragon X2-class devices, on its own branch.',
      ],
      [
        '24H2 = build 26100, 25H2 = build 26200, 26H2 = build 26300 ; le numéro après le point (UBR) est la mise à jour du mois, identique sur les trois pour une même publication (par ex. KB5077212 = 26100.7781 et 26200.7781).',
        'Les trois sont « Windows 11 24H2 ou ultérieur », la version qu’exige le hotpatch. 26H1 (build 28000) n’équipe que les nouveaux appareils de classe Snapdragon X2, sur sa propre branche.',
      ],
    ),
    factIds: ['HP-OS-1', 'CAL-NUM-1', 'HP-OS-8', 'HP-OS-7'],
    sources: [src.autopatchHotpatch, src.kb5077212, src.ninetofive26h2],
    asOf: '2026-12-06',
    hedge: OS26H2_HEDGE,
    keywords: both(
      ['build number', 'os build', 'winver', '26100', '26200', '26300', 'version number'],
      ['numero de build', 'build', 'winver', '26100', '26200', '26300'],
    ),
    followUps: ['same-ubr-across-versions', 'build-numbers'],
  }),
  unit({
    id: 'same-ubr-across-versions',
    intent: 'explain-hotpatch',
    product: 'hotpatch',
    opener: 'fact',
    title: both('Why 24H2 and 25H2 share the same UBR', 'Pourquoi 24H2 et 25H2 ont le même UBR'),
    asks: both(
      [
        'Why do 24H2 and 25H2 get the same update build revision (UBR)?',
        'same UBR on 26100 and 26200, why?',
        'one KB for both 24H2 and 25H2 hotpatch',
        'why does the hotpatch KB list two OS builds',
        '26100.7781 and 26200.7781 same update?',
      ],
      [
        'Pourquoi 24H2 et 25H2 ont-ils le même numéro de révision (UBR) ?',
        'même UBR sur 26100 et 26200, pourquoi ?',
        'un seul KB hotpatch pour 24H2 et 25H2',
        'pourquoi le KB hotpatch indique deux builds',
      ],
    ),
    body: both(
      [
        'Because they share one servicing branch: 25H2 and 26H2 are serviced on the 24H2 branch (26H2 as an enablement package), so a monthly release gives the same UBR to each version — e.g. "Hotpatch KB5077212 (OS Builds 26200.7781 and 26100.7781)".',
        'One KB therefore serves these versions, and they follow the same hotpatch calendar.',
      ],
      [
        'Parce qu’ils partagent une branche de maintenance : 25H2 et 26H2 sont maintenus sur la branche de 24H2 (26H2 sous forme de package d’activation), donc une publication mensuelle donne le même UBR à chaque version — par ex. « Hotpatch KB5077212 (OS Builds 26200.7781 and 26100.7781) ».',
        'Un même KB sert donc ces versions, qui suivent le même calendrier hotpatch.',
      ],
    ),
    factIds: ['CAL-NUM-1', 'CHK-8', 'HP-OS-7', 'HP-OS-8'],
    sources: [src.kb5077212, src.ninetofive26h2],
    asOf: '2026-12-06',
    hedge: OS26H2_HEDGE,
    keywords: both(
      ['ubr', 'update build revision', 'same build', 'shared servicing branch', 'enablement package'],
      ['ubr', 'meme build', 'branche de maintenance', 'package d activation'],
    ),
    followUps: ['build-number-per-version', 'hotpatch-build-lower-number'],
  }),
  unit({
    id: 'hotpatch-build-lower-number',
    intent: 'how-to-check',
    product: 'hotpatch',
    opener: 'fact',
    title: both('Why the hotpatch build number is lower', 'Pourquoi la build hotpatch est plus basse'),
    asks: both(
      [
        'Why is the hotpatch build number lower than the standard Patch Tuesday build?',
        'hotpatch device shows an older build than the cumulative update',
        'is my PC behind? its UBR is lower than the LCU of the month',
        'hotpatch UBR lower than standard UBR normal?',
      ],
      [
        'Pourquoi la build hotpatch est-elle plus basse que la build standard du Patch Tuesday ?',
        'mon poste hotpatch affiche une build plus ancienne que la mise à jour cumulative',
        'mon PC est-il en retard ? son UBR est plus bas que la LCU du mois',
        'UBR hotpatch inférieur à l’UBR standard, c’est normal ?',
        'pourquoi le numéro de build de mon PC est plus petit que celui de la KB ?',
      ],
    ),
    body: both(
      [
        'Hotpatch builds are numbered lower than the standard build of the same month because they include a subset of the fixes (the security fixes): a lower UBR on a hotpatch device is expected, not a sign it is behind.',
        'Intune’s Windows quality update distribution report shows both the hotpatch and the standard build number of each release.',
      ],
      [
        'Les builds hotpatch ont un numéro plus bas que la build standard du même mois car elles contiennent un sous-ensemble des correctifs (ceux de sécurité) : un UBR plus bas sur un appareil hotpatch est normal, pas un signe de retard.',
        'Le rapport Intune « Windows quality update distribution » affiche les deux numéros de build, hotpatch et standard, de chaque publication.',
      ],
    ),
    factIds: ['CAL-NUM-2', 'G-REP-2', 'HP-DEF-4'],
    sources: [src.intuneQuality],
    asOf: '2026-01-08',
    keywords: both(
      ['lower build', 'older build', 'behind', 'build number lower', 'subset of fixes'],
      ['build plus basse', 'build plus ancienne', 'en retard', 'sous ensemble des correctifs'],
    ),
    followUps: ['distribution-report-builds', 'build-numbers'],
  }),
  unit({
    id: 'hotpatch-kb-title',
    intent: 'how-to-check',
    product: 'hotpatch',
    opener: 'yes',
    title: both('Does a hotpatch show as "Hotpatch" in Update history?', 'Un hotpatch apparaît-il comme « Hotpatch » dans l’historique ?'),
    asks: both(
      [
        'Does a hotpatch show up as "Hotpatch" in Windows Update history?',
        'how to tell if the installed KB was a hotpatch or a normal cumulative update',
        'was last Tuesday’s update a hotpatch or the LCU?',
        'hotpatch KB name in update history',
        'is KB5077212 a hotpatch',
      ],
      [
        'Un hotpatch apparaît-il sous le nom « Hotpatch » dans l’historique Windows Update ?',
        'comment savoir si le KB installé est un hotpatch ou une cumulative normale',
        'la mise à jour de mardi dernier, c’était un hotpatch ou la LCU ?',
        'nom du KB hotpatch dans l’historique des mises à jour',
      ],
    ),
    body: both(
      [
        'Yes: hotpatch KBs are titled "… Hotpatch KB… (OS Builds …)", for example "February 10, 2026—Hotpatch KB5077212 (OS Builds 26200.7781 and 26100.7781)", in Settings > Windows Update > Update history; winver then shows the hotpatch UBR, not the month’s standard one.',
        'For the whole fleet: the Hotpatch quality updates report in Intune ("Hotpatched" column).',
      ],
      [
        'Oui : les KB hotpatch s’intitulent « … Hotpatch KB… (OS Builds …) », par exemple « February 10, 2026—Hotpatch KB5077212 (OS Builds 26200.7781 and 26100.7781) », dans Paramètres > Windows Update > Historique des mises à jour ; winver affiche alors l’UBR du hotpatch, pas celui de la mise à jour standard du mois.',
        'Pour tout le parc : le rapport Intune « Hotpatch quality updates » (colonne « Hotpatched »).',
      ],
    ),
    factIds: ['CHK-8', 'CAL-NUM-2', 'G-REP-1'],
    sources: [src.kb5077212, src.hotpatchReport],
    asOf: '2026-02-10',
    keywords: both(
      ['update history', 'kb title', 'kb name', 'hotpatch kb', 'was it a hotpatch'],
      ['historique des mises a jour', 'titre du kb', 'nom du kb', 'kb hotpatch'],
    ),
    followUps: ['how-to-check', 'hotpatch-release-notes'],
  }),
  unit({
    id: 'ltsc-kb-titles',
    intent: 'eligibility',
    product: 'hotpatch',
    opener: 'no',
    title: both('"LTSC 2024" in a hotpatch KB title', '« LTSC 2024 » dans le titre d’un KB hotpatch'),
    asks: both(
      [
        'Does a hotpatch KB titled "LTSC 2024" mean Enterprise LTSC gets hotpatch?',
        'KB5065474 Windows 11 Enterprise 24H2 / LTSC 2024 hotpatch',
        'press says hotpatch works on LTSC 2024, is that true?',
        'LTSC 2024 in the hotpatch KB name',
      ],
      [
        'Un KB hotpatch intitulé « LTSC 2024 » veut-il dire que LTSC reçoit le hotpatch ?',
        'KB5065474 Windows 11 Entreprise 24H2 / LTSC 2024 hotpatch',
        'la presse dit que le hotpatch marche sur LTSC 2024, c’est vrai ?',
        'LTSC 2024 dans le nom du KB hotpatch',
      ],
    ),
    body: both(
      [
        'No, not through any documented path: some press coverage names "Windows 11 Enterprise 24H2 / LTSC 2024" for hotpatch KBs (e.g. KB5065474), but Intune Windows quality update policies — where hotpatch is turned on — do not support Enterprise LTSC ("use update ring policies instead").',
        'LTSC devices keep patching as today, with update rings and restarts.',
      ],
      [
        'Non, par aucune voie documentée : certains articles de presse citent « Windows 11 Enterprise 24H2 / LTSC 2024 » pour des KB hotpatch (par ex. KB5065474), mais les stratégies de mises à jour qualité Windows d’Intune — où l’on active le hotpatch — ne prennent pas en charge Entreprise LTSC (utiliser les anneaux de mise à jour à la place).',
        'Les appareils LTSC continuent d’être mis à jour comme aujourd’hui, avec les anneaux de mise à jour et des redémarrages.',
      ],
    ),
    factIds: ['HP-OS-6', 'HP-INEL-2'],
    sources: [src.intuneQuality, src.intuneHotpatch],
    asOf: '2026-01-08',
    hedge: both(
      'Press titles naming LTSC 2024 are unverified; Microsoft’s Intune documentation says LTSC is not supported by quality update policies.',
      'Les titres de presse citant LTSC 2024 ne sont pas vérifiés ; la documentation Intune de Microsoft indique que LTSC n’est pas pris en charge par les stratégies de mises à jour qualité.',
    ),
    keywords: both(['ltsc 2024', 'kb5065474', 'press', 'kb title'], ['ltsc 2024', 'kb5065474', 'presse', 'titre du kb']),
    followUps: ['ltsc'],
  }),
  unit({
    id: 'what-is-chpe',
    architectures: ['arm64'],
    intent: 'explain-hotpatch',
    product: 'hotpatch',
    opener: 'fact',
    title: both('What is CHPE (and why hotpatch cares)?', 'Qu’est-ce que CHPE (et pourquoi le hotpatch s’en soucie) ?'),
    asks: both(
      ['What is CHPE?', 'what does CHPE mean on Arm64', 'SyChpe32 folder what is it', 'why does hotpatch care about CHPE', 'CHPE binaries explained'],
      ['C’est quoi CHPE ?', 'que veut dire CHPE sur Arm64', 'dossier SyChpe32 c’est quoi', 'pourquoi le hotpatch dépend de CHPE', 'binaires CHPE expliqués'],
    ),
    body: both(
      [
        'CHPE binaries are the Windows system binaries in %SystemRoot%\\SyChpe32 that Arm64 PCs use for emulated x86 (32-bit) apps; hotpatch can’t service them, so an Arm64 device needs CHPE disabled (HotPatchRestrictions = 1 or the DisableCHPE policy, then one restart).',
        'Intel and AMD (x64) PCs don’t have CHPE; disabling it might affect x86 app performance or compatibility on Arm64, so test first.',
      ],
      [
        'Les binaires CHPE sont les binaires système de Windows dans %SystemRoot%\\SyChpe32 que les PC Arm64 utilisent pour les applis x86 (32 bits) émulées ; le hotpatch ne peut pas les corriger, donc un appareil Arm64 doit avoir CHPE désactivé (HotPatchRestrictions = 1 ou la stratégie DisableCHPE, puis un redémarrage).',
        'Les PC Intel et AMD (x64) n’ont pas CHPE ; le désactiver peut affecter les performances ou la compatibilité des applis x86 sur Arm64 : testez d’abord.',
      ],
    ),
    factIds: ['HP-CPU-3', 'HP-CPU-2', 'HP-CPU-5'],
    sources: [src.autopatchHotpatch, src.disableChpe],
    asOf: '2025-07-04',
    keywords: both(['chpe', 'sychpe32', 'compiled hybrid', 'x86 emulation', 'arm64'], ['chpe', 'sychpe32', 'emulation x86', 'arm64']),
    followUps: ['arm64-chpe', 'chpe-apps-impact'],
  }),
  unit({
    id: 'arm64-stop-hotpatch',
    architectures: ['arm64'],
    intent: 'admin-setup',
    product: 'hotpatch',
    opener: 'fact',
    title: both('Turn CHPE back on (stop hotpatch) on Arm64', 'Réactiver CHPE (arrêter le hotpatch) sur Arm64'),
    asks: both(
      [
        'How do I turn CHPE back on and stop hotpatch on an Arm64 PC?',
        'undo HotPatchRestrictions',
        'an x86 app broke after disabling CHPE, how to revert',
        'set HotPatchRestrictions back to 0',
      ],
      [
        'Comment réactiver CHPE et arrêter le hotpatch sur un PC Arm64 ?',
        'annuler HotPatchRestrictions',
        'une appli x86 ne marche plus depuis CHPE désactivé, comment revenir en arrière',
        'remettre HotPatchRestrictions à 0',
      ],
    ),
    body: both(
      [
        'Set HotPatchRestrictions = 0 under HKLM\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Memory Management and restart: CHPE is back on and the device stops using hotpatch.',
        'It then gets the standard cumulative update with a restart every month, like any device that misses a prerequisite.',
      ],
      [
        'Mettre HotPatchRestrictions = 0 sous HKLM\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Memory Management et redémarrer : CHPE est réactivé et l’appareil n’utilise plus le hotpatch.',
        'Il reçoit alors chaque mois la mise à jour cumulative standard avec redémarrage, comme tout appareil qui ne remplit pas un prérequis.',
      ],
    ),
    commands: [
      {
        label: { en: 'Re-enable CHPE (Arm64), then restart', fr: 'Réactiver CHPE (Arm64), puis redémarrer' },
        code: 'reg add "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Memory Management" /v HotPatchRestrictions /t REG_DWORD /d 0 /f',
      },
    ],
    factIds: ['HP-CPU-2', 'HP-INEL-1'],
    sources: [src.autopatchHotpatch, src.intuneHotpatch],
    asOf: '2025-07-04',
    keywords: both(
      ['re-enable chpe', 'revert', 'undo', 'hotpatchrestrictions 0', 'stop hotpatch'],
      ['reactiver chpe', 'revenir en arriere', 'annuler', 'hotpatchrestrictions 0'],
    ),
    followUps: ['chpe-apps-impact', 'arm64-chpe'],
  }),
  unit({
    id: 'disablechpe-minimum-build',
    architectures: ['arm64'],
    intent: 'admin-setup',
    product: 'hotpatch',
    opener: 'fact',
    title: both('Which build supports the DisableCHPE policy?', 'Quelle build prend en charge la stratégie DisableCHPE ?'),
    asks: both(
      [
        'Which Windows build supports the DisableCHPE policy?',
        'DisableCHPE CSP minimum version',
        'DisableCHPE OMA-URI Intune Arm64 hotpatch',
        'KB5055523 DisableCHPE',
      ],
      [
        'Quelle build de Windows prend en charge la stratégie DisableCHPE ?',
        'version minimale du CSP DisableCHPE',
        'OMA-URI DisableCHPE Intune Arm64 hotpatch',
      ],
    ),
    body: both(
      [
        'Windows 11 24H2 with KB5055523 (build 26100.3775) or later: ./Device/Vendor/MSFT/Policy/Config/System/DisableCHPE = 1 — "required for hotpatching on ARM64 devices"; it has no effect on x64.',
        'A minimum Arm64 build of 26100.4929 seen in a community tool is not in Microsoft’s docs.',
      ],
      [
        'Windows 11 24H2 avec KB5055523 (build 26100.3775) ou ultérieure : ./Device/Vendor/MSFT/Policy/Config/System/DisableCHPE = 1 — « required for hotpatching on ARM64 devices » ; sans effet sur x64.',
        'Le minimum Arm64 26100.4929 vu dans un outil communautaire ne figure pas dans la documentation Microsoft.',
      ],
    ),
    factIds: ['HP-CPU-5'],
    sources: [src.disableChpe],
    asOf: '2025-07-04',
    keywords: both(['disablechpe', 'policy csp', 'oma-uri', 'kb5055523', '26100.3775'], ['disablechpe', 'strategie csp', 'oma-uri', 'kb5055523', '26100.3775']),
    followUps: ['arm64-chpe', 'check-chpe'],
  }),
  unit({
    id: 'arm64-hotpatch-since',
    architectures: ['arm64', 'x64'],
    intent: 'explain-hotpatch',
    product: 'hotpatch',
    opener: 'fact',
    title: both('Since when does hotpatch support Arm64?', 'Depuis quand le hotpatch prend-il en charge Arm64 ?'),
    asks: both(
      [
        'Since when is hotpatch supported on Arm64?',
        'is hotpatch for Arm still in preview?',
        'when did Arm64 hotpatch become generally available',
        'Snapdragon hotpatch preview or GA',
        'hotpatching on ARM64 devices with Windows 11 24H2',
      ],
      [
        'Depuis quand le hotpatch est-il pris en charge sur Arm64 ?',
        'le hotpatch pour Arm est-il encore en préversion ?',
        'quand le hotpatch Arm64 est-il devenu disponible pour tous',
        'hotpatch sur les PC ARM64 (Snapdragon) sous 24H2 ?',
      ],
    ),
    body: both(
      [
        'Since July 2025: hotpatch on 64-bit Arm is generally available (it was in preview before), with CHPE disabled; on x64 it has been available since April 2025.',
      ],
      [
        'Depuis juillet 2025 : le hotpatch sur Arm 64 bits est disponible pour tous (en préversion auparavant), avec CHPE désactivé ; sur x64, il est disponible depuis avril 2025.',
      ],
    ),
    factIds: ['HP-CPU-1', 'HP-LIC-3'],
    sources: [src.arm64Blog, src.cloudnewsGa],
    asOf: '2025-07-04',
    keywords: both(['arm64 ga', 'arm preview', 'snapdragon', 'generally available'], ['arm64', 'preversion', 'snapdragon', 'disponibilite generale']),
    followUps: ['arm64-chpe'],
  }),
  unit({
    id: 'chpe-enabled-never',
    intent: 'eligibility',
    product: 'hotpatch',
    opener: 'no',
    title: both('Hotpatch on Arm64 with CHPE left on?', 'Hotpatch sur Arm64 en laissant CHPE activé ?'),
    asks: both(
      [
        'Will Microsoft support hotpatch on Arm64 with CHPE enabled?',
        'can I keep CHPE on and still get hotpatch',
        'hotpatch without disabling CHPE',
        'Arm64 hotpatch with CHPE roadmap plans',
      ],
      [
        'Microsoft prendra-t-il en charge le hotpatch sur Arm64 avec CHPE activé ?',
        'peut-on garder CHPE et avoir quand même le hotpatch',
        'hotpatch sans désactiver CHPE',
      ],
    ),
    body: both(
      [
        'No: Microsoft says "There are no plans to support hotpatch updates on Arm64 devices with CHPE enabled". Disable CHPE (test your x86 apps first) or keep standard updates with restarts on those devices.',
      ],
      [
        'Non : Microsoft indique « There are no plans to support hotpatch updates on Arm64 devices with CHPE enabled ». Désactivez CHPE (après avoir testé vos applis x86) ou gardez les mises à jour standard avec redémarrage sur ces appareils.',
      ],
    ),
    factIds: ['HP-CPU-3'],
    sources: [src.autopatchHotpatch],
    asOf: '2025-07-04',
    keywords: both(['chpe enabled', 'keep chpe', 'no plans'], ['chpe active', 'garder chpe']),
    followUps: ['arm64-chpe', 'chpe-apps-impact'],
  }),
  unit({
    id: 'dotnet-not-hotpatch',
    intent: 'why-restarted',
    product: 'hotpatch',
    opener: 'no',
    title: both('Are .NET updates hotpatches?', 'Les mises à jour .NET sont-elles des hotpatchs ?'),
    asks: both(
      [
        'Are .NET Framework updates installed as hotpatches without a restart?',
        '.NET cumulative update restart on a hotpatch device',
        'does hotpatch cover .NET',
        'dotnet update reboot in a hotpatch month',
      ],
      [
        'Les mises à jour .NET Framework s’installent-elles en hotpatch sans redémarrage ?',
        'mise à jour cumulative .NET redémarrage sur un appareil hotpatch',
        'le hotpatch couvre-t-il .NET ?',
      ],
    ),
    body: both(
      [
        'No: .NET updates, like non-security Windows updates, drivers and firmware, are not in the hotpatch program and may need a restart, even in a hotpatch month.',
        'Only the monthly Windows security update is delivered as a hotpatch.',
      ],
      [
        'Non : les mises à jour .NET, comme les mises à jour Windows non liées à la sécurité, les pilotes et le firmware, ne font pas partie du programme hotpatch et peuvent exiger un redémarrage, même un mois de hotpatch.',
        'Seule la mise à jour de sécurité mensuelle de Windows est livrée en hotpatch.',
      ],
    ),
    factIds: ['R-2', 'HP-DEF-1'],
    sources: [src.serverHotpatch, src.autopatchHotpatch],
    asOf: '2025-07-04',
    keywords: both(['.net', 'dotnet', '.net framework', 'net update'], ['.net', 'dotnet', '.net framework']),
    followUps: ['what-still-restarts'],
  }),
  unit({
    id: 'drivers-firmware-restart',
    intent: 'why-restarted',
    product: 'hotpatch',
    opener: 'yes',
    title: both('Do drivers and firmware still restart hotpatch devices?', 'Pilotes et firmware font-ils redémarrer les appareils hotpatch ?'),
    asks: both(
      [
        'Do driver and firmware updates still restart hotpatch devices?',
        'hotpatch device rebooted for a driver update',
        'are drivers installed as hotpatch',
        'firmware update restart on a hotpatch PC',
      ],
      [
        'Les mises à jour de pilotes et de firmware font-elles redémarrer les appareils hotpatch ?',
        'appareil hotpatch redémarré pour un pilote',
        'les pilotes s’installent-ils en hotpatch',
      ],
    ),
    body: both(
      [
        'Yes, they can: drivers, firmware and application updates are not in the hotpatch program and may require a restart in any month; only the monthly Windows security update is hotpatched.',
      ],
      [
        'Oui, cela peut arriver : les pilotes, le firmware et les mises à jour d’applications ne font pas partie du programme hotpatch et peuvent exiger un redémarrage n’importe quel mois ; seule la mise à jour de sécurité mensuelle de Windows est en hotpatch.',
      ],
    ),
    factIds: ['R-2', 'R-3', 'HP-DEF-1'],
    sources: [src.serverHotpatch, src.training2026Unit2],
    asOf: '2025-10-07',
    keywords: both(['driver', 'drivers', 'firmware', 'driver update'], ['pilote', 'pilotes', 'firmware', 'micrologiciel']),
    followUps: ['what-still-restarts', 'why-restarted'],
  }),
];
