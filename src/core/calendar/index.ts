/** Public API of the calendar core (pure: dates, zone and release data are arguments). */
export * from './types';
export { nthTuesday, patchTuesday, previewTuesday, patchTuesdayOf } from './patch-tuesday';
export { plannedKind, BASELINE_MONTHS } from './planned-kind';
export { calendarMonth, buildCalendar, MAX_CALENDAR_MONTHS, bRelease, requiredBaseline } from './build-calendar';
export { nextReboot, ALWAYS_CAVEATS, UNCERTAIN_CAVEAT } from './next-reboot';
export { mergeReleaseData } from './merge-release-data';
export { releaseDataSchema, releaseEntrySchema, parseReleaseData, RELEASE_ENTRY_EXAMPLE } from './release-schema';
export { ringPolicyProblems, RING_POLICY_BOUNDS, DEFAULT_RING_POLICY } from './ring-policy';
export { restartContext } from './restart-causes';
export type { RestartCause, RestartContext } from './restart-causes';
