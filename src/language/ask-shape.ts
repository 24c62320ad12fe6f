/**
 * The shape of what a question asks, read from its folded text (issue 11): whether it asks a verdict or a
 * requirement, a consequence ("what happens if…"), how something is done, a change to a restart, why something
 * did not happen, about the asker's own device, or about another kind of update than the monthly one. The answers
 * layer routes on these; the wording lists live here with the rest of the language layer's EN/FR words.
 */

/** The question asks whether a device can get hotpatch (the verdict's predicate). */
export const ELIGIBILITY_ASKED = /\b(eligib\w*|hot ?-?patch\w*|qualif\w*|compatible)\b/;

/** The question asks what hotpatch requires or runs on, not whether a device qualifies. */
const REQUIREMENT_ASKED =
  /\b(need|needs|needed|require\w*|necessary|mandatory|prerequisite\w*|have to|has to|must|faut-il|il faut|faut|besoin|necessite\w*|exige\w*|obligatoire|prerequis|doit-il|doit-on|doit-elle)\b/;
/** "Is it eligible?" asks the verdict, whatever else it says. */
const VERDICT_ASKED = /\b(eligib\w*|qualif\w*)\b/;

/** Updates other than the monthly security update (CAL-3): previews, out-of-band, drivers, firmware, .NET, feature updates. */
export const OTHER_UPDATE =
  /\b(preview|optional|facultati\w*|out-of-band|out of band|hors bande|oob|drivers?|pilotes?|firmware|dotnet|feature updates?|mises? a jour de fonctionnalite\w*|unplanned|non planifi\w*)\b|(^|[^\w.])\.net\b/;

/** A restart that happens on its own: the question asks how restarts happen. */
export const ON_ITS_OWN = /\b(by itself|on its own|automatically|automatic|tout seul|toute seule|automatiquement|d'?elle-meme|de lui-meme)\b/;

/** A restart named (reboot, restart, redémarrer in any form): with a day, a month, the past, a ring setting or a change asked, the bot's subject. */
export const RESTART = /\b(re-?boot\w*|restart\w*|redemarr\w*|redem)\b/;

/** A consequence asked ("what happens if…", "que se passe-t-il si…"): a rule answers it, not a computed date. */
export const HYPOTHETICAL = /\b(what happens|what would happen|what if|que se passe-t-il|que se passerait-il|qu'arrive-t-il|qu'arriverait-il|et si)\b/;

/** A question about how something is decided or done, not about a date. */
export const HOW_ASKED = /^(how|comment|what does|que fait|quel est l'effet|a quoi sert)\b/;

/** A change to a restart asked ("can we skip / postpone the January reboot?", "peut-on repousser le redémarrage ?"): a rule answers it, not a computed date. */
export const CHANGE_ASKED =
  /\b(skip\w*|avoid\w*|postpon\w*|delay\w*|defer\w*|reschedul\w*|prevent\w*|sauter|eviter|evite|repousser|reporter|decaler|empecher|retarder)\b/;

/** "Why didn't … get …", "pourquoi … n'a pas reçu …": the reasons for something that did not happen. */
const NOT_HAPPENED = String.raw`\b(didn't|did not|hasn't|has not|haven't|have not|isn't|wasn't|n'a pas|n'ont pas|n'est pas|ne s'est pas|pas recu|jamais)\b`;
/** …asked first or last: "pourquoi mon poste n'a pas reçu…", "mon poste n'a pas eu le hotpatch, pourquoi ?". */
export const WHY_NOT = new RegExp(String.raw`\b(why|pourquoi)\b.{0,60}${NOT_HAPPENED}|${NOT_HAPPENED}.{0,60}\b(why|pourquoi)\b`);

/** The question is about the asker's own device(s). */
export const OWN_DEVICE =
  /\b(my|mine|our|am i|are we|this (pc|device|laptop|computer|machine)|mon|ma|mes|notre|nos|ce pc|cet appareil|ce poste|cette machine)\b/;

/** A requirement asked, not a verdict ("Do I need E3 for hotpatch?", "Faut-il VBS ?"). */
export const asksRequirement = (folded: string): boolean => REQUIREMENT_ASKED.test(folded) && !VERDICT_ASKED.test(folded);

/** The asker already has the verdict ("the report says they are not eligible"): the reasons are asked, not a verdict. */
export const TOLD_INELIGIBLE = /\b(not eligible|ineligible|isn't eligible|aren't eligible|non[- ]eligibles?|pas eligibles?|plus eligibles?)\b/;

/**
 * A release asked ("is the November update out?", « la maj de novembre est sortie ? »): the month named is the nearest one
 * (extract-dates), and a unit about a month's release answers rather than the calendar of months to come.
 */
export const RELEASE_ASKED =
  /\bout( yet)?(?=\s*[?!.,]|\s*$)|\b(out yet|been (released|published)|released|come out|came out|published|sortie?s?|publiee?s?|dispo(nible)?s?)\b/;
/** A claim said in the negative ("has no QMR", « n'a pas », "doesn't", "never"). */
export const NEGATIVE_CLAIM =
  /\b(n'(a|ont|est|sont|ai|avons|avez) (pas|plus|jamais)|ne \w+ (pas|plus|jamais)|pas de|doesn'?t|don'?t|does not|do not|isn'?t|aren'?t|is not|are not|no longer|never|jamais|cannot|can'?t|won'?t)\b/;
/** The truth of a claim asked: "is that true?", "right?", « c'est vrai ? », « vrai ou faux ? », « info ou intox ? ». */
export const TRUTH_ASKED =
  /\b(is (that|this|it) (true|right|correct|accurate)|true or false|(true|correct|accurate)\s*\?|(c'est|est-ce) (vrai|exact|juste)|vrai ou faux|info ou intox|(il|elle|ils) (a|ont) raison)/;
/**
 * A hand-over asked in words (talk to, open a ticket, transfer, call me back): « la DSI demande si… » names the IT team as
 * the one asking, which asks no hand-over.
 */
export const HANDOVER_ASKED =
  /\b(talk|speak|chat|parler|discuter|ticket|incident|forward|transfer\w*|escalat\w*|transmet\w*|transfere\w*|fais suivre|faire suivre|remonte\w*|put me|connect me|mettez-moi|mets-moi|mettre en relation|en contact|rappelle|m'appelle|me contacte|call me|contact me|get back to me|human|humain|a person|une personne)\b/;
/** A yes/no question about something done ("did we…", « a-t-on… », « est-ce que … a … »): whether it happened. */
export const DID_ASKED = /^(?:(?:hi|hello|bonjour)[\s,!]+)?(did|was|were|est-ce qu'on a|est-ce que|a-t-on|avons-nous|ont-ils|les postes ont-ils|y a-t-il eu)\b/;
/** …and a why, which asks the causes instead. */
export const WHY_ASKED = /\b(why|how come|pourquoi|comment ca se fait)\b/;

/** A restart asked away: "without a restart", "no reboot", « sans redémarrage ». */
export const RESTART_FREE =
  /\b(without (a |any |the )?(restart|reboot)\w*|no (restart|reboot)\w*|sans (aucun |un |de )?(redemarr|reboot)\w*|pas de (redemarr|reboot)\w*)/;

/** A need asked ("Do I need Intune Plan 1…?", « faut-il… ? »): its Yes says the thing is needed. */
export const NEED_ASKED = /\b(need|needs|needed|require|requires|required|faut-il|besoin|exige|necessaire|obligatoire)\b/;
/** "…without Intune?", « sans Intune ? »: the same thing asked the other way round. */
export const WITHOUT_ASKED = /\b(without|sans)\b/;

/** "How come…?", « comment ça se fait ? » ask why: read as "why", not as the "how" of a procedure (matched on the raw text). */
export const HOW_COME = /\bhow come\b|\bcomment (ça|ca|cela) se fait\b|\bcomment se fait-il\b/giu;
