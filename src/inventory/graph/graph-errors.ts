import { HbError, isErrorCode, isHbError } from '../../errors';
import { INV } from '../errors';

/**
 * The least-privileged application permission behind each Graph call we make (G-MD-6, G-QUP-2,
 * G-CAT-5), so a 403 names exactly what an admin must grant.
 */
const PERMISSIONS: Array<[RegExp, string, string]> = [
  [/managedDevices/i, 'DeviceManagementManagedDevices.Read.All', 'reading Intune managed devices'],
  [/windowsQualityUpdatePolicies/i, 'DeviceManagementConfiguration.Read.All', 'reading Windows quality update (hotpatch) policies'],
  [/licenseDetails/i, 'User.Read.All', "reading the device user's licences"],
  [/\/devices/i, 'Device.Read.All and GroupMember.Read.All', "reading a device's groups"],
  [/checkMemberGroups|transitiveMemberOf|memberOf/i, 'GroupMember.Read.All and User.ReadBasic.All', 'checking helpdesk group membership'],
  [/admin\/windows\/updates/i, 'WindowsUpdates.ReadWrite.All', 'reading the Windows Update catalog (hotpatch revisions)'],
];

export function permissionFor(path: string): { permission: string; what: string } {
  const hit = PERMISSIONS.find(([re]) => re.test(path));
  return hit ? { permission: hit[1], what: hit[2] } : { permission: 'the permission listed for this endpoint', what: path };
}

/** Strips query strings (filters carry device names) before a path goes into a message. */
export function describePath(path: string): string {
  return path.replace(/^https:\/\/[^/]+/, '').split('?')[0];
}

interface GraphLikeError {
  statusCode?: number;
  code?: string | null;
  message?: string;
  headers?: { get(name: string): string | null };
}

/** Any failure of a Graph call → one HbError with an action. HbErrors (token, timeouts) pass through. */
export function toInventoryError(e: unknown, path: string): HbError {
  if (isHbError(e)) return e;
  const g = (e ?? {}) as GraphLikeError;
  // The graph client wraps errors thrown in middleware: recover our own code from the message.
  const own = /^(HB-[A-Z]+-\d{3}) ([\s\S]*)$/.exec(g.message ?? '');
  if (own && isErrorCode(own[1]!)) return new HbError(own[1], own[2]!);
  const where = describePath(path);
  const status = g.statusCode ?? -1;
  if (status === 401) {
    return new HbError(
      INV.auth,
      `Microsoft Graph rejected the app's token for ${where} (401). Check GRAPH_TENANT_ID and GRAPH_CLIENT_ID, and that the secret or certificate has not expired.`,
      { status },
    );
  }
  if (status === 403) {
    const { permission, what } = permissionFor(path);
    return new HbError(
      INV.missingPermission,
      `The app registration is not allowed to call ${where} (403). Grant the Microsoft Graph application permission ${permission} (for ${what}) in Entra admin center → App registrations → API permissions, then "Grant admin consent". Device management calls also need an active Intune licence in the tenant.`,
      { status, permission },
    );
  }
  if (status === 404) return new HbError(INV.notFound, `Not found in Microsoft Graph: ${where}.`, { status });
  if (status === 429) {
    const after = g.headers?.get('retry-after');
    return new HbError(
      INV.throttled,
      `Microsoft Graph is throttling requests (429)${after ? `; retry after ${after} s` : ''}. Try again later or raise GRAPH_CACHE_SECONDS.`,
      { status },
    );
  }
  if (g.code === 'TimeoutError' || g.code === 'AbortError') {
    return new HbError(INV.timeout, `Microsoft Graph did not answer in time for ${where}. Try again later.`);
  }
  if (status >= 500 || status === -1) {
    return new HbError(
      INV.unavailable,
      `Microsoft Graph is unavailable for ${where} (${status === -1 ? (g.code ?? 'network error') : status}). Try again later.`,
      { status },
    );
  }
  return new HbError(INV.malformed, `Microsoft Graph answered ${status} for ${where}: ${g.code ?? ''} ${g.message ?? ''}`.trim(), { status });
}
