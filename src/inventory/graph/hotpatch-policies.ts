import type { HotpatchPolicy } from '../../core/device-profile';

/** beta windowsQualityUpdatePolicy (G-QUP-1) with its assignments (G-QUP-2). */
export interface QualityUpdatePolicy {
  id: string;
  displayName?: string;
  hotpatchEnabled?: boolean | string | null;
  assignments?: Array<{ target?: { '@odata.type'?: string; groupId?: string | null } | null }>;
}

function readBool(v: unknown): boolean | undefined {
  if (v === true || v === 'true') return true;
  if (v === false || v === 'false') return false;
  return undefined;
}

/** Whether a policy targets a device in these groups (exclusions win, as in Intune). */
export function policyApplies(policy: QualityUpdatePolicy, groupIds: ReadonlySet<string>): boolean {
  let included = false;
  for (const a of policy.assignments ?? []) {
    const type = (a.target?.['@odata.type'] ?? '').toLowerCase();
    const gid = a.target?.groupId ?? '';
    if (type.endsWith('exclusiongroupassignmenttarget') && groupIds.has(gid)) return false;
    if (type.endsWith('alldevicesassignmenttarget') || type.endsWith('alllicensedusersassignmenttarget')) included = true;
    else if (type.endsWith('.groupassignmenttarget') && groupIds.has(gid)) included = true;
  }
  return included;
}

/**
 * HP-MGT-2: a device in a quality update policy gets that policy's hotpatch setting; in none, the
 * tenant default applies ('none' here; G-QUP-4: the default itself is unknown). Two policies that
 * disagree, or a policy without a readable hotpatchEnabled, give undefined: never a guessed "allow".
 */
export function hotpatchPolicyFor(policies: readonly QualityUpdatePolicy[], groupIds: ReadonlySet<string> | undefined): HotpatchPolicy | undefined {
  if (policies.length === 0) return 'none';
  if (groupIds === undefined) {
    // Without the device's groups only a tenant-wide assignment can be judged.
    const everyone = policies.filter((p) => policyApplies(p, new Set()));
    return everyone.length > 0 ? settingOf(everyone) : undefined;
  }
  const applying = policies.filter((p) => policyApplies(p, groupIds));
  return applying.length === 0 ? 'none' : settingOf(applying);
}

function settingOf(applying: readonly QualityUpdatePolicy[]): HotpatchPolicy | undefined {
  const values = new Set(applying.map((p) => readBool(p.hotpatchEnabled)));
  if (values.size !== 1 || values.has(undefined)) return undefined;
  return values.has(true) ? 'allow' : 'block';
}
