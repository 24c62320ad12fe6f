import { src } from '../sources';
import { all, any, has, none } from './predicates';
import type { ClaimCheck } from './types';

// Claims the press and forums repeat that the register contradicts (issue 11: most real posts are claims, and
// their stale facts recur — "technical preview", "x64 only", "the admin must opt in"). Each check names its facts;
// the patterns read core-folded sentences. Decided on the tuning half of tests/questions/real (session 5).

const HOTPATCH = has(/\bhot ?patch\w*\b/);
const QMR = has(/\b(quick machine recovery|qmr|recuperation rapide (de la )?machine|recuperation (de la )?machine rapide)\b/);
/** The sentence tells a past state as past ("was in preview until April 2025"): not a claim about now. */
const TOLD_AS_PAST = has(
  /\b(was|were|had been|previously|initially|originally|used to|at first|back then|etait|etaient|a ete|avait ete|auparavant|initialement|no longer|plus en|n est plus|ne sont plus)\b|\b(until|since|jusqu\w*|depuis)( en| a| au| le| the)?( \w+)? 20\d\d\b/,
);
/** Words that say it already: generally available, out of preview. */
const NOW_AVAILABLE = has(
  /\b(generally available|general availability|ga|disponibilite generale|out of preview|sorti\w* de (la )?(preversion|preview)|rolled out to all|deploye\w* pour tous)\b/,
);

const PREVIEW_WORDS =
  /\b(preview|technical preview|public preview|private preview|insiders?|preversion|apercu|beta|en test|phase de test|testing phase|early access|acces anticipe|microsoft (is |has been )?(testing|tests|trialling|trialing)|microsoft (teste|experimente)|is coming to|coming soon|will soon be available|soon be available|arrive bientot|arrivera bientot|va arriver|sera bientot disponible|prochainement disponible)\b/;
/** "Preview" that names another thing: the optional non-security update (CAL-9), the Insider Release Preview channel. */
const OTHER_PREVIEW = has(
  /\b(optional|facultati\w*|non security|d release|preview (updates?|packages?|builds?|cu|cumulative)|preview release of the|release preview|mises? a jour (facultatives?|d apercu|en preversion)|paquets? en preversion|builds? (insider|preview|en preversion)|(cumulative|cu) preview)\b/,
);

const OLD_VERSION = has(/\b(21h2|22h2|23h2|windows 10)\b/);
const CURRENT_VERSION = has(/\b(24h2|25h2|26h2|or later|and later|ou ulterieur\w*|et ulterieur\w*|ou plus recent\w*)\b/);
const AVAILABLE_ON = has(
  /\b(available|supports?|supported|runs? on|comes? to|coming to|eligible|expands? to|extended to|disponibles?|compatibles?|prend en charge|pris en charge|systemes executant|arrive\w* sur|etendu\w* a|eligibles?)\b/,
);
const DENIED = has(
  /\b(not|no|never|isn t|aren t|doesn t|don t|won t|can t|cannot|pas|plus|jamais|aucun\w*|ni|sauf|except|excluding|keeps?|continue\w*|remains?|restent|reste|standard|lcu|classiques?)\b/,
);

const X64_ONLY = has(
  /\b(only|exclusively|solely|uniquement|exclusivement|seulement|reserve\w*)\b.{0,60}\b(x64|amd64|x86|intel|amd)\b|\b(x64|amd64|x86 64|intel|amd)\b.{0,40}\b(only|exclusively|uniquement|exclusivement|seulement)\b/,
);
const ARM_DENIED = has(
  /\b(arm|arm64|arm 64|snapdragon)\b.{0,60}\b(not (yet )?(supported|available|eligible|included)|unsupported|isn t supported|aren t supported|excluded|exclus?|pas (encore )?(pris en charge|supporte\w*|disponibles?|compatibles?|eligibles?)|non pris en charge|in preview|en preversion)\b/,
);
/** A list of requirements that names x64 processors and no Arm ("requires … x64 CPUs, Intune, VBS"). */
const X64_REQUIRED = all(
  has(/\b(requir\w*|needs?|must|exige\w*|necessite\w*|prerequis\w*|conditions?)\b.{0,150}\b(x64|amd64|x86 64)\b/),
  none(has(/\b(arm|arm64|snapdragon)\b/)),
);
const ARM_SAID = has(
  /\bchpe\b|\b(arm|arm64|arm 64)\b.{0,40}\b(now supported|generally available|pris en charge depuis|supported since|since july|depuis juillet)\b/,
);

/** "The admin must first allow it with a policy", "off by default", "opt-in" (CF-2: true until April 2026). */
const OPT_IN = has(
  new RegExp(
    [
      /\bopt(s|ed)? ?in\b/,
      /\b(off|disabled|not (enabled|on|turned on|active)) by default\b/,
      /\b(must|need to|needs to|have to|has to|should) (first )?(explicitly )?(enable|turn on|opt|activate|allow|approve|switch on)\b/,
      /\b(must|need to|needs to|have to|has to) (first )?create (a |an )?(windows )?(quality update |autopatch |hotpatch )?polic/,
      /\b(doit|doivent|devez|devra|faut) (d abord |d emblee |explicitement )?(donner son (accord|autorisation)|activer|autoriser|creer une (strategie|politique)|l activer|les activer|approuver)\b/,
      /\bdonner son (accord|autorisation)\b/,
      /\b(desactive\w*|inactif\w*|pas active\w*|n est pas active\w*|non active\w*) par defaut\b/,
    ]
      .map((r) => r.source)
      .join('|'),
  ),
);
/** The object is another prerequisite (VBS, CHPE, a licence) or QMR, not hotpatch itself. */
const OTHER_OBJECT = has(
  /\b(vbs|virtuali[sz]ation|chpe|arm64|licen[cs]es?|qmr|quick machine recovery|cloud remediation|remediation|memory integrity|hvci|secure boot|tpm)\b/,
);
const DEFAULT_ON_SAID = has(
  /\b(may|mai) 2026\b|\bopt(s|ed)? ?out\b|\b(on|enabled|turned on|active\w*) (by default|par defaut)\b.{0,60}\b(since|from|starting|depuis|a partir)\b|\b(now|desormais|maintenant) (on|enabled|active\w*) (by default|par defaut)\b/,
);

const SERVER = has(/\b(server|serveur|arc)\b/);
/** Windows Server, Azure VMs: hotpatch there is set per machine, not by Autopatch's default. */
const SERVER_OR_VM = has(/\b(servers?|serveurs?|arc|azure|vms?|virtual machines?|machines? virtuelles?|bicep|terraform|arm template)\b/);
const PRICE = has(
  /\b(1 50|1 5 usd|usd|dollars?|per (cpu )?cores?|par coeur|paid|payant\w*|pay for|subscription|abonnement|fee|frais|billed|factur\w*|charged|costs? \d|per month|par mois|priced|pricing|tarif\w*)\b|\$/,
);
const FREE_SAID = has(
  /\b(no (extra|additional) cost|free|gratuit\w*|sans (cout|frais|surcout)|no longer|plus factur\w*|ended|stopped|until|jusqu|no charge|sans frais supplementaires?)\b/,
);
const EXTRA_LICENCE = has(
  /\b(extra|additional|separate|supplementaire|distinct\w*|add ?on|premium)\b.{0,30}\b(licen[cs]e|cost|fee|sku|subscription|abonnement|charge)\b|\b(requires?|needs?|exige|necessite)\b.{0,20}\b(paid|payant\w*)\b|\bhot ?patch\w*\b.{0,40}\b(is|are|sera|est|sont|will be|devient|deviennent) (a )?(paid|payant\w*)\b|\b(licen[cs]es?|abonnement|frais|couts?)\b.{0,20}\b(supplementaires?|additionnel\w*|separees?|distincte?s?|en plus)\b/,
);

const NO_MORE_RESTARTS = has(
  /\b(never (have to |need to |needs? to )?(restart|reboot)\w*|no (more|longer any) (restarts?|reboots?)|eliminat\w* (the need for |all )?(restarts?|reboots?)|eliminat\w*\b.{0,60}\b(the|le|les) (restarts?|reboots?|redemarrages?)|(supprime|elimine)\w* (les |le )?(redemarrages?|reboots?)|end (of|to) (forced |security )?(restarts?|reboots?)|without ever (restarting|rebooting)|zero (restarts?|reboots?)|reboots? (are|is) a thing of the past|fin (des|aux) redemarrages?|met fin aux redemarrages?|plus jamais (de )?redemarr\w*|redemarr\w* plus jamais|ne redemarr\w* plus|ne plus jamais redemarr\w*|sans jamais redemarr\w*|plus (besoin|aucun) (de )?redemarr\w*|zero redemarrage|no longer means? .{0,40}(interruptions?|downtime|restarts?|reboots?)|ne signifie plus .{0,40}(interruptions?|redemarr\w*)|no (more )?(downtime|service interruptions?)|plus (aucune |d )?interruptions? de service)\b/,
);
/** "Updates demand a full reboot", « les mises à jour exigent un redémarrage », "a non-negotiable seal": every update restarts. */
const UPDATES_RESTART = has(
  /\b(updates?|mises? a jour)\b.{0,60}\b(requires?|required|demands?|needs?|must|exigent|exige|necessitent|necessite|imposent|impose)\b.{0,30}\b(restart\w*|reboot\w*|redemarr\w*)\b|\bnon[- ]negoti?able\b|\bforced[- ]restart (model|architecture)\b/,
);
/** …said of what no longer needs one, or with its exceptions: not the claim. */
const RESTART_NOT_ALWAYS = has(
  /\b(not|never|no longer|without|rebootless|pas|plus|jamais|sans|sauf|except\w*|some|certain\w*|may|might|peut|peuvent|often|souvent)\b/,
);
const BASELINE_SAID = has(
  /\b(baselines?|quarter\w*|trimestr\w*|reference|january|janvier|four times|4 times|quatre fois|4 fois|more nuanced|plus nuance\w*|exceptions?)\b/,
);

const ROLLBACK_CLAIMED = has(
  /\b(automatic (rollback|roll back)|rolls? back automatically|automatically roll\w* back|auto rollback|supports? (a )?(rollback|roll back)|supporting (a )?(rollback|roll back)|with (a )?(rollback|roll back) (option|capability|support)|restauration automatique|retour arriere automatique|rollback automatique|annul\w* automatiquement|revien\w* automatiquement|(prend\w*|prise) en charge (du |de la |d un |des |les )?(capacites? de )?(rollback|restauration|retour arriere)|permet\w* (un |le )?(rollback|retour arriere)|automatic reversion|revert\w* automatically|automatically revert\w*|(rollback|roll back) mechanism|mecanisme de (rollback|retour arriere|restauration)|retour automatique|(rollback|roll back|restauration|retour arriere) (automatique )?(if|when|on|en cas d|en cas de|si) (an? )?(issues?|problems?|failures?|errors?|probleme|souci|echec|incident|erreur)\w*)\b/,
);
const ROLLBACK_DENIED = has(/\b(no|not|without|lack\w*|absence|disadvantage|drawback|pas|aucun\w*|sans|inconvenient|manuel\w*|manual\w*)\b/);

const HYBRID_DENIED = has(
  /\b(hybrid|hybride\w*)\b.{0,60}\b(not (supported|eligible)|unsupported|can t|cannot|excluded|fall\w* back|don t get|won t get|aren t|pas (pris en charge|eligibles?|compatibles?)|ne (sont|peuvent) pas|exclus?|non pris en charge|incompatibles?|basculent)\b/,
);
/** "Hybrid joined devices are supported too", "les appareils joints hybrides sont aussi pris en charge". */
const HYBRID_SAID = has(
  /\bhybrid\w*( joined| join| joints?)?( devices| appareils)? (are |is |sont )?(also |too |aussi |egalement )?(supported|pris en charge)\b|\bhybrid\w* join\w* (too|also)\b|\bjoints? hybrides? (aussi|egalement)\b/,
);
const ENTRA_ONLY = has(/\b(azure ad|aad|entra( id)?) ?join\w*\b|\b(joined|joints?) (a|to) (azure ad|entra)\b/);
const MUST = has(/\b(must|only|required|requires?|need to|doivent|doit|uniquement|exige\w*|obligatoire\w*)\b/);

const QMR_PREVIEW = has(
  /\b(insiders?|preview|preversion|beta|dev channel|canal dev|tests?|testing|teste\w*|experiment\w*|experimental\w*|essai|is coming|coming to|coming soon|will (soon )?(arrive|roll out|launch|come|be available)|upcoming|arrive\w* bientot|arrivera|va arriver|prochainement|a venir)\b/,
);
const QMR_SHIPPED = has(
  /\b(generally available|disponible (pour|sur) tous|rolled out|ships? with|all windows 11 24h2|every 24h2|kb5063878|august 2025|aout 2025)\b/,
);

const FEATURES_CLAIMED = has(
  /\b(new features?|feature updates?|nouvelles? fonctionnalites?|fonctionnalites? nouvelles?)\b.{0,40}\b(too|also|as well|aussi|egalement)\b|\b(deliver\w*|bring\w*|include\w*|add\w*|ship\w*|apport\w*|ajout\w*|inclu\w*|contien\w*|livr\w*)\b.{0,30}\b(new features?|nouvelles? fonctionnalites?)\b/,
);
const FEATURES_DENIED = has(/\b(not|no|never|only|pas|aucune?|seulement|uniquement|deferred|report\w*|baselines?|reference|wait|attend\w*)\b/);

const RESTART_FREE = has(
  /\b(without (requiring |needing |the need for )?(a |any )?(restart|reboot)\w*|no (restart|reboot)s? (required|needed)|sans (necessiter (de |d un )?|avoir (a|besoin de) |aucun )?redemarr\w*|sans reboot)\b/,
);
const SECURITY_UPDATES = has(/\b(security (updates?|fixes|patches)|correctifs? de securite|mises? a jour de securite|windows update)\b/);
/** The post already names who gets it: an edition, a licence, eligibility, the management. */
const ELIGIBILITY_SAID = has(
  /\b(enterprise|entreprise|education|e3|e5|licen[cs]\w*|eligib\w*|24h2|autopatch|intune|vbs|prerequis\w*|prerequisites?|conditions?)\b/,
);

const PRO_HOME = has(
  /\bwindows 11 (pro|home|famille|professionnel)\b|\b(pro|home|famille|professionnel) (editions?|devices|pcs|users|machines)\b|\b(editions?|appareils|postes|pc|utilisateurs) (pro|famille|professionnel)\b/,
);
const ENTERPRISE_ONLY_SAID = has(/\b(step(s|ped)? up|subscription activation|activation par abonnement|upgrade\w* to enterprise|passe\w* en entreprise)\b/);
const ARC_REQUIRED = has(
  /\b(azure )?arc\b.{0,40}\b(required|mandatory|obligatoire|exige\w*|necessaire)\b|\b(requires?|needs?|must (use|have|be)|exige\w*|necessite\w*|doivent|doit)\b.{0,40}\b(azure )?arc\b/,
);
const CLIENT = has(/\b(windows 11|pcs?|client\w*|postes?|laptops?|desktops?|ordinateurs?|workstations?)\b/);
const WSUS_WORKS = has(
  /\b(wsus|configuration manager|configmgr|sccm|mecm)\b.{0,60}\b(supports?|supported|works?|deliver\w*|deploy\w*|available|prend en charge|pris en charge|fonctionne|distribue\w*|deploie\w*|disponible)\b|\b(via|through|with|avec|par) (wsus|sccm|configuration manager|configmgr|mecm)\b/,
);
const DEFAULT_FOR_ALL = has(
  /\b(on|enabled|turned on|active\w*) (by default|par defaut)\b.{0,60}\b(all|every|any|tous|toutes|chaque|n importe quel)\b|\b(all|every|tous les|toutes les|chaque)\b.{0,60}\b(on|enabled|turned on|active\w*) (by default|par defaut)\b/,
);

/** A dated roadmap of the past: "Q1 2024: General availability", "H2 2023 : préversion". */
const OLD_ROADMAP = has(
  /\b(q[1-4]|h[12]|t[1-4]|s[12]) (20(1\d|2[0-4]))\b.{0,60}\b(preview|general availability|generally available|ga|availability|rollout|preversion|disponibilite\w*|disponible)\b/,
);
const OLD_AS_OF = has(/\b(as of|as at|en date de|a ce jour en|currently in|actuellement en) (20(1\d|2[0-4]))\b|\bas of (early |late |mid )?(20(1\d|2[0-4]))\b/);
const NEWER_YEAR = has(/\b(2025|2026|2027)\b/);

export const CLAIM_CHECKS: readonly ClaimCheck[] = [
  {
    id: 'hotpatch-in-preview',
    says: all(HOTPATCH, has(PREVIEW_WORDS), none(OTHER_PREVIEW, TOLD_AS_PAST, NOW_AVAILABLE, QMR)),
    unless: NOW_AVAILABLE,
    verdict: 'outdated',
    correction: {
      en: 'hotpatch is no longer in preview — it has been generally available for Windows 11 Enterprise and Education, version 24H2 or later, since April 2025 (64-bit Arm since July 2025), and for Windows Server 2025 through Azure Arc since July 2025. A PC needs an eligible licence (E3/E5, F3, A3/A5, Business Premium, Windows 365 Enterprise), VBS, Intune/Autopatch management and the latest baseline.',
      fr: 'le hotpatch n’est plus en préversion — il est en disponibilité générale pour Windows 11 Entreprise et Éducation, version 24H2 ou ultérieure, depuis avril 2025 (Arm 64 bits depuis juillet 2025), et pour Windows Server 2025 via Azure Arc depuis juillet 2025. Un PC doit avoir une licence éligible (E3/E5, F3, A3/A5, Business Premium, Windows 365 Entreprise), la VBS, la gestion Intune/Autopatch et la dernière baseline.',
    },
    unit: 'hotpatch-prerequisites',
    factIds: ['HP-LIC-3', 'HP-LIC-1', 'HP-CPU-1', 'HP-OS-1', 'HP-OS-3', 'WS-3'],
    sources: [src.autopatchHotpatch, src.arm64Blog],
    asOf: '2026-12-07',
  },
  {
    id: 'hotpatch-on-old-versions',
    says: all(HOTPATCH, OLD_VERSION, AVAILABLE_ON, none(DENIED, CURRENT_VERSION, TOLD_AS_PAST)),
    verdict: 'wrong',
    correction: {
      en: 'hotpatch needs Windows 11 version 24H2 or later (25H2 and 26H2 too). Windows 11 23H2 and earlier never get hotpatch and are no longer serviced at all (23H2 Enterprise/Education ended on 10 November 2026); Windows 10 gets only ESU cumulative updates, with restarts.',
      fr: 'le hotpatch exige Windows 11 version 24H2 ou ultérieure (25H2 et 26H2 aussi). Windows 11 23H2 et antérieures n’ont jamais le hotpatch et ne sont plus maintenues du tout (fin pour 23H2 Entreprise/Éducation le 10 novembre 2026) ; Windows 10 ne reçoit plus que les mises à jour cumulatives ESU, avec redémarrage.',
    },
    unit: 'which-versions-support-hotpatch',
    // HP-OS-4 as updated and LIFE-1/5 (2026-12-06): 23H2 is past end of servicing, so "get the monthly update" was stale.
    // LIFE-4 (Windows 10 ESU) is uncertain, and a correction may rest on certain facts only: HP-OS-4 carries Windows 10.
    factIds: ['HP-OS-1', 'HP-OS-4', 'LIFE-1', 'LIFE-5'],
    sources: [src.autopatchHotpatch, src.releaseInfo],
    asOf: '2026-12-06',
  },
  {
    id: 'hotpatch-x64-only',
    says: all(any(X64_ONLY, ARM_DENIED, X64_REQUIRED), none(TOLD_AS_PAST)),
    unless: any(
      ARM_SAID,
      none(HOTPATCH),
      has(/\b(arm|arm64|snapdragon)\b(?:(?!\b(not|no|pas|non|ne)\b).){0,60}\b(supported|support|pris en charge|eligible|disponible|available)\b/),
    ),
    verdict: 'outdated',
    correction: {
      en: '64-bit Arm PCs (Snapdragon) get hotpatch too since July 2025, with CHPE turned off (HotPatchRestrictions = 1 or the DisableCHPE policy); x64 PCs (Intel, AMD) need nothing more.',
      fr: 'les PC Arm 64 bits (Snapdragon) reçoivent aussi le hotpatch depuis juillet 2025, CHPE désactivé (HotPatchRestrictions = 1 ou la stratégie DisableCHPE) ; les PC x64 (Intel, AMD) n’ont rien de plus à faire.',
    },
    unit: 'arm64-hotpatch-since',
    factIds: ['HP-CPU-1', 'HP-CPU-2', 'HP-CPU-5'],
    sources: [src.autopatchHotpatch, src.arm64Blog, src.disableChpe],
    asOf: '2026-12-07',
  },
  {
    id: 'hotpatch-opt-in',
    says: all(HOTPATCH, OPT_IN, none(OTHER_OBJECT, TOLD_AS_PAST)),
    // Windows Server hotpatch is turned on per server (Azure portal, Arc): "must enable" is right there.
    unless: any(DEFAULT_ON_SAID, SERVER_OR_VM),
    verdict: 'outdated',
    correction: {
      en: 'since the May 2026 security update hotpatch is on by default for eligible Intune/Autopatch devices (the tenant setting is Allow); a Windows quality update policy is now needed only to block it for some devices or to change its settings.',
      fr: 'depuis la mise à jour de sécurité de mai 2026, le hotpatch est activé par défaut pour les appareils Intune/Autopatch éligibles (réglage du locataire sur Autoriser) ; une stratégie de mise à jour qualité ne sert plus qu’à le bloquer pour certains appareils ou à en changer les réglages.',
    },
    unit: 'default-on-may-2026',
    factIds: ['CF-2', 'HP-MGT-3', 'HP-MGT-2'],
    sources: [src.defaultOnBlog, src.intuneHotpatch],
    asOf: '2026-12-07',
  },
  {
    id: 'hotpatch-cannot-opt-out',
    says: all(
      HOTPATCH,
      has(
        /\b(whether you like it or not|like it or not|can t (opt out|turn (it )?off|disable|block)|cannot (opt out|turn (it )?off|disable|block)|no way to (opt out|disable|turn (it )?off)|forced on|de gre ou de force|qu on le veuille ou non|impossible de (le |les )?(desactiver|refuser|bloquer)|sans possibilite de (refus|desactiv)\w*|on ne peut (pas|plus) (le |les )?(desactiver|refuser|bloquer))\b/,
      ),
      none(OTHER_OBJECT),
    ),
    unless: any(has(/\b(opt(s|ed)? ?out|block|bloquer|refuser|tenant setting|reglage du locataire)\b/), SERVER_OR_VM),
    verdict: 'partly',
    correction: {
      en: 'hotpatch is on by default since the May 2026 security update, but admins can opt out: for the whole tenant (Windows Autopatch tenant settings: Block) or for groups of devices with a Windows quality update policy that turns hotpatch off.',
      fr: 'le hotpatch est activé par défaut depuis la mise à jour de sécurité de mai 2026, mais les administrateurs peuvent refuser : pour tout le locataire (paramètres du locataire Windows Autopatch : Bloquer) ou pour des groupes d’appareils avec une stratégie de mise à jour qualité qui désactive le hotpatch.',
    },
    unit: 'tenant-default-vs-policy',
    factIds: ['HP-MGT-2', 'HP-MGT-3', 'CF-2'],
    sources: [src.intuneHotpatch, src.defaultOnBlog],
    asOf: '2026-12-07',
  },
  {
    id: 'server-hotpatch-paid',
    says: all(HOTPATCH, SERVER, PRICE, none(FREE_SAID)),
    unless: FREE_SAID,
    verdict: 'outdated',
    correction: {
      en: 'hotpatch for Windows Server 2025 Standard and Datacenter through Azure Arc cost USD 1.50 per CPU core per month from July 2025; it is now at no extra cost (since May 2026, per Microsoft Learn). Datacenter: Azure Edition on Azure always included it.',
      fr: 'le hotpatch de Windows Server 2025 Standard et Datacenter via Azure Arc a coûté 1,50 USD par cœur et par mois à partir de juillet 2025 ; il est désormais sans coût supplémentaire (depuis mai 2026, selon Microsoft Learn). Datacenter: Azure Edition sur Azure l’a toujours inclus.',
    },
    unit: 'server-2025-hotpatch-cost',
    factIds: ['WS-3', 'CF-3'],
    sources: [src.serverArc, src.cloudservusArcFree],
    asOf: '2026-12-07',
  },
  {
    id: 'hotpatch-extra-licence',
    says: all(any(HOTPATCH, has(/\bautopatch\b/)), EXTRA_LICENCE, none(SERVER, FREE_SAID, has(/\b(not|no|pas|aucun\w*|sans|without)\b/))),
    verdict: 'wrong',
    correction: {
      en: 'hotpatch needs no extra licence or fee: it comes with the eligible Windows and Microsoft 365 licences (Windows 11 Enterprise E3/E5, Microsoft 365 F3, Education A3/A5, Business Premium, Windows 365 Enterprise), which also include Autopatch.',
      fr: 'le hotpatch ne demande ni licence ni frais supplémentaires : il fait partie des licences Windows et Microsoft 365 éligibles (Windows 11 Entreprise E3/E5, Microsoft 365 F3, Éducation A3/A5, Business Premium, Windows 365 Entreprise), qui incluent aussi Autopatch.',
    },
    unit: 'hotpatch-cost-myth',
    factIds: ['CF-3', 'HP-LIC-1', 'HP-LIC-5'],
    sources: [src.autopatchHotpatch, src.autopatchFaq],
    asOf: '2026-12-07',
  },
  {
    id: 'no-more-restarts',
    says: all(NO_MORE_RESTARTS, none(has(/\b(not|n est pas|ne sont pas|isn t|aren t|myth|mythe)\b/))),
    // Patching named is enough of a subject: "patching no longer means bracing for service interruptions".
    unless: any(BASELINE_SAID, none(any(HOTPATCH, has(/\b(autopatch|windows update|security updates?|mises? a jour|patch\w*|correctifs?)\b/)))),
    verdict: 'partly',
    correction: {
      en: 'the baseline months still restart — January, April, July and October: 4 planned restarts a year instead of 12 — plus any unplanned baseline; drivers, firmware and non-security updates can still need one, and ineligible devices on a serviced version restart every month.',
      fr: 'les mois de baseline redémarrent toujours — janvier, avril, juillet et octobre : 4 redémarrages prévus par an au lieu de 12 — plus toute baseline non planifiée ; pilotes, firmware et mises à jour hors sécurité peuvent encore en demander un, et les appareils non éligibles sur une version maintenue redémarrent chaque mois.',
    },
    unit: 'restarts-saved-per-year',
    // LIFE-5 (2026-12-06): a version past end of servicing gets no monthly update to restart for.
    factIds: ['CAL-1', 'CAL-6', 'R-1', 'R-2', 'HP-INEL-1', 'LIFE-5'],
    sources: [src.autopatchHotpatch],
    asOf: '2026-12-06',
  },
  {
    id: 'every-update-restarts',
    says: all(UPDATES_RESTART, none(HOTPATCH, RESTART_NOT_ALWAYS)),
    // A post that names hotpatch or restart-free updates already knows the exception.
    unless: any(HOTPATCH, RESTART_FREE),
    verdict: 'partly',
    correction: {
      en: 'true of the standard monthly cumulative update, not of every security update: on eligible Windows 11 Enterprise or Education 24H2+ devices managed with Intune/Autopatch, hotpatch installs the monthly security update without a restart in 8 months of 12 — only the quarterly baselines (January, April, July, October) restart, and drivers, firmware or feature updates still can.',
      fr: 'vrai pour la mise à jour cumulative mensuelle standard, pas pour toute mise à jour de sécurité : sur les appareils Windows 11 Entreprise ou Éducation 24H2+ éligibles, gérés par Intune/Autopatch, le hotpatch installe la mise à jour de sécurité mensuelle sans redémarrage 8 mois sur 12 — seules les baselines trimestrielles (janvier, avril, juillet, octobre) redémarrent, et les pilotes, le firmware ou les mises à jour de fonctionnalités le peuvent encore.',
    },
    unit: 'what-is-hotpatch',
    factIds: ['HP-DEF-1', 'CAL-1', 'HP-INEL-1', 'R-2'],
    sources: [src.autopatchHotpatch],
    asOf: '2026-12-07',
  },
  {
    id: 'automatic-rollback',
    says: all(ROLLBACK_CLAIMED, none(ROLLBACK_DENIED)),
    unless: none(HOTPATCH),
    verdict: 'wrong',
    correction: {
      en: 'there is no automatic rollback — uninstalling a hotpatch needs a restart, and the device then gets the standard cumulative updates (with restarts) until it is back on the hotpatch cycle.',
      fr: 'il n’y a pas de restauration automatique — désinstaller un hotpatch demande un redémarrage, et l’appareil reçoit ensuite les cumulatives classiques (avec redémarrage) jusqu’à son retour dans le cycle hotpatch.',
    },
    unit: 'hotpatch-rollback',
    factIds: ['CF-4', 'R-5', 'WS-4'],
    sources: [src.autopatchHotpatch, src.serverHotpatch],
    asOf: '2026-12-07',
  },
  {
    id: 'hybrid-join-excluded',
    says: any(HYBRID_DENIED, all(ENTRA_ONLY, MUST, none(has(/\bhybrid\w*\b/)))),
    unless: any(none(any(HOTPATCH, has(/\bautopatch\b/))), HYBRID_SAID),
    verdict: 'wrong',
    correction: {
      en: 'Microsoft Entra hybrid-joined devices are supported too: Intune’s Windows quality update policies (which carry the hotpatch setting) accept Entra joined and hybrid joined devices that are Intune-managed, with diagnostic data at least Required.',
      fr: 'les appareils joints hybrides à Microsoft Entra sont aussi pris en charge : les stratégies de mise à jour qualité d’Intune (qui portent le réglage hotpatch) acceptent les appareils joints ou joints hybrides à Entra, gérés par Intune, avec des données de diagnostic au moins « Obligatoires ».',
    },
    unit: 'hybrid-join',
    factIds: ['CF-5', 'HP-MGT-5', 'HP-MGT-8'],
    sources: [src.intuneQuality],
    asOf: '2026-12-07',
  },
  {
    id: 'qmr-insider-only',
    says: all(QMR, QMR_PREVIEW, none(TOLD_AS_PAST, QMR_SHIPPED)),
    unless: QMR_SHIPPED,
    verdict: 'outdated',
    correction: {
      en: 'Quick Machine Recovery is no longer an Insider test: it is part of Windows 11 24H2 and reached every 24H2 device with the August 2025 security update. Home has cloud remediation on by default; Pro and Enterprise have it off until an admin turns it on.',
      fr: 'Quick Machine Recovery n’est plus un test Insider : la fonctionnalité fait partie de Windows 11 24H2 et a atteint tous les appareils 24H2 avec la mise à jour de sécurité d’août 2025. Famille a la remédiation cloud activée par défaut ; Professionnel et Entreprise l’ont désactivée tant qu’un administrateur ne l’active pas.',
    },
    unit: 'qmr-availability',
    factIds: ['QMR-6', 'QMR-4'],
    sources: [src.qmr, src.qmrGa],
    asOf: '2026-12-07',
  },
  {
    id: 'hotpatch-adds-features',
    says: all(HOTPATCH, FEATURES_CLAIMED, none(FEATURES_DENIED)),
    verdict: 'wrong',
    correction: {
      en: 'hotpatch months carry security fixes only; new features and non-security changes come with the quarterly baselines (January, April, July, October).',
      fr: 'les mois de hotpatch n’apportent que des correctifs de sécurité ; les nouvelles fonctionnalités et les changements hors sécurité arrivent avec les baselines trimestrielles (janvier, avril, juillet, octobre).',
    },
    unit: 'hotpatch-no-features',
    factIds: ['CF-7', 'HP-DEF-4', 'CAL-4'],
    sources: [src.autopatchHotpatch],
    asOf: '2026-12-07',
  },
  {
    id: 'restart-free-for-everyone',
    // A sentence about hotpatches says what they are (no restart by definition, HP-DEF-1), not that every PC gets them.
    says: all(SECURITY_UPDATES, RESTART_FREE, none(HOTPATCH, has(/\b(not|never|pas|jamais|only|seulement|uniquement|eligib\w*)\b/))),
    unless: ELIGIBILITY_SAID,
    verdict: 'partly',
    correction: {
      en: 'only on eligible devices: Windows 11 Enterprise or Education 24H2 or later, with an eligible licence (E3/E5, F3, A3/A5, Business Premium, Windows 365 Enterprise), VBS running, Intune/Autopatch management and the latest baseline. Other devices on a serviced Windows version restart every month for the security update; versions past end of servicing get none.',
      fr: 'seulement sur les appareils éligibles : Windows 11 Entreprise ou Éducation 24H2 ou ultérieure, avec une licence éligible (E3/E5, F3, A3/A5, Business Premium, Windows 365 Entreprise), la VBS en cours d’exécution, la gestion Intune/Autopatch et la dernière baseline. Les autres appareils, sur une version maintenue, redémarrent chaque mois pour la mise à jour de sécurité ; les versions en fin de service n’en reçoivent plus.',
    },
    unit: 'hotpatch-prerequisites',
    // LIFE-5 (2026-12-06): a version past end of servicing gets no security update at all.
    factIds: ['HP-INEL-1', 'HP-LIC-1', 'HP-OS-1', 'HP-VBS-1', 'HP-OS-3', 'LIFE-5'],
    sources: [src.autopatchHotpatch],
    asOf: '2026-12-06',
  },
  {
    id: 'hotpatch-on-pro-home',
    says: all(HOTPATCH, PRO_HOME, AVAILABLE_ON, none(DENIED, ENTERPRISE_ONLY_SAID, has(/\b(only|seulement|uniquement|enterprise|entreprise)\b/))),
    verdict: 'wrong',
    correction: {
      en: 'Windows 11 Home and Pro are not offered hotpatch, whatever the licence — it needs Windows 11 Enterprise or Education with an eligible licence (a Pro PC steps up to Enterprise through subscription activation with Windows Enterprise E3/E5, included in Microsoft 365 F3, E3 or E5; with Business Premium only where the licence includes it).',
      fr: 'Windows 11 Famille et Professionnel ne reçoivent pas le hotpatch, quelle que soit la licence — il faut Windows 11 Entreprise ou Éducation avec une licence éligible (un PC Professionnel passe en Entreprise par l’activation par abonnement avec Windows Entreprise E3/E5, inclus dans Microsoft 365 F3, E3 ou E5 ; avec Business Premium seulement si la licence l’inclut).',
    },
    unit: 'pro-home-not-eligible',
    // HP-LIC-6/7 (2026-12-06): subscription activation is documented for E3/E5 (in M365 F3/E3/E5); Business Premium
    // steps Pro up only where the licence includes it. HP-LIC-8: Pro is not eligible with any licence.
    factIds: ['HP-LIC-7', 'HP-LIC-6', 'HP-LIC-8', 'HP-LIC-1'],
    sources: [src.autopatchFaq, src.subscriptionActivation],
    asOf: '2026-12-06',
  },
  {
    id: 'pcs-need-azure-arc',
    says: all(HOTPATCH, CLIENT, ARC_REQUIRED, none(has(/\b(server|serveur|servers|serveurs|not|pas|no|don t|doesn t|n ont pas)\b/))),
    verdict: 'wrong',
    correction: {
      en: 'Azure Arc is Windows Server 2025’s route to hotpatch; Windows 11 PCs get it through Windows Autopatch — an Intune Windows quality update policy or, for devices in no policy, the tenant default (Allow since May 2026) — with no Arc.',
      fr: 'Azure Arc est la voie de Windows Server 2025 vers le hotpatch ; les PC Windows 11 le reçoivent par Windows Autopatch — une stratégie de mise à jour qualité d’Intune ou, hors stratégie, le paramètre du locataire (Autoriser depuis mai 2026) — sans Arc.',
    },
    unit: 'arc-not-for-pcs',
    // HP-MGT-2/3 (2026-12-06): devices in no policy get hotpatch through the tenant default since May 2026.
    factIds: ['WS-2', 'HP-DEF-2', 'HP-MGT-1', 'HP-MGT-2', 'HP-MGT-3'],
    sources: [src.serverArc, src.autopatchHotpatch, src.intuneHotpatch],
    asOf: '2026-12-06',
  },
  {
    id: 'hotpatch-through-wsus',
    says: all(HOTPATCH, WSUS_WORKS, none(has(/\b(not|no|never|pas|jamais|aucun\w*|without|sans|isn t|doesn t|can t|cannot|ne peu\w*)\b/))),
    verdict: 'wrong',
    correction: {
      en: 'hotpatch is not delivered through WSUS or catalog-only patching — it needs Windows Update with Windows Autopatch’s cloud orchestration (an Intune quality update policy or the tenant default).',
      fr: 'le hotpatch n’est pas distribué par WSUS ni par le seul catalogue — il faut Windows Update avec l’orchestration cloud de Windows Autopatch (une stratégie de mise à jour qualité d’Intune ou le paramètre du locataire).',
    },
    unit: 'hotpatch-wsus',
    // HP-MGT-2 (2026-12-06): no policy is needed since the tenant default covers devices in none.
    factIds: ['HP-MGT-9', 'HP-DEF-2', 'HP-MGT-2'],
    sources: [src.autopatchHotpatch, src.tridentWsus, src.intuneHotpatch],
    asOf: '2026-12-06',
  },
  {
    id: 'default-on-for-every-pc',
    says: all(HOTPATCH, DEFAULT_FOR_ALL, none(has(/\b(eligib\w*|not|pas|enterprise|entreprise|education|intune|autopatch managed)\b/))),
    verdict: 'partly',
    correction: {
      en: 'on by default only for eligible devices managed by Intune/Windows Autopatch (Windows 11 Enterprise or Education 24H2 or later, eligible licence, VBS, latest baseline), since the May 2026 security update; others keep the monthly restart.',
      fr: 'activé par défaut seulement pour les appareils éligibles gérés par Intune/Windows Autopatch (Windows 11 Entreprise ou Éducation 24H2 ou ultérieure, licence éligible, VBS, dernière baseline), depuis la mise à jour de sécurité de mai 2026 ; les autres gardent le redémarrage mensuel.',
    },
    unit: 'default-on-may-2026',
    factIds: ['HP-MGT-3', 'HP-INEL-2', 'HP-LIC-1', 'HP-OS-1'],
    sources: [src.defaultOnBlog, src.autopatchHotpatch],
    asOf: '2026-12-07',
  },
  {
    id: 'hotpatch-server-only',
    says: all(
      HOTPATCH,
      has(/\b(only|just|exclusively|solely|uniquement|seulement|exclusivement|reserve\w*)\b.{0,40}\b(windows server|servers?|serveurs?|azure)\b/),
      none(has(/\b(windows 11|client\w*|pcs?|postes?|laptops?|desktops?|workstations?|enterprise|entreprise|education)\b/), TOLD_AS_PAST),
    ),
    verdict: 'outdated',
    correction: {
      en: 'hotpatch is not only for servers: Windows 11 Enterprise and Education 24H2 or later get it too, generally available since April 2025 (64-bit Arm since July 2025), through Intune and Windows Autopatch.',
      fr: 'le hotpatch n’est pas réservé aux serveurs : Windows 11 Entreprise et Éducation 24H2 ou ultérieure le reçoivent aussi, en disponibilité générale depuis avril 2025 (Arm 64 bits depuis juillet 2025), via Intune et Windows Autopatch.',
    },
    unit: 'hotpatch-prerequisites',
    factIds: ['HP-LIC-3', 'HP-OS-1', 'HP-CPU-1', 'HP-DEF-2'],
    sources: [src.autopatchHotpatch],
    asOf: '2026-12-07',
  },
  {
    id: 'copilot-plus-only',
    says: all(
      HOTPATCH,
      has(/\bcopilot ?\+?( pcs?)?\b/),
      has(/\b(only|just|exclusively|requires?|needs?|must|uniquement|seulement|reserve\w*|exige\w*|necessite\w*)\b/),
      none(has(/\b(not|no|pas|aucun\w*|any|tout|tous)\b/)),
    ),
    verdict: 'wrong',
    correction: {
      en: 'a Copilot+ PC is not a criterion: x64 PCs (Intel, AMD) qualify like any other, and Arm64 PCs (Snapdragon, Copilot+ or not) need CHPE turned off; the other prerequisites are the edition, licence, VBS, management and baseline.',
      fr: 'être un PC Copilot+ n’est pas un critère : les PC x64 (Intel, AMD) sont éligibles comme les autres, et les PC Arm64 (Snapdragon, Copilot+ ou non) doivent avoir CHPE désactivé ; les autres prérequis sont l’édition, la licence, la VBS, la gestion et la baseline.',
    },
    unit: 'copilot-plus-pc',
    factIds: ['HP-CPU-6', 'HP-CPU-1', 'HP-CPU-2'],
    sources: [src.autopatchHotpatch],
    asOf: '2026-12-07',
  },
  {
    id: 'hotpatch-needs-25h2',
    says: all(
      HOTPATCH,
      has(/\b(requires?|needs?|only|must (run|be on)|exige\w*|necessite\w*|uniquement|seulement|doivent (etre|tourner|executer))\b.{0,40}\b25h2\b/),
      none(has(/\b(24h2|or later|ou ulterieur\w*|and later|not|pas)\b/)),
    ),
    verdict: 'wrong',
    correction: {
      en: 'hotpatch needs Windows 11 24H2 or later: 24H2 qualifies as well as 25H2 and 26H2 (they share the same servicing branch and monthly builds).',
      fr: 'le hotpatch exige Windows 11 24H2 ou ultérieure : 24H2 est éligible comme 25H2 et 26H2 (même branche de maintenance, mêmes builds mensuelles).',
    },
    unit: 'which-versions-support-hotpatch',
    factIds: ['HP-OS-1', 'CAL-NUM-1'],
    sources: [src.autopatchHotpatch, src.kb5077212],
    asOf: '2026-12-07',
  },
  {
    id: 'hotpatch-as-of-old-year',
    says: any(all(HOTPATCH, OLD_AS_OF, AVAILABLE_ON, none(NEWER_YEAR)), OLD_ROADMAP),
    unless: any(NEWER_YEAR, none(HOTPATCH)),
    verdict: 'outdated',
    correction: {
      en: 'since then hotpatch became generally available for Windows 11 Enterprise and Education 24H2 or later (April 2025; 64-bit Arm July 2025) and for Windows Server 2025 (Datacenter: Azure Edition natively, Standard and Datacenter through Azure Arc), and it is on by default for eligible Intune/Autopatch devices since May 2026.',
      fr: 'depuis, le hotpatch est en disponibilité générale pour Windows 11 Entreprise et Éducation 24H2 ou ultérieure (avril 2025 ; Arm 64 bits en juillet 2025) et pour Windows Server 2025 (Datacenter: Azure Edition nativement, Standard et Datacenter via Azure Arc), et il est activé par défaut pour les appareils Intune/Autopatch éligibles depuis mai 2026.',
    },
    unit: 'hotpatch-already-available',
    factIds: ['HP-LIC-3', 'HP-CPU-1', 'WS-1', 'WS-2', 'HP-MGT-3'],
    sources: [src.autopatchHotpatch, src.serverHotpatch],
    asOf: '2026-12-07',
  },
];
