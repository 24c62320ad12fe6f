import type { Intent } from './types';

/**
 * Strong, precise cues per intent, on folded text (lower case, no accents). They carry the
 * meaning the product depends on; the classifier fills in the rest.
 * Weights: 3 = decisive, 2 = strong, 1 = hint. Context signals come from the slot extractors.
 */
export interface CueContext {
  folded: string;
  hasDate: boolean;
  past: boolean;
  hasDevice: boolean;
  hasTime: boolean;
  hasDeviceName: boolean;
  wordCount: number;
}

type Cue = [Intent | 'noise', number, RegExp | ((c: CueContext) => boolean)];

const RESTART = '(reboot|restart|redemarr|redem|reboots?|rebooted|restarted|redemarre|redemarrage|relanc|reinicia)';
const RESTART_RE = new RegExp(RESTART);
const WHY_RESTART = new RegExp(`\\b(why|how come|pourquoi|comment ca se fait|reason|raison|cause)\\b.{0,60}${RESTART}`);
const SETTING_WHERE = /\b(where|how|ou|comment)\b.{0,30}\b(setting|settings|parametre|parametres|reglage|reglages|toggle|switch|option|policy|strategie)\b/;
const FLEET = [
  /\b(share of|what fraction|how much of|proportion|part de|ratio|taux|rate of)\b.{0,20}\b(our|nos|the|des|les)\b/,
  /\b(breakdown|repartition|distribution|overview|vue d'ensemble|synthese|dashboard|tableau de bord|across the (company|org|organi[sz]ation|tenant)|(sur|dans) toute l'entreprise|company[- ]wide)\b/,
  /\b(fleet|parc|our estate|inventory|inventaire|readiness|how ready|how many (of our )?(devices|machines|pcs|laptops)|combien (de |d')(nos )?(appareils|postes|machines|pc|ordinateurs)|pourcentage|percentage|% of|devices\.csv|csv|all (our|of our) (devices|machines|pcs)|tous nos (appareils|postes|pc)|ensemble de nos|organisation|organization|company-wide|across the company|(top|main|biggest) blockers|principaux bloquants)\b/,
];
/** The collective nouns: "our fleet", « le parc », "the organisation" name the devices, not a summary asked. */
const FLEET_NOUN = /\b(fleet|parc|our estate|organisation|organization)\b/g;
/** The fleet cue holds only through a collective noun (no share, count, breakdown or inventory asked). */
const onlyFleetNoun = (folded: string): boolean => !FLEET.some((re) => re.test(folded.replace(FLEET_NOUN, ' ')));
const ELIGIBLE =
  /\b(eligible|eligibility|elligible|eligibilite|qualif(y|ies|ied)|supported|pris en charge|compatible|compatibilite|prerequisites?|prerequis|requirements?|exigences?|conditions)\b/;
const MY_DEVICE =
  /\b(my|our|his|her|their|this|that|the|mon|ma|mes|nos|notre|son|sa|leur|ce|cet|cette|le|la|les)\b.{0,20}\b(pc|pcs|laptops?|devices?|machines?|computers?|desktops?|postes?|portables?|ordis?|ordinateurs?|appareils?|serveurs?|servers?|it|il)\b|\b(it|il|elle|ca)\b.{0,10}\b(keeps?|continue|n'arrete pas)\b/;
const REMIND =
  // "Notify us…", "send notifications" ask for one; "a notification arrived to restart" is Windows Update's own prompt.
  '(remind|reminder|reminders|rappel|rappels|rappelle|rappeler|notify|send (a )?notifications?|notifications? (to|for|every|each|chaque)|alert me|alert us|alerte-moi|alertez|previens[- ](moi|nous)|prevenir|ping (me|us))';

const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|lundi|mardi|mercredi|jeudi|vendredi';

const cues: Cue[] = [
  // Reminders: subscribe / unsubscribe / list.
  [
    'reminders-unsubscribe',
    3,
    new RegExp(
      `\\b(stop|cancel|unsubscribe|remove|delete|disable|turn off|no more|annule|annuler|arrete|arreter|stoppe|supprime|supprimer|desactive|desactiver|desabonne|desinscri|plus de|retire|enleve)\\b.{0,40}\\b${REMIND}`,
    ),
  ],
  [
    'reminders-unsubscribe',
    3,
    new RegExp(
      `${REMIND}\\w*\\b.{0,40}\\b(supprime\\w*|remove|delete|cancel|annule\\w*|stop|arrete\\w*|retire\\w*|enleve\\w*)\\b|\\b(no longer|don't|do not|plus) (need|want|besoin)\\b.{0,25}${REMIND}`,
    ),
  ],
  ['reminders-unsubscribe', 2, /\b(unsubscribe|desabonne[rz]?|me desinscrire|desinscris)\b/],
  [
    'reminders-unsubscribe',
    3,
    new RegExp(
      `\\b(don't|do not|dont|no longer|never|ne\\b.{0,15}\\bplus|plus jamais|n'en veux plus)\\b.{0,30}${REMIND}|${REMIND}\\w*\\b.{0,20}\\b(anymore|any more|no more|plus)\\b`,
    ),
  ],
  [
    'reminders-list',
    3,
    new RegExp(
      `\\b(list|show|which|what|see|view|display|my|mes|liste|lister|affiche|afficher|quels|quelles|voir)\\b.{0,30}\\b(reminders|rappels|subscriptions|abonnements)\\b`,
    ),
  ],
  [
    'reminders-list',
    3,
    new RegExp(
      `\\b(do we have|do i have|have we|are there|any|avons-nous|a-t-on|on a|est-ce qu'on a|ai-je|j'ai|y a-t-il)\\b.{0,20}\\b(reminders|rappels|subscriptions|abonnements)\\b|\\b(reminders|rappels)\\b.{0,25}\\b(configured|set up|active|scheduled|configures|en place|actifs|programmes)\\b`,
    ),
  ],
  ['reminders-list', 2, /\b(am i subscribed|suis-je abonne|je suis abonne a quoi|what am i subscribed)\b/],
  ['reminders-subscribe', 3, new RegExp(`\\b${REMIND}\\b`)],
  ['reminders-subscribe', 2, /\b(subscribe|abonne[rz]?|m'abonner|inscri[rst]?)\b/],
  ['reminders-subscribe', 1, (c) => c.hasTime && /\b(every|each|chaque|tous les|weekly|hebdo|toutes les)\b/.test(c.folded)],
  // "rappelle ce canal chaque vendredi du prochain redémarrage": a reminder asked on a weekly day is the reminder skill, whatever
  // the restart it is about.
  ['reminders-subscribe', 4, new RegExp(`\\b${REMIND}\\b.{0,60}\\b(every|each|chaque|tous les|toutes les|on) (${WEEKDAYS})s?\\b`)],
  // Escalation to people.
  [
    'escalate',
    3,
    /\b(talk|speak|chat|parler|discuter)\b.{0,25}\b(human|humain|person|personne|someone|quelqu'un|agent|technician|technicien|engineer|support|helpdesk|admin)\b/,
  ],
  ['escalate', 3, /\b(open|create|raise|log|file|ouvrir|creer|cree|ouvre)\b.{0,15}\b(ticket|incident|case|demande)\b/],
  [
    'escalate',
    3,
    /\b(forward|transfer|pass|send|escalate|hand)\w*\b.{0,20}\b(to|over to)\b.{0,25}\b(team|it|support|desk|admin|engineer|someone)\b|\b(transmet\w*|transfere\w*|fais suivre|faire suivre|remonte\w*)\b.{0,30}\b(equipe|support|it|dsi|service|admin|quelqu'un)\b/,
  ],
  [
    'escalate',
    3,
    /\b(a person|a human|une personne|un humain|someone|somebody|quelqu'un|a technician|un technicien)\b.{0,15}\b(to )?(look|check|help|review|handle|regarde|verifie|aide|s'occupe|traite)\w*\b/,
  ],
  [
    'escalate',
    3,
    /\b(put me (in touch|through)|connect me (to|with)|transfer me|mettez-moi en relation|mets-moi en relation|mettre en relation|en contact avec)\b/,
  ],
  // "qu'un technicien me rappelle" is a call-back request, not a reminder.
  [
    'escalate',
    3.5,
    /\b(technician|technicien|someone|somebody|quelqu'un|agent|support|helpdesk|service desk|personne)\b.{0,25}\b(me rappelle|m'appelle|me contacte|call me|call me back|contact me|rappeler|get back to me)\b/,
  ],
  ['escalate', 3, (c) => c.wordCount <= 4 && /\b(human|humain|agent|person|personne|someone|quelqu'un|technicien|technician)\b/.test(c.folded)],
  ['escalate', 2.5, /\b(technician|technicien|tech support|support agent|it support|it team|equipe it|service informatique|support informatique|la dsi)\b/],
  [
    'escalate',
    2,
    /\b(helpdesk|help desk|service desk|servicedesk|real person|vraie personne|un humain|a human|escalate|escalade|hotline|call me|appelez-moi|rappelez-moi|contact support|contacter le support|support team|equipe support)\b/,
  ],
  // Windows Server / Azure Arc.
  ['windows-server', 3, /\b(windows server|server 20(16|19|22|25)|serveurs?|servers?|azure arc|arc[- ]enabled|datacenter|azure edition|azure stack|hci)\b/],
  // Quick Machine Recovery.
  [
    'explain-qmr',
    3,
    /\b(qmr|quick machine recovery|quick recovery|machine recovery|quick machine|recuperation rapide|recuperation (de la )?machine rapide|remote remediation|cloud remediation|auto remediation|correction (cloud|automatique)|setrecoverytestmode|boottore|winre)\b/,
  ],
  [
    'explain-qmr',
    2.5,
    /\b(brick\w*|unbootable|can't boot|cannot boot|won't (boot|start)|fails? to (boot|start)|boot (loop|failures?)|plante au demarrage|ne demarre (plus|pas)|echecs? de demarrage|(repair|fix)\w* (it |them )?remotely|remote (fix|repair)|reparer a distance|depanner a distance)\b/,
  ],
  ['explain-qmr', 1, /\b(boot loop|won't boot|doesn't boot|fails to boot|ne demarre plus|ne demarre pas|crash au demarrage|bsod|ecran bleu)\b/],
  // Automation: Graph, APIs, scripts.
  [
    'automation',
    3,
    /\b(graph|api|apis|endpoint|rest call|beta\/|v1\.0|managed ?devices|windowsqualityupdatepolic|hotpatchenabled|qualityupdatecadence|productrevisions|ishotpatchupdate|knownissues|getknownissues|sdk|webhook)\b/,
  ],
  [
    'automation',
    2,
    /\b(powershell|script|scripts|scripting|automate|automation|automatiser|automatisation|programmatic|programmatically|json|odata|pull .{0,20} data|export .{0,20} (list|data))\b/,
  ],
  // Why did it restart (past).
  // "why did MY laptop restart" is about a device's past; "why does Windows require restarts" is not.
  ['why-restarted', 3.5, (c) => WHY_RESTART.test(c.folded) && (c.past || MY_DEVICE.test(c.folded))],
  ['why-restarted', 1.5, WHY_RESTART],
  [
    'explain-hotpatch',
    3.5,
    /\bwhy (are|is|do|does) (some|certain|the|baseline|those|these)?\s?(months?|updates?|baselines?)\b.{0,30}\b(still )?(requir\w*|need\w*)\b|\bpourquoi (certains|des|les) mois\b/,
  ],
  [
    'explain-hotpatch',
    2.5,
    /\b(why (does|do|is|are) (microsoft|windows|hotpatch)|pourquoi (microsoft|windows|le hotpatch)|(four|4|quatre) (times|fois) (a|per|par) (year|an)|(per|a|par) (year|an)\b)/,
  ],
  ['why-restarted', 3, new RegExp(`${RESTART}\\w*\\b.{0,50}\\b(why|pourquoi|for no reason|sans raison|without warning|sans prevenir|unexpected|inattendu)`)],
  ['why-restarted', 2, (c) => c.past && RESTART_RE.test(c.folded)],
  [
    'why-restarted',
    3,
    (c) =>
      c.past &&
      RESTART_RE.test(c.folded) &&
      /\b(what happened|what went wrong|what caused|any idea|que s'est-il passe|qu'est-ce qui s'est passe|qu'est-ce qui a|une idee|explain|expliquer|explique)\b/.test(
        c.folded,
      ),
  ],
  [
    'why-restarted',
    2,
    /\b(restarted|rebooted|has restarted|a redemarre|ont redemarre|redemarre tout seul|a reboot|s'est relance|s'est eteint|unexpected (reboot|restart)|redemarrage inattendu|surprise (reboot|restart))\b/,
  ],
  // How do I check / verify.
  [
    'how-to-check',
    3,
    /\b(how|where|comment|ou)\b.{0,25}\b(check\w*|verif\w*|confirm\w*|see|tell|know|find out|identify|determine|vois|voir|savoir|sais|connaitre|identifier|determiner|control\w*|trouve\w*)\b/,
  ],
  [
    'how-to-check',
    2.5,
    /\b(what|which|quel|quelle|quels)\b.{0,10}\b(command|cmdlet|tool|commande|outil|event|evenement|setting shows|registry|registre|key|cle|value|valeur)\b|\b(shows?|tells?|indique|montre|affiche) (me )?(whether|if|si)\b/,
  ],
  [
    'how-to-check',
    2,
    /\b(msinfo32|winver|event viewer|observateur d'evenements|allowrebootlessupdates|update history|historique des mises a jour|win32_deviceguard|systeminfo|report|rapport|reports|rapports)\b/,
  ],
  ['how-to-check', 1, /\b(reagentc|registry|registre|enrolled|inscrit|received|recu)\b/],
  // Admin setup: Intune, policies, where to turn it on.
  [
    'admin-setup',
    3,
    /\b(where|how|ou|comment)\b.{0,30}\b(turn on|enable|activate|configure|set up|setup|deploy|roll out|activer|configurer|deployer|mettre en place|allow|autoriser|opt out|desactiver|turn off|block|bloquer)\b/,
  ],
  ['admin-setup', 3.5, (c) => SETTING_WHERE.test(c.folded) && !/\b(see|voir|vois|check\w*|verif\w*|confirm\w*|shows?|montre|affiche)\b/.test(c.folded)],
  ['admin-setup', 3, /\b(how|comment)\b.{0,30}\b(stop|prevent|avoid|keep|empecher|eviter|bloquer|block)\b.{0,40}\b(hotpatch\w*|default|defaut)\b/],
  [
    'admin-setup',
    2.5,
    /\b(target|cibler|assign|affecter|scope|exclude|exclure)\w*\b.{0,30}\b(groups?|groupes?|rings?|anneaux?)\b|\b(dynamic group|groupe dynamique)\b/,
  ],
  ['admin-setup', 2, /\b(by default|par defaut|turned on|enabled by default|active par defaut)\b/],
  [
    'admin-setup',
    2,
    /\b(intune|quality update polic|strategie de mises? a jour|quality updates? policy|update rings?|anneaux?|deferrals?|deadlines?|echeances?|reports? de|gpo|group policy|tenant|locataire|settings catalog|catalogue de parametres|autopatch|hotpatchrestrictions|disablechpe|csp|opt[- ]out|default[- ]on|par defaut)\b/,
  ],
  // Device lookup by name.
  ['device-lookup', 4, (c) => c.hasDeviceName],
  [
    'device-lookup',
    2,
    /\b(look ?up|lookup|find|search|status of|cherche|chercher|rechercher|retrouve|statut de|etat de)\b.{0,20}\b(device|machine|computer|pc|appareil|poste|ordinateur)\b/,
  ],
  // Fleet.
  // "our Enterprise E5 fleet on 26H2, still fine for hotpatch?" describes devices to check: "fleet" alone there is only a hint.
  ['fleet-summary', 3, (c) => FLEET.some((re) => re.test(c.folded)) && !(c.hasDevice && onlyFleetNoun(c.folded))],
  ['fleet-summary', 1, (c) => c.hasDevice && FLEET.some((re) => re.test(c.folded)) && onlyFleetNoun(c.folded)],
  // Eligibility.
  // "how many devices are eligible" is about the fleet: there the word only hints.
  ['eligibility', 3, (c) => ELIGIBLE.test(c.folded) && !FLEET.some((re) => re.test(c.folded))],
  ['eligibility', 1.5, ELIGIBLE],
  [
    'eligibility',
    2,
    /\b(can|could|will|does|do|would|est-ce que|peut|peuvent|pourra|aura|auront)\b.{0,40}\b(get|have|receive|use|support|avoir|recevoir|utiliser|beneficier)\b.{0,25}\b(hotpatch\w*|correctifs? a chaud)\b/,
  ],
  // Device facts alone ("we have E3 but not E5") describe a device to check.
  ['eligibility', 1.5, (c) => c.hasDevice],
  // A described device plus "eligible?" is the eligibility question, whatever else it mentions.
  ['eligibility', 3.5, (c) => c.hasDevice && /\b(eligib\w*|elligible|qualif(y|ies|ied)|supported|pris en charge|compatible)\b/.test(c.folded)],
  [
    'eligibility',
    2,
    (c) => c.hasDevice && /(\bok\b|\?|\bgood\b|\bfine\b|\bready\b|\bpret\b|\bbon\b|\bexcluded?\b|\bexclus?\b|\bimpact\b|\bblock)/.test(c.folded),
  ],
  [
    'eligibility',
    2.5,
    /\b(licen[cs]es?|subscriptions?|abonnements?|sku)\b.{0,40}\b(need|needed|require[sd]?|eligible|faut|besoin|necessaire|requis|wise)\b|\b(need|needed|require[sd]?|faut|besoin|quelles?|which|what)\b.{0,40}\b(licen[cs]es?|subscriptions?|abonnements?|sku)\b/,
  ],
  [
    'eligibility',
    2.5,
    (c) =>
      !/^(how|comment)\b/.test(c.folded) && /\b(work|works|working|fonctionne|marche)\b.{0,6}\b(without|sans|on|with|avec|sur|under|for|pour)\b/.test(c.folded),
  ],
  ['eligibility', 2.5, (c) => c.hasDevice && /\b(bloquant|blocking|a blocker|un probleme|a problem|an issue|genant|un souci|deal ?breaker)\b/.test(c.folded)],
  [
    'eligibility',
    2.5,
    /\b(can|could|peut|peuvent|possible)\b.{0,30}\b(be used|be enabled|use|used|utilise|utiliser|activer|run|tourner)\b.{0,10}\b(on|in|sur|avec|with|for|pour|dans)\b/,
  ],
  ['eligibility', 1, /\b(virtual machines?|vms?|hyper-v|vmware|machines virtuelles?)\b/],
  ['eligibility', 1, /\b(can't get hotpatch|ne peut pas avoir|cannot get hotpatch|not eligible|pas eligible|non eligible|why not eligible)\b/],
  // Calendar and next reboot.
  ['calendar', 3, /\b(patch tuesday|mardi des correctifs|calendar|calendrier|schedule|planning|release dates?|dates de sortie|ics|b release)\b/],
  ['calendar', 2, /\b(baseline months?|hotpatch months?|mois de (baseline|hotpatch|reference)|which months|quels mois)\b/],
  ['calendar', 2, /\b(baseline|reference|quarterly|trimestriel|every quarter|chaque trimestre)\b/],
  ['calendar', 3, (c) => c.hasDate && !c.past && RESTART_RE.test(c.folded)],
  ['calendar', 1, (c) => c.hasDate && !c.past],
  // A short follow-up naming only a time ("what about April?", "et en juillet ?") asks about the calendar.
  ['calendar', 2, (c) => c.hasDate && !c.past && c.wordCount <= 5],
  ['next-reboot', 3, new RegExp(`\\b(next|prochain|prochaine|upcoming|a venir)\\b.{0,25}${RESTART}`)],
  [
    'next-reboot',
    3,
    new RegExp(
      `\\b(when|whens|quand(?! meme)|what date|quelle date|a quelle date|what day|which day|quel jour|how soon|how long (until|till|before)|combien de temps (avant|reste)|dans combien)\\b.{0,40}${RESTART}`,
    ),
  ],
  [
    'next-reboot',
    3,
    new RegExp(`${RESTART}\\w*\\b.{0,25}\\b(coming|soon|bientot|prochainement|upcoming|a venir)\\b|\\b(soon|bientot|prochainement)\\b.{0,25}${RESTART}`),
  ],
  ['next-reboot', 1, new RegExp(`\\b(will|do|does|dois|devrai|devra|faut|need|needs|have to|has to|got to|gotta|going to|must|va|vais)\\b.{0,40}${RESTART}`)],
  // Explain hotpatch.
  [
    'explain-hotpatch',
    2.5,
    /^(what is an?|what's an?|whats an?|what are|c'est quoi (un|une|le|la|les)|qu'est-ce qu'une?|qu'est ce qu'une?|define|explain|explique)\b/,
  ],
  [
    'explain-hotpatch',
    2,
    /\b(what is|what's|what are|whats|c'est quoi|qu'est-ce que|qu'est ce que|explain|explique|expliquer|define|definition|how does|comment (ca|cela) (marche|fonctionne)|comment fonctionne|tell me about|parle-moi|benefits?|avantages?|why use|pourquoi utiliser|difference)\b/,
  ],
  [
    'explain-hotpatch',
    2,
    /\bhotpatch\w*\b.{0,30}\b(patch|fix|cover|include|contain|touch|update|corrige|couvre|contient|inclut|met a jour)\w*\b.{0,20}\b(kernel|noyau|drivers?|pilotes?|apps?|applications?|memory|memoire|processes|processus|office|everything|tout)\b/,
  ],
  ['explain-hotpatch', 2.5, /\b(point of|purpose of|why bother|what for|interet|a quoi bon|a quoi sert|but du|benefice)\b/],
  ['explain-hotpatch', 2.5, /\b(new features?|nouvelles fonctionnalites|features? (arrive|come|ship)|fonctionnalites .{0,20}arrivent)\b/],
  [
    'explain-hotpatch',
    1,
    /\b(rollback|roll back|uninstall|desinstaller|annuler|features?|fonctionnalites?|save|saves|evit\w*|econom\w*|saves?|saving|avoid\w*|how many (restarts|reboots)|combien de (redemarrages|reboots|restarts)|security only|securite uniquement|in-memory|en memoire|lcu|cumulative)\b/,
  ],
  // Small talk.
  [
    'greeting',
    3,
    (c) => c.wordCount <= 4 && /^(hi|hello|hey|heya|hiya|yo|howdy|good (morning|afternoon|evening)|bonjour|bonsoir|salut|coucou|hola|allo|re)\b/.test(c.folded),
  ],
  // Only a short opener is small talk: "hey, my laptop says restart required again…" is a question that starts politely.
  ['greeting', 1, (c) => c.wordCount <= 6 && /^(hi|hello|hey|bonjour|salut|coucou)\b/.test(c.folded)],
  [
    'thanks',
    3,
    (c) =>
      c.wordCount <= 6 &&
      /\b(thanks|thank you|thank u|thx|ty|cheers|merci|great, thanks|parfait|super merci|top merci|much appreciated|appreciated|merci beaucoup)\b/.test(
        c.folded,
      ),
  ],
  ['thanks', 1, /\b(thanks|thank you|merci)\b/],
  [
    'thanks',
    2.5,
    (c) =>
      c.wordCount <= 8 &&
      /\b(that answers|answers my question|that helps|that helped|ca repond|repond a ma question|ca m'aide|ca m'a aide|c'est clair|all clear|makes sense)\b/.test(
        c.folded,
      ),
  ],
  // A bare acknowledgement closes the exchange like a thank-you.
  [
    'thanks',
    2,
    (c) => c.wordCount <= 3 && /^(ok|okay|k|d'accord|dac|parfait|super|great|cool|nickel|top|noted|bien note|compris|understood|got it)\b/.test(c.folded),
  ],
  ['help', 3, (c) => c.wordCount <= 5 && /^(help|aide|menu|commands|commandes|options|start|demarrer|\/help|au secours|sos)\b|^\?+$/.test(c.folded)],
  [
    'help',
    3,
    /\b(this|the|ce|le|you|tu|vous) ?bot\b.{0,20}\b(work|works|do|does|marche|fonctionne|faire|fait|sert)\b|\b(how|comment)\b.{0,20}\b(work|marche|fonctionne|utiliser|use)\b.{0,10}\b(this|the|ce|le) bot\b/,
  ],
  [
    'help',
    3,
    /\b(your (features|capabilities|skills)|tes (fonctionnalites|capacites|competences)|vos (fonctionnalites|capacites|competences)|what are you (able|capable)|de quoi es-tu capable)\b/,
  ],
  [
    'help',
    3,
    /\b((what|which) commands (exist|are there|are available|do you|can i)|list of commands|liste des commandes|quelles commandes (existe|sont|peux|puis)|how do i talk to you|how to talk to you|comment te parler|comment vous parler|comment je te parle)\b/,
  ],
  [
    'help',
    3,
    /\b(what (kind|sort|type)s? of (questions|things)|(what|which)\b.{0,25}\bcan i ask( you)?\b|which questions|quelles? (sortes? de |types? de )?questions|can you answer|peux-tu repondre|pouvez-vous repondre|i'm new here|i am new here|je debute|je suis nouveau)\b/,
  ],
  [
    'help',
    3,
    /\b((que|qu'est-ce que) (je )?(peux|puis)(-je)? (te|vous) demander|what can you do|what do you do|what can i ask|how do you work|que sais-tu faire|que peux-tu faire|qu'est-ce que tu (sais|peux) faire|tu sers a quoi|what are you|who are you|qui es-tu|comment t'utiliser|how (do i|to) use (you|this bot)|quelles questions)\b/,
  ],
  // Prompt injection and off-topic requests.
  [
    'noise',
    3,
    /\b(ignore (all |the |your )?(previous|prior|above)|jailbreak|you are now|disregard|oublie (tes|les) instructions|ignore (tes|les) instructions( precedentes)?|reveal your|pretend|fais semblant)\b/,
  ],
  // Secret-seeking and code injection: never a product question.
  [
    'noise',
    4,
    /\b(system prompt|prompt systeme|api key|cle d'api|password|mot de passe|secret|token|credentials?|identifiants)\b|\b(drop table|select \* from|union select|rm -rf|alert\(|<script|javascript:|onerror=)/,
  ],
  [
    'noise',
    2,
    /\b(gaming|jeux video|to buy|acheter un|book a|reserver|meeting room|salle de reunion|restaurant|lunch|dejeuner|what time is it|quelle heure|quel temps|what's the weather|meaning of life|sens de la vie|bake|cuisiner|cook|combien font|how much is \d|\d+ ?[-+*/x] ?\d+ ?(=|\?)|who won|qui a gagne|news|actualites?|translate|tradui\w*)\b/,
  ],
  ['noise', 2.5, /\b(weather|meteo|recipe|recette|poem|poeme|joke|blague|football|bitcoin|stock price|capital of|lottery|horoscope|movie|film|song|chanson)\b/],
];

// Words of the product's domain (EN/FR, folded). A message with none of them, no slot and no
// small-talk cue is off-topic, whatever the classifier guesses from its function words.
const DOMAIN =
  /\b(hot ?patch\w*|patch\w*|correctifs?|reboot\w*|restart\w*|redemarr\w*|redem|updates?|upgrades?|mises? a jour|maj|windows|win ?1[01]|w1[01]|vbs|virtuali[sz]ation|chpe|arm\w*|intune|autopatch|qmr|recovery|recuperation|remediation|winre|baselines?|reference|licen[cs]es?|subscriptions?|abonnements?|e[135]|f[13]|a[35]|devices?|pcs?|laptops?|computers?|desktops?|machines?|postes?|portables?|ordis?|ordinateurs?|appareils?|servers?|serveurs?|arc|polic(y|ies)|strategies?|tenant|locataire|graph|api|powershell|scripts?|builds?|versions?|\d\dh[12]|editions?|pro|home|famille|enterprise|entreprise|education|ltsc|iot|msinfo32|reagentc|calendar|calendrier|schedule|planning|tuesday|mardi|months?|mois|reminders?|rappels?|fleet|parc|inventory|inventaire|eligib\w*|securit\w*|security|kb\d+|lcu|cumulative|cumulatives?|rollback|rings?|anneaux?|deadlines?|echeances?|telemetr\w*|wlidsvc|hybrid\w*|entra|gcc|avd|cloud|w365|copilot|snapdragon|intel|amd|surface|reports?|rapports?|csv|bot|helpdesk|support|ticket|boot|demarr\w*|bsod|crash\w*|driver\w*|pilotes?|firmware|registry|registre|gpo|csp|prerequis\w*|prerequisites?|requirements?)\b/;

export function inDomain(folded: string): boolean {
  return DOMAIN.test(folded);
}

export type CueScores = Partial<Record<Intent | 'noise', number>>;

export function cueScores(ctx: CueContext): CueScores {
  const out: CueScores = {};
  for (const [intent, weight, test] of cues) {
    const hit = typeof test === 'function' ? test(ctx) : test.test(ctx.folded);
    // Per intent the strongest cue counts, plus a little for each extra one.
    if (hit) out[intent] = out[intent] === undefined ? weight : Math.max(out[intent]!, weight) + 0.25;
  }
  return out;
}
