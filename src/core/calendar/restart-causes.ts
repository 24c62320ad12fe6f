/**
 * "Why did my device restart?" — the causes in the order that fits the month (not a fixed list). The
 * month is the one named in the question, else the month of the latest Patch Tuesday up to today
 * (on 7 December 2026 that is November 2026: December's release has not come yet).
 * Baseline month: the baseline itself (CAL-1) or an unplanned one (CAL-6) first. Hotpatch month: a
 * missed baseline (CAL-3, R-8), a feature update such as 26H2 installed in a hotpatch month (HP-OS-5,
 * HP-OS-8, R-4), a device that is not eligible and gets the LCU (HP-INEL-1, R-7), the optional preview
 * once it is out (CAL-9), then the rest (R-2, R-3, CAL-6, R-6, R-5).
 */
import { addMonths } from '../dates';
import { calendarMonth, requiredBaseline } from './build-calendar';
import type { ReleaseData } from './types';

export type RestartCause =
  | 'baseline-month'
  | 'unplanned-baseline'
  | 'missed-baseline'
  | 'feature-update'
  | 'not-eligible'
  | 'optional-preview'
  | 'other-updates'
  | 'vbs-chpe'
  | 'uninstall-fallback';

export interface RestartContext {
  /** The release month the causes are about (YYYY-MM). */
  month: string;
  kind: 'baseline' | 'hotpatch';
  /** Hotpatch month: the baseline it needs (CAL-3). */
  baseline?: string;
  /** The month's optional preview date, when it is out by `today` (CAL-9; none in December). */
  preview?: string;
  causes: RestartCause[];
  factIds: string[];
}

/** The month of the latest Patch Tuesday on or before `today`. */
export function currentReleaseMonth(today: string, data: ReleaseData): string {
  const m = today.slice(0, 7);
  return calendarMonth(m, data).patchTuesday <= today ? m : addMonths(m, -1);
}

export function restartContext(today: string, data: ReleaseData, month?: string): RestartContext {
  const current = currentReleaseMonth(today, data);
  // "Restarted in August" asked in November means the August that has passed, not next year's.
  const m = month === undefined ? current : month > current ? addMonths(month, -12) : month;
  const cm = calendarMonth(m, data);
  const preview = cm.previewTuesday !== null && cm.previewTuesday <= today ? cm.previewTuesday : undefined;
  if (cm.kind === 'baseline') {
    const first: RestartCause = cm.unplanned ? 'unplanned-baseline' : 'baseline-month';
    return {
      month: m,
      kind: 'baseline',
      preview,
      causes: [first, 'feature-update', 'other-updates', ...(preview ? (['optional-preview'] as const) : []), 'vbs-chpe', 'uninstall-fallback'],
      factIds: ['CAL-1', ...(cm.unplanned ? ['CAL-6'] : []), 'R-1', 'R-4', 'R-2', 'R-3', 'R-6', 'R-5'],
    };
  }
  return {
    month: m,
    kind: 'hotpatch',
    baseline: requiredBaseline(m, data),
    preview,
    causes: [
      'missed-baseline',
      'feature-update',
      'not-eligible',
      ...(preview ? (['optional-preview'] as const) : []),
      'other-updates',
      'unplanned-baseline',
      'vbs-chpe',
      'uninstall-fallback',
    ],
    factIds: ['CAL-3', 'R-8', 'HP-OS-5', 'HP-OS-8', 'R-4', 'HP-INEL-1', 'R-7', ...(preview ? ['CAL-9'] : []), 'R-2', 'R-3', 'CAL-6', 'R-6', 'R-5', 'HP-INEL-3'],
  };
}
