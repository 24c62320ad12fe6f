import type { Check, RuleId } from '../core/eligibility/types';
import type { Recommendation } from '../core/recommendations';
import type { Locale } from '../core/vocabulary';
import type { Edition } from '../core/device-profile';
import { EDITION_WORDS } from './device-words';
import { dateBoth } from './format';

/**
 * Words for the eligibility checks, per locale. Rules carry codes (src/core/eligibility); this file is
 * where they become sentences. Every sentence restates a fact of data/facts/register.json (IDs in the rules).
 */
type L = { en: string; fr: string };

const LICENCE_LIST: L = {
  en: 'Windows 11 Enterprise E3/E5, Microsoft 365 F3, Windows 11 Education A3/A5, Microsoft 365 Business Premium, Windows 365 Enterprise',
  fr: 'Windows 11 Enterprise E3/E5, Microsoft 365 F3, Windows 11 Education A3/A5, Microsoft 365 Business Premium, Windows 365 Enterprise',
};

export const ruleTitles: Record<RuleId, L> = {
  'os-version': { en: 'Windows version', fr: 'Version de Windows' },
  'end-of-servicing': { en: 'End of servicing', fr: 'Fin de maintenance' },
  edition: { en: 'Edition', fr: 'Édition' },
  license: { en: 'Licence', fr: 'Licence' },
  'vbs-running': { en: 'Virtualization-based security (VBS)', fr: 'Sécurité basée sur la virtualisation (VBS)' },
  'arm64-chpe': { en: 'Processor (Arm64 CHPE)', fr: 'Processeur (CHPE sur Arm64)' },
  'intune-managed': { en: 'Intune management', fr: 'Gestion Intune' },
  'join-type': { en: 'Microsoft Entra join', fr: 'Jonction Microsoft Entra' },
  'diagnostic-data': { en: 'Diagnostic data', fr: 'Données de diagnostic' },
  'sign-in-assistant': { en: 'Microsoft Account Sign-In Assistant (wlidsvc)', fr: 'Assistant de connexion au compte Microsoft (wlidsvc)' },
  'hotpatch-policy': { en: 'Hotpatch setting (policy / tenant)', fr: 'Réglage hotpatch (stratégie / locataire)' },
  'latest-baseline': { en: 'Latest baseline installed', fr: 'Dernière baseline installée' },
  'government-cloud': { en: 'Cloud (commercial / government)', fr: 'Cloud (commercial / gouvernement)' },
};

const reasons: Record<string, L> = {
  'os-version.supported': { en: 'Windows 11 24H2 or later: supported.', fr: 'Windows 11 24H2 ou ultérieur : pris en charge.' },
  'os-version.windows-10': {
    en: 'Windows 10 does not get hotpatch: client hotpatch is Windows 11 24H2 and later only.',
    fr: "Windows 10 ne reçoit pas le hotpatch : le hotpatch client n'existe que pour Windows 11 24H2 et ultérieur.",
  },
  'os-version.too-old': {
    // HP-OS-4 + LIFE-1: standard updates only until the version's end of servicing, then none at all.
    en: 'Windows 11 23H2 and earlier get standard monthly updates (with a restart) only until their end of servicing, never hotpatch; hotpatch needs 24H2 or later.',
    fr: 'Windows 11 23H2 et antérieur reçoivent les mises à jour mensuelles classiques (avec redémarrage) seulement jusqu’à leur fin de maintenance, jamais le hotpatch ; le hotpatch exige 24H2 ou ultérieur.',
  },
  'os-version.missing': { en: 'Windows version not known (24H2 or later is required).', fr: 'Version de Windows inconnue (24H2 ou ultérieur requis).' },
  'os-version.covered-26h2': {
    en: 'Windows 11 26H2: covered by Microsoft\'s "24H2 or later" (no 26H2-specific statement found yet). Installing 26H2 in a hotpatch month moves the device to restart updates until the next baseline: install it in a baseline month.',
    fr: "Windows 11 26H2 : couvert par « 24H2 ou ultérieur » de Microsoft (pas encore de déclaration propre à 26H2). Installer 26H2 un mois hotpatch fait passer l'appareil aux mises à jour avec redémarrage jusqu'à la baseline suivante : l'installer un mois de baseline.",
  },
  'os-version.undocumented-release': {
    en: 'Microsoft has not documented hotpatch for this release (26H1) yet.',
    fr: "Microsoft n'a pas encore documenté le hotpatch pour cette version (26H1).",
  },
  'end-of-servicing.windows-10': {
    en: 'Windows 10 reached end of support on 14 October 2025; Extended Security Updates are cumulative updates with restarts, never hotpatch.',
    fr: 'Windows 10 est en fin de support depuis le 14 octobre 2025 ; les mises à jour de sécurité étendues (ESU) sont des mises à jour cumulatives avec redémarrage, jamais du hotpatch.',
  },
  'end-of-servicing.ltsc': { en: 'LTSC has its own lifecycle (not checked here).', fr: 'LTSC a son propre cycle de vie (non vérifié ici).' },
  'end-of-servicing.assumed': {
    en: 'Assumed still serviced (Windows version or edition not known).',
    fr: 'Supposé encore maintenu (version ou édition de Windows inconnue).',
  },
  'end-of-servicing.not-checked': { en: 'End of servicing not checked.', fr: 'Fin de maintenance non vérifiée.' },
  'edition.supported': { en: 'Enterprise or Education edition: supported.', fr: 'Édition Entreprise ou Éducation : prise en charge.' },
  'edition.missing': { en: 'Edition not known (Enterprise or Education is required).', fr: 'Édition inconnue (Entreprise ou Éducation requise).' },
  'edition.home': {
    en: "Windows 11 Home isn't eligible: hotpatch updates aren't available to Home or Pro devices.",
    fr: "Windows 11 Famille (Home) n'est pas éligible : le hotpatch n'est pas proposé aux appareils Famille ou Professionnel.",
  },
  // HP-LIC-6/HP-LIC-8: Pro is not eligible with any licence; never "Pro without an eligible licence".
  'edition.pro': {
    en: `Windows 11 Pro isn't eligible, whatever the licence: hotpatch updates aren't available to Home or Pro devices. The device needs the Enterprise or Education edition with one of Microsoft's eligible licences (${LICENCE_LIST.en}).`,
    fr: `Windows 11 Professionnel n'est pas éligible, quelle que soit la licence : le hotpatch n'est pas proposé aux appareils Famille ou Professionnel. L'appareil doit passer en édition Entreprise ou Éducation avec une des licences éligibles de Microsoft (${LICENCE_LIST.fr}).`,
  },
  'edition.pro-education': {
    en: "Windows 11 Pro Education isn't eligible while it runs Pro Education (treated like Pro): with an Education A3/A5 licence, subscription activation moves it to Education, which is eligible.",
    fr: "Windows 11 Professionnel Éducation n'est pas éligible tant qu'il reste en Professionnel Éducation (traité comme Professionnel) : avec une licence Education A3/A5, l'activation par abonnement le fait passer en Éducation, qui est éligible.",
  },
  'edition.pro-education-with-licence': {
    en: 'Not eligible while the device still reports Pro Education: the A3/A5 licence is eligible, but Education has not been activated on the device yet.',
    fr: "Non éligible tant que l'appareil indique encore Pro Éducation : la licence A3/A5 est éligible, mais l'édition Education n'est pas encore activée sur l'appareil.",
  },
  'edition.multi-session': {
    en: 'Windows 11 Enterprise multi-session (Azure Virtual Desktop): unknown — verify in the Hotpatch quality updates report.',
    fr: 'Windows 11 Enterprise multisession (Azure Virtual Desktop) : inconnu — à vérifier dans le rapport « Hotpatch quality updates ».',
  },
  'edition.pro-with-licence': {
    en: "Not eligible while the device runs Pro: the licence is on Microsoft's list, but a licence does not change the installed edition.",
    fr: "Non éligible tant que l'appareil est en édition Professionnel : la licence figure dans la liste de Microsoft, mais une licence ne change pas l'édition installée.",
  },
  'edition.ltsc': {
    en: "Enterprise LTSC isn't supported by Intune Windows quality update policies (where the hotpatch setting lives): not eligible through Autopatch.",
    fr: "Enterprise LTSC n'est pas pris en charge par les stratégies de mises à jour qualité Intune (qui portent le réglage hotpatch) : non éligible via Autopatch.",
  },
  'edition.se': { en: 'Windows 11 SE cannot be enrolled for hotpatch.', fr: 'Windows 11 SE ne peut pas être inscrit au hotpatch.' },
  'edition.iot-undocumented': {
    en: "IoT Enterprise is not on Microsoft's hotpatch edition list: not documented.",
    fr: 'IoT Enterprise ne figure pas dans la liste des éditions hotpatch de Microsoft : non documenté.',
  },
  'license.listed': { en: 'An eligible licence is assigned.', fr: 'Une licence éligible est attribuée.' },
  'license.missing': { en: `Licence not known (eligible: ${LICENCE_LIST.en}).`, fr: `Licence inconnue (licences éligibles : ${LICENCE_LIST.fr}).` },
  'license.not-listed': { en: `No eligible licence (eligible: ${LICENCE_LIST.en}).`, fr: `Aucune licence éligible (licences éligibles : ${LICENCE_LIST.fr}).` },
  'vbs-running.running': { en: 'VBS is running.', fr: "VBS est en cours d'exécution." },
  'vbs-running.not-running': {
    en: 'VBS is enabled but not running: it must be running to be offered hotpatch; the device gets the normal cumulative update with a restart.',
    fr: "VBS est activée mais pas en cours d'exécution : elle doit l'être pour que le hotpatch soit proposé ; l'appareil reçoit la mise à jour cumulative classique avec redémarrage.",
  },
  'vbs-running.off': {
    en: 'VBS is not enabled: VBS must be running to be offered hotpatch; the device gets the normal cumulative update with a restart.',
    fr: "VBS n'est pas activée : elle doit être en cours d'exécution pour que le hotpatch soit proposé ; l'appareil reçoit la mise à jour cumulative classique avec redémarrage.",
  },
  'vbs-running.missing': { en: 'VBS state not known (it must be Running).', fr: "État de VBS inconnu (il doit être « En cours d'exécution »)." },
  'arm64-chpe.x64': { en: 'x64 (Intel/AMD): supported; no CHPE setting needed.', fr: 'x64 (Intel/AMD) : pris en charge ; aucun réglage CHPE nécessaire.' },
  'arm64-chpe.x86': { en: '32-bit devices are not supported.', fr: 'Les appareils 32 bits ne sont pas pris en charge.' },
  'arm64-chpe.arm64-chpe-disabled': { en: 'Arm64 with CHPE disabled: supported.', fr: 'Arm64 avec CHPE désactivé : pris en charge.' },
  'arm64-chpe.arm64-chpe-enabled': {
    en: 'Arm64 with CHPE enabled: hotpatch cannot service CHPE binaries.',
    fr: 'Arm64 avec CHPE activé : le hotpatch ne peut pas corriger les binaires CHPE.',
  },
  'arm64-chpe.arm64-chpe-unknown': {
    en: 'Arm64: CHPE must be disabled (HotPatchRestrictions=1); not known for this device.',
    fr: 'Arm64 : CHPE doit être désactivé (HotPatchRestrictions=1) ; inconnu pour cet appareil.',
  },
  'arm64-chpe.missing': { en: 'Processor architecture not known.', fr: 'Architecture du processeur inconnue.' },
  'intune-managed.intune': { en: 'Managed by Intune.', fr: 'Géré par Intune.' },
  'intune-managed.co-managed': {
    en: 'Co-managed: the Windows Update workload must be on Intune.',
    fr: 'Cogéré : la charge de travail Windows Update doit être sur Intune.',
  },
  'intune-managed.none': {
    en: 'Not managed by Intune: hotpatch is deployed by Intune/Autopatch.',
    fr: 'Non géré par Intune : le hotpatch est déployé par Intune/Autopatch.',
  },
  'intune-managed.other-mdm': {
    en: 'Managed by another MDM: hotpatch is deployed by Intune/Autopatch.',
    fr: 'Géré par un autre MDM : le hotpatch est déployé par Intune/Autopatch.',
  },
  'intune-managed.assumed': { en: 'Assumed Intune-managed.', fr: 'Supposé géré par Intune.' },
  'join-type.entra': { en: 'Microsoft Entra joined: supported.', fr: 'Joint à Microsoft Entra : pris en charge.' },
  'join-type.hybrid': { en: 'Microsoft Entra hybrid joined: supported.', fr: 'Joint hybride Microsoft Entra : pris en charge.' },
  'join-type.registered': {
    en: 'Only Entra registered: must be Entra joined or hybrid joined.',
    fr: 'Seulement inscrit à Entra : doit être joint ou joint hybride.',
  },
  'join-type.workgroup': { en: 'Not joined to Microsoft Entra.', fr: 'Non joint à Microsoft Entra.' },
  'join-type.assumed': { en: 'Assumed Entra joined or hybrid joined.', fr: 'Supposé joint ou joint hybride à Entra.' },
  'diagnostic-data.ok': { en: 'Diagnostic data at least Required.', fr: 'Données de diagnostic au moins « Requises ».' },
  'diagnostic-data.too-low': {
    en: "Diagnostic data below 'Required': Intune quality update policies (and hotpatch) won't work.",
    fr: 'Données de diagnostic inférieures à « Requises » : les stratégies de mises à jour qualité Intune (et le hotpatch) ne fonctionnent pas.',
  },
  'diagnostic-data.assumed': { en: "Assumed diagnostic data at least 'Required'.", fr: 'Données de diagnostic supposées au moins « Requises ».' },
  'sign-in-assistant.running': { en: 'wlidsvc enabled and running.', fr: 'wlidsvc activé et démarré.' },
  'sign-in-assistant.disabled': {
    en: "The Microsoft Account Sign-In Assistant service (wlidsvc) is disabled: the quality update policy (and hotpatch) won't work.",
    fr: 'Le service Assistant de connexion au compte Microsoft (wlidsvc) est désactivé : la stratégie de mises à jour qualité (et le hotpatch) ne fonctionne pas.',
  },
  'sign-in-assistant.assumed': { en: 'Assumed wlidsvc enabled and running.', fr: 'wlidsvc supposé activé et démarré.' },
  'hotpatch-policy.policy-allow': {
    en: 'In a quality update policy with hotpatch = Allow.',
    fr: 'Dans une stratégie de mises à jour qualité avec hotpatch = Autoriser.',
  },
  'hotpatch-policy.policy-block': {
    en: 'In a quality update policy with hotpatch = Block: the policy setting wins over the tenant default.',
    fr: "Dans une stratégie de mises à jour qualité avec hotpatch = Bloquer : le réglage de la stratégie l'emporte sur le paramètre du locataire.",
  },
  'hotpatch-policy.tenant-block': { en: 'In no policy, and the tenant default is Block.', fr: 'Hors stratégie, et le paramètre du locataire est Bloquer.' },
  'hotpatch-policy.tenant-allow': { en: 'In no policy; the tenant default is Allow.', fr: 'Hors stratégie ; le paramètre du locataire est Autoriser.' },
  'hotpatch-policy.tenant-default-on': {
    en: 'In no policy: the tenant default applies — on by default since the May 2026 security update, unless your admin opted out.',
    fr: "Hors stratégie : le paramètre du locataire s'applique — activé par défaut depuis la mise à jour de sécurité de mai 2026, sauf désactivation par votre administrateur.",
  },
  'hotpatch-policy.opt-in-era': {
    en: 'Before May 2026 hotpatch was opt-in: a device in no policy did not get it.',
    fr: 'Avant mai 2026, le hotpatch était à activer : un appareil hors stratégie ne le recevait pas.',
  },
  'hotpatch-policy.assumed': {
    en: 'Assumed not blocked (on by default since May 2026, unless a policy or the tenant setting blocks it).',
    fr: 'Supposé non bloqué (activé par défaut depuis mai 2026, sauf stratégie ou paramètre du locataire qui le bloque).',
  },
  'hotpatch-policy.missing': { en: 'Hotpatch policy not known.', fr: 'Stratégie hotpatch inconnue.' },
  'latest-baseline.current': { en: 'On the latest baseline.', fr: 'Sur la dernière baseline.' },
  'latest-baseline.behind': {
    en: 'Not on the latest baseline: the device first gets the latest baseline (restart required) and the latest hotpatch, then is back on the no-restart cycle.',
    fr: "Pas sur la dernière baseline : l'appareil reçoit d'abord la dernière baseline (redémarrage requis) et le dernier hotpatch, puis reprend le cycle sans redémarrage.",
  },
  'latest-baseline.assumed': { en: 'Assumed on the latest baseline.', fr: 'Supposé sur la dernière baseline.' },
  'government-cloud.commercial': { en: 'Commercial cloud.', fr: 'Cloud commercial.' },
  'government-cloud.gcc-conflict': { en: 'GCC tenant: Microsoft sources conflict.', fr: 'Locataire GCC : les sources Microsoft se contredisent.' },
  'government-cloud.gcc-high-reported-unsupported': {
    en: 'GCC High / DoD: reported unsupported (not confirmed).',
    fr: 'GCC High / DoD : signalé comme non pris en charge (non confirmé).',
  },
  'government-cloud.assumed': { en: 'Assumed commercial cloud.', fr: 'Cloud commercial supposé.' },
};

const fixes: Record<string, L> = {
  // LIFE-5: never "keep the standard monthly updates" for a version that gets none.
  'upgrade-serviced-version': {
    en: 'Upgrade to a serviced version (Windows 11 25H2 or 26H2), ideally in a baseline month (January, April, July or October) so the device lands on the hotpatch cycle.',
    fr: 'Passer à une version maintenue (Windows 11 25H2 ou 26H2), idéalement un mois de baseline (janvier, avril, juillet ou octobre) pour que l’appareil rejoigne le cycle hotpatch.',
  },
  'upgrade-to-windows-11-24h2': { en: 'Upgrade to Windows 11 24H2 or later.', fr: 'Passer à Windows 11 24H2 ou ultérieur.' },
  'upgrade-edition-enterprise': {
    en: 'Move to Windows 11 Enterprise or Education with an eligible licence.',
    fr: 'Passer à Windows 11 Entreprise ou Éducation avec une licence éligible.',
  },
  'subscription-activation': {
    en: 'Assign Windows Enterprise E3/E5 (subscription activation steps Pro up to Enterprise; included in Microsoft 365 F3, E3, E5), then confirm in the Hotpatch quality updates report.',
    fr: "Attribuer Windows Enterprise E3/E5 (l'activation par abonnement fait passer Professionnel en Entreprise ; inclus dans Microsoft 365 F3, E3, E5), puis vérifier dans le rapport « Hotpatch quality updates ».",
  },
  'activate-education': {
    en: 'Activate Education with the A3/A5 licence (subscription activation moves Pro Education to Education), then confirm in the Hotpatch quality updates report.',
    fr: "Activer Education avec la licence A3/A5 (l'activation par abonnement fait passer Professionnel Éducation en Éducation), puis vérifier dans le rapport « Hotpatch quality updates ».",
  },
  'use-update-rings': {
    en: 'Use update ring policies for LTSC (standard monthly updates).',
    fr: 'Utiliser les anneaux de mise à jour pour LTSC (mises à jour mensuelles classiques).',
  },
  'assign-eligible-licence': { en: `Assign an eligible licence: ${LICENCE_LIST.en}.`, fr: `Attribuer une licence éligible : ${LICENCE_LIST.fr}.` },
  'make-vbs-run': {
    en: 'Make VBS run: enable virtualization and Secure Boot in firmware, update drivers, restart; check msinfo32 = Running or Win32_DeviceGuard VirtualizationBasedSecurityStatus = 2.',
    fr: "Faire démarrer VBS : activer la virtualisation et le Secure Boot dans le firmware, mettre à jour les pilotes, redémarrer ; vérifier msinfo32 = En cours d'exécution ou Win32_DeviceGuard VirtualizationBasedSecurityStatus = 2.",
  },
  'enable-vbs': {
    en: 'Enable VBS (restart needed), then check msinfo32 = Running or Win32_DeviceGuard VirtualizationBasedSecurityStatus = 2.',
    fr: "Activer VBS (redémarrage nécessaire), puis vérifier msinfo32 = En cours d'exécution ou Win32_DeviceGuard VirtualizationBasedSecurityStatus = 2.",
  },
  'disable-chpe': {
    en: 'Set DWORD HotPatchRestrictions=1 under HKLM\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Memory Management (or the DisableCHPE policy), restart once; test apps first.',
    fr: 'Définir le DWORD HotPatchRestrictions=1 sous HKLM\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Memory Management (ou la stratégie DisableCHPE), redémarrer une fois ; tester les applications avant.',
  },
  'replace-hardware': { en: 'Use x64 or Arm64 hardware.', fr: 'Utiliser du matériel x64 ou Arm64.' },
  'enroll-in-intune': {
    en: 'Enroll the device in Intune (Microsoft Entra joined or hybrid joined) and add it to a Windows quality update policy.',
    fr: "Inscrire l'appareil dans Intune (joint ou joint hybride à Microsoft Entra) et l'ajouter à une stratégie de mises à jour qualité Windows.",
  },
  'join-entra': { en: 'Join the device to Microsoft Entra (or hybrid join it).', fr: "Joindre l'appareil à Microsoft Entra (ou en jonction hybride)." },
  'set-telemetry-required': { en: "Set diagnostic data to at least 'Required'.", fr: 'Régler les données de diagnostic au moins sur « Requises ».' },
  'enable-wlidsvc': {
    en: 'Enable and start the Microsoft Account Sign-In Assistant service (wlidsvc).',
    fr: 'Activer et démarrer le service Assistant de connexion au compte Microsoft (wlidsvc).',
  },
  'set-policy-allow': {
    en: 'Intune admin center > Devices > Windows updates > Quality updates > the policy: "When available, apply without restarting the device ("hotpatch")" = Allow (or change the tenant setting).',
    fr: 'Centre d\'administration Intune > Appareils > Mises à jour Windows > Mises à jour qualité > la stratégie : « When available, apply without restarting the device ("hotpatch") » = Autoriser (ou modifier le paramètre du locataire).',
  },
  'install-latest-baseline': {
    en: 'Install the latest baseline (one restart); hotpatches follow without restarts.',
    fr: 'Installer la dernière baseline (un redémarrage) ; les hotpatchs suivent sans redémarrage.',
  },
};

export const hedges: Record<string, L> = {
  'new-release-undocumented': {
    en: 'No Microsoft statement on hotpatch for Windows 11 26H1 (its own branch, new Arm devices only) was found: treat it as not documented and check the Windows 11 hotpatch calendar.',
    fr: 'Aucune déclaration de Microsoft sur le hotpatch pour Windows 11 26H1 (branche propre, nouveaux appareils Arm seulement) : considérer comme non documenté et consulter le calendrier hotpatch de Windows 11.',
  },
  'lifecycle-rule-date': {
    en: 'The end-of-servicing date of 26H2 follows Microsoft’s 24/36-month rule; the exact day was not yet read on a Microsoft page.',
    fr: 'La date de fin de maintenance de 26H2 suit la règle des 24/36 mois de Microsoft ; le jour exact n’a pas encore été lu sur une page Microsoft.',
  },
  'covered-26h2': {
    en: 'No 26H2-specific statement from Microsoft was found: 26H2 is covered by "Windows 11 24H2 or later" on the shared servicing branch.',
    fr: 'Aucune déclaration de Microsoft propre à 26H2 : 26H2 est couvert par « Windows 11 24H2 ou ultérieur » sur la branche de maintenance commune.',
  },
  'multi-session': {
    en: 'Microsoft names Azure Virtual Desktop in a training module, but Intune quality update policies list only Pro, Pro Education, Enterprise and Education: multi-session is not documented there.',
    fr: "Microsoft cite Azure Virtual Desktop dans un module de formation, mais les stratégies de mises à jour qualité Intune ne listent que Pro, Pro Éducation, Enterprise et Education : le multisession n'y est pas documenté.",
  },
  'pro-business-premium': {
    en: "Microsoft 365 Business Premium is on Microsoft's licence list, but Microsoft also says hotpatch isn't available to Pro devices: not eligible while the device runs Pro — upgrade the edition (Enterprise via subscription activation where the licence includes it) and confirm in the Hotpatch quality updates report.",
    fr: "Microsoft 365 Business Premium figure dans la liste des licences, mais Microsoft indique aussi que le hotpatch n'est pas proposé aux appareils Professionnel : non éligible tant que l'appareil est en Professionnel — changer d'édition (Entreprise par activation d'abonnement si la licence l'inclut) et vérifier dans le rapport « Hotpatch quality updates ».",
  },
  'ltsc-press': {
    en: 'Some press coverage mentions LTSC 2024 for hotpatch KBs — unverified.',
    fr: 'Certaines sources presse évoquent LTSC 2024 pour des KB hotpatch — non vérifié.',
  },
  'iot-undocumented': { en: 'Not documented by Microsoft: verify before relying on it.', fr: 'Non documenté par Microsoft : à vérifier.' },
  'f3-naming': {
    en: 'Microsoft names F3 as "Microsoft 365 F3" on one page and "Windows 11 Enterprise F3" on another; treated as the same entitlement.',
    fr: 'Microsoft nomme F3 « Microsoft 365 F3 » sur une page et « Windows 11 Enterprise F3 » sur une autre ; traité comme le même droit.',
  },
  'co-management-workload': {
    en: 'Co-managed devices need the Windows Update workload set to Pilot Intune or Intune.',
    fr: 'Les appareils cogérés doivent avoir la charge de travail Windows Update sur Intune pilote ou Intune.',
  },
  'gcc-conflict': {
    en: 'Microsoft sources conflict for GCC: the Autopatch FAQ (2025-04-21) says not supported, a 2025-10-07 training module says supported. Confirm with Microsoft for your tenant.',
    fr: 'Les sources Microsoft se contredisent pour GCC : la FAQ Autopatch (2025-04-21) indique non pris en charge, un module de formation du 2025-10-07 indique pris en charge. À confirmer avec Microsoft pour votre locataire.',
  },
  'gcc-high-unsupported': {
    en: 'GCC High and DoD are reported unsupported; not confirmed on a Microsoft page.',
    fr: 'GCC High et DoD sont signalés comme non pris en charge ; non confirmé sur une page Microsoft.',
  },
};

const recommendations: Record<string, L> = {
  'keep-monthly-updates': {
    en: 'Keep standard monthly updates: the device gets the latest cumulative update with a restart every Patch Tuesday.',
    fr: "Conserver les mises à jour mensuelles classiques : l'appareil reçoit la dernière mise à jour cumulative avec redémarrage chaque Patch Tuesday.",
  },
  'confirm-in-report': {
    en: 'Confirm in Intune: Reports > Windows Autopatch > Windows quality updates > Hotpatch quality updates.',
    fr: 'Vérifier dans Intune : Rapports > Windows Autopatch > Mises à jour qualité Windows > rapport « Hotpatch quality updates ».',
  },
  'upgrade-os-for-qmr': {
    en: 'Quick machine recovery needs Windows 11 24H2 or later: upgrade to get it.',
    fr: 'La récupération rapide de la machine (Quick machine recovery) exige Windows 11 24H2 ou ultérieur : mettre à niveau pour en bénéficier.',
  },
};

function qmrText(rec: Recommendation, locale: Locale, edition?: Edition): string {
  const d = rec.qmrDefaults;
  const name = edition ? EDITION_WORDS[edition] : undefined;
  const on = name ? { en: ` on Windows 11 ${name.en}`, fr: ` sur Windows 11 ${name.fr}` } : { en: ' on this edition', fr: ' sur cette édition' };
  const state =
    d === undefined
      ? { en: '', fr: '' }
      : d.cloudRemediation
        ? {
            en: ' (on Home, cloud remediation is on by default, auto remediation off)',
            fr: ' (sur Famille, la correction cloud est activée par défaut, la correction automatique désactivée)',
          }
        : { en: ` (off by default${on.en})`, fr: ` (désactivée par défaut${on.fr})` };
  return locale === 'fr'
    ? `Activer la récupération rapide de la machine (Quick machine recovery)${state.fr} : Paramètres > Système > Récupération, Intune « Remote Remediation » (catalogue de paramètres) ou reagentc /setrecoverysettings. Elle complète les mises à jour sans les remplacer et ne réduit pas les redémarrages.`
    : `Enable Quick machine recovery${state.en}: Settings > System > Recovery, Intune "Remote Remediation" (settings catalog) or reagentc /setrecoverysettings. It complements patching, does not replace it, and does not reduce restarts.`;
}

const FAMILY_WORDS = {
  'home-pro': { en: 'Home/Pro', fr: 'Famille/Professionnel' },
  'enterprise-education': { en: 'Enterprise/Education', fr: 'Enterprise/Education' },
} as const;

/** LIFE-1..5: the end-of-servicing words carry the version, edition family and date. */
function servicingText(check: Check, locale: Locale): string | undefined {
  const s = check.servicing;
  if (!s) return undefined;
  const who = `Windows 11 ${s.version} ${FAMILY_WORDS[s.family][locale]}`;
  const date = dateBoth(s.end, locale);
  if (s.ended) {
    return locale === 'fr'
      ? `${who} est en fin de maintenance depuis le ${date} : plus aucune mise à jour — ni hotpatch, ni mise à jour mensuelle.`
      : `${who} reached end of servicing on ${date}: it gets no update at all any more — no hotpatch, no monthly update.`;
  }
  return locale === 'fr' ? `${who} : maintenu jusqu’au ${date}.` : `${who}: serviced until ${date}.`;
}

export function checkReasonText(check: Check, locale: Locale): string {
  return servicingText(check, locale) ?? reasons[check.reason]?.[locale] ?? check.reason;
}

/** The words of a fix code (also used by the fleet card beside each top blocker). */
export function fixText(code: string, locale: Locale): string {
  return fixes[code]?.[locale] ?? code;
}

export function checkFixText(check: Check, locale: Locale): string | undefined {
  return check.fix ? (fixes[check.fix]?.[locale] ?? check.fix) : undefined;
}

export function hedgeText(code: string, locale: Locale): string {
  return hedges[code]?.[locale] ?? code;
}

export function ruleTitle(id: RuleId, locale: Locale): string {
  return ruleTitles[id][locale];
}

/** `edition` names the edition in the QMR defaults sentence (QMR-4), e.g. "off by default on Windows 11 Pro". */
export function recommendationText(rec: Recommendation, locale: Locale, edition?: Edition): string {
  if (rec.id === 'qmr-enable') return qmrText(rec, locale, edition);
  if (rec.id.startsWith('fix:')) return fixes[rec.id.slice(4)]?.[locale] ?? rec.id;
  return recommendations[rec.id]?.[locale] ?? rec.id;
}

/** Every code the rules can emit has words in both locales (checked by tests). */
export const knownReasonCodes = Object.keys(reasons);
export const knownFixCodes = Object.keys(fixes);
