import type { Localized } from './types';

/**
 * The questions each broad topic answers, as people ask them (EN, FR): indexed with the topic so
 * that retrieval finds it by meaning, not only by its keywords. Written from the facts each topic
 * carries (its fact IDs), not from any evaluation question.
 */
export const TOPIC_ASKS: Record<string, Localized<string[]>> = {
  'what-is-hotpatch': {
    en: [
      'What is hotpatch?',
      'What are hotpatch updates in Windows 11?',
      'hotpatch in a nutshell: security fixes without rebooting the PC?',
      'what does hotpatching mean for Windows 11 Enterprise machines',
    ],
    fr: [
      'Qu’est-ce que le hotpatch ?',
      'C’est quoi les mises à jour hotpatch de Windows 11 ?',
      'Hotpatch, c’est quoi exactement ?',
      'Que sont les correctifs à chaud (hotpatch) de Windows 11 Entreprise ?',
      'À quoi sert le hotpatch sur un poste Windows 11 ?',
      'c’est quoi ce hotpatch, des MAJ de sécurité sans redémarrer le PC ?',
    ],
  },
  'hotpatch-prerequisites': {
    en: [
      'What are the prerequisites for hotpatch?',
      'What does a device need to get hotpatch updates?',
      'hotpatch requirements edition licence VBS',
      'what do I need for hotpatch: licence, OS requirements and an Intune policy',
      'which PCs qualify for hotpatch and who can get it',
      'hotpatch requirements checklist: edition, version, license, VBS, Intune policy',
    ],
    fr: [
      'Quels sont les prérequis du hotpatch ?',
      'De quoi un appareil a-t-il besoin pour recevoir le hotpatch ?',
      'Quelles sont les conditions pour avoir le hotpatch sur un poste ?',
      'licences, configuration requise et gestion : que faut-il pour le hotpatch ?',
      'Mon PC est-il éligible au hotpatch ? édition, version, licence, VBS',
      'prérequis hotpatch Windows 11 Entreprise 24H2 avec Intune',
    ],
  },
  'hotpatch-no-features': {
    en: ['Do hotpatch months include new features or non-security fixes?'],
    fr: ['Les mois de hotpatch apportent-ils des nouveautés ou des correctifs non liés à la sécurité ?'],
  },
  'hotpatch-service-cve': {
    en: ['Is the hotpatch monitoring service vulnerable? CVE', 'has hotpatch itself ever had a security vulnerability?'],
    fr: ['Le service de surveillance hotpatch est-il vulnérable ? CVE', 'le hotpatch lui-même a-t-il déjà eu une faille de sécurité ?'],
  },
  'what-still-restarts': {
    en: ['What still requires a restart on a hotpatch device?', 'Does hotpatch mean no restarts at all?', 'with hotpatch, which updates still need a reboot?'],
    fr: ['Qu’est-ce qui exige encore un redémarrage sur un appareil hotpatch ?', 'Quelles mises à jour demandent encore un reboot avec le hotpatch ?'],
  },
  'why-restarted': {
    en: [
      'Why did my hotpatch device restart anyway?',
      'device restarted during a hotpatch month, why?',
      'we are on hotpatch, why is my PC still asking me to restart?',
    ],
    fr: [
      'Pourquoi mon appareil hotpatch a-t-il redémarré quand même ?',
      'Nos postes ont redémarré hier alors que le hotpatch est activé',
      'nous sommes en hotpatch, pourquoi mon PC me demande-t-il encore de redémarrer ?',
    ],
  },
  'hotpatch-rollback': {
    en: [
      'Can I roll back or uninstall a hotpatch?',
      'how to remove a bad hotpatch',
      'Is there an automatic rollback if a hotpatch goes wrong?',
      'what happens if a hotpatch breaks something, can it be reverted?',
    ],
    fr: [
      'Peut-on annuler ou désinstaller un hotpatch ?',
      'Y a-t-il un retour arrière automatique si un hotpatch pose problème ?',
      'Comment désinstaller un hotpatch qui casse quelque chose ?',
    ],
  },
  'feature-update-25h2': {
    en: ['Should I upgrade hotpatch devices to 25H2 or 26H2, and when?', 'feature update upgrade timing baseline month'],
    fr: ['Quand faire passer les appareils hotpatch en 25H2 ou 26H2 ?', 'mise à jour de fonctionnalités mois de baseline'],
  },
  'how-to-check': {
    en: ['How do I check on the PC that hotpatch is enabled and working?', 'how to verify a device received a hotpatch'],
    fr: [
      'Comment vérifier sur le PC que le hotpatch est activé et fonctionne ?',
      'Comment savoir si mon PC a bien reçu le hotpatch ?',
      'Comment savoir si un poste a reçu le hotpatch ?',
      'vérifier que le hotpatch s’est bien appliqué sur la machine',
    ],
  },
  'check-vbs': { en: ['How do I check that VBS is running?', 'msinfo32 virtualization-based security status'], fr: ['Comment vérifier que VBS est actif ?'] },
  'check-hotpatch-errors': {
    en: ['Where do I see hotpatch errors on a device? Event Viewer'],
    fr: ['Où voir les erreurs hotpatch sur un appareil ? Observateur d’événements'],
  },
  'check-qmr-state': { en: ['How do I check whether QMR is enabled on a device?'], fr: ['Comment vérifier si QMR est activé sur un appareil ?'] },
  'admin-setup': {
    en: [
      'How do I enable hotpatch in Intune?',
      'how to enable or turn on hotpatch',
      'Where do I turn on hotpatch for a group in Intune quality update policy?',
      'can we turn hotpatch on for a pilot group first, before the whole company?',
    ],
    fr: [
      'Comment activer le hotpatch dans Intune ?',
      'Où activer le hotpatch pour un groupe dans une stratégie de mises à jour qualité ?',
      'Comment on active le hotpatch pour nos postes ?',
      'activer les MAJ hotpatch dans Intune Autopatch pour un groupe de machines',
      'peut-on activer le hotpatch d’abord sur un groupe pilote avant toute l’entreprise ?',
    ],
  },
  'tenant-default-vs-policy': {
    en: ['What happens when the tenant default and a quality update policy disagree?', 'Do devices in no policy get hotpatch through the tenant default?'],
    fr: [
      'Que se passe-t-il si le paramètre du locataire et la stratégie de mises à jour qualité diffèrent ?',
      'Les appareils sans stratégie reçoivent-ils le hotpatch via le paramètre du locataire ?',
    ],
  },
  'default-on-may-2026': {
    en: [
      'Is hotpatch on by default now?',
      'How do I opt out of hotpatch being enabled by default?',
      'Do devices already get hotpatch without a policy?',
      'opt out before hotpatch gets turned on automatically in May 2026',
      'hotpatch will be enabled automatically for eligible devices: how do we refuse?',
      'do I need to do anything on my side for hotpatch to work?',
      'we never created a hotpatch policy, yet devices got hotpatch updates: who turned it on?',
    ],
    fr: [
      'Le hotpatch est-il activé par défaut maintenant ?',
      'Comment refuser (opt-out) le hotpatch activé par défaut ?',
      'Les appareils reçoivent-ils déjà le hotpatch sans stratégie ?',
      'on n’a jamais créé de stratégie hotpatch et pourtant des postes l’ont reçu : qui l’a activé ?',
      'Comment faire l’opt-out avant l’activation par défaut du hotpatch en mai 2026 ?',
      'Le hotpatch s’active-t-il tout seul sur nos postes ? Comment le refuser ?',
      'désactiver l’activation automatique du hotpatch dans Autopatch',
      'dois-je faire quelque chose de mon côté pour que le hotpatch fonctionne ?',
    ],
  },
  'autopatch-prerequisites': {
    en: ['What are the Windows Autopatch prerequisites? co-management workloads'],
    fr: ['Quels sont les prérequis de Windows Autopatch ? cogestion'],
  },
  'hotpatch-report': {
    en: [
      'Is there a report of which devices got a hotpatch?',
      'how to monitor hotpatch deployment: targeted, eligible, hotpatched',
      'which Intune report shows hotpatched devices and the ones that fell back to the LCU?',
    ],
    fr: [
      'Existe-t-il un rapport des appareils qui ont reçu un hotpatch ?',
      'suivre le déploiement du hotpatch : ciblés, éligibles, hotpatchés',
      'Comment mesurer le déploiement du hotpatch : postes ciblés, éligibles, hotpatchés ou repassés sur la LCU ?',
      'Quel rapport Intune montre les postes hotpatchés ?',
    ],
  },
  'hotpatch-wsus': {
    en: ['Can I get hotpatch through WSUS or offline?', 'does hotpatch work with WSUS?', 'can we deploy hotpatch updates with WSUS instead of Intune?'],
    fr: [
      'Peut-on recevoir le hotpatch via WSUS ou hors ligne ?',
      'le hotpatch marche-t-il avec WSUS ?',
      'peut-on déployer les hotpatchs avec WSUS plutôt qu’avec Intune ?',
    ],
  },
  'hotpatch-licences': {
    en: ['Which licences include hotpatch?', 'Is E3 enough for hotpatch?', 'what license do I need for hotpatch: E3, E5, A3, F3 or Business Premium?'],
    fr: [
      'Quelles licences incluent le hotpatch ?',
      'E3 suffit-il pour le hotpatch ?',
      'Quelle licence faut-il pour le hotpatch ?',
      'Le hotpatch est-il inclus dans E3, E5, A3 ou Business Premium ?',
      'licence nécessaire pour avoir les MAJ hotpatch',
    ],
  },
  'pro-home-not-eligible': {
    en: [
      'Can Windows 11 Pro or Home get hotpatch?',
      'Is hotpatch available to all Windows 11 users or only to enterprises?',
      'Will home users and consumer PCs get hotpatch?',
      'Does hotpatch come to Windows 11 Pro?',
    ],
    fr: [
      'Windows 11 Professionnel ou Famille peut-il avoir le hotpatch ?',
      'Le hotpatch sera-t-il proposé au grand public ou réservé aux entreprises ?',
      'Mon PC perso à la maison aura-t-il le hotpatch ?',
    ],
  },
  'pro-business-premium': {
    en: ['Does Windows 11 Pro with Microsoft 365 Business Premium get hotpatch?'],
    fr: ['Windows 11 Professionnel avec Microsoft 365 Business Premium reçoit-il le hotpatch ?'],
  },
  'cloud-pc-avd-gcc': {
    en: ['Is a Windows 365 Cloud PC eligible for hotpatch? And Azure Virtual Desktop?', 'hotpatch in government cloud GCC'],
    fr: ['Un Cloud PC Windows 365 est-il éligible au hotpatch ? Et Azure Virtual Desktop ?', 'hotpatch pour le cloud gouvernemental GCC'],
  },
  'why-not-offered': {
    en: [
      'Why is my device not offered hotpatch?',
      'device shows not eligible for hotpatch',
      'why does my PC get the regular LCU instead of the hotpatch?',
      'why hasn’t my device received the hotpatch yet?',
      'the hotpatch report shows our devices as not eligible: what are we missing?',
      'hotpatch is enabled in Intune but some devices still get the regular update: what can block it?',
    ],
    fr: [
      'Pourquoi mon appareil ne reçoit-il pas le hotpatch ?',
      'Pourquoi mon poste reçoit la cumulative classique au lieu du hotpatch ?',
      'mon PC n’est pas éligible au hotpatch, pourquoi ?',
      'Pourquoi mon poste n’a-t-il pas encore reçu le hotpatch ?',
      'Pourquoi mon PC n’a pas eu la mise à jour hotpatch du mois ?',
      'le rapport hotpatch affiche nos postes comme non éligibles : que manque-t-il ?',
      'hotpatch activé dans Intune mais des postes ne le reçoivent toujours pas : qu’est-ce qui bloque ?',
    ],
  },
  'vbs-requirement': {
    en: [
      'Does hotpatch need VBS?',
      'Is VBS mandatory for hotpatch?',
      'Is VBS required for hotpatch? VBS not turned on after upgrading',
      'hotpatch without virtualization-based security',
      'devices that cannot run VBS stay on the regular cumulative update and restart',
    ],
    fr: [
      'Le hotpatch exige-t-il VBS ?',
      'La VBS est-elle obligatoire pour le hotpatch ?',
      'Faut-il la sécurité basée sur la virtualisation (VBS) pour le hotpatch ?',
      'VBS désactivée : le poste peut-il avoir le hotpatch ?',
      'VBS pas activée après une mise à niveau depuis Windows 10 : impact sur le hotpatch ?',
      'les appareils qui ne prennent pas en charge la VBS restent sur la cumulative classique et redémarrent',
    ],
  },
  'arm64-chpe': {
    en: [
      'Does hotpatch work on Arm64 Snapdragon devices? CHPE',
      'hotpatch on ARM laptops: do I need to turn off CHPE?',
      'does hotpatch work on AMD or Intel processors',
      'which registry key do Arm laptops need for hotpatch?',
    ],
    fr: [
      'Le hotpatch fonctionne-t-il sur Arm64 Snapdragon ? CHPE',
      'Le hotpatch marche-t-il sur un PC ARM ?',
      'hotpatch sur Arm64 : faut-il désactiver CHPE ?',
      'quelle clé de registre mettre sur les portables Arm pour avoir le hotpatch ?',
    ],
  },
  'hotpatch-restrictions-intel': {
    en: ['Should I set HotPatchRestrictions on Intel or AMD x64 devices?'],
    fr: ['Faut-il mettre HotPatchRestrictions sur les appareils Intel ou AMD x64 ?'],
  },
  'telemetry-wlidsvc': {
    en: ['Does diagnostic data level or the wlidsvc service matter for hotpatch?'],
    fr: ['Le niveau de données de diagnostic ou le service wlidsvc compte-t-il pour le hotpatch ?'],
  },
  'hybrid-join': {
    en: ['Are hybrid joined devices supported for hotpatch?', 'domain joined devices that are also Entra hybrid joined and managed by Intune'],
    fr: [
      'Les appareils joints hybrides sont-ils pris en charge pour le hotpatch ?',
      'postes joints au domaine et aussi joints hybrides à Entra, gérés par Intune',
    ],
  },
  ltsc: {
    en: [
      'Can Windows 11 Enterprise LTSC get hotpatch?',
      'LTSC quality update policies',
      'Do Intune quality update policies support LTSC now that LTSC is managed in Intune?',
      'hotpatch for Windows 11 IoT Enterprise LTSC 2024',
      'Is LTSC supported by Windows Update for Business quality update policies in Intune?',
    ],
    fr: [
      'Windows 11 Entreprise LTSC peut-il recevoir le hotpatch ?',
      'Les stratégies de mises à jour qualité Intune prennent-elles en charge LTSC ?',
      'Le hotpatch marche-t-il sur un poste LTSC 2024 ?',
      'LTSC est géré dans Intune : et les mises à jour qualité ou le hotpatch ?',
    ],
  },
  'windows-10-and-23h2': { en: ['Can Windows 10 or Windows 11 23H2 get hotpatch?'], fr: ['Windows 10 ou Windows 11 23H2 peuvent-ils recevoir le hotpatch ?'] },
  'new-windows-versions': {
    en: ['Does hotpatch work on Windows 11 26H2 or 26H1?', 'is 25H2 supported for hotpatch'],
    fr: ['Le hotpatch fonctionne-t-il sur Windows 11 26H2 ou 26H1 ?'],
  },
  'hotpatch-calendar': {
    en: [
      'What is the hotpatch calendar? Which months restart?',
      'list the restart months of the year',
      'in which months do hotpatch PCs reboot during the year?',
    ],
    fr: [
      'Quel est le calendrier du hotpatch ? Quels mois redémarrent ?',
      'Quels mois faut-il redémarrer avec le hotpatch ?',
      'calendrier des MAJ hotpatch et des redémarrages sur l’année',
      'Quand les postes en hotpatch redémarrent-ils dans l’année ?',
    ],
  },
  'restarts-saved-per-year': {
    en: ['How many restarts per year does hotpatch save?', 'how many restarts a year for the security updates now?'],
    fr: ['Combien de redémarrages par an le hotpatch évite-t-il ?', 'combien de fois par an les postes redémarrent-ils pour les mises à jour de sécurité ?'],
  },
  'unplanned-baselines': {
    en: ['What is an unplanned baseline? out-of-band update restart'],
    fr: ['Qu’est-ce qu’une baseline non planifiée ? mise à jour hors bande'],
  },
  'june-2026-restart': {
    en: ['Was June 2026 a hotpatch or a restart month?', 'why no June hotpatch'],
    fr: ['Juin 2026 était-il un mois de hotpatch ou de redémarrage ?'],
  },
  'ring-deadlines-unchanged': {
    en: ['Does hotpatch change update ring deadlines or deferrals?'],
    fr: ['Le hotpatch modifie-t-il les échéances ou reports des anneaux ?'],
  },
  'behind-baseline': {
    en: ['What if a device is not on the latest baseline in a hotpatch month?', 'What happens when a device misses or skips the quarterly baseline update?'],
    fr: [
      'Et si un appareil n’est pas sur la dernière baseline pendant un mois de hotpatch ?',
      'Que se passe-t-il si un poste rate ou manque la mise à jour de référence (baseline) trimestrielle ?',
    ],
  },
  'hotpatch-release-notes': {
    en: ['Where are the hotpatch release notes and KB list?'],
    fr: ['Où sont les notes de publication et la liste des KB hotpatch ?'],
  },
  'build-numbers': { en: ['What build number does a hotpatch give? OS build UBR KB'], fr: ['Quel numéro de build donne un hotpatch ? UBR KB'] },
  'what-is-qmr': {
    en: [
      'What is Quick machine recovery?',
      'Does QMR replace hotpatch?',
      'my PC won’t start: black screen or endless reboot loop at power on',
      'Which Windows feature repairs PCs that fail to start?',
      'my PC won’t boot after an update: what can I do?',
    ],
    fr: [
      'Qu’est-ce que la récupération rapide de la machine ?',
      'QMR remplace-t-il le hotpatch ?',
      'C’est quoi Quick Machine Recovery (QMR) ?',
      'PC qui ne démarre plus, écran noir ou boucle de redémarrage : que peut faire Windows ?',
      'Quelle fonctionnalité de Windows répare un PC qui ne démarre plus ?',
      'Mon PC ne démarre plus après une mise à jour : que faire ?',
    ],
  },
  'qmr-defaults': {
    en: [
      'Is QMR on by default? On which editions?',
      'is quick machine recovery enabled by default',
      'how do I turn quick machine recovery on or off on one PC',
    ],
    fr: [
      'QMR est-il activé par défaut ? Sur quelles éditions ?',
      'QMR est-il activé d’office sur Windows 11 Pro et Entreprise ?',
      'la récupération rapide de la machine est-elle activée par défaut',
      'comment activer ou désactiver la récupération rapide de la machine sur un PC',
    ],
  },
  'qmr-enable-intune': {
    en: [
      'How do I enable QMR with Intune? Which values?',
      'turn on quick machine recovery in Intune settings catalog policy',
      'Can I configure QMR with Intune?',
    ],
    fr: ['Comment activer QMR avec Intune ? Quelles valeurs ?', 'activer la récupération rapide de la machine dans Intune catalogue des paramètres'],
  },
  'qmr-reagentc': { en: ['How do I configure QMR with reagentc and an XML file?'], fr: ['Comment configurer QMR avec reagentc et un fichier XML ?'] },
  'qmr-test-mode': {
    en: ['How do I test QMR?', 'How can we test quick machine recovery? test mode'],
    fr: ['Comment tester QMR ?', 'Comment tester la récupération rapide de la machine ? mode test'],
  },
  'qmr-network': { en: ['Which networks does QMR support? Wi-Fi 802.1X proxy'], fr: ['Quels réseaux QMR prend-il en charge ? Wi-Fi 802.1X'] },
  'qmr-versions': { en: ['Which Windows versions have QMR?'], fr: ['Quelles versions de Windows ont QMR ?'] },
  'windows-server': {
    en: ['Can Windows Server 2025 get hotpatch? on-premises Azure Arc requirements', 'how do I get hotpatch on an on-prem Server 2025 Standard or Datacenter?'],
    fr: [
      'Windows Server 2025 peut-il recevoir le hotpatch ? sur site Azure Arc prérequis',
      'Le hotpatch est-il dispo pour Windows Server 2025 sur site avec Azure Arc ?',
      'Comment avoir le hotpatch sur un serveur 2025 Standard ou Datacenter ?',
    ],
  },
  'windows-server-2022': {
    en: ['Does Windows Server 2022 support hotpatch? Azure Edition'],
    fr: ['Windows Server 2022 prend-il en charge le hotpatch ? Azure Edition'],
  },
  'windows-server-restarts': {
    en: ['When do Windows Server hotpatch machines still restart?', 'do hotpatched servers still need reboots, and when?'],
    fr: [
      'Quand les serveurs en hotpatch redémarrent-ils encore ?',
      'Un serveur en hotpatch doit-il encore être redémarré, et quand ?',
      'reboots des serveurs Windows Server 2025 en hotpatch',
    ],
  },
  automation: {
    en: ['How can I automate hotpatch checks with Microsoft Graph?'],
    fr: ['Comment automatiser les vérifications hotpatch avec Microsoft Graph ?'],
  },
  'graph-quality-update-policies': {
    en: ['Which Graph call tells whether a policy has hotpatch enabled?'],
    fr: ['Quel appel Graph indique si une stratégie a le hotpatch activé ?'],
  },
  'graph-managed-devices': {
    en: ['Can I read processor architecture and VBS state from Graph managedDevices?'],
    fr: ['Puis-je lire l’architecture et l’état VBS via Graph managedDevices ?'],
  },
  'graph-catalog-hotpatch': {
    en: ['Does the Windows updates catalog flag hotpatch releases?'],
    fr: ['Le catalogue Windows updates signale-t-il les hotpatchs ?'],
  },
  'graph-known-issues': { en: ['How do I list Windows known issues with Graph?'], fr: ['Comment lister les problèmes connus de Windows avec Graph ?'] },
  'graph-autopatch-rings': {
    en: ['Can I enable hotpatch on Autopatch rings through Graph?'],
    fr: ['Peut-on activer le hotpatch sur les anneaux Autopatch via Graph ?'],
  },
  'vbs-numbers-confusion': {
    en: ['Why is VBS running 0 in Intune but 2 in WMI?', 'Graph says deviceGuardVirtualizationBasedSecurityState = 0: does 0 mean not enabled?'],
    fr: ['Pourquoi VBS actif vaut 0 dans Intune mais 2 dans WMI ?', 'Graph renvoie deviceGuardVirtualizationBasedSecurityState = 0 : 0 veut dire désactivé ?'],
  },
  'hotpatch-cost-myth': {
    en: ['Does hotpatch cost extra or need an extra licence?'],
    fr: ['Le hotpatch coûte-t-il plus cher ou exige-t-il une licence en plus ?'],
  },
  'graph-naming-drift': {
    en: ['isHotpatchUpdate or isHotpatchEnabled? property names changed'],
    fr: ['isHotpatchUpdate ou isHotpatchEnabled ? noms de propriétés'],
  },
  'not-eligible-recommendation': {
    en: ['My device can’t get hotpatch: what should I do instead?'],
    fr: ['Mon appareil ne peut pas avoir le hotpatch : que faire ?'],
  },
  'f3-naming': {
    en: ['Is F3 an eligible licence for hotpatch? Microsoft 365 F3 or Windows Enterprise F3'],
    fr: ['F3 est-elle une licence éligible au hotpatch ?'],
  },
  'check-chpe': { en: ['How do I check CHPE is disabled on Arm64?'], fr: ['Comment vérifier que CHPE est désactivé sur Arm64 ?'] },
};
