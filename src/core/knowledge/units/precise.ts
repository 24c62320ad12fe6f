import type { AnswerUnit, Localized, UnitContext } from './types';
import { src } from '../sources';
import { dateWords, monthWords } from './words';
import { endOfServicing, isBaselineMonth, latestBaseline, nextBaseline, nextPatchTuesday, SERVICING_START } from './computed';
import { consumerVersions } from './servicing-words';
import { compare, monthOf } from '../../dates';

// Answer units that each answer one question (issue 11). Every fact is cited by its fact ID;
// December 2026 corrections applied (WS-3 no extra cost, LIFE-1..5, HP-MGT-2/3, CAL-9/10).
// Every body's first line is the direct answer to the unit's first question.

type Base = Omit<AnswerUnit, 'followUps' | 'keywords'> & Partial<Pick<AnswerUnit, 'followUps' | 'keywords'>>;
const unit = (u: Base): AnswerUnit => ({ followUps: [], keywords: { en: [], fr: [] }, ...u });
/** French « de » before a month name (« d’octobre », « de janvier »). */
const deFr = (w: string) => (/^[aeiouyé]/iu.test(w) ? `d’${w}` : `de ${w}`);
const both = <T>(en: T, fr: T): Localized<T> => ({ en, fr });

/** Body computed from today; `body` keeps the rendering for a fixed day (indexing, checks). */
function computed(f: (ctx: UnitContext) => Localized<string[]>): Pick<AnswerUnit, 'compose' | 'body'> {
  return { compose: f, body: f({ today: '2026-12-07' }) };
}

/** A date, marked as gone by when it is before today ("13 October 2026 (ended)"). */
const endDate = (d: string, today: string, loc: 'en' | 'fr'): string =>
  `${dateWords(d, loc)}${compare(d, today) < 0 ? (loc === 'en' ? ' (ended)' : ' (terminé)') : ''}`;

/** Every Windows 11 version's end of servicing at once ("les dates de fin de support de chaque version de Windows 11"). */
const servicingTable = (): AnswerUnit =>
  unit({
    id: 'windows-11-servicing-dates',
    intent: 'explain-hotpatch',
    product: 'lifecycle',
    opener: 'fact',
    title: both('End of servicing of each Windows 11 version', 'Fin de service de chaque version de Windows 11'),
    asks: both(
      [
        'What are the end of support dates of each Windows 11 version?',
        'Windows 11 lifecycle dates for all versions 23H2 24H2 25H2 26H2',
        'which Windows 11 versions are still supported and until when',
      ],
      [
        'Quelles sont les dates de fin de support de chaque version de Windows 11 ?',
        'dates du cycle de vie de toutes les versions de Windows 11 23H2 24H2 25H2 26H2',
        'quelles versions de Windows 11 sont encore prises en charge et jusqu’à quand',
      ],
    ),
    ...computed(({ today }) => {
      const versions = Object.keys(SERVICING_START);
      const line = (v: string, loc: 'en' | 'fr') => {
        const e = endDate(endOfServicing(v, 'enterprise')!, today, loc);
        const c = endDate(endOfServicing(v, 'consumer')!, today, loc);
        return loc === 'en' ? `${v}: Enterprise/Education ${e}; Home/Pro ${c}.` : `${v} : Entreprise/Éducation ${e} ; Famille/Professionnel ${c}.`;
      };
      return both(
        [
          'End of servicing per Windows 11 version: 36 months on Enterprise/Education, 24 months on Home/Pro, ending on a Patch Tuesday.',
          ...versions.map((v) => line(v, 'en')),
          'After that date a version gets no security updates at all, hotpatch included: upgrade to a serviced version.',
        ],
        [
          'Fin de service par version de Windows 11 : 36 mois en Entreprise/Éducation, 24 mois en Famille/Professionnel, jusqu’à un Patch Tuesday.',
          ...versions.map((v) => line(v, 'fr')),
          'Après cette date, la version ne reçoit plus aucune mise à jour de sécurité, hotpatch compris : passez à une version prise en charge.',
        ],
      );
    }),
    // 23H2/24H2 on LIFE-1/LIFE-2 (certain); 25H2/26H2 on LIFE-3 (uncertain), hence the hedge.
    factIds: ['LIFE-1', 'LIFE-2', 'LIFE-3', 'LIFE-5'],
    sources: [src.releaseInfo],
    asOf: '2026-12-06',
    hedge: both(
      '25H2 and 26H2 dates follow the 24/36-month rule as published on 6 December 2026 (26H2’s exact day not yet read on a Microsoft page): check Windows release information before planning on them.',
      'Dates 25H2 et 26H2 selon la règle des 24/36 mois telles que publiées au 6 décembre 2026 (jour exact de 26H2 pas encore lu sur une page Microsoft) : vérifiez Windows release information avant de planifier.',
    ),
    keywords: both(['each version', 'all versions', 'every version', 'lifecycle'], ['chaque version', 'toutes les versions', 'cycle de vie']),
    followUps: ['end-of-servicing-24h2', 'end-of-servicing-25h2'],
  });

const lifecycle = (version: string): AnswerUnit =>
  unit({
    id: `end-of-servicing-${version.toLowerCase()}`,
    intent: 'explain-hotpatch',
    product: 'lifecycle',
    opener: 'date',
    versions: [version],
    title: both(`End of servicing: Windows 11 ${version}`, `Fin de service : Windows 11 ${version}`),
    asks: both(
      [
        `When does Windows 11 ${version} reach end of servicing?`,
        `What is the end of support date for Windows 11 ${version} Enterprise and Education?`,
        `${version} end of life lifecycle Home Pro`,
        `Windows 11 ${version} is out: how long is it supported?`,
      ],
      [
        `Quand se termine le support de Windows 11 ${version} ?`,
        `Date de fin de service de Windows 11 ${version} Entreprise et Éducation ?`,
        `${version} fin de vie cycle de vie Famille Professionnel`,
        `Windows 11 ${version} est sortie : jusqu’à quand est-elle supportée ?`,
      ],
    ),
    ...computed(({ today }) => {
      const consumer = endOfServicing(version, 'consumer')!;
      const enterprise = endOfServicing(version, 'enterprise')!;
      const en = (d: string) => endDate(d, today, 'en');
      const fr = (d: string) => endDate(d, today, 'fr');
      return both(
        [
          `Windows 11 ${version}: Enterprise and Education are serviced until ${en(enterprise)}; Home and Pro until ${en(consumer)}.`,
          'Windows 11 feature updates get 24 months of servicing on Home/Pro and 36 months on Enterprise/Education, ending on a Patch Tuesday.',
          'After that date a version gets no security updates at all — neither hotpatches nor standard monthly updates: upgrade to a serviced version (25H2 or 26H2), ideally in a baseline month (January, April, July, October) to stay on the hotpatch cycle.',
        ],
        [
          `Windows 11 ${version} : Entreprise et Éducation sont pris en charge jusqu’au ${fr(enterprise)} ; Famille et Professionnel jusqu’au ${fr(consumer)}.`,
          'Les mises à jour de fonctionnalités de Windows 11 sont prises en charge 24 mois en Famille/Professionnel et 36 mois en Entreprise/Éducation, jusqu’à un Patch Tuesday.',
          'Après cette date, la version ne reçoit plus aucune mise à jour de sécurité — ni hotpatch ni mise à jour mensuelle standard : passez à une version prise en charge (25H2 ou 26H2), de préférence un mois de baseline (janvier, avril, juillet, octobre) pour rester dans le cycle hotpatch.',
        ],
      );
    }),
    // 23H2 and 24H2 rest on LIFE-1/LIFE-2 (certain); 25H2 and 26H2 on LIFE-3 (uncertain): they hedge.
    factIds: version === '23H2' ? ['LIFE-1', 'LIFE-5', 'HP-OS-5'] : version === '24H2' ? ['LIFE-2', 'LIFE-5', 'HP-OS-5'] : ['LIFE-3', 'LIFE-5', 'HP-OS-5'],
    sources: [src.releaseInfo],
    asOf: '2026-12-06',
    hedge:
      version === '26H2'
        ? both(
            '26H2 dates follow the 24/36-month rule; the exact day is not yet read on a Microsoft page.',
            'Dates 26H2 selon la règle des 24/36 mois ; le jour exact n’est pas encore lu sur une page Microsoft.',
          )
        : version === '25H2'
          ? both(
              '25H2 dates as published in Windows release information on 6 December 2026: check that page before planning on them.',
              'Dates 25H2 telles que publiées dans Windows release information au 6 décembre 2026 : vérifiez cette page avant de planifier.',
            )
          : undefined,
  });

export const preciseUnits: AnswerUnit[] = [
  unit({
    id: 'how-hotpatch-works',
    intent: 'explain-hotpatch',
    product: 'hotpatch',
    opener: 'fact',
    title: both('How hotpatch works without a restart', 'Comment le hotpatch évite le redémarrage'),
    asks: both(
      [
        'How does hotpatching actually work?',
        'Why does a hotpatch not need a reboot when a normal update does?',
        'technical summary of how hot patching works in memory',
        'does a hotpatch need a reboot before the changes take effect?',
        'true or false: a hotpatch needs a restart to apply',
        'What is the difference between a hotpatch and a normal cumulative update?',
      ],
      [
        'Comment fonctionne le hotpatching ?',
        'Pourquoi le hotpatch n’a pas besoin de redémarrage alors qu’une mise à jour classique si ?',
        'résumé technique du fonctionnement du hot patching en mémoire',
        'Un hotpatch nécessite-t-il un redémarrage pour prendre effet ?',
        'Faut-il redémarrer le PC après un hotpatch pour que le correctif s’applique ?',
        'Quelle différence entre un hotpatch et une mise à jour cumulative classique ?',
      ],
    ),
    body: both(
      [
        'A hotpatch patches the in-memory code of running processes, so the security fix takes effect without a restart; a standard update replaces files that running processes have loaded, hence the restart.',
        'Security content is at parity with the standard monthly update (Patch Tuesday); hotpatch packages are smaller.',
        'Hotpatches build on a baseline: a standard cumulative update with a restart in January, April, July and October — so 4 planned restarts a year instead of 12.',
      ],
      [
        'Le hotpatch corrige directement le code en mémoire des processus en cours d’exécution : le correctif de sécurité s’applique sans redémarrage ; une mise à jour classique remplace des fichiers chargés par ces processus, d’où le redémarrage.',
        'Le contenu de sécurité est identique à celui de la mise à jour mensuelle standard (Patch Tuesday) ; les paquets hotpatch sont plus petits.',
        'Les hotpatchs reposent sur une baseline : une mise à jour cumulative standard avec redémarrage en janvier, avril, juillet et octobre — soit 4 redémarrages planifiés par an au lieu de 12.',
      ],
    ),
    factIds: ['HP-DEF-1', 'HP-DEF-3', 'CAL-1'],
    sources: [src.autopatchHotpatch, src.trainingSchedules],
    asOf: '2025-10-07',
    followUps: ['what-is-hotpatch', 'hotpatch-calendar'],
  }),
  unit({
    id: 'hotpatch-end-of-restarts',
    intent: 'explain-hotpatch',
    product: 'hotpatch',
    opener: 'no',
    title: both('Does hotpatch end restarts?', 'Le hotpatch, la fin des redémarrages ?'),
    asks: both(
      [
        'Is hotpatch the end of reboots?',
        'Does hotpatch mean no more restarts for everyone?',
        'hotpatch finally arrives on Windows 11: no more reboots?',
        'does patching no longer mean restarting?',
        'zero reboots with hotpatch, really?',
        'we will never have to reboot again?',
      ],
      [
        'Le hotpatch, la fin des redémarrages ?',
        'Windows Hotpatch débarque sur Windows 11 : plus de redémarrage ?',
        'fin des redémarrages pour tout le monde avec le hotpatch ?',
        'Avec le hotpatch, plus aucun reboot ?',
        'Le patching sans redémarrage, c’est fini les reboots ?',
        'une mise à jour qui ne demande jamais de redémarrer, c’est pour tous les PC en 24H2 ?',
      ],
    ),
    body: both(
      [
        'No: hotpatch devices still restart 4 times a year (the baselines of January, April, July and October), plus any unplanned baseline and driver, firmware or feature updates.',
        'And not for everyone: Windows 11 Home and Pro are not offered hotpatch; it needs Enterprise or Education 24H2 or later with an eligible licence, VBS running and Intune/Autopatch management.',
      ],
      [
        'Non : les appareils hotpatch redémarrent encore 4 fois par an (baselines de janvier, avril, juillet et octobre), plus les éventuelles baselines non planifiées et les mises à jour de pilotes, de firmware ou de fonctionnalités.',
        'Et pas pour tout le monde : Windows 11 Famille et Professionnel (Pro) ne reçoivent pas le hotpatch ; il faut Entreprise ou Éducation 24H2 ou ultérieur avec une licence éligible, VBS actif et une gestion Intune/Autopatch.',
      ],
    ),
    factIds: ['CAL-1', 'CAL-6', 'R-2', 'R-3', 'HP-LIC-7'],
    sources: [src.autopatchHotpatch, src.autopatchFaq],
    asOf: '2025-10-07',
    // What admins are asked by their management: can the monthly maintenance window go?
    keywords: both(['maintenance window', 'downtime', 'no more reboots', 'drop the maintenance window'], ['fenetre de maintenance']),
    followUps: ['what-still-restarts', 'pro-home-not-eligible'],
  }),
  unit({
    id: 'windows-updates-stay-free',
    intent: 'windows-server',
    product: 'server',
    opener: 'no',
    title: both('Will Windows updates become paid?', 'Les mises à jour Windows vont-elles devenir payantes ?'),
    asks: both(
      ['Is Microsoft going to charge for Windows 11 updates?', 'Will future Windows updates be paid?', 'should I worry that Windows updates will cost money?'],
      [
        'Microsoft va-t-il faire payer les futures mises à jour de Windows 11 ?',
        'Les mises à jour Windows vont-elles devenir payantes ? Faut-il s’alarmer ?',
        'mises à jour payantes Windows 11 info ou intox',
      ],
    ),
    body: both(
      [
        'No: Windows 11 updates stay free, and hotpatch needs no extra licence on clients. The only charge was hotpatch for Windows Server 2025 via Azure Arc (USD 1.50 per core per month from July 2025), and since May 2026 it is at no extra cost.',
      ],
      [
        'Non : les mises à jour de Windows 11 restent gratuites et le hotpatch ne demande pas de licence supplémentaire sur les postes. La seule facturation concernait le hotpatch de Windows Server 2025 via Azure Arc (1,50 USD par cœur et par mois à partir de juillet 2025), et depuis mai 2026 il est sans coût supplémentaire.',
      ],
    ),
    factIds: ['CF-3', 'WS-3', 'HP-LIC-1'],
    sources: [src.serverArc, src.cloudservusArcFree, src.itConnectArcFree],
    asOf: '2026-05-19',
    followUps: ['server-2025-hotpatch-cost'],
  }),
  unit({
    id: 'server-2025-hotpatch-cost',
    intent: 'windows-server',
    product: 'server',
    opener: 'no',
    title: both('Do I have to pay for Windows Server 2025 hotpatch?', 'Faut-il payer le hotpatch de Windows Server 2025 ?'),
    asks: both(
      [
        'Do I have to pay for hotpatch on Windows Server 2025?',
        'How much does Windows Server 2025 hotpatching via Azure Arc cost?',
        'Should we subscribe to Azure Arc hotpatch billing per core?',
      ],
      [
        'Faut-il payer le hotpatch de Windows Server 2025 ?',
        'Combien sera facturé le hotpatching de Windows Server 2025 en local ?',
        'Faut-il s’abonner au hotpatching de Windows Server 2025 via Azure Arc ?',
        'Le hotpatch Windows Server 2025 via Arc est-il gratuit maintenant ?',
      ],
    ),
    body: both(
      [
        'No: Azure Arc hotpatch for Windows Server 2025 Standard and Datacenter is now at no extra cost (since May 2026); it was billed USD 1.50 per CPU core per month from July 2025.',
        'Enable it in the Azure portal on Arc-connected servers (Connected Machine agent, VBS, build 26100.1742 or later). Datacenter: Azure Edition includes hotpatch natively.',
      ],
      [
        'Non : le hotpatch via Azure Arc pour Windows Server 2025 Standard et Datacenter est désormais sans coût supplémentaire (depuis mai 2026) ; il était facturé 1,50 USD par cœur de processeur et par mois à partir de juillet 2025.',
        'Il s’active dans le portail Azure sur les serveurs connectés à Arc (agent Connected Machine, VBS, build 26100.1742 ou ultérieure). L’édition Datacenter: Azure Edition l’inclut nativement.',
      ],
    ),
    factIds: ['WS-3', 'WS-2'],
    sources: [src.serverArc, src.cloudservusArcFree, src.itConnectArcFree],
    asOf: '2026-05-19',
    hedge: both(
      'The exact dates (billing from 1 or 16 July 2025; free since 19 May 2026) come from secondary sources citing the Azure Arc Blog.',
      'Les dates exactes (facturation au 1er ou au 16 juillet 2025 ; gratuité depuis le 19 mai 2026) viennent de sources secondaires citant le blog Azure Arc.',
    ),
    followUps: ['windows-server'],
  }),
  unit({
    id: 'server-hotpatch-benefits',
    intent: 'windows-server',
    product: 'server',
    opener: 'fact',
    title: both('Benefits of hotpatching for Windows Server', 'Avantages du hotpatching pour Windows Server'),
    asks: both(
      ['What are the benefits of hotpatching for Windows Server?', 'why use hotpatch on servers advantages'],
      ['Quels sont les avantages du hotpatching pour Windows Server ?', 'pourquoi utiliser le hotpatch sur les serveurs avantages'],
    ),
    body: both(
      [
        'Security fixes apply in memory without a restart: 4 planned restarts a year (January, April, July and October baselines) instead of 12, smaller packages and faster protection.',
        'Non-security updates, .NET, drivers and firmware may still need restarts; unplanned baselines are possible.',
      ],
      [
        'Les correctifs de sécurité s’appliquent en mémoire sans redémarrage : 4 redémarrages planifiés par an (baselines de janvier, avril, juillet et octobre) au lieu de 12, des paquets plus petits et une protection plus rapide.',
        'Les mises à jour non liées à la sécurité, .NET, les pilotes et le firmware peuvent encore exiger un redémarrage ; des baselines non planifiées sont possibles.',
      ],
    ),
    factIds: ['HP-DEF-1', 'WS-4', 'CAL-1'],
    sources: [src.serverHotpatch],
    asOf: '2023-07-27',
    followUps: ['windows-server'],
  }),
  unit({
    id: 'server-2025-registry-key',
    intent: 'windows-server',
    product: 'server',
    opener: 'no',
    title: both('Turn on Windows Server 2025 hotpatch with a registry key?', 'Activer le hotpatch de Windows Server 2025 par une clé de registre ?'),
    asks: both(
      [
        'Can we just add a registry key to get hotpatching on Windows Server 2025?',
        'hotpatch is on by default on Server 2022 Azure Edition but not on Server 2025',
      ],
      [
        'Peut-on activer le hotpatch sur Windows Server 2025 avec une clé de registre ?',
        'le hotpatch est actif sur Server 2022 Azure Edition mais pas sur Server 2025',
      ],
    ),
    body: both(
      [
        'No: no documented registry switch. Windows Server 2025 Datacenter: Azure Edition gets hotpatch natively on Azure; Standard and Datacenter get it through Azure Arc (Connected Machine agent, "Hotpatch" enabled in the Azure portal, build 26100.1742 or later, VBS).',
      ],
      [
        'Non : aucune clé de registre documentée. Windows Server 2025 Datacenter: Azure Edition a le hotpatch nativement sur Azure ; Standard et Datacenter l’obtiennent via Azure Arc (agent Connected Machine, « Hotpatch » activé dans le portail Azure, build 26100.1742 ou ultérieure, VBS).',
      ],
    ),
    factIds: ['WS-1', 'WS-2'],
    sources: [src.serverArc, src.serverHotpatch],
    asOf: '2026-05-19',
    followUps: ['windows-server', 'server-2025-hotpatch-cost'],
  }),
  unit({
    id: 'hotpatch-already-available',
    intent: 'explain-hotpatch',
    product: 'hotpatch',
    opener: 'fact',
    title: both('When did hotpatch arrive?', 'Quand le hotpatch est-il arrivé ?'),
    asks: both(
      ['When are hotpatches coming?', 'When is hotpatch available for Windows 11?'],
      ['Quand est-ce que les hotpatchs arrivent ?', 'Depuis quand le hotpatch est-il disponible sur Windows 11 ?'],
    ),
    body: both(
      [
        'Hotpatch is already here: generally available since April 2025 for Windows 11 Enterprise 24H2 on x64 (first hotpatch month May 2025), on Arm64 since July 2025, and on by default for eligible Autopatch/Intune devices since the May 2026 security update.',
      ],
      [
        'Le hotpatch est déjà là : disponible depuis avril 2025 pour Windows 11 Entreprise 24H2 sur x64 (premier mois de hotpatch en mai 2025), sur Arm64 depuis juillet 2025, et activé par défaut pour les appareils éligibles gérés par Autopatch/Intune depuis la mise à jour de sécurité de mai 2026.',
      ],
    ),
    factIds: ['HP-CPU-1', 'HP-MGT-3'],
    sources: [src.cloudnewsGa, src.defaultOnBlog],
    asOf: '2026-05-12',
    followUps: ['default-on-may-2026'],
  }),
  unit({
    id: 'third-party-mdm-winning-provider',
    intent: 'admin-setup',
    product: 'hotpatch',
    opener: 'fact',
    title: both('Third-party MDM update policies ignored (hotpatch provider)', 'Stratégies de mise à jour d’un MDM tiers ignorées (provider hotpatch)'),
    asks: both(
      [
        'Our third-party MDM OS update policies (deadlines, grace periods) are ignored: the Windows Hotpatching provider claims Winning Provider',
        'QualityUpdateEnrolled defaults to 0 winning provider hotpatch GUID',
      ],
      [
        'Les stratégies de mise à jour de notre MDM tiers (échéances, périodes de grâce) sont ignorées : le provider Windows Hotpatching est Winning Provider',
        'QualityUpdateEnrolled à 0 provider hotpatch GUID',
      ],
    ),
    body: both(
      [
        'Known third-party MDM conflict: the hotpatch provider (B04F44A4-B696-4B56-934A-C11667E944E4) can become the winning update provider. Community workaround: AllowRebootlessUpdates = 0 under HKLM\\SOFTWARE\\Microsoft\\PolicyManager\\current\\device\\Update (not a Microsoft-documented setting).',
        'HotPatchRestrictions is an Arm64 setting and is ignored on x64.',
      ],
      [
        'Conflit connu avec un MDM tiers : le provider hotpatch (B04F44A4-B696-4B56-934A-C11667E944E4) peut devenir le provider de mise à jour gagnant. Contournement communautaire : AllowRebootlessUpdates = 0 sous HKLM\\SOFTWARE\\Microsoft\\PolicyManager\\current\\device\\Update (réglage non documenté par Microsoft).',
        'HotPatchRestrictions est un réglage Arm64, ignoré sur x64.',
      ],
    ),
    factIds: ['CHK-6', 'HP-CPU-4'],
    sources: [src.fleetIssue],
    asOf: '2025-12-02',
    hedge: both('Community report (Fleet issue), not documented by Microsoft.', 'Signalement communautaire (issue Fleet), non documenté par Microsoft.'),
  }),
  unit({
    id: 'check-enabled-registry-vbs',
    intent: 'how-to-check',
    product: 'hotpatch',
    opener: 'no',
    title: both(
      'Is AllowRebootlessUpdates plus VBS enough to know hotpatch is on?',
      'AllowRebootlessUpdates et VBS suffisent-ils pour savoir si le hotpatch est actif ?',
    ),
    asks: both(
      [
        'Is reading AllowRebootlessUpdates from the registry plus checking VBS running enough to tell hotpatch is enabled?',
        'how can I tell on a client whether hotpatch is actually enabled registry',
      ],
      [
        'Lire AllowRebootlessUpdates dans le registre et vérifier VBS suffit-il pour savoir si le hotpatch est activé ?',
        'comment savoir sur un poste si le hotpatch est vraiment activé registre',
      ],
    ),
    body: both(
      [
        'No, not quite: AllowRebootlessUpdates = 1 (HKLM\\SOFTWARE\\Microsoft\\PolicyManager\\current\\device\\Update) and VBS running show the policy arrived, but the registry value is a community check, not Microsoft-documented.',
        'Documented checks: Settings > Windows Update > Advanced options > Configured update policies shows "Enable hotpatching when available"; Event Viewer events with AllowRebootlessUpdates show "isEnrolled": 1 and "vbsState": 2; Update history lists the month’s Hotpatch KB.',
      ],
      [
        'Non, pas tout à fait : AllowRebootlessUpdates = 1 (HKLM\\SOFTWARE\\Microsoft\\PolicyManager\\current\\device\\Update) et VBS actif montrent que la stratégie est arrivée, mais cette valeur de registre est une vérification communautaire, non documentée par Microsoft.',
        'Vérifications documentées : Paramètres > Windows Update > Options avancées > Stratégies de mise à jour configurées affiche « Enable hotpatching when available » ; dans l’Observateur d’événements, les événements AllowRebootlessUpdates indiquent "isEnrolled": 1 et "vbsState": 2 ; l’historique des mises à jour montre le KB Hotpatch du mois.',
      ],
    ),
    factIds: ['CHK-6', 'CHK-3', 'CHK-4', 'CHK-8'],
    sources: [src.intuneHotpatch, src.fleetIssue],
    asOf: '2026-01-13',
    followUps: ['how-to-check'],
  }),
  unit({
    id: 'uninstall-update-restarts',
    intent: 'why-restarted',
    product: 'hotpatch',
    opener: 'yes',
    title: both('Does uninstalling a quality update force a restart?', 'Désinstaller une mise à jour qualité force-t-il un redémarrage ?'),
    asks: both(
      ['Does uninstalling a quality update force a restart on all devices?', 'changing the setting to uninstall a quality update forced a system restart'],
      [
        'Désinstaller une mise à jour qualité force-t-il un redémarrage sur tous les postes ?',
        'passer le paramètre sur la désinstallation d’une mise à jour qualité a forcé un redémarrage',
      ],
    ),
    body: both(
      [
        'Yes, that is expected: uninstalling a quality update — a hotpatch included — requires a restart, and there is no automatic rollback; the device then needs the latest standard cumulative update.',
        'Only uninstall when the update itself causes the problem, and warn users first.',
      ],
      [
        'Oui, c’est attendu : désinstaller une mise à jour qualité — y compris un hotpatch — impose un redémarrage, et il n’y a pas de retour arrière automatique ; l’appareil doit ensuite réinstaller la dernière mise à jour cumulative standard.',
        'Ne désinstallez que si la mise à jour cause elle-même le problème, et prévenez les utilisateurs.',
      ],
    ),
    factIds: ['R-5', 'CF-4'],
    sources: [src.intuneHotpatch, src.autopatchHotpatch],
    asOf: '2026-01-13',
    followUps: ['hotpatch-rollback'],
  }),
  unit({
    id: 'patch-tuesday-second-tuesday',
    intent: 'calendar',
    product: 'calendar',
    opener: 'fact',
    title: both('Which Tuesday is Patch Tuesday?', 'Quel mardi est le Patch Tuesday ?'),
    asks: both(
      [
        'Are quality updates published on the first Tuesday of every month?',
        'Which Tuesday of the month is Patch Tuesday?',
        'quality updates are typically published on the first Tuesday, is this incorrect?',
      ],
      ['Les mises à jour qualité sortent-elles le premier mardi du mois ?', 'Quel mardi du mois est le Patch Tuesday ?'],
    ),
    ...computed(({ today }) =>
      both(
        [
          `Patch Tuesday (the monthly security "B" release) is the second Tuesday of the month, not the first; the next one is ${dateWords(nextPatchTuesday(today), 'en')}.`,
          'Microsoft can still release at any time (out-of-band updates). Optional non-security previews usually come on the fourth Tuesday, except in December (normally none).',
        ],
        [
          `Le Patch Tuesday (publication de sécurité mensuelle « B ») est le deuxième mardi du mois, pas le premier ; le prochain est le ${dateWords(nextPatchTuesday(today), 'fr')}.`,
          'Microsoft peut toutefois publier à tout moment (mises à jour hors bande). Les préversions facultatives non liées à la sécurité sortent en général le quatrième mardi, sauf en décembre (normalement aucune).',
        ],
      ),
    ),
    // CAL-9 (2026-12-06): the fourth Tuesday is the usual slot, not a fact, and December normally has no preview.
    factIds: ['CAL-2', 'CAL-9', 'CAL-OOB-1'],
    sources: [src.catalogEntry],
    asOf: '2026-12-06',
    followUps: ['hotpatch-calendar'],
  }),
  unit({
    id: 'next-baseline',
    future: true,
    intent: 'calendar',
    product: 'calendar',
    opener: 'date',
    title: both('When is the next baseline (restart)?', 'Quand est la prochaine baseline (redémarrage) ?'),
    asks: both(
      ['When is the next baseline that requires a restart?', 'next baseline month restart date', 'when is the next reboot for hotpatch devices?'],
      [
        'Quand tombe la prochaine baseline, celle qui exige un redémarrage ?',
        'prochaine baseline mois de redémarrage date',
        'Quand est le prochain redémarrage obligatoire avec le hotpatch ?',
        'prochain reboot des postes hotpatch',
        'C’est quand la prochaine MAJ avec redémarrage ?',
      ],
    ),
    ...computed(({ today }) => {
      const next = nextBaseline(today);
      const pt = nextPatchTuesday(today);
      // CAL-1: the month decides, not the date. On a baseline Patch Tuesday, nextBaseline (after today) is the following
      // quarter's while nextPatchTuesday (on or after today) is today's — a baseline, never a hotpatch month.
      const todayIsBaseline = pt !== next && isBaselineMonth(monthOf(pt));
      return both(
        [
          `${dateWords(next, 'en')}: the next planned baseline (restart), Patch Tuesday of ${monthWords(monthOf(next), 'en')}.`,
          pt === next
            ? 'That is also the next Patch Tuesday.'
            : todayIsBaseline
              ? `Today’s Patch Tuesday, ${dateWords(pt, 'en')}, is itself a planned baseline (restart).`
              : `The next Patch Tuesday, ${dateWords(pt, 'en')}, is a planned hotpatch month: no restart for enrolled devices on the latest baseline.`,
          'Planned, unless Microsoft releases an unplanned baseline (as probably in June 2026); drivers, firmware and feature updates may still restart devices.',
        ],
        [
          `${dateWords(next, 'fr')} : la prochaine baseline planifiée (redémarrage), le Patch Tuesday de ${monthWords(monthOf(next), 'fr')}.`,
          pt === next
            ? 'C’est aussi le prochain Patch Tuesday.'
            : todayIsBaseline
              ? `Le Patch Tuesday d’aujourd’hui, le ${dateWords(pt, 'fr')}, est lui-même une baseline planifiée (redémarrage).`
              : `Le prochain Patch Tuesday, le ${dateWords(pt, 'fr')}, est un mois de hotpatch planifié : pas de redémarrage pour les appareils inscrits et à jour sur la dernière baseline.`,
          'Planifié, sauf baseline non planifiée de Microsoft (comme probablement en juin 2026) ; pilotes, firmware et mises à jour de fonctionnalités peuvent encore redémarrer les appareils.',
        ],
      );
    }),
    factIds: ['CAL-1', 'CAL-2', 'CAL-6', 'CAL-10'],
    sources: [src.autopatchHotpatch, src.releaseInfo],
    asOf: '2026-12-06',
    followUps: ['hotpatch-calendar', 'unplanned-baselines'],
  }),
  unit({
    // "When was the last baseline?", "quelle est la dernière baseline ?": the one a device must be on (HP-OS-3, CAL-1, CAL-3).
    id: 'latest-baseline',
    intent: 'calendar',
    product: 'calendar',
    opener: 'date',
    title: both('Which is the latest baseline?', 'Quelle est la dernière baseline ?'),
    asks: both(
      ['When was the latest baseline released?', 'which baseline is the current one devices must be on', 'last baseline month'],
      ['Quand est sortie la dernière baseline ?', 'quelle est la baseline actuelle sur laquelle les appareils doivent être', 'dernier mois de baseline'],
    ),
    ...computed(({ today }) => {
      const latest = latestBaseline(today);
      const next = nextBaseline(today);
      return both(
        [
          `${dateWords(latest, 'en')}: the latest planned baseline, the cumulative update (with a restart) of ${monthWords(monthOf(latest), 'en')}.`,
          `A device must be on it to get this quarter’s hotpatches without a restart; one that is not gets it with the next hotpatch, and a restart. The next baseline is planned on ${dateWords(next, 'en')}.`,
          'Unless Microsoft released an unplanned baseline since (check Windows release health).',
        ],
        [
          `${dateWords(latest, 'fr')} : la dernière baseline planifiée, la mise à jour cumulative (avec redémarrage) ${deFr(monthWords(monthOf(latest), 'fr'))}.`,
          `Un appareil doit l’avoir pour recevoir les hotpatchs du trimestre sans redémarrage ; sinon il la reçoit avec le hotpatch suivant, et un redémarrage. La prochaine baseline est planifiée le ${dateWords(next, 'fr')}.`,
          'Sauf baseline non planifiée publiée depuis par Microsoft (voir Windows release health).',
        ],
      );
    }),
    factIds: ['CAL-1', 'CAL-2', 'CAL-3', 'HP-OS-3', 'CAL-6'],
    sources: [src.autopatchHotpatch, src.releaseInfo],
    asOf: '2026-12-07',
    keywords: both(['latest baseline', 'last baseline', 'current baseline'], ['derniere baseline', 'baseline actuelle']),
    followUps: ['next-baseline', 'behind-baseline'],
  }),
  unit({
    id: 'must-be-on-latest-baseline',
    intent: 'calendar',
    product: 'calendar',
    opener: 'yes',
    title: both('Must a device install the baseline to get hotpatches?', 'Faut-il installer la baseline pour recevoir les hotpatchs ?'),
    asks: both(
      [
        'Do devices have to install the baseline cumulative update (restart) to be eligible for hotpatch the following months?',
        'must be on the latest baseline to get hotpatch',
        'is a specific cumulative update KB mandatory before enabling hotpatch?',
        'which baseline must be installed first to start getting hotpatches',
      ],
      [
        'Les appareils doivent-ils installer la cumulative de baseline (redémarrage) pour être éligibles au hotpatch les mois suivants ?',
        'mois de baseline : installer la cumulative pour être éligible au hotpatch',
        'Quelle mise à jour cumulative (KB) faut-il installer avant d’activer le hotpatch ?',
        'baseline obligatoire avant de passer au hotpatch',
      ],
    ),
    ...computed(({ today }) => {
      const latest = latestBaseline(today);
      const next = nextBaseline(today);
      return both(
        [
          `Yes: to get a month’s hotpatch, a device must be on the latest baseline; otherwise it gets that baseline plus the hotpatch, with a restart. Today the latest baseline is ${monthWords(monthOf(latest), 'en')}; the next is planned on ${dateWords(next, 'en')}.`,
        ],
        [
          `Oui, c’est la règle : pour recevoir le hotpatch d’un mois, l’appareil doit être sur la dernière baseline, sinon il reçoit baseline + hotpatch, avec redémarrage. Aujourd’hui la dernière baseline est celle ${deFr(monthWords(monthOf(latest), 'fr'))} ; la prochaine est planifiée le ${dateWords(next, 'fr')}.`,
        ],
      );
    }),
    factIds: ['HP-OS-3', 'CAL-3', 'CAL-1'],
    sources: [src.intuneHotpatch],
    asOf: '2026-01-13',
    followUps: ['behind-baseline'],
  }),
  unit({
    id: 'vbs-hardware-requirements',
    intent: 'how-to-check',
    product: 'hotpatch',
    opener: 'fact',
    title: both('What VBS needs, and how to check it', 'Ce qu’il faut pour VBS, et comment le vérifier'),
    asks: both(
      ['What are the requirements for VBS (virtualization-based security)?', 'help diagnose the requirements for VBS', 'why is VBS not running'],
      ['Quelles sont les exigences de VBS (sécurité basée sur la virtualisation) ?', 'pourquoi VBS ne fonctionne pas prérequis'],
    ),
    body: both(
      [
        'VBS needs hypervisor support — CPU virtualization (VT-x / AMD-V) enabled in the firmware — and UEFI with Secure Boot; DMA protection only if the policy requires it. VMs must be Hyper-V Generation 2.',
        'Check: msinfo32 > "Virtualization-based security" = Running, or Win32_DeviceGuard VirtualizationBasedSecurityStatus = 2. Intune reports the blocker in deviceGuardVirtualizationBasedSecurityHardwareRequirementState.',
        'Drivers incompatible with memory integrity (HVCI) can block it: update them. Hotpatch needs VBS running.',
      ],
      [
        'VBS exige la prise en charge de l’hyperviseur — virtualisation du processeur (VT-x / AMD-V) activée dans le firmware — et l’UEFI avec démarrage sécurisé (Secure Boot) ; la protection DMA seulement si la stratégie l’exige. Les VM doivent être Hyper-V génération 2.',
        'Vérifier : msinfo32 > « Sécurité basée sur la virtualisation » = En cours d’exécution, ou Win32_DeviceGuard VirtualizationBasedSecurityStatus = 2. Intune indique le blocage dans deviceGuardVirtualizationBasedSecurityHardwareRequirementState.',
        'Des pilotes incompatibles avec l’intégrité de la mémoire (HVCI) peuvent bloquer : mettez-les à jour. Le hotpatch exige VBS actif.',
      ],
    ),
    factIds: ['HP-VBS-6', 'HP-VBS-2', 'CHK-1', 'CHK-2'],
    hedge: both(
      "The hardware list (virtualization in firmware, Secure Boot, DMA protection) is read from Microsoft's VBS pages, not from the hotpatch page; the device's own blocking reason is in Intune's hardware requirement state.",
      'La liste matérielle (virtualisation dans le firmware, démarrage sécurisé, protection DMA) vient des pages VBS de Microsoft, pas de la page hotpatch ; la raison exacte du blocage est dans l’état des exigences matérielles d’Intune.',
    ),
    sources: [src.vbsDoc, src.intuneHotpatch],
    asOf: '2026-04-06',
    followUps: ['check-vbs', 'vbs-requirement'],
  }),
  unit({
    // The question end users ask most about updates (real wording: kimiyoya "Does Windows Restart Your Computer
    // Automatically When Installing Updates?", technochouette « pourquoi ton ordinateur te supplie de redémarrer »).
    id: 'updates-restart-automatically',
    intent: 'why-restarted',
    product: 'hotpatch',
    opener: 'yes',
    title: both('Does Windows restart automatically to install updates?', 'Windows redémarre-t-il tout seul pour installer les mises à jour ?'),
    asks: both(
      [
        'Does Windows restart your computer automatically when installing updates?',
        'Why does my computer keep asking me to restart after Windows updates?',
        'Why do Windows updates need a restart to finish installing?',
        'Will Windows reboot on its own during the update?',
      ],
      [
        'Windows redémarre-t-il automatiquement l’ordinateur lors de l’installation des mises à jour ?',
        'Pourquoi mon ordinateur me demande-t-il de redémarrer après les mises à jour Windows ?',
        'Pourquoi faut-il redémarrer pour terminer l’installation des mises à jour ?',
        'Windows va-t-il redémarrer tout seul pendant la mise à jour ?',
      ],
    ),
    // HP-MGT-2/3, CF-2 (2026-12-06): hotpatch is on by default since May 2026, not an enrolment; HP-VBS-1: VBS running.
    // LIFE-1/2/5: Home/Pro past end of servicing get no monthly update at all — which versions is computed from today.
    ...computed(({ today }) => {
      const home = { en: consumerVersions(today, 'en'), fr: consumerVersions(today, 'fr') };
      const servicedEn = home.en.firstServiced ? `on a serviced version (today ${home.en.firstServiced} or later)` : 'on a serviced version';
      const servicedFr = home.fr.firstServiced ? `sur une version maintenue (aujourd’hui ${home.fr.firstServiced} ou ultérieure)` : 'sur une version maintenue';
      return both(
        [
          'Yes, for the standard monthly update: a cumulative update replaces system files that running programs have loaded, so Windows restarts to finish — outside active hours when it can, at the latest at the deadline your organisation set.',
          'Windows 11 Enterprise and Education 24H2 or later, with an eligible licence, VBS running and managed by Intune / Windows Autopatch, install the monthly security update as a hotpatch without a restart (on by default since May 2026 unless the organisation blocks it); they still restart for the quarterly baseline (January, April, July, October).',
          `Home and Pro never get hotpatch: ${servicedEn} they restart for every monthly update${home.en.ended ? `; Home/Pro ${home.en.ended} are past end of servicing and get no updates at all` : ''}. Drivers, firmware and feature updates can need a restart on any device.`,
          'A cumulative update’s restart can be moved, not skipped: active hours and your organisation’s deferral, deadline and grace period decide when it happens.',
        ],
        [
          'Oui, pour la mise à jour mensuelle standard : une mise à jour cumulative remplace des fichiers système chargés par les programmes en cours, Windows redémarre donc pour terminer — hors des heures d’activité quand il le peut, au plus tard à l’échéance fixée par votre organisation.',
          'Windows 11 Entreprise et Éducation 24H2 ou ultérieur, avec une licence éligible, VBS actif et une gestion Intune / Windows Autopatch, installent la mise à jour de sécurité mensuelle en hotpatch, sans redémarrage (activé par défaut depuis mai 2026 sauf blocage par l’organisation) ; ils redémarrent encore pour la baseline trimestrielle (janvier, avril, juillet, octobre).',
          `Famille et Professionnel n’ont jamais le hotpatch : ${servicedFr}, ils redémarrent à chaque mise à jour mensuelle${home.fr.ended ? ` ; Famille/Professionnel ${home.fr.ended} sont en fin de service et ne reçoivent plus aucune mise à jour` : ''}. Les pilotes, le firmware et les mises à jour de fonctionnalités peuvent demander un redémarrage sur tout appareil.`,
          'Le redémarrage d’une mise à jour cumulative se déplace mais ne se supprime pas : les heures d’activité et le report, l’échéance et la période de grâce fixés par votre organisation décident du moment.',
        ],
      );
    }),
    factIds: [
      'HP-INEL-1',
      'HP-DEF-1',
      'CAL-1',
      'CAL-8',
      'HP-MGT-4',
      'HP-LIC-1',
      'HP-LIC-7',
      'HP-OS-1',
      'R-2',
      'HP-MGT-2',
      'HP-MGT-3',
      'CF-2',
      'HP-VBS-1',
      'LIFE-1',
      'LIFE-2',
      'LIFE-5',
    ],
    sources: [src.autopatchHotpatch, src.qualityUpdateRing, src.autopatchFaq, src.intuneHotpatch, src.releaseInfo],
    asOf: '2026-12-06',
    followUps: ['what-is-hotpatch', 'hotpatch-prerequisites'],
  }),
  unit({
    id: 'hotpatch-in-virtual-machines',
    intent: 'eligibility',
    product: 'hotpatch',
    opener: 'depends',
    title: both('Hotpatch in virtual machines', 'Le hotpatch dans les machines virtuelles'),
    asks: both(
      ['Do virtual machines support hotpatch?', 'Can a Windows VM get hotpatch updates?', 'hotpatch on Hyper-V or Azure VMs'],
      ['Le hotpatch fonctionne-t-il sur les machines virtuelles ?', 'Une VM Windows peut-elle recevoir le hotpatch ?', 'hotpatch sur des VM Hyper-V ou Azure'],
    ),
    body: both(
      [
        'It depends on what runs in the VM: the VM must meet the same prerequisites as a PC or server, VBS running included — so the hypervisor must expose virtualization to the guest, with UEFI and Secure Boot.',
        'Windows 11 Enterprise/Education 24H2+: Microsoft states hotpatch is supported in Azure Virtual Desktop and Windows 365 Cloud PCs with eligible licences; Enterprise multi-session is not confirmed.',
        'Windows Server: Datacenter: Azure Edition has hotpatch on Azure VMs (2022 and 2025); Windows Server 2025 Standard/Datacenter get it through Azure Arc, on Hyper-V as a Generation 2 VM with VBS.',
      ],
      [
        'Cela dépend de ce qui tourne dans la VM : elle doit remplir les mêmes prérequis qu’un PC ou un serveur, VBS en cours d’exécution compris — l’hyperviseur doit donc exposer la virtualisation à l’invité, avec UEFI et démarrage sécurisé.',
        'Windows 11 Entreprise/Éducation 24H2+ : Microsoft indique que le hotpatch est pris en charge dans Azure Virtual Desktop et les Cloud PC Windows 365 avec des licences éligibles ; Entreprise multisession n’est pas confirmé.',
        'Windows Server : Datacenter: Azure Edition a le hotpatch sur les VM Azure (2022 et 2025) ; Windows Server 2025 Standard/Datacenter l’obtiennent via Azure Arc, sous Hyper-V en VM de génération 2 avec VBS.',
      ],
    ),
    factIds: ['HP-VBS-1', 'HP-VBS-6', 'HP-LIC-2', 'HP-ED-1', 'WS-1', 'WS-2'],
    hedge: both(
      'What VBS needs in a guest (virtualization exposed by the hypervisor) is read from Microsoft’s VBS requirements (HP-VBS-6, not hotpatch-specific); multi-session support is unconfirmed (HP-ED-1).',
      'Ce dont VBS a besoin dans un invité (virtualisation exposée par l’hyperviseur) vient des exigences VBS de Microsoft (HP-VBS-6, pas propres au hotpatch) ; la prise en charge multisession n’est pas confirmée (HP-ED-1).',
    ),
    sources: [src.trainingSchedules, src.vbsDoc, src.serverArc, src.serverHotpatch],
    asOf: '2026-12-07',
    keywords: both(['vm', 'vms', 'virtual machine', 'hyper-v', 'vmware'], ['vm', 'machine virtuelle', 'hyper-v', 'vmware']),
    followUps: ['cloud-pc-avd-gcc', 'server-2025-needs-vbs', 'vbs-requirement'],
  }),
  unit({
    id: 'windows-10-restarts-no-hotpatch',
    intent: 'why-restarted',
    product: 'windows10',
    opener: 'no',
    title: both('Windows 10: hotpatch or fewer restarts?', 'Windows 10 : hotpatch ou moins de redémarrages ?'),
    asks: both(
      ['Can Windows 10 get hotpatch to stop automatic restarts?', 'Windows 10 restarts automatically after updates, how to prevent it?'],
      ['Windows 10 redémarre automatiquement après les mises à jour, comment l’en empêcher ?', 'Windows 10 peut-il avoir le hotpatch ?'],
    ),
    body: both(
      [
        'No: Windows 10 never gets hotpatch, so its updates always restart. Windows 10 reached end of support on 14 October 2025; organisations only get security updates through ESU, and they restart.',
        'To have fewer update restarts, move to Windows 11 Enterprise or Education 24H2 or later with an eligible licence (hotpatch); meanwhile use active hours and update ring deadlines to choose when restarts happen.',
      ],
      [
        'Non : Windows 10 n’a pas de hotpatch, ses mises à jour redémarrent donc toujours. Le support de Windows 10 a pris fin le 14 octobre 2025 ; les organisations ne reçoivent plus de correctifs que via ESU, avec redémarrage.',
        'Pour moins de redémarrages, passez à Windows 11 Entreprise ou Éducation 24H2 ou ultérieur avec une licence éligible (hotpatch) ; en attendant, les heures d’activité et les échéances des anneaux de mise à jour fixent le moment des redémarrages.',
      ],
    ),
    factIds: ['HP-OS-4', 'LIFE-4'],
    hedge: both(
      'Organisations can buy Windows 10 ESU year by year to October 2028; a consumer extension to October 2027 is reported by one source only (LIFE-4).',
      'Les organisations peuvent acheter l’ESU Windows 10 année par année jusqu’en octobre 2028 ; une extension grand public jusqu’en octobre 2027 n’est rapportée que par une source (LIFE-4).',
    ),
    sources: [src.autopatchHotpatch],
    asOf: '2026-12-06',
    followUps: ['windows-10-and-23h2'],
  }),
  unit({
    id: 'qmr-availability',
    intent: 'explain-qmr',
    product: 'qmr',
    opener: 'fact',
    title: both('When did Quick machine recovery ship?', 'Quand la récupération rapide de la machine est-elle arrivée ?'),
    asks: both(
      [
        'When did Quick machine recovery become available? Is it only for Insiders?',
        'QMR should arrive officially in 25H2',
        'which version first had quick machine recovery',
        'quick machine recovery announced in an Insider Preview build: is it released now?',
      ],
      [
        'Quand la récupération rapide de la machine (QMR) est-elle arrivée ? Seulement pour les Insiders ?',
        'QMR devrait débarquer officiellement dans la mise à jour 25H2',
        'option accessible aux testeurs Windows Insider activée par défaut pour les particuliers',
      ],
    ),
    body: both(
      [
        'Quick machine recovery is part of Windows 11 24H2 and later, all editions: it reached 24H2 with the optional update KB5062660 in July 2025, then all 24H2 devices with the August 2025 security update — earlier than 25H2, and no longer Insider-only.',
        'Defaults: Home (Famille) has cloud remediation on and auto remediation off; Pro and Enterprise have both off.',
      ],
      [
        'La récupération rapide de la machine (Quick machine recovery) fait partie de Windows 11 24H2 et ultérieur, toutes éditions : arrivée dans 24H2 avec la mise à jour facultative KB5062660 en juillet 2025, puis sur tous les appareils 24H2 avec la mise à jour de sécurité d’août 2025 — avant 25H2, et plus réservée aux Insiders.',
        'Par défaut : Famille a la correction cloud activée et la correction automatique désactivée ; Professionnel et Entreprise ont les deux désactivées.',
      ],
    ),
    factIds: ['QMR-6', 'QMR-7', 'QMR-4'],
    sources: [src.qmr, src.qmrGa],
    asOf: '2025-08-12',
    followUps: ['qmr-defaults', 'qmr-versions'],
  }),
  unit({
    id: 'windows-updates-api-permissions',
    intent: 'automation',
    product: 'graph',
    opener: 'fact',
    title: both('Windows updates API: permission and roles', 'API Windows updates : permission et rôles'),
    asks: both(
      [
        'I cannot run Windows Updates API queries: 403 Forbidden, the signed-in user does not have sufficient privileges',
        'which permission and role for /admin/windows/updates',
      ],
      ['Impossible d’appeler l’API Windows Updates : 403 Forbidden, privilèges insuffisants', 'quelle permission et quel rôle pour /admin/windows/updates'],
    ),
    body: both(
      [
        'The Windows updates API (/admin/windows/updates/…) needs the WindowsUpdates.ReadWrite.All permission consented; for delegated calls the signed-in user must also hold the Intune Administrator or Windows Update Deployment Administrator role. Licences alone are not enough.',
      ],
      [
        'L’API Windows updates (/admin/windows/updates/…) exige la permission WindowsUpdates.ReadWrite.All consentie ; en délégué, l’utilisateur connecté doit aussi avoir le rôle Intune Administrator ou Windows Update Deployment Administrator. Les licences seules ne suffisent pas.',
      ],
    ),
    factIds: ['G-WU-3', 'G-CAT-5'],
    hedge: both(
      "Microsoft's pages disagree on the least-privileged permission (WindowsUpdates.ReadWrite.All vs WindowsUpdates.Read.All): test with your app registration.",
      'Les pages de Microsoft divergent sur l’autorisation minimale (WindowsUpdates.ReadWrite.All ou WindowsUpdates.Read.All) : testez avec votre inscription d’application.',
    ),
    sources: [src.graphHotpatchHowTo],
    asOf: '2026-01-20',
    followUps: ['graph-catalog-hotpatch'],
  }),
  unit({
    id: 'graph-hardware-information-single-get',
    intent: 'automation',
    product: 'graph',
    opener: 'fact',
    title: both('hardwareInformation only on a single-device GET', 'hardwareInformation seulement sur un GET par appareil'),
    asks: both(
      ['I don’t see the hardwareInformation field in the managed devices list', 'hardwareInformation only available when supplying a single managed device id'],
      ['Je ne vois pas le champ hardwareInformation dans la liste des appareils gérés', 'hardwareInformation disponible seulement pour un seul appareil'],
    ),
    body: both(
      [
        'hardwareInformation is beta-only and returned only on a single-device GET with $select (the list call returns default values), so read it per device: GET /beta/deviceManagement/managedDevices/{id}?$select=hardwareInformation. v1.0 does not expose it.',
      ],
      [
        'hardwareInformation n’existe qu’en beta et n’est renvoyé que par un GET d’un seul appareil avec $select (la liste renvoie des valeurs par défaut) : lisez-le appareil par appareil, GET /beta/deviceManagement/managedDevices/{id}?$select=hardwareInformation. La v1.0 ne l’expose pas.',
      ],
    ),
    factIds: ['G-MD-3', 'G-MD-7'],
    sources: [src.graphMdGet, src.graphMdBeta],
    asOf: '2026-01-20',
    followUps: ['graph-managed-devices'],
  }),
  unit({
    id: 'which-versions-support-hotpatch',
    intent: 'explain-hotpatch',
    product: 'hotpatch',
    opener: 'fact',
    // HP-OS-1: "24H2 or later" — the versions it answers for when one is named.
    versions: ['24H2', '25H2', '26H2'],
    title: both('Which Windows versions and builds support hotpatch?', 'Quelles versions et builds de Windows prennent en charge le hotpatch ?'),
    asks: both(
      [
        'Which Windows builds support hotpatching, clients and servers?',
        'is it Windows Server 2022 build 20348 and Windows 11 24H2 build 26100 and later?',
        'Is hotpatch only for Azure and servers?',
        'Which products and editions can get hotpatch today?',
        'Does hotpatch work on Windows 11 25H2?',
      ],
      [
        'Quelles builds de Windows prennent en charge le hotpatch, postes et serveurs ?',
        'Windows Server 2022 et Windows 11 24H2 build 26100 et ultérieures ?',
        'Quelles versions de Windows 11 ont droit au hotpatch ?',
        'Le hotpatch, c’est seulement pour Azure et les serveurs ?',
        'Quels produits et éditions peuvent recevoir le hotpatch aujourd’hui ?',
        'Le hotpatch fonctionne-t-il sous Windows 11 25H2 ?',
      ],
    ),
    body: both(
      [
        'Clients: Windows 11 version 24H2 or later (24H2 = 26100, 25H2 = 26200, 26H2 = 26300) on Enterprise or Education with an eligible licence and VBS running. Servers: Windows Server 2022 Datacenter: Azure Edition, and Windows Server 2025 (Azure Edition natively; Standard/Datacenter via Azure Arc).',
        'Windows 10 and Windows 11 23H2 or earlier are not eligible.',
        'Client licences: Windows 11 Enterprise E3/E5, Microsoft 365 F3, Education A3/A5, Microsoft 365 Business Premium or Windows 365 Enterprise; x64 and Arm64 (with CHPE disabled). Azure Virtual Desktop is supported with these editions, but Windows 11 Enterprise multi-session is not confirmed — verify in the Hotpatch quality updates report.',
      ],
      [
        'Postes : Windows 11 version 24H2 ou ultérieure (24H2 = 26100, 25H2 = 26200, 26H2 = 26300) en Entreprise ou Éducation avec une licence éligible et VBS actif. Serveurs : Windows Server 2022 Datacenter: Azure Edition, et Windows Server 2025 (Azure Edition nativement ; Standard/Datacenter via Azure Arc).',
        'Windows 10 et Windows 11 23H2 ou antérieur ne sont pas éligibles.',
        'Licences des postes : Windows 11 Entreprise E3/E5, Microsoft 365 F3, Éducation A3/A5, Microsoft 365 Business Premium ou Windows 365 Entreprise ; x64 et Arm64 (CHPE désactivé). Azure Virtual Desktop est pris en charge avec ces éditions, mais Windows 11 Entreprise multisession n’est pas confirmé — vérifiez dans le rapport Hotpatch quality updates.',
      ],
    ),
    // HP-ED-1 (uncertain, 2026-12-06): Enterprise multi-session, the usual AVD host, is never a plain pass.
    factIds: ['HP-OS-1', 'HP-OS-8', 'WS-1', 'WS-2', 'HP-LIC-1', 'HP-LIC-2', 'HP-ED-1', 'HP-CPU-1'],
    sources: [src.autopatchHotpatch, src.serverHotpatch, src.trainingSchedules, src.intuneQuality],
    asOf: '2026-12-06',
    hedge: both(
      '26H2 is covered by "24H2 or later"; no 26H2-specific statement found. Intune quality update policies don’t list Enterprise multi-session.',
      '26H2 est couvert par « 24H2 ou ultérieur » ; aucune mention spécifique de 26H2 trouvée. Les stratégies de mises à jour qualité Intune ne listent pas Entreprise multisession.',
    ),
    followUps: ['hotpatch-prerequisites'],
  }),
  unit({
    id: 'hotpatch-licences-list',
    intent: 'explain-hotpatch',
    product: 'hotpatch',
    opener: 'fact',
    title: both('Licences for hotpatch (Windows Autopatch)', 'Licences pour le hotpatch (Windows Autopatch)'),
    asks: both(
      ['What are the licensing requirements for Windows Autopatch hotpatch?', 'which licences include hotpatch'],
      ['Quelles sont les exigences en matière de licences pour Windows Autopatch ?', 'quelles licences incluent le hotpatch'],
    ),
    body: both(
      [
        'One of: Windows 11 Enterprise E3 or E5, Microsoft 365 F3, Windows 11 Education A3 or A5, Microsoft 365 Business Premium, or Windows 365 Enterprise — plus Microsoft Intune Plan 1 for the quality update policies.',
        'The device must run Enterprise or Education (not Home or Pro): subscription activation steps Pro up to Enterprise (E3/E5) and Pro Education up to Education (A3/A5).',
      ],
      [
        'L’une de : Windows 11 Entreprise E3 ou E5, Microsoft 365 F3, Windows 11 Éducation A3 ou A5, Microsoft 365 Business Premium ou Windows 365 Enterprise — plus Microsoft Intune Plan 1 pour les stratégies de mises à jour qualité.',
        'L’appareil doit être en Entreprise ou Éducation (pas Famille ni Professionnel) : l’activation par abonnement fait passer Professionnel en Entreprise (E3/E5) et Professionnel Éducation en Éducation (A3/A5).',
      ],
    ),
    factIds: ['HP-LIC-1', 'HP-LIC-5', 'HP-LIC-7', 'HP-LIC-8'],
    sources: [src.autopatchHotpatch, src.intuneQuality, src.subscriptionActivation],
    asOf: '2026-05-28',
    followUps: ['hotpatch-licences', 'pro-home-not-eligible'],
  }),
  unit({
    id: 'windows-365-autopatch',
    intent: 'eligibility',
    product: 'hotpatch',
    opener: 'yes',
    title: both('Windows 365 Enterprise and hotpatch', 'Windows 365 Enterprise et le hotpatch'),
    asks: both(
      ['Is Windows 365 Enterprise supported with Windows Autopatch hotpatch?', 'Cloud PC Windows 365 for Enterprise autopatch'],
      ['Windows 365 pour Entreprise est-il supporté avec Windows Autopatch ?', 'Cloud PC Windows 365 Entreprise autopatch hotpatch'],
    ),
    body: both(
      [
        'Yes: Windows 365 Enterprise is on the list of licences eligible for hotpatch, and its Cloud PCs run Windows 11 Enterprise x64 single-session, so they follow the same cycle (baselines in January, April, July and October).',
      ],
      [
        'Oui : Windows 365 Enterprise fait partie des licences éligibles au hotpatch, et ses Cloud PC sont en Windows 11 Entreprise x64 mono-session ; ils suivent donc le même cycle (baselines en janvier, avril, juillet et octobre).',
      ],
    ),
    factIds: ['HP-LIC-1', 'HP-LIC-2', 'CAL-1'],
    sources: [src.autopatchHotpatch, src.trainingSchedules],
    asOf: '2025-10-07',
    followUps: ['cloud-pc-avd-gcc'],
  }),
  ...['23H2', '24H2', '25H2', '26H2'].filter((v) => SERVICING_START[v]).map(lifecycle),
  servicingTable(),
];

// Units from facts §1.3, §1.4 and §1.8 item 11 (HP-OS-2, HP-CPU-3, HP-LIC-2/HP-LIC-4 context).
preciseUnits.push(
  unit({
    id: 'hotpatch-minimum-build',
    intent: 'eligibility',
    product: 'hotpatch',
    opener: 'fact',
    title: both('Minimum build for hotpatch', 'Build minimale pour le hotpatch'),
    asks: both(
      ['What is the minimum build for hotpatch? Is any 26100 build compatible?', 'minimum UBR for hotpatch 26100.2033'],
      ['Quelle est la build minimale pour le hotpatch ? Toute build 26100 est-elle compatible ?', 'UBR minimum pour le hotpatch 26100.2033'],
    ),
    body: both(
      [
        '26100.2033 (October 2024) is the old documented minimum on x64; today the rule is to be on the latest baseline — a device behind it first gets the baseline, with a restart.',
        'The Arm64 threshold 26100.4929 seen in a community tool is not from Microsoft; on Arm64 CHPE must be disabled.',
      ],
      [
        '26100.2033 (octobre 2024) est l’ancien minimum documenté sur x64 ; aujourd’hui la règle est d’être sur la dernière baseline — un appareil en retard reçoit d’abord la baseline, avec redémarrage.',
        'Le seuil Arm64 26100.4929 vu dans un outil communautaire ne vient pas de Microsoft ; sur Arm64, CHPE doit être désactivé.',
      ],
    ),
    factIds: ['HP-OS-2', 'HP-OS-3', 'HP-CPU-5'],
    sources: [src.autopatchHotpatch, src.disableChpe],
    asOf: '2025-07-04',
    followUps: ['behind-baseline', 'build-numbers'],
  }),
  unit({
    id: 'chpe-apps-impact',
    intent: 'how-to-check',
    product: 'hotpatch',
    opener: 'fact',
    title: both('Which apps does disabling CHPE affect?', 'Quelles applications la désactivation de CHPE touche-t-elle ?'),
    asks: both(
      ['How do I know whether apps depend on CHPE?', 'what does disabling CHPE break on Arm64'],
      ['Comment savoir si des applis dépendent de CHPE ?', 'que casse la désactivation de CHPE sur Arm64'],
    ),
    body: both(
      [
        'CHPE only concerns x86 (32-bit) apps emulated on Arm64 PCs — not native Arm64 or x64 apps, and not Intel/AMD PCs. Disabling it makes emulated x86 apps use non-CHPE system binaries, which Microsoft warns might affect performance or compatibility: test your x86 apps on a pilot group first.',
      ],
      [
        'CHPE ne concerne que les applis x86 (32 bits) émulées sur les PC Arm64 — pas les applis Arm64 natives ou x64, ni les PC Intel/AMD. Le désactiver fait utiliser aux applis x86 émulées des binaires système sans CHPE, ce qui selon Microsoft peut affecter performances ou compatibilité : testez d’abord vos applis x86 sur un groupe pilote.',
      ],
    ),
    factIds: ['HP-CPU-3', 'HP-CPU-2'],
    sources: [src.autopatchHotpatch],
    asOf: '2025-07-04',
    followUps: ['arm64-chpe', 'check-chpe'],
  }),
  unit({
    id: 'government-cloud-gcc',
    intent: 'eligibility',
    product: 'hotpatch',
    opener: 'depends',
    title: both('Hotpatch and Autopatch for government clouds (GCC)', 'Hotpatch et Autopatch pour les clouds gouvernementaux (GCC)'),
    asks: both(
      ['Is Windows Autopatch hotpatch available for government (GCC) customers?', 'state and local government tenants autopatch'],
      ['Windows Autopatch est-il disponible pour les clients du cloud gouvernemental (GCC) ?', 'administrations locales et secteur public autopatch'],
    ),
    body: both(
      [
        'It depends on the cloud, and the sources conflict: the Autopatch FAQ (April 2025) says government cloud (GCC) customers are not supported, while Microsoft’s training module (October 2025) says hotpatch is supported for GCC; GCC High and DoD are reported unsupported. Confirm for your tenant before planning.',
      ],
      [
        'Cela dépend du cloud, et les sources sont contradictoires : la FAQ Autopatch (avril 2025) indique que le cloud gouvernemental (GCC) n’est pas pris en charge, alors que le module de formation Microsoft (octobre 2025) dit que le hotpatch est pris en charge pour GCC ; GCC High et DoD sont signalés non pris en charge. À confirmer pour votre locataire.',
      ],
    ),
    factIds: ['HP-LIC-2', 'HP-LIC-4'],
    hedge: both(
      "Microsoft's pages name the F3 licence differently (Microsoft 365 F3 vs Windows 11 Enterprise F3): treat both as the same entitlement and check your tenant's licences.",
      'Les pages de Microsoft nomment la licence F3 différemment (Microsoft 365 F3 ou Windows 11 Entreprise F3) : considérez-les comme le même droit et vérifiez les licences de votre locataire.',
    ),
    sources: [src.autopatchFaq, src.trainingSchedules],
    asOf: '2025-10-07',
    followUps: ['cloud-pc-avd-gcc'],
  }),
);

// Units written from the facts register, one question each (calendar CAL-8/9/OOB-1, management
// HP-MGT-3/6, QMR-8/10/12/15, lifecycle LIFE-4/5, HP-OS-5/8, HP-DEF-3, HP-CPU-6, HP-ED-1, HP-LIC-8, R-6).
const CSP_QMR = './Device/Vendor/MSFT/RemoteRemediation/CloudRemediationSettings';
preciseUnits.push(
  unit({
    id: 'december-optional-preview',
    intent: 'calendar',
    product: 'calendar',
    opener: 'no',
    title: both('Optional preview update in December?', 'Préversion facultative en décembre ?'),
    asks: both(
      ['Is there an optional non-security preview update in December?', 'December D release preview fourth Tuesday'],
      ['Y a-t-il une préversion facultative non liée à la sécurité en décembre ?', 'mise à jour D de décembre quatrième mardi'],
    ),
    body: both(
      [
        'No: Microsoft normally publishes no optional non-security preview ("D" release) in December (none in December 2024 or 2020). In other months it usually comes on the fourth Tuesday; it is never a hotpatch.',
      ],
      [
        'Non : Microsoft ne publie normalement pas de préversion facultative non liée à la sécurité (publication « D ») en décembre (aucune en décembre 2024 ni 2020). Les autres mois, elle sort en général le quatrième mardi ; ce n’est jamais un hotpatch.',
      ],
    ),
    factIds: ['CAL-9'],
    sources: [src.graphHotpatchHowTo],
    asOf: '2026-12-06',
    followUps: ['hotpatch-calendar'],
  }),
  unit({
    id: 'optional-preview-not-hotpatch',
    intent: 'calendar',
    product: 'calendar',
    opener: 'no',
    title: both('Are optional preview (D) updates hotpatches?', 'Les préversions facultatives (D) sont-elles des hotpatchs ?'),
    asks: both(
      [
        'Are the optional non-security preview updates hotpatches?',
        'fourth Tuesday optional update D release restart',
        'Which week of the month do the optional preview updates ship, C week or D week?',
        'B, C and D week releases: when do the non-security previews come out?',
      ],
      [
        'Les mises à jour facultatives de préversion sont-elles des hotpatchs ?',
        'mise à jour facultative du quatrième mardi redémarrage',
        'Quelle semaine du mois sortent les préversions facultatives, semaine C ou D ?',
        'publications des semaines B, C et D : quand sortent les préversions non liées à la sécurité ?',
      ],
    ),
    body: both(
      [
        'No: the optional non-security previews ("D" releases, usually the fourth Tuesday) are not hotpatches and restart the device if installed; their changes reach hotpatch devices at the next baseline.',
      ],
      [
        'Non : les préversions facultatives non liées à la sécurité (publications « D », en général le quatrième mardi) ne sont pas des hotpatchs et redémarrent l’appareil si on les installe ; leur contenu arrive sur les appareils hotpatch à la baseline suivante.',
      ],
    ),
    factIds: ['CAL-9', 'HP-DEF-4', 'R-2'],
    sources: [src.graphHotpatchHowTo, src.autopatchHotpatch],
    asOf: '2026-12-06',
  }),
  unit({
    id: 'restart-timing-ring',
    intent: 'next-reboot',
    product: 'calendar',
    opener: 'depends',
    title: both('Do devices restart on Patch Tuesday itself?', 'Les appareils redémarrent-ils le jour même du Patch Tuesday ?'),
    asks: both(
      ['Do baseline restarts happen on Patch Tuesday itself?', 'when exactly does the device restart after the baseline is released deferral deadline'],
      [
        'Les redémarrages de baseline ont-ils lieu le jour du Patch Tuesday ?',
        'quand exactement l’appareil redémarre-t-il après la sortie de la baseline report échéance',
      ],
    ),
    body: both(
      [
        'It depends on your update ring: Patch Tuesday is the release day; the restart comes with the ring’s deferral (0–30 days), deadline, grace period and active hours, which hotpatch does not change.',
      ],
      [
        'Cela dépend de votre anneau de mise à jour : le Patch Tuesday est le jour de publication ; le redémarrage suit le report de l’anneau (0 à 30 jours), l’échéance, la période de grâce et les heures d’activité, que le hotpatch ne change pas.',
      ],
    ),
    factIds: ['CAL-8', 'HP-MGT-4'],
    sources: [src.qualityUpdateRing, src.autopatchHotpatch],
    asOf: '2026-01-20',
    followUps: ['ring-deadlines-unchanged'],
  }),
  unit({
    id: 'out-of-band-as-hotpatch',
    intent: 'calendar',
    product: 'calendar',
    opener: 'depends',
    title: both('Can out-of-band fixes come as hotpatches?', 'Les correctifs hors bande peuvent-ils être des hotpatchs ?'),
    asks: both(
      [
        'Can an out-of-band emergency update be installed as a hotpatch without restart?',
        'a zero-day fix comes out mid-month: will it force a reboot on hotpatch devices?',
      ],
      [
        'Une mise à jour d’urgence hors bande peut-elle s’installer en hotpatch sans redémarrage ?',
        'un correctif zero-day sort en milieu de mois : va-t-il forcer un redémarrage sur les postes hotpatch ?',
      ],
    ),
    body: both(
      [
        'It depends on the fix: out-of-band fixes can ship as hotpatches with no restart (for example KB5072753 on 20 November 2025); when a fix cannot be hotpatched, Microsoft releases an unplanned baseline, which restarts.',
      ],
      [
        'Cela dépend du correctif : un correctif hors bande peut sortir en hotpatch sans redémarrage (par exemple KB5072753 le 20 novembre 2025) ; s’il ne peut pas l’être, Microsoft publie une baseline non planifiée, avec redémarrage.',
      ],
    ),
    factIds: ['CAL-OOB-1', 'CAL-6'],
    sources: [src.oobLoop, src.serverHotpatch],
    asOf: '2025-11-20',
    followUps: ['unplanned-baselines'],
  }),
  unit({
    // "In November 2025 our 25H2 PCs reinstalled the hotpatch in a loop: what was the fix?" (CAL-OOB-1, timeline 2025-11-20).
    id: 'kb5072753-reinstall-loop',
    intent: 'calendar',
    product: 'calendar',
    opener: 'fact',
    title: both('The November 2025 hotpatch reinstall loop (KB5072753)', 'La boucle de réinstallation du hotpatch de novembre 2025 (KB5072753)'),
    asks: both(
      ['The November 2025 hotpatch kept reinstalling in a loop on 25H2: what fixed it?', 'KB5068966 offered again and again, KB5072753 out-of-band fix'],
      [
        'Le hotpatch de novembre 2025 se réinstallait en boucle sur la 25H2 : quel correctif ?',
        'KB5068966 proposé encore et encore, correctif hors bande KB5072753',
      ],
    ),
    body: both(
      [
        'KB5072753 (20 November 2025, OS Build 26200.7093): an out-of-band hotpatch, installed without a restart, stopped the November hotpatch KB5068966 from being offered again in a loop on some 25H2 devices.',
        'Out-of-band fixes can ship as hotpatches like this one; when a fix cannot be hotpatched, Microsoft releases an unplanned baseline, which restarts.',
      ],
      [
        'KB5072753 (20 novembre 2025, build 26200.7093) : un hotpatch hors bande, installé sans redémarrage, a mis fin à la boucle où le hotpatch de novembre KB5068966 était reproposé sur certains appareils 25H2.',
        'Un correctif hors bande peut sortir en hotpatch comme celui-ci ; s’il ne peut pas l’être, Microsoft publie une baseline non planifiée, avec redémarrage.',
      ],
    ),
    factIds: ['CAL-OOB-1', 'CAL-6'],
    sources: [src.oobLoop],
    asOf: '2025-11-20',
    keywords: both(['kb5072753', 'kb5068966', 'reinstall loop', 'offered again'], ['kb5072753', 'kb5068966', 'boucle', 'réinstallation']),
    followUps: ['out-of-band-as-hotpatch', 'unplanned-baselines'],
  }),
  unit({
    id: 'byod-not-supported',
    intent: 'eligibility',
    product: 'hotpatch',
    opener: 'no',
    title: both('Personal (BYOD) devices and Autopatch hotpatch', 'Appareils personnels (BYOD) et hotpatch Autopatch'),
    asks: both(
      ['Can personal BYOD devices get hotpatch through Windows Autopatch?', 'personally owned laptops enrolled in Intune and hotpatch'],
      ['Les appareils personnels (BYOD) peuvent-ils recevoir le hotpatch via Windows Autopatch ?', 'PC personnels inscrits dans Intune et hotpatch'],
    ),
    body: both(
      [
        'No: Windows Autopatch registers corporate-owned devices only (personal devices are blocked at registration), and hotpatch is delivered only to Autopatch-managed devices (through a quality update policy or the tenant default).',
      ],
      [
        'Non : Windows Autopatch n’inscrit que des appareils appartenant à l’entreprise (les appareils personnels sont bloqués à l’inscription), et le hotpatch n’est livré qu’aux appareils gérés par Autopatch (via une stratégie de mises à jour qualité ou le paramètre du locataire).',
      ],
    ),
    // HP-MGT-2/3 (2026-12-06): a policy is not required since the tenant default (May 2026) covers devices in none.
    factIds: ['HP-MGT-6', 'HP-DEF-2', 'HP-MGT-2', 'HP-MGT-3'],
    sources: [src.autopatchPrereq, src.intuneHotpatch],
    asOf: '2026-12-06',
    followUps: ['autopatch-prerequisites'],
  }),
  unit({
    id: 'co-management-workload',
    intent: 'admin-setup',
    product: 'hotpatch',
    opener: 'depends',
    title: both('Hotpatch with Configuration Manager co-management', 'Hotpatch et cogestion avec Configuration Manager'),
    asks: both(
      ['Does hotpatch work on co-managed devices with Configuration Manager?', 'SCCM co-management Windows Update workload hotpatch'],
      ['Le hotpatch fonctionne-t-il sur des appareils en cogestion avec Configuration Manager ?', 'cogestion SCCM charge de travail Windows Update hotpatch'],
    ),
    body: both(
      [
        'It depends on the workloads: with co-management, the Windows Update policies workload (and device configuration) must be set to Pilot Intune or Intune; Intune must otherwise be the MDM authority.',
      ],
      [
        'Cela dépend des charges de travail : en cogestion, la charge Stratégies Windows Update (et la configuration de l’appareil) doit être sur Intune pilote ou Intune ; sinon Intune doit être l’autorité MDM.',
      ],
    ),
    factIds: ['HP-MGT-6'],
    sources: [src.autopatchPrereq],
    asOf: '2025-03-31',
    followUps: ['autopatch-prerequisites'],
  }),
  unit({
    id: 'default-on-respects-policies',
    intent: 'admin-setup',
    product: 'hotpatch',
    opener: 'no',
    title: both('Does hotpatch on by default override our policies?', 'Le hotpatch activé par défaut écrase-t-il nos stratégies ?'),
    asks: both(
      [
        'Does hotpatch being on by default override our existing quality update policies and rings?',
        'will the default-on change ignore the policies we already have?',
      ],
      [
        'Le hotpatch activé par défaut remplace-t-il nos stratégies de mises à jour qualité et nos anneaux existants ?',
        'l’activation par défaut ignore-t-elle les stratégies déjà en place ?',
      ],
    ),
    body: both(
      [
        'No: since May 2026 the default applies to devices in no quality update policy (through the tenant setting, Allow by default); a device in a policy keeps that policy’s hotpatch setting, and rings, deferrals and deadlines are respected.',
      ],
      [
        'Non : depuis mai 2026, le défaut s’applique aux appareils sans stratégie de mises à jour qualité (via le paramètre du locataire, Autoriser par défaut) ; un appareil dans une stratégie garde le réglage hotpatch de celle-ci, et anneaux, reports et échéances sont respectés.',
      ],
    ),
    factIds: ['HP-MGT-2', 'HP-MGT-3'],
    sources: [src.intuneHotpatch, src.defaultOnBlog],
    asOf: '2026-05-12',
    followUps: ['tenant-default-vs-policy', 'default-on-may-2026'],
  }),
  unit({
    id: 'qmr-without-intune',
    intent: 'explain-qmr',
    product: 'qmr',
    opener: 'yes',
    title: both('Turn on QMR without Intune', 'Activer QMR sans Intune'),
    asks: both(
      [
        'Can I turn on quick machine recovery on a PC without Intune?',
        'enable QMR locally on one Pro device',
        'How do I turn on quick machine recovery on my computer?',
        'our MDM is not Intune and has no QMR policy: how do we enable it with a command?',
      ],
      [
        'Peut-on activer la récupération rapide de la machine sur un PC sans Intune ?',
        'activer QMR localement sur un poste Professionnel',
        'Comment activer la récupération rapide sur mon ordinateur ?',
        'notre MDM n’est pas Intune et n’a pas de stratégie QMR : comment l’activer par une commande ?',
      ],
    ),
    body: both(
      [
        'Yes: on one PC, Settings > System > Recovery > Quick machine recovery (ms-settings:recovery) → On; by script, reagentc.exe /setrecoverysettings /path settings.xml (check with reagentc.exe /getrecoverysettings). QMR needs Windows 11 24H2 or later, any edition.',
      ],
      [
        'Oui : sur un PC, Paramètres > Système > Récupération (Settings > System > Recovery) > Quick machine recovery (ms-settings:recovery) → Activé ; par script, reagentc.exe /setrecoverysettings /path settings.xml (vérifier avec reagentc.exe /getrecoverysettings). QMR exige Windows 11 24H2 ou ultérieur, toutes éditions.',
      ],
    ),
    factIds: ['QMR-8', 'QMR-12', 'QMR-7'],
    sources: [src.qmr],
    asOf: '2025-06-02',
    followUps: ['qmr-reagentc', 'qmr-defaults'],
  }),
  unit({
    id: 'qmr-csp-oma-uris',
    intent: 'explain-qmr',
    product: 'qmr',
    opener: 'fact',
    title: both('QMR OMA-URIs (RemoteRemediation CSP)', 'OMA-URI de QMR (CSP RemoteRemediation)'),
    asks: both(
      ['What are the OMA-URI paths for quick machine recovery custom profile?', 'RemoteRemediation CSP paths'],
      ['Quels sont les chemins OMA-URI de la récupération rapide de la machine ?', 'chemins du CSP RemoteRemediation'],
    ),
    body: both(
      [
        'Every setting nests under CloudRemediationSettings; the full OMA-URIs are below: EnableCloudRemediation (bool), EnableAutoRemediation (bool, needs cloud remediation), SetRetryInterval (1–4320 min, default 30), SetTimeToReboot (1–4320 min, default 180).',
        'Wi-Fi for recovery: NetworkSSID, NetworkPassword, NetworkPasswordEncryptionType (0 none, 1 MDM certificate, 2 custom certificate) and NetworkPasswordEncryptionStore (the store, with type 2).',
      ],
      [
        'Tous les réglages sont sous CloudRemediationSettings ; les OMA-URI complets sont ci-dessous : EnableCloudRemediation (booléen), EnableAutoRemediation (booléen, exige la correction cloud), SetRetryInterval (1–4320 min, défaut 30), SetTimeToReboot (1–4320 min, défaut 180).',
        'Wi-Fi pendant la récupération : NetworkSSID, NetworkPassword, NetworkPasswordEncryptionType (0 aucun, 1 certificat MDM, 2 certificat personnalisé) et NetworkPasswordEncryptionStore (le magasin, avec le type 2).',
      ],
    ),
    // QMR-10 (corrected 2026-12-06): paths written in full, never abbreviated.
    commands: [
      { label: { en: 'Cloud remediation', fr: 'Correction cloud' }, code: `${CSP_QMR}/EnableCloudRemediation` },
      { label: { en: 'Auto remediation', fr: 'Correction automatique' }, code: `${CSP_QMR}/AutoRemediationSettings/EnableAutoRemediation` },
      { label: { en: 'Retry interval', fr: 'Intervalle de nouvelle tentative' }, code: `${CSP_QMR}/AutoRemediationSettings/SetRetryInterval` },
      { label: { en: 'Time to reboot', fr: 'Délai avant redémarrage' }, code: `${CSP_QMR}/AutoRemediationSettings/SetTimeToReboot` },
      { label: { en: 'Wi-Fi SSID', fr: 'SSID Wi-Fi' }, code: `${CSP_QMR}/NetworkSettings/NetworkCredentials/NetworkSSID` },
      { label: { en: 'Wi-Fi password', fr: 'Mot de passe Wi-Fi' }, code: `${CSP_QMR}/NetworkSettings/NetworkCredentials/NetworkPassword` },
    ],
    factIds: ['QMR-10'],
    sources: [src.remoteRemediationCsp],
    asOf: '2026-12-06',
    followUps: ['qmr-enable-intune'],
  }),
  unit({
    id: 'pitr-cloud-rebuild',
    intent: 'explain-qmr',
    product: 'qmr',
    opener: 'fact',
    title: both('Point-in-Time Restore and Cloud Rebuild', 'Point-in-Time Restore et Cloud Rebuild'),
    asks: both(
      [
        'What are Point-in-Time Restore and Cloud Rebuild, and how do they relate to quick machine recovery?',
        'Is quick machine recovery the same as System Restore?',
      ],
      [
        'Que sont Point-in-Time Restore et Cloud Rebuild, et quel lien avec la récupération rapide de la machine ?',
        'La récupération rapide, est-ce la même chose que la restauration du système ?',
      ],
    ),
    body: both(
      [
        'They are companions of quick machine recovery announced at Ignite 2025: Point-in-Time Restore rolls a PC back to a restore point from WinRE (reported rolling out to Home, Pro and Enterprise in late June 2026, about a 72-hour window); Cloud Rebuild reinstalls Windows orchestrated by Intune, with Autopilot re-enrolment.',
      ],
      [
        'Ce sont des compléments de la récupération rapide annoncés à Ignite 2025 : Point-in-Time Restore ramène un PC à un point de restauration depuis WinRE (déploiement signalé fin juin 2026 pour Famille, Professionnel et Entreprise, fenêtre d’environ 72 heures) ; Cloud Rebuild réinstalle Windows, orchestré par Intune, avec réinscription Autopilot.',
      ],
    ),
    factIds: ['QMR-15'],
    sources: [src.pitr],
    asOf: '2026-06-30',
    hedge: both(
      'Reported by secondary sources; not read on a Microsoft Learn page.',
      'Signalé par des sources secondaires ; non lu sur une page Microsoft Learn.',
    ),
  }),
  unit({
    id: 'upgrade-in-hotpatch-month',
    intent: 'explain-hotpatch',
    product: 'hotpatch',
    opener: 'yes',
    title: both('Upgrading to 25H2/26H2 in a hotpatch month', 'Passer en 25H2/26H2 pendant un mois de hotpatch'),
    asks: both(
      [
        'Do devices lose hotpatch if we upgrade them to 26H2 or 25H2 in a hotpatch month?',
        'is it bad to install the feature update in a non-baseline month?',
        'we upgraded PCs to 26H2 last week: why do they get restart updates now?',
      ],
      [
        'Les appareils perdent-ils le hotpatch si on les passe en 26H2 ou 25H2 pendant un mois de hotpatch ?',
        'installer la mise à jour de fonctionnalités hors mois de baseline, quel effet ?',
        'on a passé des postes en 26H2 la semaine dernière : pourquoi ont-ils des mises à jour avec redémarrage ?',
      ],
    ),
    ...computed(({ today }) =>
      both(
        [
          `Yes, until the next baseline: a device upgraded in a hotpatch month gets standard (restart) updates until the next baseline — today that is ${dateWords(nextBaseline(today), 'en')}. Upgrade in a baseline month (January, April, July, October) to stay on the hotpatch cycle.`,
        ],
        [
          `Oui, jusqu’à la prochaine baseline : un appareil mis à niveau pendant un mois de hotpatch reçoit les mises à jour standard (avec redémarrage) jusqu’à la baseline suivante — aujourd’hui le ${dateWords(nextBaseline(today), 'fr')}. Faites la mise à niveau un mois de baseline (janvier, avril, juillet, octobre) pour rester dans le cycle hotpatch.`,
        ],
      ),
    ),
    factIds: ['HP-OS-5', 'HP-OS-8', 'CAL-1'],
    hedge: both(
      'Microsoft states the upgrade rule for 24H2 → 25H2; for 26H2 it follows from the shared servicing branch, with no 26H2-specific statement found.',
      'Microsoft énonce la règle de mise à niveau pour 24H2 → 25H2 ; pour 26H2 elle découle de la branche de maintenance commune, sans déclaration propre à 26H2.',
    ),
    sources: [src.intuneHotpatch],
    asOf: '2026-12-06',
    followUps: ['feature-update-25h2'],
  }),
  unit({
    id: 'upgrade-to-24h2-first',
    intent: 'eligibility',
    product: 'hotpatch',
    opener: 'yes',
    // The versions a device upgrades from (HP-OS-4): "we are on 23H2, do we need 24H2?" names them.
    versions: ['21H2', '22H2', '23H2'],
    title: both('Upgrading from 23H2 or Windows 10 to get hotpatch', 'Passer de 23H2 ou de Windows 10 à une version qui reçoit le hotpatch'),
    asks: both(
      [
        'Do we need to upgrade from Windows 11 23H2 to 24H2 to get hotpatch?',
        'do I have to move from 23H2 or Windows 10 to 24H2 or 25H2 before hotpatch works?',
      ],
      [
        'Nous sommes en Windows 11 23H2 : faut-il passer en 24H2 pour avoir le hotpatch ?',
        'doit-on migrer de 23H2 ou de Windows 10 vers 24H2 ou 25H2 avant de pouvoir utiliser le hotpatch ?',
      ],
    ),
    ...computed(({ today }) =>
      both(
        [
          'Yes: hotpatch needs Windows 11 version 24H2 or later (24H2 = build 26100, 25H2 = 26200, 26H2 = 26300). Windows 11 23H2 or earlier and Windows 10 never get hotpatch, and 23H2 is no longer serviced at all (Enterprise/Education since 10 November 2026); Windows 10 gets monthly updates, with a restart, only with ESU.',
          `Upgrade to a serviced version (25H2 or 26H2), ideally in a baseline month — the next is ${dateWords(nextBaseline(today), 'en')} — so that the device lands on the hotpatch cycle; it must then be on the latest baseline, with the other prerequisites (Enterprise or Education, an eligible licence, VBS running).`,
        ],
        [
          'Oui : le hotpatch exige Windows 11 version 24H2 ou ultérieure (24H2 = build 26100, 25H2 = 26200, 26H2 = 26300). Windows 11 23H2 ou antérieur et Windows 10 n’ont jamais le hotpatch, et la 23H2 n’est plus maintenue du tout (Entreprise/Éducation depuis le 10 novembre 2026) ; Windows 10 ne reçoit les mises à jour mensuelles, avec redémarrage, qu’avec l’ESU.',
          `Passez à une version prise en charge (25H2 ou 26H2), de préférence un mois de baseline — la prochaine est le ${dateWords(nextBaseline(today), 'fr')} — pour entrer dans le cycle hotpatch ; l’appareil doit ensuite être sur la dernière baseline, avec les autres prérequis (Entreprise ou Éducation, une licence éligible, VBS en cours d’exécution).`,
        ],
      ),
    ),
    factIds: ['HP-OS-1', 'HP-OS-4', 'LIFE-1', 'LIFE-4', 'LIFE-5', 'HP-OS-5', 'HP-OS-3'],
    hedge: both(
      'Organisations can buy Windows 10 ESU year by year to October 2028; a consumer extension to October 2027 is reported by one source only (LIFE-4).',
      'Les organisations peuvent acheter l’ESU Windows 10 année par année jusqu’en octobre 2028 ; une extension grand public jusqu’en octobre 2027 n’est rapportée que par une source (LIFE-4).',
    ),
    sources: [src.autopatchHotpatch, src.intuneHotpatch],
    asOf: '2026-12-06',
    keywords: both(['upgrade to 24h2', 'upgrade from 23h2', 'move to 24h2'], ['passer en 24h2', 'quitter la 23h2', 'migrer vers 24h2']),
    followUps: ['which-versions-support-hotpatch', 'upgrade-in-hotpatch-month'],
  }),
  unit({
    id: 'windows-10-esu-restarts',
    intent: 'eligibility',
    product: 'windows10',
    opener: 'no',
    title: both('Windows 10 ESU updates and hotpatch', 'Mises à jour ESU de Windows 10 et hotpatch'),
    asks: both(
      ['Do Windows 10 ESU security updates install without a restart like hotpatch?', 'Windows 10 with ESU hotpatch'],
      ['Les mises à jour de sécurité ESU de Windows 10 s’installent-elles sans redémarrage comme le hotpatch ?', 'Windows 10 avec ESU hotpatch'],
    ),
    body: both(
      [
        'No: ESU updates for Windows 10 are normal cumulative updates with restarts; Windows 10 never gets hotpatch (Windows 11 24H2 or later only). Windows 10 reached end of support on 14 October 2025.',
      ],
      [
        'Non : les mises à jour ESU de Windows 10 sont des mises à jour cumulatives normales, avec redémarrage ; Windows 10 n’a jamais de hotpatch (Windows 11 24H2 ou ultérieur seulement). Le support de Windows 10 a pris fin le 14 octobre 2025.',
      ],
    ),
    factIds: ['LIFE-4', 'HP-OS-4'],
    hedge: both(
      'Organisations can buy Windows 10 ESU year by year to October 2028; a consumer extension to October 2027 is reported by one source only (LIFE-4).',
      'Les organisations peuvent acheter l’ESU Windows 10 année par année jusqu’en octobre 2028 ; une extension grand public jusqu’en octobre 2027 n’est rapportée que par une source (LIFE-4).',
    ),
    sources: [src.autopatchHotpatch],
    asOf: '2026-12-06',
    followUps: ['windows-10-and-23h2'],
  }),
  unit({
    id: 'hotpatch-security-parity',
    intent: 'explain-hotpatch',
    product: 'hotpatch',
    opener: 'no',
    title: both('Is hotpatch less secure than the normal update?', 'Le hotpatch protège-t-il moins que la mise à jour normale ?'),
    asks: both(
      [
        'Is a hotpatch less secure or less complete than the standard monthly security update?',
        'Does hotpatch leave some vulnerabilities unpatched compared to the normal update?',
        'Does a hotpatch carry all of the month’s security fixes, or only some of them?',
      ],
      [
        'Le hotpatch est-il moins sûr ou moins complet que la mise à jour de sécurité mensuelle standard ?',
        'Le hotpatch laisse-t-il des failles non corrigées par rapport à la mise à jour normale ?',
        'Les hotpatchs contiennent-ils toutes les corrections de sécurité du mois ou seulement une partie ?',
      ],
    ),
    body: both(
      [
        'No: hotpatch security content is at 100% parity with the standard monthly update and follows the same schedule (second Tuesday); only features and non-security fixes wait for the next baseline.',
      ],
      [
        'Non : le contenu de sécurité du hotpatch est identique à 100 % à celui de la mise à jour mensuelle standard et suit le même calendrier (deuxième mardi) ; seules les nouveautés et corrections non liées à la sécurité attendent la baseline suivante.',
      ],
    ),
    factIds: ['HP-DEF-3', 'HP-DEF-4'],
    sources: [src.trainingSchedules],
    asOf: '2025-10-07',
    followUps: ['hotpatch-no-features'],
  }),
  unit({
    id: 'copilot-plus-pc',
    architectures: ['arm64', 'x64'],
    intent: 'eligibility',
    product: 'hotpatch',
    opener: 'depends',
    title: both('Copilot+ PCs and hotpatch', 'PC Copilot+ et hotpatch'),
    asks: both(
      ['Do Copilot+ PCs get hotpatch?', 'Snapdragon Copilot+ laptop hotpatch'],
      ['Les PC Copilot+ reçoivent-ils le hotpatch ?', 'portable Copilot+ Snapdragon hotpatch'],
    ),
    body: both(
      [
        'It depends on the processor, not on the Copilot+ label: x64 (Intel/AMD) Copilot+ PCs follow the x64 rules; Snapdragon (Arm64) ones need CHPE disabled (HotPatchRestrictions = 1, one restart). Edition, licence, VBS and management rules apply as for any PC.',
      ],
      [
        'Cela dépend du processeur, pas du label Copilot+ : les PC Copilot+ x64 (Intel/AMD) suivent les règles x64 ; les Snapdragon (Arm64) doivent avoir CHPE désactivé (HotPatchRestrictions = 1, un redémarrage). Édition, licence, VBS et gestion s’appliquent comme pour tout PC.',
      ],
    ),
    factIds: ['HP-CPU-6', 'HP-CPU-1', 'HP-CPU-2'],
    sources: [src.autopatchHotpatch],
    asOf: '2025-07-04',
    followUps: ['arm64-chpe'],
  }),
  unit({
    id: 'multi-session-avd',
    editions: ['enterprise-multi-session'],
    intent: 'eligibility',
    product: 'hotpatch',
    opener: 'depends',
    title: both('Windows 11 Enterprise multi-session (AVD) and hotpatch', 'Windows 11 Entreprise multisession (AVD) et hotpatch'),
    asks: both(
      ['Does Windows 11 Enterprise multi-session on Azure Virtual Desktop get hotpatch?', 'AVD pooled host pools multi-session hotpatch support'],
      ['Windows 11 Entreprise multisession sur Azure Virtual Desktop reçoit-il le hotpatch ?', 'pools d’hôtes AVD multisession et hotpatch'],
    ),
    body: both(
      [
        'It depends, and it is not confirmed: Microsoft’s training says hotpatch is supported in Azure Virtual Desktop, but Intune quality update policies do not list the multi-session edition. Verify in the Hotpatch quality updates report; pooled hosts rebuilt from images depend more on the image’s baseline. Windows 365 Cloud PCs are single-session Enterprise and eligible.',
      ],
      [
        'Cela dépend, et ce n’est pas confirmé : la formation Microsoft dit que le hotpatch est pris en charge dans Azure Virtual Desktop, mais les stratégies de mises à jour qualité Intune ne listent pas l’édition multisession. Vérifiez dans le rapport Hotpatch quality updates ; les hôtes mutualisés reconstruits depuis une image dépendent surtout de la baseline de l’image. Les Cloud PC Windows 365 sont en Entreprise mono-session et éligibles.',
      ],
    ),
    factIds: ['HP-ED-1', 'HP-LIC-2'],
    hedge: both(
      "Microsoft's pages disagree on multi-session (the training module says supported; Intune quality update policies do not list it): verify in the Hotpatch quality updates report.",
      'Les pages de Microsoft divergent sur le multisession (le module de formation dit pris en charge ; les stratégies de mises à jour qualité Intune ne le listent pas) : vérifiez dans le rapport Hotpatch quality updates.',
    ),
    sources: [src.trainingSchedules, src.intuneQuality],
    asOf: '2026-01-08',
    followUps: ['cloud-pc-avd-gcc'],
  }),
  unit({
    id: 'pro-education-a3',
    editions: ['pro-education'],
    intent: 'eligibility',
    product: 'hotpatch',
    opener: 'no',
    title: both('Pro Education with A3/A5', 'Professionnel Éducation avec A3/A5'),
    asks: both(
      ['Can Windows 11 Pro Education devices with an A3 or A5 licence get hotpatch?', 'school devices on Pro Education with A5: hotpatch?'],
      [
        'Les appareils Windows 11 Professionnel Éducation avec une licence A3 ou A5 peuvent-ils recevoir le hotpatch ?',
        'postes d’école en Professionnel Éducation avec A5 : hotpatch ?',
      ],
    ),
    body: both(
      [
        'No, not while they run Pro Education: A3/A5 are eligible licences, and subscription activation steps Pro Education up to Education — once the device reports Education, it can get hotpatch. Activate Education with the A3/A5 licence; no E3/E5 purchase is needed.',
      ],
      [
        'Non, pas tant qu’ils sont en Professionnel Éducation : A3/A5 sont des licences éligibles, et l’activation par abonnement fait passer Professionnel Éducation en Éducation — dès que l’appareil indique Éducation, il peut recevoir le hotpatch. Activez Éducation avec la licence A3/A5 ; inutile d’acheter E3/E5.',
      ],
    ),
    factIds: ['HP-LIC-8', 'HP-LIC-1'],
    sources: [src.subscriptionActivation, src.autopatchHotpatch],
    asOf: '2026-12-06',
    followUps: ['hotpatch-licences-list'],
  }),
  unit({
    id: 'one-time-restarts-setup',
    intent: 'why-restarted',
    product: 'hotpatch',
    opener: 'yes',
    title: both('Restart to turn on VBS or HotPatchRestrictions', 'Redémarrage pour activer VBS ou HotPatchRestrictions'),
    asks: both(
      ['Does enabling VBS or setting HotPatchRestrictions need a restart?', 'Does turning off CHPE on Arm64 need a reboot, and only once?'],
      [
        'Activer VBS ou régler HotPatchRestrictions demande-t-il un redémarrage ?',
        'Désactiver CHPE sur Arm64 oblige-t-il à redémarrer ? une seule fois ?',
        'un reboot pour désactiver CHPE, c’est un problème pour le déploiement ?',
      ],
    ),
    body: both(
      [
        'Yes, once: turning on VBS and setting HotPatchRestrictions = 1 on Arm64 each take effect after one restart; the setting then persists through updates.',
      ],
      [
        'Oui, une fois : activer VBS et régler HotPatchRestrictions = 1 sur Arm64 prennent effet après un redémarrage ; le réglage persiste ensuite au fil des mises à jour.',
      ],
    ),
    factIds: ['R-6', 'HP-CPU-2'],
    sources: [src.autopatchHotpatch, src.vbsDoc],
    asOf: '2025-07-04',
    followUps: ['vbs-requirement', 'arm64-chpe'],
  }),
);
