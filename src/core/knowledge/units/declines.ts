import type { AnswerUnit, Localized } from './types';

/**
 * Subjects next to the bot's register that it has no facts for (issue 11: "adjacent questions").
 * When one of these ranks first, the bot says plainly that it cannot answer reliably and offers the
 * helpdesk (the reply's words are in src/replies). Each is a subject, described by how people ask
 * about it — not a copy of any one question.
 */
const both = <T>(en: T, fr: T): Localized<T> => ({ en, fr });

function decline(id: string, en: string[], fr: string[], cue?: RegExp): AnswerUnit {
  return {
    ...(cue ? { cue } : {}),
    id: `decline-${id}`,
    intent: 'unknown',
    product: 'out-of-scope',
    opener: 'fact',
    decline: true,
    title: both(id.replace(/-/g, ' '), id.replace(/-/g, ' ')),
    asks: both(en, fr),
    body: both([], []),
    factIds: [],
    sources: [],
    asOf: '2026-12-06',
    keywords: both([], []),
    followUps: [],
  };
}

export const declineUnits: AnswerUnit[] = [
  decline(
    'secure-boot-certificates',
    [
      'Secure Boot certificates expire in June 2026: does this affect my device?',
      'Microsoft UEFI CA 2011 2023 keys KEK DB DBX revocation',
      'secure boot certificate expiry update firmware signing bootloader',
    ],
    [
      'Secure Boot : est-ce que votre PC va cesser de démarrer ?',
      'expiration des certificats Secure Boot UEFI CA 2023 KEK DBX',
      'certificats démarrage sécurisé expirent en juin 2026',
    ],
    /secure ?boot (certificat\w*|cert\w*|ca\b|20(11|23|26)\b)|certificats? (secure ?boot|de demarrage securise)|uefi ca 20(11|23)|\bkek\b|\bdbx\b|windows production pca/,
  ),
  decline(
    'extended-security-updates',
    [
      'Extended Security Updates ESU enrollment price how long',
      'Are ESU applied to Windows Server 2012 R2 in Azure VMware Solution?',
      'consumer ESU Windows 10 enroll cost',
    ],
    ['ESU mises à jour de sécurité étendues jusqu’à quand à quel coût comment s’inscrire', 'programme ESU grand public Windows 10 inscription prix'],
    // ESU is named decisively only with what the register has no facts for: buying, enrolling, activating, prices,
    // consumer sign-up, Server 2008/2012 through Arc. Windows 10's end of support and ESU's restarts are facts (LIFE-*), and so
    // is how long organisations can buy it (October 2028, LIFE-4): a post that asks those is not declined by its words.
    /^(?=[\s\S]*(\besu\b|extended security updates?|mises? a jour de securite etendues))(?:(?=[\s\S]*\b(2012|2008)\b)|(?![\s\S]*\b(restart\w*|reboot\w*|redemarr\w*|hot-?patch\w*|until when|how long|jusqu'a quand|combien de temps)\b)(?=[\s\S]*(azure arc|\barc\b|enrol|inscri|activat|activer|purchas|\bbuy|achet|price|prix|\bcost|\bcout|consumer|grand public|rewards|backup|sauvegarde|sign up)))/,
  ),
  // Windows versions long out of support: their old "hotpatching" (Server 2003 SP1) is not today's hotpatch.
  decline(
    'legacy-windows-versions',
    ['Windows Server 2003 or 2008 hotpatching and security updates', 'Windows XP, Vista, 7 or 8 updates and restarts'],
    ['hotpatch et mises à jour de Windows Server 2003 ou 2008', 'mises à jour et redémarrages de Windows XP, Vista, 7 ou 8'],
    /\bwindows (server )?(2000|2003)\b|\bserver 2003\b|\bwindows (xp|vista|8|8\.1)\b/,
  ),
  decline(
    'wsus-configmgr',
    [
      'WSUS third-party updates publishing System Center Updates Publisher deprecated',
      'wuauclt detectnow usoclient scan WSUS client commands',
      'Configuration Manager software update point SCCM',
    ],
    ['WSUS publication des mises à jour tierces SCUP', 'commandes client WSUS wuauclt usoclient', 'Configuration Manager SCCM point de mise à jour logicielle'],
    // ConfigMgr's own plumbing, named decisively (WSUS alone stays: "hotpatch through WSUS?" is a fact, HP-MGT-9) — unless
    // the post is about co-management's Windows Update workload, which the register holds (HP-MGT co-management).
    /^(?![^]*\b(co-?manag\w*|co-?gestion|cogestion|workloads?|charges? de travail)\b)[^]*\b(software update point|point de mise a jour logicielle|wcm\.log|wsyncmgr\.log|configmgr|sccm|scup)\b/,
  ),
  decline(
    'office-updates',
    ['Microsoft 365 Apps Office update channel settings config.office.com', 'list of non security Office updates MSI'],
    ['mises à jour Office Microsoft 365 Apps canal', 'liste des mises à jour Office non liées à la sécurité'],
    /\b(microsoft 365 apps|office (update|channel|build)s?|(current|monthly enterprise|semi-annual enterprise) channel|canal (actuel|entreprise mensuel|entreprise semestriel)|click-to-run|outlook (classique|classic|crash\w*|plante))\b/,
  ),
  decline(
    'azure-update-manager-vms',
    [
      'Azure Update Manager maintenance configuration customer managed schedule prerequisites Arc machines Linux',
      'Azure VM patch orchestration BypassPlatformSafetyChecksOnUserSchedule error 400 Bad Request CreateOrUpdate',
      'Azure Automation Update Management multi-session host support',
    ],
    [
      'Azure Update Manager configuration de maintenance planification',
      'VM Azure orchestration des correctifs BypassPlatformSafetyChecksOnUserSchedule erreur 400',
      'Azure Automation gestion des mises à jour hôte multisession',
    ],
    // Azure deployment errors about VM patch orchestration name that subject decisively (the error's own words).
    /\bdeploymentfailed\b|\binvalidparameter\b|bypassplatformsafetychecks|vmguestpatchingcompatibility|not supported for vm guest patch/,
  ),
  decline(
    'azure-local-live-migration',
    ['live migrate Guest TPM virtual machines between hosts Azure Local Azure Stack HCI cluster', 'Host Guardian Service shielded VM migration'],
    ['migration à chaud de VM avec TPM invité entre hôtes Azure Local', 'Host Guardian Service VM protégée'],
  ),
  decline(
    'other-operating-systems',
    [
      'Linux distribution Debian Ubuntu kernel update',
      'macOS software updates Intune deploy to Mac devices',
      'Android app hot fix patch file naming directory',
      'when will my iPhone or iPad get the new iOS update?',
    ],
    [
      'distribution Linux Debian Ubuntu mise à jour',
      'mises à jour macOS Intune appareils Mac',
      'correctif d’application Android patch hot fix nommage des fichiers répertoire',
      'quand mon iPhone aura-t-il la nouvelle mise à jour iOS ?',
    ],
  ),
  decline(
    'bitlocker-recovery',
    ['BitLocker recovery key screen after firmware update, stuck', 'enter the recovery key to get going again'],
    ['écran de récupération BitLocker clé de récupération après mise à jour du firmware', 'entrer la clé de récupération BitLocker'],
    // A BitLocker key asked for ("need the bitlocker recovery key for laptop LT-0423") is that subject, even with a device named.
    /\bbitlocker\b|\b(recovery key|cle de recuperation)\b/,
  ),
  decline(
    'activation-kms',
    [
      'Windows Enterprise not activated against KMS servers, Azure AD user has E5 license',
      'KMS activation subscription activation troubleshooting product key',
    ],
    ['Windows Entreprise non activé KMS licence utilisateur', 'dépannage activation KMS clé de produit'],
  ),
  decline(
    'third-party-tools',
    [
      'PSWindowsUpdate module new version planned',
      'winget upgrade installer forcibly rebooted the system driver',
      'UTM VirtualBox VMware virtual machine network adapter emulated',
      'Flyoobe Rufus third-party upgrade tool enablement package ISO setup error system reserved partition',
      'third-party tweak utilities for consumer PCs',
    ],
    [
      'module PSWindowsUpdate nouvelle version',
      'winget installeur a forcé le redémarrage',
      'VirtualBox VMware carte réseau émulée machine virtuelle',
      'outil tiers Flyoobe Rufus ISO erreur partition réservée au système',
    ],
    // Named third-party patching, imaging and tweak tools: their behaviour is their maintainers' subject.
    // A tool's own release number (1.4.2, not a Windows build 10.0.26100.x), its new parameters and its feeds are the
    // tool's. (Scripts are not: admins script reagentc, registry values and Graph calls the bot knows.)
    /(?<![\d.]|(?:framework|\.net|net) (?:[\d.]+ (?:et|and|ou|or) )?)v?\d+\.\d+\.\d+(?![\d.])|\b(this|the new|a new) parameter\b|\b(rss|atom) feeds?\b|\bpull request\b|\b(this|the|ce) script\b|\bpowershell module\b|\b(this|the) module\b|\bterraform\b|\bazurerm|\bbicep\b|\bansible\b|\bpswindowsupdate\b|\bflyoobe\b|\btiny ?11\b|\brufus\b|\bntlite\b|\bexplorer ?patcher\b|\bstopupdates10\b|\bwindows update blocker\b|\bwu10man\b|\bwumt\b|\bshutup10\b|\bwinaero\b|\bstartallback\b|\bopen-shell\b|\bwumgr\b|\bchocolatey\b|\bchoco\b|\bboxstarter\b|\bninjaone\b|\bmanageengine\b|\bautomox\b|\btanium\b|\bimmybot\b|\bpatch my pc\b/,
  ),
  decline(
    'memory-integrity-troubleshooting',
    ['memory integrity cannot be turned on incompatible driver DIY PC', 'Core isolation memory integrity option never turns on'],
    ['intégrité de la mémoire impossible à activer pilote incompatible', 'isolation du noyau intégrité de la mémoire ne s’active pas'],
  ),
  decline(
    'network-authentication',
    ['802.1X authentication fails after upgrade Credential Guard', 'Wi-Fi enterprise authentication MSCHAPv2 fails'],
    ['authentification 802.1X échoue après la mise à niveau Credential Guard', 'authentification Wi-Fi entreprise échoue'],
  ),
  decline(
    'autopatch-internals',
    ['Autopatch enrollment Conditional Access policies not created', 'Autopatch groups registration readiness checks internals'],
    ['inscription Autopatch stratégies d’accès conditionnel non créées', 'groupes Autopatch vérifications de préparation'],
  ),
  decline(
    'legacy-restart-policies',
    [
      'Specify deadline before auto-restart for update installation and Engaged restart transition notification schedule group policy',
      'update rings user groups versus device groups targeting feature updates',
      'Windows Drivers update setting Allow or Block to exclude drivers',
      'Shut down the system user right kiosk auto-logon restart',
      'driver update policies unsupported LTSC',
    ],
    [
      'stratégie de groupe échéance avant redémarrage automatique et notification de redémarrage',
      'anneaux de mise à jour groupes d’utilisateurs ou d’appareils',
      'paramètre mises à jour des pilotes Autoriser ou Bloquer',
      'droit utilisateur arrêter le système borne',
    ],
  ),
  decline(
    'general-windows-questions',
    [
      'differences between Windows 11 Home and Pro editions comparison',
      'will Windows update while the PC is asleep sleep mode wake timers',
      'computer restarts randomly overheating power supply hardware',
      'Get-HotFix Win32_QuickFixEngineering does not list updates',
    ],
    [
      'quelles sont les différences entre Windows 11 Famille et Pro',
      'Windows se mettra-t-il à jour si le PC est en veille',
      'mon ordinateur redémarre aléatoirement surchauffe alimentation',
      'Get-HotFix Win32_QuickFixEngineering ne liste pas les mises à jour',
    ],
  ),
  // Performance, install time and app breakage after an update: nothing in the register measures them.
  decline(
    'performance-and-app-issues',
    [
      'does hotpatch slow down the PC or use more memory, performance impact',
      'how long does an update take to install, install duration',
      'app crashes or printer stops working after the update',
    ],
    [
      'le hotpatch ralentit-il le PC, consomme-t-il plus de mémoire, impact sur les performances',
      'combien de temps dure l’installation d’une mise à jour',
      'une application plante ou l’imprimante ne marche plus après la mise à jour',
    ],
  ),
  decline(
    'incident-news',
    [
      'emergency out-of-band fixes after a faulty update left machines unable to boot: how did Microsoft fix the incident',
      'Microsoft release health known issue incident press',
    ],
    [
      'incident récent : mises à jour d’urgence publiées après un Patch Tuesday qui a bloqué des PC',
      'actualité d’un incident de mise à jour et de ses correctifs hors bande',
    ],
    // A Patch Tuesday's count of flaws and emergency fixes are news the register does not hold — unless the post asks
    // about hotpatch or restarts ("will hotpatch devices get all 80 fixes without a reboot?" is HP-DEF-3's).
    /^(?![^]*\b(hot-?patch\w*|re-?boot\w*|restart\w*|redemarr\w*)\b)[^]*(\b\d+ (failles|vulnerabilites|vulnerabilities|flaws|security holes|cves?)\b|\bmises? a jour d'urgence\b|\bemergency (updates?|patch\w*|fix\w*)\b)/,
  ),
  decline(
    'update-install-errors',
    [
      'Windows Update error code 0x800f0922 0x80070002 update fails to install',
      'update stuck downloading or installing at percent, undoing changes',
      'cumulative update failed rollback error',
    ],
    [
      'erreur Windows Update 0x800f0922 la mise à jour ne s’installe pas',
      'mise à jour bloquée au téléchargement ou à l’installation, annulation des modifications',
    ],
    // A Windows error code (0x800f0922, 0x80070643): the register has none, whatever the update that failed.
    /\b0x8[0-9a-f]{7}\b/,
  ),
  decline(
    'upgrade-hardware-requirements',
    ['Windows 11 upgrade hardware requirements TPM 2.0 unsupported CPU', 'can my old PC upgrade from Windows 10 to Windows 11 PC Health Check'],
    ['configuration requise pour Windows 11 TPM 2.0 processeur non pris en charge', 'mon vieux PC peut-il passer de Windows 10 à Windows 11'],
  ),
  decline(
    'feature-update-blocks',
    ['safeguard hold blocks the feature update upgrade', 'feature update not offered compatibility hold in-place upgrade fails setup'],
    ['blocage de compatibilité empêche la mise à niveau de fonctionnalités', 'mise à niveau sur place échoue installation'],
  ),
  decline(
    'device-provisioning',
    ['Autopilot enrollment profile ESP provisioning fails', 'Intune compliance policy configuration profile app deployment not applying'],
    ['Autopilot profil d’inscription provisionnement échoue', 'stratégie de conformité Intune profil de configuration déploiement d’application'],
    /\b(enrollment status page|page d'etat d'inscription|esp (stuck|bloquee?|timeout|fails?|echoue)|autopilot (pre-?provisioning|profile|profil|reset))\b/,
  ),
  decline(
    'delivery-and-bandwidth',
    ['Delivery Optimization bandwidth peer caching Connected Cache', 'update download size network bandwidth throttling'],
    ['Optimisation de la distribution bande passante cache', 'limiter la bande passante des téléchargements de mises à jour'],
  ),
  decline(
    'other-app-updates',
    [
      'Microsoft Defender definition updates, Edge browser updates, Teams client updates',
      'Store apps updates winget choco',
      'SQL Server or Exchange Server cumulative update',
    ],
    [
      'mises à jour des définitions Microsoft Defender, du navigateur Edge, de Teams',
      'mises à jour des applications du Store',
      'mise à jour cumulative de SQL Server ou d’Exchange Server',
    ],
    // Defender's intelligence updates; SQL Server's and Exchange's own cumulative updates (the register's hotpatch is Windows').
    /\b(defender (definition|signature|security intelligence|antivirus) updates?|security intelligence updates?|veille de securite|kb2267602|(signatures|definitions) (de |du )?(microsoft )?defender|sql server|exchange server)\b/,
  ),
  decline(
    'intune-app-deployment',
    ['Intune Win32 app deployment restart grace period and return codes', 'app install behavior: Intune will force a mandatory device restart'],
    [
      'période de grâce de redémarrage des applications Win32 Intune et codes de retour',
      'comportement de redémarrage après installation d’une application Intune',
    ],
    // An app's return codes and install behaviour decide that restart, not Windows Update's ring.
    /\bwin32 apps?\b|\breturn codes?\b|\bcodes? de retour\b|\binstall behaviou?r\b/,
  ),
  decline(
    'firmware-bios',
    [
      'BIOS UEFI firmware update from the manufacturer Dell HP Lenovo',
      'TPM firmware update vendor tool',
      'roll back or block a graphics driver pushed by Windows Update',
    ],
    [
      'mise à jour du BIOS UEFI du fabricant Dell HP Lenovo',
      'mise à jour du firmware TPM outil du constructeur',
      'revenir à l’ancien pilote graphique distribué par Windows Update et bloquer cette version',
    ],
    // Rolling a driver back or blocking one: the register says drivers may restart a PC (R-3), nothing about managing them.
    /\b(roll ?back|rollback|revenir (a|sur) l'ancien|bloquer|block|exclude|exclure)\b.{0,60}\b(drivers?|pilotes?)\b|\b(drivers?|pilotes?)\b.{0,60}\b(roll ?back|rollback|bloquer|block|exclude|exclure)\b/,
  ),
  decline(
    'specific-kb-regressions',
    ['after installing this KB my printer, VPN or app stopped working', 'known issue bug caused by a specific cumulative update, workaround'],
    [
      'depuis l’installation de ce KB mon imprimante, le VPN ou une application ne fonctionne plus',
      'problème connu causé par une mise à jour cumulative, contournement',
    ],
  ),
];
