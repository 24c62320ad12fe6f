/**
 * Error codes of the calendar core and plain-date helpers (src/errors.ts: each area lists its codes).
 * HB-DATA-* (reading release files) are listed in src/data/errors.ts.
 */
export const CALENDAR_ERROR_CODES = {
  'HB-DATE-001': 'Invalid plain date (expected YYYY-MM-DD).',
  'HB-DATE-002': 'Invalid month (expected YYYY-MM).',
  'HB-DATE-003': 'Unknown IANA time zone.',
  'HB-CAL-001': 'nthTuesday: n outside 1-4.',
  'HB-CAL-002': 'nthTuesday: month outside 1-12.',
  'HB-CAL-003': 'nthTuesday: year outside 1-9999.',
  'HB-CAL-004': 'buildCalendar: months outside the allowed range.',
  'HB-CAL-005': 'nextReboot: today is not a valid date.',
  'HB-CAL-006': 'nextReboot: upgradeDate (upgraded-25h2) is not a valid date.',
  'HB-CAL-007': 'nextReboot: ring policy out of bounds (deferral 0-30, deadline 0-30, grace 0-7).',
  'HB-CAL-008': 'nextReboot: no restart release within the horizon (release data overrides remove every baseline).',
} as const;
