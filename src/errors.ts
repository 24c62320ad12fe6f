/**
 * The one error catalogue: every code the bot reports, with one meaning each. Codes are HB-<AREA>-<NNN>;
 * docs/error-codes.md is this table for people (tests/errors.test.ts keeps the two equal and checks that
 * every code written in src/ is here).
 */
export const ERROR_CODES = {
  'HB-APP-001': { where: 'packaging', meaning: 'npm run package / validate:manifest: env/.env.<name> not found.' },
  'HB-APP-002': { where: 'packaging', meaning: 'npm run package / validate:manifest: a ${{NAME}} placeholder has no value in env/.env.<name>.' },
  'HB-CAL-001': { where: 'core', meaning: 'nthTuesday: n outside 1-4.' },
  'HB-CAL-002': { where: 'core', meaning: 'nthTuesday: month outside 1-12.' },
  'HB-CAL-003': { where: 'core', meaning: 'nthTuesday: year outside 1-9999.' },
  'HB-CAL-004': { where: 'core', meaning: 'buildCalendar: months outside the allowed range.' },
  'HB-CAL-005': { where: 'core', meaning: 'nextReboot: today is not a valid date.' },
  'HB-CAL-006': { where: 'core', meaning: 'nextReboot: upgradeDate (upgraded-25h2) is not a valid date.' },
  'HB-CAL-007': { where: 'core', meaning: 'nextReboot: ring policy out of bounds (deferral 0-30, deadline 0-30, grace 0-7).' },
  'HB-CAL-008': { where: 'core', meaning: 'nextReboot: no restart release within the horizon (release data overrides remove every baseline).' },
  'HB-CONFIG-001': { where: 'start', meaning: 'a configuration variable is invalid; the message names each variable and gives an example' },
  'HB-CONFIG-002': { where: 'start', meaning: '`BOT_PASSWORD` or `BOT_TYPE` set without `BOT_ID` (half-configured production; clear both for local mode)' },
  'HB-CONFIG-003': { where: 'start', meaning: '`BOT_ID` is not a GUID' },
  'HB-CONFIG-004': { where: 'start', meaning: '`BOT_TENANT_ID` missing (SingleTenant / UserAssignedMSI)' },
  'HB-CONFIG-005': { where: 'start', meaning: '`BOT_TENANT_ID` is not a GUID' },
  'HB-CONFIG-006': { where: 'start', meaning: '`BOT_PASSWORD` set with `BOT_TYPE=UserAssignedMSI`' },
  'HB-CONFIG-007': { where: 'start', meaning: '`BOT_PASSWORD` missing (SingleTenant)' },
  'HB-CONFIG-008': {
    where: 'start',
    meaning:
      'local mode (`BOT_ID` empty: no authentication) with `NODE_ENV=production` or a non-loopback `HOST`; set `BOT_ID`…, or keep it on this machine; `ALLOW_UNAUTHENTICATED=true` overrides on purpose (logged as a warning)',
  },
  'HB-CONFIG-009': { where: 'start', meaning: '`ALLOWED_TENANT_IDS` is missing while `BOT_ID` is set (production must name the tenants it serves)' },
  'HB-CONFIG-010': { where: 'start', meaning: 'an inventory variable required by `DEVICE_SOURCE` is missing (the message names it and gives an example)' },
  'HB-CONFIG-011': { where: 'start', meaning: '`GRAPH_CERTIFICATE_PATH` points to a missing file' },
  'HB-DATA-001': { where: 'start, CLI', meaning: 'a release data file (`data/releases.json` or `RELEASES_OVERRIDE_PATH`) cannot be read' },
  'HB-DATA-002': { where: 'start, CLI', meaning: 'a release data file is not valid JSON' },
  'HB-DATA-003': { where: 'start, CLI', meaning: 'a release data file does not match the schema; the message names each JSON path and shows an example entry' },
  'HB-DATA-004': { where: 'tests, CLI', meaning: 'the facts register `data/facts/register.json` cannot be read or does not match its schema' },
  'HB-DATA-005': { where: 'start, CLI', meaning: 'the lifecycle data `data/lifecycle.json` cannot be read or does not match its schema' },
  'HB-DATA-006': {
    where: 'start, /readyz, CLI',
    meaning:
      "warning only: the current month's Patch Tuesday is more than 2 days past with no released entry, or the release/lifecycle data is older than 45 days (`hotpatch-bot data status`)",
  },
  'HB-DATE-001': { where: 'CLI, core', meaning: 'Invalid plain date (expected YYYY-MM-DD).' },
  'HB-DATE-002': { where: 'CLI, core', meaning: 'Invalid month (expected YYYY-MM).' },
  'HB-DATE-003': { where: 'CLI, core', meaning: 'Unknown IANA time zone.' },
  'HB-ESC-001': { where: 'escalation', meaning: "ticket not found (wrong id, or another tenant's ticket)" },
  'HB-ESC-002': { where: 'escalation', meaning: 'ticket changed concurrently too many times: press the button again' },
  'HB-ESC-003': { where: 'escalation', meaning: 'posting the ticket to the helpdesk channel failed (is the bot installed in that team?)' },
  'HB-ESC-004': { where: 'escalation', meaning: 'invalid card action payload' },
  'HB-ESC-005': { where: 'escalation', meaning: 'ticket id already exists' },
  'HB-HTTP-400': { where: 'HTTP', meaning: 'a request body could not be read, is not JSON, or nests deeper than the cap' },
  'HB-HTTP-413': { where: 'HTTP', meaning: 'a request body is larger than `MAX_BODY_BYTES`' },
  'HB-HTTP-415': { where: 'HTTP', meaning: 'a compressed, multipart, form or non-UTF-8 body (only `application/json` on `POST /api/messages`)' },
  'HB-ICS-001': { where: 'HTTP, CLI', meaning: 'the ICS calendar could not be built' },
  'HB-INV-010': { where: 'inventory', meaning: 'the inventory file has no known column (see the CSV columns)' },
  'HB-INV-011': { where: 'inventory', meaning: 'the inventory file cannot be read' },
  'HB-INV-031': { where: 'inventory', meaning: 'the app registration lacks a Microsoft Graph permission; the message names it' },
  'HB-INV-401': { where: 'inventory', meaning: 'no Graph token (check `GRAPH_TENANT_ID`, `GRAPH_CLIENT_ID` and the secret / certificate / identity)' },
  'HB-INV-403': { where: 'inventory', meaning: 'the requester may only see their own devices (helpdesk group or `HELPDESK_ADMIN_IDS` for others)' },
  'HB-INV-404': { where: 'inventory', meaning: 'device not found' },
  'HB-INV-422': { where: 'inventory', meaning: 'Graph returned data the bot cannot read' },
  'HB-INV-429': { where: 'inventory', meaning: 'Graph kept throttling after the retries' },
  'HB-INV-502': { where: 'inventory', meaning: 'Graph unavailable (5xx or network) after the retries' },
  'HB-INV-504': { where: 'inventory', meaning: 'Graph did not answer in time' },
  'HB-REMIND-001': { where: 'reminders', meaning: 'too much contention updating one item; try again' },
  'HB-REMIND-002': {
    where: 'reminders',
    meaning: 'the conversation already has `REMINDERS_MAX_PER_CONVERSATION` active reminders (default 10); stop one first',
  },
  'HB-REMIND-400': { where: 'HTTP', meaning: '`GET /reminders/status` parameters: `?tenant=<id>&cursor=<nextCursor>&limit=1..200`' },
  'HB-REMIND-401': {
    where: 'HTTP',
    meaning:
      '`GET /reminders/status` needs a call from this machine (loopback, no proxy header) or `Authorization: Bearer METRICS_TOKEN` (401 without, 403 with a wrong token)',
  },
  'HB-REMIND-503': { where: 'HTTP', meaning: '`GET /reminders/status` before the reminders engine started' },
  'HB-STORAGE-001': { where: 'storage', meaning: 'eTag conflict: someone else wrote the item first (handled by retries; shown only if retries run out)' },
  'HB-STORAGE-002': { where: 'start', meaning: 'blob storage misconfigured (`BLOB_CONNECTION_STRING` / `BLOB_CONTAINER`)' },
  'HB-STORAGE-003': {
    where: 'start',
    meaning:
      'the SQLite file (`SQLITE_PATH`) cannot be used: corrupted / not a database, read-only, or cannot be opened; the message says which and what to do (exit code 1)',
  },
  'HB-TEAMS-001': { where: 'start', meaning: 'a card action verb was registered twice (programming error)' },
  'HB-TEAMS-002': { where: 'turn', meaning: 'an on-activity hook failed; logged, the turn goes on' },
  'HB-TEAMS-400': { where: 'HTTP', meaning: '`POST /api/messages` body is not JSON or not an activity (400)' },
  'HB-TEAMS-401': { where: 'HTTP', meaning: '`POST /api/messages` without a valid Bot Framework token in production (401; the body says nothing more)' },
  'HB-TEAMS-403': {
    where: 'HTTP, reminders',
    meaning: 'a service URL was refused: production allows https Bot Framework hosts only; local mode also loopback; never `javascript:`/`file:`/other hosts',
  },
  'HB-TEAMS-500': { where: 'turn', meaning: 'a turn failed; the user got an apology with this code; see the logs' },
  'HB-TEAMS-503': { where: 'HTTP', meaning: 'the Bot Framework OpenID metadata / signing keys could not be fetched within 5 s (503 with `Retry-After`)' },
  'HB-TENANT-001': { where: 'storage', meaning: 'a tenant-scoped storage key could not be built: the activity carried no tenant id' },
  'HB-TENANT-002': { where: 'storage', meaning: 'a tenant-scoped storage key was asked for with no part after the tenant id (programming error)' },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(ERROR_CODES, code);
}

/** An error with a stable code that users and helpdesk staff can search. */
export class HbError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(`${code} ${message}`);
    this.name = 'HbError';
  }
}

export function isHbError(e: unknown): e is HbError {
  return e instanceof HbError;
}
