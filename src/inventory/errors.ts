/**
 * Error codes of the inventory area (HB-INV-NNN). Messages are actionable: they name the variable,
 * the Graph permission or the file line to fix. They never contain a secret or a token.
 *
 * HB-INV-010  inventory file has no known column
 * HB-INV-011  inventory file cannot be read
 * HB-INV-031  the app registration lacks a Microsoft Graph permission (403)
 * HB-INV-401  Graph token could not be obtained or was rejected
 * HB-INV-403  the requester may only see their own devices
 * HB-INV-404  device not found
 * HB-INV-422  Graph returned data we cannot read
 * HB-INV-429  Graph kept throttling after the retries
 * HB-INV-502  Graph unavailable (5xx or network) after the retries
 * HB-INV-504  Graph did not answer in time
 */
export const INV = {
  noColumns: 'HB-INV-010',
  unreadableFile: 'HB-INV-011',
  missingPermission: 'HB-INV-031',
  auth: 'HB-INV-401',
  forbidden: 'HB-INV-403',
  notFound: 'HB-INV-404',
  malformed: 'HB-INV-422',
  throttled: 'HB-INV-429',
  unavailable: 'HB-INV-502',
  timeout: 'HB-INV-504',
} as const;
