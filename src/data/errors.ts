/** Error codes of data loading (data/releases.json, the admin override file, data/facts/register.json). */
export const DATA_ERROR_CODES = {
  'HB-DATA-001': 'A release data file cannot be read (missing file or no permission).',
  'HB-DATA-002': 'A release data file is not valid JSON.',
  'HB-DATA-003': 'A release data file does not match the schema (the message names each JSON path).',
  'HB-DATA-006': 'Warning (not an error): the current month has no released entry 2 days after Patch Tuesday, or a data file is older than 45 days.',
  'HB-DATA-005': 'The lifecycle data (data/lifecycle.json) cannot be read or does not match its schema.',
  'HB-DATA-004': 'The facts register (data/facts/register.json) cannot be read or does not match its schema.',
} as const;
