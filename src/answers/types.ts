import type { RestartContext, CalendarMonth, NextReboot, RingPolicy } from '../core/calendar';
import type { ServicingStatus } from '../core/lifecycle/servicing';
import type { DeviceProfile, Edition, ProfileOrigins } from '../core/device-profile';
import type { Verdict } from '../core/eligibility/types';
import type { KnowledgeTopic } from '../core/knowledge';
import type { ClaimVerdict } from '../core/knowledge/claims';
import type { Intent, Locale } from '../core/vocabulary';
import type { Question } from '../language';
import type { Recommendation } from '../core/recommendations';
import type { FleetSummary } from '../core/fleet/fleet-summary';

/**
 * Answers are plain data. src/replies turns each
 * kind into an Adaptive Card and a plain text, per locale.
 */
export type Answer =
  | EligibilityAnswer
  | NextRebootAnswer
  | CalendarAnswer
  | DateCheckAnswer
  | KnowledgeAnswer
  | QmrAdviceAnswer
  | DeviceFormAnswer
  | SimpleAnswer
  | UnknownAnswer
  | NoticeAnswer;

export interface EligibilityAnswer {
  kind: 'eligibility';
  device: DeviceProfile;
  origins?: ProfileOrigins;
  verdict: Verdict;
  recommendations: Recommendation[];
  /** Date of the facts ("according to Microsoft documentation as of …"). */
  asOf: string;
}

export interface NextRebootAnswer {
  kind: 'next-reboot';
  today: string;
  timeZone: string;
  policy: RingPolicy;
  /** Per scenario: when eligibility is unknown both are given. */
  scenarios: { cycle: 'eligible' | 'not-eligible' | 'behind-baseline' | 'upgraded-25h2'; reboot: NextReboot }[];
  /** LIFE-5: the device's version is past its end of servicing (then `scenarios` is empty). */
  servicing?: ServicingStatus;
  asOf: string;
}

export interface CalendarAnswer {
  kind: 'calendar';
  months: CalendarMonth[];
  today: string;
  asOf: string;
  /** CAL-3 / CAL-10: the first hotpatch month shown and the baseline a device needs to take it. */
  needsBaseline?: NeedsBaseline;
}

/** "December 2026's hotpatch needs the October 2026 baseline" (CAL-3). */
export interface NeedsBaseline {
  hotpatchMonth: string;
  baseline: string;
}

/** "Will I need to reboot on 14 April 2026?" / "Is Patch Tuesday in December 2026 on the 1st?" */
export interface DateCheckAnswer {
  kind: 'date-check';
  date: string;
  month: CalendarMonth;
  isPatchTuesday: boolean;
  needsBaseline?: NeedsBaseline;
  /**
   * The predicate asked: "is it Patch Tuesday?" or "will I need to restart?" (issue 11: the opener
   * answers the question asked — a Patch Tuesday of a hotpatch month needs no restart).
   */
  asked?: 'patch-tuesday' | 'restart';
  /** The next planned baseline (restart) after the day checked, computed (CAL-1, CAL-10). */
  nextBaseline?: string;
  today: string;
  asOf: string;
}

export interface KnowledgeAnswer {
  kind: 'knowledge';
  topic: KnowledgeTopic;
  related: Pick<KnowledgeTopic, 'id' | 'title'>[];
  /**
   * The next unit when it is close to the question too (issue 11: the best two are close): its title and
   * the first line of its answer, said after the best answer (and offered as a button, in `related`).
   * For a long post (several claims, one unit each), the rest of its answer and its sources too (`more`).
   */
  close?: Pick<KnowledgeTopic, 'id' | 'title'> & { line: KnowledgeTopic['title']; more?: Pick<KnowledgeTopic, 'body' | 'sources'> };
  /** "Why did my device restart?": the causes ordered for the month asked about, or today's. */
  restart?: RestartContext;
  /**
   * No yes/no was asked — the message asks nothing (a claim, a post) or asks when/what/how/why —, so no "Yes:" or
   * "No:" opens the answer (issue 11, items 5 and 6: "when will devices restart?" was answered "No. …").
   */
  noYesNo?: boolean;
  /**
   * Claims of the message that the register contradicts ("hotpatch is in technical preview", "the admin must opt
   * in"), each with its verdict and correcting fact (core/knowledge/claims): said first, before the unit.
   */
  corrections?: Correction[];
}

export interface Correction {
  id: string;
  verdict: ClaimVerdict;
  line: KnowledgeTopic['title'];
  factIds: string[];
  sources: KnowledgeTopic['sources'];
}

export interface QmrAdviceAnswer {
  kind: 'qmr-advice';
  edition?: Edition;
  recommendations: Recommendation[];
  asOf: string;
}

/** Not enough facts to answer: ask with a form, pre-filled with what the text gave. */
export interface DeviceFormAnswer {
  kind: 'device-form';
  purpose: 'eligibility' | 'next-reboot';
  prefill: Partial<DeviceProfile>;
  missing: (keyof DeviceProfile)[];
}

export interface SimpleAnswer {
  kind: 'help' | 'greeting' | 'thanks';
}

export interface UnknownAnswer {
  kind: 'unknown';
  /** Best guesses to offer as suggestions (intents or topic ids). */
  suggestions: string[];
  /** true when the helpdesk can be offered (escalation configured or a contact text). */
  canEscalate: boolean;
  /**
   * Why no answer: the question is about a subject the bot has no facts for ('out-of-scope'), or
   * nothing it knows comes close ('no-match'). Absent: the message was not understood.
   */
  reason?: 'out-of-scope' | 'no-match';
}

/**
 * A fixed reply that carries no data of its own: the inventory is not configured or not open to the
 * asker, or the intent is acted on elsewhere (reminders, escalation, fleet: in Teams or the CLI).
 * src/replies words each code (notice-words.ts).
 */
export interface NoticeAnswer {
  kind: 'notice';
  intent: Intent;
  notice: Notice;
}

export type Notice =
  | 'lookup-no-inventory'
  | 'lookup-not-found'
  | 'lookup-forbidden'
  | 'fleet-no-inventory'
  | 'fleet-forbidden'
  | 'reminders-elsewhere'
  | 'escalate-elsewhere'
  | 'fleet-elsewhere';

/** "How ready is our fleet?" (helpdesk/admins): readiness by blocker from the inventory. */
export interface FleetAnswer {
  kind: 'fleet';
  summary: FleetSummary;
  source: 'csv' | 'intune';
  today: string;
  asOf: string;
}

/** Several answers in one reply, e.g. one verdict per device of the asking user (inventory). */
export interface MultiAnswer {
  kind: 'multi';
  answers: Answer[];
  /** Devices not shown (beyond the cap). */
  more: number;
}

/** What the answers layer returns: the renderable kinds plus the composite ones the pipeline unfolds. */
export type AnyAnswer = Answer | FleetAnswer | MultiAnswer;

export interface AnswerContext {
  question: Question;
  today: string;
  timeZone: string;
  locale: Locale;
}
