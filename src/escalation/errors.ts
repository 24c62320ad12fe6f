/**
 * Escalation error codes (helpdesk staff can search them):
 * HB-ESC-001 ticket not found (wrong id, or another tenant's ticket).
 * HB-ESC-002 ticket changed concurrently too many times (eTag conflicts): try the action again.
 * HB-ESC-003 posting the ticket card to the helpdesk channel failed (connector error).
 * HB-ESC-004 invalid card action payload.
 * HB-ESC-005 ticket id already exists (create-only write refused).
 */
export const ESC = {
  notFound: 'HB-ESC-001',
  conflict: 'HB-ESC-002',
  postFailed: 'HB-ESC-003',
  badAction: 'HB-ESC-004',
  duplicate: 'HB-ESC-005',
} as const;
