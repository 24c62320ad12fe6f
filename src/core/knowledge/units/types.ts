import type { KnowledgeTopic, Localized } from '../types';
import type { Architecture, Edition } from '../../device-profile';

/**
 * An answer unit (issue 11): answers ONE question precisely and opens with the direct answer to that
 * question. It is a KnowledgeTopic (same rendering path: title, body, commands, hedge, as-of,
 * sources) plus what retrieval and the opener checks need.
 */
export type Opener = 'yes' | 'no' | 'date' | 'depends' | 'fact';

/** Product slot the language layer can tell: a filter/boost for ranking. */
export type Product = 'hotpatch' | 'qmr' | 'server' | 'windows10' | 'graph' | 'calendar' | 'lifecycle' | 'out-of-scope';

export interface UnitContext {
  /** Today, YYYY-MM-DD (the question's day in the user's zone). */
  today: string;
  /** The month the question names (YYYY-MM), for a unit about a month ("is the January update out?"). */
  month?: string;
}

export interface AnswerUnit extends KnowledgeTopic {
  product: Product;
  /** The questions this unit answers, as people ask them (indexed for retrieval). */
  asks: Localized<string[]>;
  /** What the first sentence is: Yes / No / a date / "It depends on X" / a plain fact. */
  opener: Opener;
  /**
   * Body computed from the context (dates are computed, never written). When present it replaces
   * `body`, which then holds a representative rendering for indexing and checks.
   */
  compose?: (ctx: UnitContext) => Localized<string[]>;
  /** A broad topic kept as a unit (answers the question of its title); precise units go first on equal words. */
  broad?: boolean;
  /** Windows versions ("25H2") this unit is about: boosted when the question names that version. */
  versions?: string[];
  /** Editions this unit is about ("LTSC", "Pro"): boosted when the question names one of them. */
  editions?: Edition[];
  /** Processor architectures this unit is about (Arm64 and CHPE, x64): boosted when the question names one of them. */
  architectures?: Architecture[];
  /** Months (YYYY-MM) this unit is about: boosted when the question asks about that month. */
  months?: string[];
  /** The unit computes what comes next ("the next baseline"): a question in the past tense is not about it. */
  future?: boolean;
  /** The unit is composed for the month the question names (UnitContext.month): it answers about any month, not one. */
  forMonthAsked?: boolean;
  /** Out of the bot's register: choosing this unit means "say plainly I can't answer; offer the helpdesk". */
  decline?: boolean;
  /**
   * For a declined subject: words that name it decisively (in folded text: "ESU", "0x800f0922", "UEFI CA
   * 2023"), so that it outranks the bot's own units even in a post that also names hotpatch.
   */
  cue?: RegExp;
}

export type { Localized };
