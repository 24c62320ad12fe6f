/**
 * Calendar contract (implemented in src/core/calendar/). Dates are plain `YYYY-MM-DD` strings and
 * months `YYYY-MM`; no Date objects cross this boundary, so no time zone sneaks in (README, Architecture).
 */

/** CAL-1: baseline (restart) vs hotpatch (no restart). */
export type ReleaseKind = 'baseline' | 'hotpatch';
export type Certainty = 'confirmed' | 'reported' | 'uncertain';

/** One entry of data/releases.json (or of an admin override file). */
export interface ReleaseEntry {
  /** Month of the release, YYYY-MM. */
  month: string;
  /** Release date YYYY-MM-DD (Patch Tuesday for B releases; another day for out-of-band). */
  date: string;
  kind: ReleaseKind;
  /** true for an out-of-band release (CAL-OOB-1). */
  outOfBand?: boolean;
  /** true when this month's kind differs from the planned calendar (CAL-6 unplanned baseline). */
  unplanned?: boolean;
  kb?: string;
  builds?: string[];
  certainty: Certainty;
  /** CAL-10: released (published by Microsoft) or planned (not yet published). Defaults to released. */
  status?: ReleaseStatus;
  factIds: string[];
  sources: string[];
  note?: string;
}

/** CAL-10: a month is released once its update is published; until then it is planned. */
export type ReleaseStatus = 'released' | 'planned';

export interface ReleaseData {
  /** When the data was compiled (YYYY-MM-DD); answers say "as of" this date. */
  asOf: string;
  releases: ReleaseEntry[];
}

/** One month of the effective calendar: the planned cycle with release data merged on top. */
export interface CalendarMonth {
  month: string; // YYYY-MM
  patchTuesday: string; // CAL-2: second Tuesday, YYYY-MM-DD
  /** CAL-9: usual slot of the optional D release (fourth Tuesday); null in December (no preview). */
  previewTuesday: string | null;
  /** CAL-10: released when the data records a published B release; otherwise planned. */
  status: ReleaseStatus;
  plannedKind: ReleaseKind; // CAL-1
  kind: ReleaseKind; // effective kind after release data / overrides
  /** Does the month's B release need a restart on a hotpatch device? (kind === 'baseline') */
  restart: boolean;
  unplanned: boolean;
  certainty: Certainty;
  /** Known releases of the month (B release and any out-of-band). */
  releases: ReleaseEntry[];
  factIds: string[];
}

/** Update-ring policy (CAL-8, HP-MGT-4). All in days. */
export interface RingPolicy {
  deferralDays: number; // 0-30
  deadlineDays: number; // 0-30
  graceDays: number; // 0-7
}

export type DeviceCycle =
  | { kind: 'eligible' } // restarts only at baselines (CAL-1)
  | { kind: 'not-eligible' } // restarts every Patch Tuesday (HP-INEL-1)
  | { kind: 'behind-baseline' } // gets baseline + hotpatch at the next release (CAL-3)
  | { kind: 'upgraded-25h2'; upgradeDate: string }; // HP-OS-5

export interface NextRebootInput {
  today: string; // YYYY-MM-DD in the user's zone (computed at the edge)
  cycle: DeviceCycle;
  policy: RingPolicy;
  releases: ReleaseData;
}

export interface NextReboot {
  /** The release that needs the restart. */
  month: string; // YYYY-MM
  releaseDate: string; // YYYY-MM-DD, never before `today`
  releaseKind: ReleaseKind | 'monthly-lcu';
  /** releaseDate + deferral. */
  offeredOn: string;
  /** offeredOn + deadline: the restart is forced from this day (outside active hours). */
  restartBy: string;
  /** restartBy + grace: the latest day, for a device that was offline at the deadline. */
  latestRestart: string;
  certainty: Certainty;
  unplanned: boolean;
  /** Caveat codes (CAL-7): "unplanned-baseline", "drivers-firmware", "feature-update", "uncertain-month", … */
  caveats: string[];
  factIds: string[];
  /** The following restart after this one, for context. */
  following?: { month: string; releaseDate: string; releaseKind: ReleaseKind | 'monthly-lcu' };
}
