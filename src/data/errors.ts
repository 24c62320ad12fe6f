/** Error codes of release-data loading (data/releases.json and the admin override file). */
export const DATA_ERROR_CODES = {
  'HB-DATA-001': 'A release data file cannot be read (missing file or no permission).',
  'HB-DATA-002': 'A release data file is not valid JSON.',
  'HB-DATA-003': 'A release data file does not match the schema (the message names each JSON path).',
} as const;
