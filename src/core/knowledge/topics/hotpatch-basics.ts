import type { KnowledgeTopic } from '../types';
import { src } from '../sources';

// What Hotpatch is: HP-DEF-1..4, CAL-4, HP-SEC-1.
export const hotpatchBasicsTopics: KnowledgeTopic[] = [
  {
    id: 'what-is-hotpatch',
    intent: 'explain-hotpatch',
    title: { en: 'What is Hotpatch?', fr: 'Qu’est-ce que le hotpatch ?' },
    body: {
      en: [
        'Hotpatch updates are the monthly Patch Tuesday (B release) security updates installed without a restart: they patch the in-memory code of running processes.',
        'Security content is at 100% parity with the standard monthly update, on the same schedule (second Tuesday of the month), and the packages are smaller.',
        'Hotpatch is an extension of Windows Update: Windows Autopatch creates and deploys hotpatches to devices in an Intune Windows quality update policy.',
        'Restarts still happen in the quarterly baseline months (January, April, July, October): 4 planned restarts a year instead of 12.',
      ],
      fr: [
        'Les mises à jour hotpatch (correctifs à chaud) sont les mises à jour de sécurité mensuelles du Patch Tuesday (publication « B ») installées sans redémarrage : elles corrigent le code en mémoire des processus en cours d’exécution.',
        'Le contenu de sécurité est identique à 100 % à la mise à jour mensuelle standard, au même rythme (deuxième mardi du mois), avec des paquets plus petits.',
        'Le hotpatch est une extension de Windows Update : Windows Autopatch crée et déploie les hotpatchs sur les appareils d’une stratégie de mise à jour qualité Windows dans Intune.',
        'Les redémarrages ont toujours lieu lors des mois de mise à jour de référence (baseline) trimestriels (janvier, avril, juillet, octobre) : 4 redémarrages prévus par an au lieu de 12.',
      ],
    },
    factIds: ['HP-DEF-1', 'HP-DEF-2', 'HP-DEF-3', 'CAL-1'],
    sources: [src.autopatchHotpatch, src.intuneHotpatch, src.training2026Unit2],
    asOf: '2026-01-13',
    keywords: {
      en: ['what is hotpatch', 'hotpatch', 'hotpatching', 'rebootless update', 'update without restart', 'without reboot', 'explain hotpatch', 'what * is * hotpatch', 'hotpatch mean', 'how * hotpatch * works', 'explanation', 'different from', 'difference between * hotpatch', 'size of updates', 'smaller', 'less secure', 'as secure', 'my apps', 'running apps'],
      fr: ['qu est ce que le hotpatch', 'hotpatch', 'correctif a chaud', 'mise a jour sans redemarrage', 'sans redemarrer', 'expliquer le hotpatch', 'c est quoi * hotpatch', 'hotpatch c est quoi', 'en quoi consiste', 'a quoi sert', 'explication', 'difference entre * hotpatch', 'mise a jour cumulative classique', 'taille des mises a jour', 'plus petits', 'aussi sur', 'moins sur', 'mes applications'],
    },
    followUps: ['hotpatch-prerequisites', 'hotpatch-calendar', 'what-still-restarts'],
  },
  {
    id: 'hotpatch-prerequisites',
    intent: 'eligibility',
    title: { en: 'Hotpatch prerequisites (checklist)', fr: 'Prérequis du hotpatch (liste de contrôle)' },
    body: {
      en: [
        'A Windows 11 device gets hotpatch only if all of these are true:',
        '1. Windows 11 version 24H2 or later (not Windows 10, not 23H2 or earlier).',
        '2. Windows 11 Enterprise or Education edition — Home and Pro devices are not offered hotpatch, whatever the licence; Enterprise LTSC is not supported by quality update policies.',
        '3. An eligible licence: Windows 11 Enterprise E3/E5, Microsoft 365 F3, Windows 11 Education A3/A5, Microsoft 365 Business Premium or Windows 365 Enterprise.',
        '4. Virtualization-based security (VBS) running.',
        '5. x64, or Arm64 with CHPE disabled (HotPatchRestrictions = 1).',
        '6. Intune-managed, Microsoft Entra joined or hybrid joined, diagnostic data at least Required, wlidsvc running.',
        '7. Hotpatch allowed by its quality update policy (or by the tenant default when in no policy).',
        '8. On the latest baseline (otherwise the device first gets the baseline with a restart).',
        'A device that misses a prerequisite automatically gets the standard cumulative update (LCU) with a restart.',
      ],
      fr: [
        'Un appareil Windows 11 reçoit le hotpatch seulement si toutes ces conditions sont remplies :',
        '1. Windows 11 version 24H2 ou ultérieure (pas Windows 10, ni 23H2 ou antérieure).',
        '2. Édition Windows 11 Enterprise ou Education — le hotpatch n’est pas proposé aux appareils Home et Pro, quelle que soit la licence ; Enterprise LTSC n’est pas pris en charge par les stratégies de mise à jour qualité.',
        '3. Une licence éligible : Windows 11 Enterprise E3/E5, Microsoft 365 F3, Windows 11 Education A3/A5, Microsoft 365 Business Premium ou Windows 365 Enterprise.',
        '4. Sécurité basée sur la virtualisation (VBS) en cours d’exécution.',
        '5. x64, ou Arm64 avec CHPE désactivé (HotPatchRestrictions = 1).',
        '6. Appareil géré par Intune, joint à Microsoft Entra ou joint hybride, données de diagnostic au minimum « Requises », service wlidsvc démarré.',
        '7. Hotpatch autorisé par sa stratégie de mise à jour qualité (ou par le paramètre du locataire s’il n’est dans aucune stratégie).',
        '8. Sur la dernière mise à jour de référence (baseline) ; sinon l’appareil reçoit d’abord la baseline avec redémarrage.',
        'Un appareil qui ne remplit pas un prérequis reçoit automatiquement la mise à jour cumulative standard (LCU) avec redémarrage.',
      ],
    },
    factIds: ['HP-OS-1', 'HP-OS-4', 'HP-LIC-7', 'HP-OS-6', 'HP-LIC-1', 'HP-VBS-1', 'HP-CPU-2', 'HP-MGT-5', 'HP-MGT-2', 'HP-OS-3', 'HP-INEL-1'],
    sources: [src.autopatchHotpatch, src.intuneHotpatch, src.autopatchFaq, src.intuneQuality],
    asOf: '2026-01-13',
    hedge: {
      en: 'According to Microsoft documentation as of 2026-11-25: the licence and edition lists changed at least three times between November 2024 and mid-2026.',
      fr: 'Selon la documentation Microsoft au 25/11/2026 : les listes de licences et d’éditions ont changé au moins trois fois entre novembre 2024 et mi-2026.',
    },
    keywords: {
      en: ['prerequisites', 'requirements', 'hotpatch requirements', 'who can get hotpatch', 'what do i need for hotpatch', 'eligible for hotpatch', 'eligibility'],
      fr: ['prerequis', 'conditions', 'exigences', 'eligible au hotpatch', 'eligibilite', 'de quoi ai je besoin pour le hotpatch'],
    },
    followUps: ['hotpatch-licences', 'vbs-requirement', 'why-not-offered'],
  },
  {
    id: 'hotpatch-no-features',
    intent: 'explain-hotpatch',
    title: { en: 'Do hotpatch months bring new features?', fr: 'Les mois de hotpatch apportent-ils des fonctionnalités ?' },
    body: {
      en: [
        'No. Hotpatches contain only security fixes; features and non-security improvements arrive with baseline months (January, April, July, October), which require a restart.',
        'A baseline carries the latest security fixes plus the cumulative new features and enhancements.',
      ],
      fr: [
        'Non. Les hotpatchs ne contiennent que des correctifs de sécurité ; fonctionnalités et améliorations non liées à la sécurité arrivent avec les mois de baseline (janvier, avril, juillet, octobre), qui exigent un redémarrage.',
        'Une mise à jour de référence (baseline) contient les derniers correctifs de sécurité ainsi que les nouvelles fonctionnalités et améliorations cumulées.',
      ],
    },
    factIds: ['HP-DEF-4', 'CAL-4', 'CF-7'],
    sources: [src.trainingSchedules, src.autopatchHotpatch, src.intuneHotpatch],
    asOf: '2026-01-13',
    keywords: {
      en: ['new features', 'features', 'feature changes', 'non-security improvements', 'only security fixes', 'new windows features'],
      fr: ['nouvelles fonctionnalites', 'fonctionnalites', 'ameliorations', 'uniquement des correctifs de securite', 'non liees a la securite'],
    },
    followUps: ['hotpatch-calendar', 'what-is-hotpatch'],
  },
  {
    id: 'hotpatch-service-cve',
    intent: 'explain-hotpatch',
    title: { en: 'Is the hotpatch service itself safe? (CVE-2026-42910)', fr: 'Le service hotpatch est-il sûr ? (CVE-2026-42910)' },
    body: {
      en: [
        'CVE-2026-42910 (published 9 June 2026) was an elevation of privilege vulnerability in the Windows Hotpatch Monitoring Service.',
        'It is fixed in Windows 11 24H2/25H2 build .8655 (26100.8655 / 26200.8655), Windows 11 26H1 build 28000.2269 and Windows Server 2025 build 26100.32995.',
        'Keep devices on current updates: a device on those builds or later has the fix.',
      ],
      fr: [
        'La CVE-2026-42910 (publiée le 9 juin 2026) était une élévation de privilèges dans le service de surveillance hotpatch de Windows (Hotpatch Monitoring Service).',
        'Elle est corrigée dans Windows 11 24H2/25H2 build .8655 (26100.8655 / 26200.8655), Windows 11 26H1 build 28000.2269 et Windows Server 2025 build 26100.32995.',
        'Gardez les appareils à jour : un appareil sur ces builds ou plus récentes a le correctif.',
      ],
    },
    factIds: ['HP-SEC-1'],
    sources: [src.notes24h2, src.notes25h2, src.releaseInfo],
    asOf: '2026-06-09',
    keywords: {
      en: ['cve', 'cve-2026-42910', 'vulnerability', 'hotpatch monitoring service', 'is hotpatch safe', 'elevation of privilege', 'security of the hotpatch service'],
      fr: ['cve', 'cve-2026-42910', 'vulnerabilite', 'faille', 'service de surveillance hotpatch', 'le hotpatch est il sur', 'elevation de privileges'],
    },
    followUps: ['what-is-hotpatch', 'build-numbers'],
  },
];
