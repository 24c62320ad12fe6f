import { restartContext } from '../core/calendar';
import type { AnyAnswer, Answer, UnknownAnswer } from './types';
import type { AnswerDeps as Deps, AnswerInput } from './deps';
import { answerEligibility } from './eligibility-answer';
import { answerNextReboot } from './next-reboot-answer';
import { answerCalendar } from './calendar-answer';
import {
  ANSWER_MIN,
  answerKnowledge,
  CLOSE_RATIO,
  knowledgeAnswer,
  unitContextOf,
  LONG_POST_WORDS,
  retrieve,
  STRONG_MIN,
  type Retrieval,
} from './knowledge-answer';
import { answerDeviceLookup } from './device-lookup-answer';
import { answerFleet, eligibilityForDevices, inventoryOf, ownDevices } from './inventory-answers';
import { getUnit } from '../core/knowledge/units';
import { defaultTopicForIntent } from '../core/knowledge';
import { anchored, answersKind, kindOfAsk, namesDeclinedSubject } from './retrieve';
import {
  asksRequirement,
  CHANGE_ASKED,
  DID_ASKED,
  ELIGIBILITY_ASKED,
  fixSpelling,
  foldText,
  HANDOVER_ASKED,
  HOW_ASKED,
  HYPOTHETICAL,
  isStatement,
  ON_ITS_OWN,
  OTHER_UPDATE,
  OWN_DEVICE,
  RELEASE_ASKED,
  RESTART,
  TOLD_INELIGIBLE,
  TRUTH_ASKED,
  WHY_ASKED,
  WHY_NOT,
} from '../language';
import { withClaimCorrections } from './claim-corrections';

export type { AnswerInput } from './deps';

/**
 * What `answer` reads: the answers' dependencies (deps.ts) and the answer-unit retrieval, knowledge-answer.ts's
 * `retrieve` unless given — bench:turn gives one that returns results already computed, to measure the same
 * turn without retrieval's cost. (Declared here, not in deps.ts: knowledge-answer.ts imports deps.ts.)
 */
export interface AnswerDeps extends Deps {
  retrieve?: typeof retrieve;
}
export { anchored, kindOfAsk, productWordsOf, warmUpRetrieval } from './retrieve';
export { retrieve } from './knowledge-answer';
export type {
  Answer,
  AnyAnswer,
  CalendarAnswer,
  Correction,
  NoticeAnswer,
  DateCheckAnswer,
  DeviceFormAnswer,
  EligibilityAnswer,
  FleetAnswer,
  KnowledgeAnswer,
  NeedsBaseline,
  NextRebootAnswer,
  QmrAdviceAnswer,
  SimpleAnswer,
  UnknownAnswer,
  Notice,
} from './types';

/** The best unit is about other editions or processors than the ones named ("IoT Enterprise" → the Pro/Home unit). */
function misfits(r: Retrieval, slots: AnswerInput['question']['slots']): boolean {
  const u = r.best?.unit;
  const { edition, architecture } = slots.device ?? {};
  return (
    !!u && ((!!edition && !!u.editions && !u.editions.includes(edition)) || (!!architecture && !!u.architectures && !u.architectures.includes(architecture)))
  );
}

/** Another product's update: apps (Teams, Edge, Office, Chrome…) and other systems (macOS, iOS, Android, Linux). */
const OTHER_PRODUCT_UPDATE = /\b(teams|edge|office|outlook|chrome|firefox|zoom|adobe|java|macos|mac|macbooks?|iphones?|ipads?|ios|android|linux|ubuntu)\b/;
/** Windows or the bot's products named: "Teams says my PC will restart for the Windows update" is the Windows calendar's. */
const WINDOWS_NAMED = /\b(windows|win ?1[01]|hot-?patch\w*|quick machine recovery|qmr|patch tuesday|baseline)\b/;

/** The update's arrival asked: offered, available, installed, received (« proposée », « dispo », « arrive »). */
const OFFER_ASKED =
  /\b(offered|offer|available|receive|received|get|gets|getting|hit|hits|land|lands|reach|reaches|proposee?s?|dispo\w*|arriv\w*|recevr\w*|recoi\w*|install\w*)\b/;

/** A unit of the bot's own is close enough, product word named or not: the skill already says the subject is a restart. */
const reaches = (r: Retrieval): boolean => !!r.best && !r.declined && r.best.score >= ANSWER_MIN;

/** Skills about the conversation itself: a neighbouring subject's words never turn them into a decline. */
const CONVERSATION = new Set(['greeting', 'thanks', 'help', 'escalate', 'reminders-unsubscribe', 'reminders-list']);

const KNOWLEDGE_INTENTS = new Set(['explain-hotpatch', 'explain-qmr', 'why-restarted', 'how-to-check', 'admin-setup', 'automation', 'windows-server']);

function unknown(deps: AnswerDeps, reason?: UnknownAnswer['reason']): UnknownAnswer {
  return {
    kind: 'unknown',
    suggestions: ['eligibility', 'next-reboot', 'calendar', 'explain-hotpatch', 'explain-qmr'],
    canEscalate: deps.canEscalate,
    ...(reason ? { reason } : {}),
  };
}

/** A unit when one is close; else the plain "I can't answer that" with the helpdesk. */
function unitOrUnknown(input: AnswerInput, deps: AnswerDeps, r: Retrieval): Answer {
  if (r.declined) return unknown(deps, 'out-of-scope');
  return answerKnowledge(input, r) ?? shortQuestionDefault(input, r) ?? unknown(deps, 'no-match');
}

/** A chat question's length in words ("why does my PC always want to restart after updates?" is 10). */
const SHORT_QUESTION_WORDS = 12;

/**
 * "What is QMR?", "C'est quoi le hotpatch ?", "Why does Windows restart on its own?": a short question on the bot's subject with few words to
 * rank by gets the default unit of the skill the language layer recognised (what-is-qmr…).
 */
function shortQuestionDefault(input: AnswerInput, r: Retrieval): Answer | undefined {
  const { question } = input;
  const words = question.text.split(/\s+/).filter(Boolean).length;
  // A restart is the bot's subject too: "Why does Windows restart automatically?" gets why-restarted.
  if (words > SHORT_QUESTION_WORDS || !(anchored(question.text) || RESTART.test(foldText(question.text)))) return undefined;
  // …unless a subject the bot declines is as close ("my computer restarts randomly" is hardware, not updates).
  if (r.best && r.ranked.some((x) => x.unit.decline && x.score >= CLOSE_RATIO * r.best!.score)) return undefined;
  const topic = defaultTopicForIntent(question.intent);
  const unit = topic ? getUnit(topic.id) : undefined;
  return unit ? knowledgeAnswer(unit, unitContextOf(input), r.ranked) : undefined;
}

/**
 * One function per intent: Question → Answer (plain data). Topic questions are answered by the best
 * answer unit (retrieval, knowledge-answer.ts); subjects outside the register and questions nothing
 * comes close to get a plain "I can't answer that" with the helpdesk. Device facts never force the
 * eligibility path by themselves: a device form only when no unit answers the question.
 */
export async function answer(input: AnswerInput, deps: AnswerDeps): Promise<AnyAnswer> {
  const { question } = input;
  const picked = question.slots.topic ? getUnit(question.slots.topic) : undefined;
  const r = picked ? undefined : (deps.retrieve ?? retrieve)(question.text, question.slots, question.locale);
  // A button's topic is answered as it is; anything else by its skill, then with the claims it makes corrected.
  const a = r ? withClaimCorrections(await answerByIntent(input, deps, r), input, r.words) : knowledgeAnswer(picked!, unitContextOf(input));
  // "Why did my device restart?": order the causes for the month asked about, or today's (CAL-3, CAL-9, HP-OS-5).
  if (a.kind === 'knowledge' && a.topic.id === 'why-restarted') {
    return { ...a, restart: restartContext(input.today, deps.releases, input.question.slots.month) };
  }
  return a;
}

async function answerByIntent(input: AnswerInput, deps: AnswerDeps, r: Retrieval): Promise<AnyAnswer> {
  const { question } = input;
  const folded = foldText(question.text);
  // "Our ring has a 7-day deferral and a 2-day deadline: when will devices restart?" — the ring's numbers and a
  // restart in a question: the next reboot computed with them, whatever skill the other words resemble. In a long
  // post they are context (how deadlines count, a policy's wording), like dates and versions.
  // (A neighbouring subject that only resembles the words does not stop it; one named strongly does.)
  // …and so do the ring's numbers with the update's arrival asked ("…defers by 7 days: when will the December patch be offered?"):
  // the answer computes the day it is offered (release + deferral, CAL-8) with the restart.
  if (
    question.slots.ring &&
    r.words < LONG_POST_WORDS &&
    input.device === undefined &&
    !(r.declined && r.best!.score >= STRONG_MIN) &&
    (RESTART.test(folded) || OFFER_ASKED.test(folded))
  )
    return answerNextReboot(input, deps);
  // "My boss says we'll never need to reboot for updates again, true?": a claim's truth asked, with no day or month to compute,
  // is answered by the unit about what it says, whatever skill its restart words resemble.
  if (
    TRUTH_ASKED.test(folded) &&
    r.answers &&
    input.device === undefined &&
    !question.slots.date &&
    !question.slots.month &&
    !question.slots.period &&
    !CONVERSATION.has(question.intent)
  )
    return answerKnowledge(input, r)!;
  const confident = question.confidence >= deps.minConfidence || input.device !== undefined || question.intent === 'unknown';
  const dated = !!(question.slots.date || question.slots.month || question.slots.period);
  // Not sure of the intent: a close unit answers; a date in a short question with a calendar intent still gets the
  // computed calendar (a date in a long post — "worked last quarter" — is context, not the question).
  const post = r.words >= LONG_POST_WORDS;
  // "Hotpatch on Windows 11 Enterprise: do devices still restart in January?" — the edition pulls the intent towards a
  // verdict, yet a short question about a restart to come in a month is the computed calendar's, unless a unit is
  // about that very month.
  const restartInMonth =
    dated &&
    !post &&
    !question.slots.past &&
    // "Support ended in October 2025…": a month gone by is context, not a restart to come.
    !(question.slots.month && question.slots.month < input.today.slice(0, 7)) &&
    !r.declined &&
    RESTART.test(folded) &&
    !(question.slots.month && r.best?.unit.months?.includes(question.slots.month));
  if (!confident && restartInMonth && input.device === undefined) return answerCalendar(input, deps);
  // "Did we reboot last month?", « a-t-on redémarré en août ? »: whether a month gone by restarted is its row of the calendar
  // (why a device restarted is another question, which the why-restarted unit answers).
  if (
    question.slots.month &&
    question.slots.past &&
    !post &&
    RESTART.test(folded) &&
    DID_ASKED.test(folded) &&
    !WHY_ASKED.test(folded) &&
    input.device === undefined
  )
    return answerCalendar(input, deps);
  if (!confident && !(dated && !post && !r.answers && !r.declined && (question.intent === 'calendar' || question.intent === 'next-reboot')))
    return unitOrUnknown(input, deps, r);
  // A neighbouring subject named strongly ("Secure Boot certificates expire in June 2026: is your PC
  // ready?") is that subject, whatever skill its other words resemble (fleet, reminders, a device).
  if (r.declined && r.best!.score >= STRONG_MIN && input.device === undefined && !CONVERSATION.has(question.intent)) return unknown(deps, 'out-of-scope');
  // "What happens if a device misses the January baseline?" asks a consequence, which a rule answers: the month or the
  // restart named is its context, not a date to compute.
  if ((question.intent === 'calendar' || question.intent === 'next-reboot') && HYPOTHETICAL.test(folded) && r.answers && input.device === undefined)
    return answerKnowledge(input, r)!;
  // …and so does a change asked to the restart itself: the month named is its context. (A restart with a change asked
  // anchors the question — retrieve.ts — so "peut-on repousser le redémarrage de janvier ?" reaches a unit with no product word.)
  if (
    (question.intent === 'calendar' || question.intent === 'next-reboot') &&
    !post &&
    CHANGE_ASKED.test(folded) &&
    RESTART.test(folded) &&
    r.answers &&
    input.device === undefined
  )
    return answerKnowledge(input, r)!;
  switch (question.intent) {
    case 'eligibility': {
      const devices = await ownDevices(input, deps);
      if (devices) return eligibilityForDevices(devices, input, deps);
      if (r.declined && input.device === undefined) return unknown(deps, 'out-of-scope');
      // Device facts alone do not make an eligibility question: "end of support for 25H2 Enterprise?" asks a date.
      // Nor do they make a device form: "how to use a restore point on Windows 11?" asks nothing a verdict answers.
      // Typos too: "is my pc elegible for hotpach".
      if (input.device === undefined && !ELIGIBILITY_ASKED.test(fixSpelling(folded))) return unitOrUnknown(input, deps, r);
      // "…a 25H2 Enterprise laptop with an Arm processor. How does hotpatch work?" asks how it works, which no verdict says.
      const kind = kindOfAsk(fixSpelling(folded));
      if (input.device === undefined && kind && r.answers && answersKind(r.best!.unit.id, kind)) return answerKnowledge(input, r)!;
      // A long post that lists editions, licences and versions without asking about the asker's own device
      // (press: "hotpatch is available for Enterprise E3/E5…") is answered by the unit about what it says, not a verdict.
      if (input.device === undefined && post && !OWN_DEVICE.test(folded)) return unitOrUnknown(input, deps, r);
      // A claim ("my boss says hotpatch is included in E3") asks no verdict on a device: the unit about what it says.
      if (input.device === undefined && isStatement(question.text) && r.answers) return answerKnowledge(input, r)!;
      // …nor does its truth asked ("my manager says hotpatch costs extra on E3, is that true?").
      if (input.device === undefined && TRUTH_ASKED.test(folded) && r.answers) return answerKnowledge(input, r)!;
      const result = answerEligibility(input, deps);
      // "Is my device eligible?" wants the form; "Are hybrid joined devices excluded?" is a topic: only a strong unit, or one
      // clearly ahead of the next, wins.
      if (result.kind === 'device-form' && input.device === undefined && (r.strong || r.clear)) return answerKnowledge(input, r) ?? result;
      // "Do I need E3 for hotpatch?", "Faut-il VBS ?" ask a requirement, not a verdict on a device: the unit that answers it.
      if (result.kind === 'device-form' && input.device === undefined && r.answers && asksRequirement(folded)) return answerKnowledge(input, r)!;
      // …and so does "Do I need to disable CHPE on Snapdragon?": the processor named is the requirement's subject, not a
      // device of the asker's to give a verdict on.
      if (
        result.kind === 'eligibility' &&
        input.device === undefined &&
        r.answers &&
        asksRequirement(folded) &&
        !OWN_DEVICE.test(folded) &&
        !misfits(r, question.slots)
      )
        return answerKnowledge(input, r)!;
      // "The report says our laptops are not eligible: what did we miss?" already has the verdict and asks the reasons.
      if (result.kind === 'device-form' && input.device === undefined && r.answers && TOLD_INELIGIBLE.test(folded)) return answerKnowledge(input, r)!;
      // "Does hotpatch work on Arm PCs?" asks about a kind of device, not the asker's: the unit about it.
      if (result.kind === 'device-form' && input.device === undefined && r.answers && !OWN_DEVICE.test(folded) && !misfits(r, question.slots))
        return answerKnowledge(input, r)!;
      return result;
    }
    case 'next-reboot': {
      const { date, month, period } = question.slots;
      // "Mon ordinateur redémarre aléatoirement" names a restart but asks about a neighbouring subject (hardware).
      if (r.declined && !date && !month && !period && input.device === undefined) return unknown(deps, 'out-of-scope');
      // "Do our MacBooks need a restart for the new macOS update?", « la maj de Teams est prévue quand ? »: another product's
      // update, whose restarts the Windows calendar does not compute.
      if (OTHER_PRODUCT_UPDATE.test(folded) && !WINDOWS_NAMED.test(folded) && input.device === undefined) return unknown(deps, 'out-of-scope');
      // Only a strong unit about restarts that happened wins over the computed next reboot; device facts
      // named with the question ("… Windows 11 Pro 24H2") are context, not another question.
      if (!date && !month && !period && r.strong && r.best!.unit.intent === 'why-restarted' && input.device === undefined)
        return knowledgeAnswer(r.best!.unit, unitContextOf(input), r.ranked);
      // The computed next reboot is the monthly security cycle's; "does the optional preview need a restart?",
      // "when is the next out-of-band update?" ask about another kind of update, which a unit answers.
      // (The restart named with that kind of update makes it the bot's subject: "do .NET updates restart the PC?". The unit
      // says whether it is a hotpatch, another predicate than the restart asked: no yes/no opener.)
      if (!date && !month && !period && input.device === undefined && reaches(r) && OTHER_UPDATE.test(folded))
        return { ...knowledgeAnswer(r.best!.unit, unitContextOf(input), r.ranked), noYesNo: true };
      // "Does Windows reboot by itself when it installs updates?" asks how restarts happen, not when the next one is (the
      // skill says it is about restarts, so the best unit about them answers, product named or not).
      if (!date && !month && !period && input.device === undefined && reaches(r) && r.best!.unit.intent === 'why-restarted' && ON_ITS_OWN.test(folded))
        return knowledgeAnswer(r.best!.unit, unitContextOf(input), r.ranked);
      // "Quand mon PC redémarrera-t-il en avril ?" asks about the month named, not the next restart from today.
      if (month && !question.slots.past && input.device === undefined) return answerCalendar(input, deps);
      // "How does the ring's grace period affect when laptops restart?" asks how restarts are decided, which a strong unit says.
      if (!date && !month && !period && input.device === undefined && r.strong && !r.best!.unit.broad && HOW_ASKED.test(folded))
        return knowledgeAnswer(r.best!.unit, unitContextOf(input), r.ranked);
      // Per device when the inventory knows the asker's device (the first one: one restart date per answer).
      const devices = await ownDevices(input, deps);
      return answerNextReboot(devices ? { ...input, device: devices[0]!.profile } : input, deps);
    }
    case 'fleet-summary': {
      // No inventory to summarise: a unit that answers the question ("are all our Enterprise PCs eligible?" → the
      // prerequisites) says more than "configure an inventory".
      if (!inventoryOf(deps) && r.strong && question.confidence < 0.8) return answerKnowledge(input, r)!;
      return answerFleet(input, deps);
    }
    case 'calendar': {
      const { date, month, period } = question.slots;
      if (r.declined && !date && !month && !period) return unknown(deps, 'out-of-scope');
      // The computed calendar is the hotpatch cycle's; Windows 10 never gets hotpatch (HP-OS-4): "our Win10 PCs on ESU reboot
      // every Patch Tuesday, expected?" is the unit's.
      if (!date && question.slots.device?.osFamily === 'windows-10' && r.answers && input.device === undefined) return answerKnowledge(input, r)!;
      // "Is the November update out?", « la maj de novembre est sortie ? » asks whether a month's update was released, which a
      // unit computed for the month asked says (the calendar lists months to come).
      if (!date && RELEASE_ASKED.test(folded) && r.answers && r.best!.unit.forMonthAsked && input.device === undefined) return answerKnowledge(input, r)!;
      // "Pourquoi mon poste n'a pas reçu le hotpatch ce mois-ci ?" asks the reasons, which a unit gives; the month is context.
      if (WHY_NOT.test(folded) && r.answers && input.device === undefined) return answerKnowledge(input, r)!;
      // A claim that names a month ("devices must have April 2025's cumulative update (KB5055523)") asks no calendar.
      if (!date && r.strong && isStatement(question.text)) return answerKnowledge(input, r)!;
      // "When was the last baseline?" asks about the past, which the calendar of the months to come does not show.
      if (!date && !month && !period && question.slots.past && r.answers && !r.best!.unit.decline) return answerKnowledge(input, r)!;
      // "My PC is still on last quarter's baseline: will this month's hotpatch install without a restart?" — a period gone
      // by, named in a question about now, is the device's state, not the months asked: a strong unit answers.
      if (!date && !month && period && period.to < input.today && !question.slots.past && r.strong && input.device === undefined)
        return answerKnowledge(input, r)!;
      // "How many restarts per year does hotpatch save?" is a calendar question with no date: a unit answers it.
      // "When is the next Patch Tuesday?" gets the computed months; only a strong unit wins.
      if (!date && !month && !period && (r.strong || r.clear)) return knowledgeAnswer(r.best!.unit, unitContextOf(input), r.ranked);
      // A month named in a statement about a rule ("April: devices must install the baseline to get
      // May's hotpatch") is context: a precise unit far above the bar answers the rule asked.
      if (!date && r.strong && !r.best!.unit.broad && r.best!.score >= 2 * STRONG_MIN) return knowledgeAnswer(r.best!.unit, unitContextOf(input), r.ranked);
      return answerCalendar(input, deps);
    }
    case 'device-lookup':
      // "BitLocker recovery key for LT-0423": a device named for another subject's errand is that subject's.
      if (namesDeclinedSubject(question.text)) return unknown(deps, 'out-of-scope');
      return answerDeviceLookup(input, deps);
    case 'help':
    case 'greeting':
    case 'thanks':
      return { kind: question.intent };
    case 'escalate':
      // « La DSI demande si on peut pousser les correctifs sans redémarrage via WSUS ? » names the IT team as the asker: a
      // question on the bot's subject that asks no hand-over in words is answered.
      if (!HANDOVER_ASKED.test(folded) && r.answers && anchored(question.text)) return answerKnowledge(input, r)!;
      return adapterIntent(question.intent);
    case 'unknown':
      return unitOrUnknown(input, deps, r);
    default:
      if (KNOWLEDGE_INTENTS.has(question.intent)) return unitOrUnknown(input, deps, r);
      return adapterIntent(question.intent);
  }
}

/** Intents that act on Teams or on stores (reminders, escalation, fleet) are handled by their adapters; elsewhere, say where. */
function adapterIntent(intent: AnswerInput['question']['intent']): Answer {
  const notice = intent.startsWith('reminders') ? 'reminders-elsewhere' : intent === 'escalate' ? 'escalate-elsewhere' : 'fleet-elsewhere';
  return { kind: 'notice', intent, notice };
}
