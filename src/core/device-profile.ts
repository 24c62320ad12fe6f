import { z } from 'zod';

/**
 * What we know about one Windows device. Every field is optional: a missing field means
 * "unknown", and the eligibility rules turn unknown into `unknown`, never into `fail`
 * (README, Architecture).
 */

// Client editions (HP-LIC-7, HP-OS-6, checklist §1.8 item 10 for SE).
export const editions = [
  'home',
  'pro',
  'pro-education',
  'pro-workstation',
  'enterprise',
  'enterprise-multi-session',
  'education',
  'enterprise-ltsc',
  'iot-enterprise',
  'iot-enterprise-ltsc',
  'se',
] as const;
export const Edition = z.enum(editions);
export type Edition = z.infer<typeof Edition>;

export const osFamilies = ['windows-10', 'windows-11'] as const;
export const OsFamily = z.enum(osFamilies);
export type OsFamily = z.infer<typeof OsFamily>;

export const architectures = ['x64', 'arm64', 'x86'] as const;
export const Architecture = z.enum(architectures);
export type Architecture = z.infer<typeof Architecture>;

// VBS as msinfo32 / Win32_DeviceGuard reports it (CHK-1, CHK-2): 2 = running, 1 = enabled not running, 0 = off.
export const vbsStates = ['running', 'enabled-not-running', 'off'] as const;
export const VbsState = z.enum(vbsStates);
export type VbsState = z.infer<typeof VbsState>;

/**
 * Licences, as entitlements (HP-LIC-1, HP-LIC-4): `e3`/`e5` cover Windows Enterprise E3/E5 and
 * Microsoft 365 E3/E5; `f3` covers "Microsoft 365 F3" and "Windows 11 Enterprise F3" (HP-LIC-4 says
 * treat the F SKUs as the same entitlement).
 */
export const licenses = [
  'e3',
  'e5',
  'f3',
  'a3',
  'a5',
  'business-premium',
  'w365-enterprise',
  'w365-business',
  'business-standard',
  'business-basic',
  'e1',
  'other',
] as const;
export const License = z.enum(licenses);
export type License = z.infer<typeof License>;

export const managementKinds = ['intune', 'co-managed', 'other-mdm', 'none'] as const;
export const Management = z.enum(managementKinds);
export type Management = z.infer<typeof Management>;

// HP-MGT-2: a device in a quality update policy gets that policy's setting; `none` = in no policy.
export const hotpatchPolicies = ['allow', 'block', 'none'] as const;
export const HotpatchPolicy = z.enum(hotpatchPolicies);
export type HotpatchPolicy = z.infer<typeof HotpatchPolicy>;

export const TenantDefault = z.enum(['allow', 'block']);
export type TenantDefault = z.infer<typeof TenantDefault>;

// HP-MGT-5: Entra joined or Entra hybrid joined are supported.
export const joinTypes = ['entra', 'hybrid', 'registered', 'workgroup'] as const;
export const JoinType = z.enum(joinTypes);
export type JoinType = z.infer<typeof JoinType>;

// HP-MGT-5: telemetry at least "Required".
export const telemetryLevels = ['off', 'security', 'required', 'optional'] as const;
export const TelemetryLevel = z.enum(telemetryLevels);
export type TelemetryLevel = z.infer<typeof TelemetryLevel>;

// Checklist §1.8 item 11: government clouds are a documented conflict.
export const clouds = ['commercial', 'gcc', 'gcc-high', 'dod'] as const;
export const Cloud = z.enum(clouds);
export type Cloud = z.infer<typeof Cloud>;

export const DeviceProfile = z
  .object({
    deviceName: z.string().max(256).optional(),
    edition: Edition.optional(),
    osFamily: OsFamily.optional(),
    /** Feature release, e.g. "24H2", "25H2", "22H2". */
    osVersion: z
      .string()
      .regex(/^\d{2}H[12]$/)
      .optional(),
    /** Build number, e.g. 26100 (24H2), 26200 (25H2). */
    build: z.number().int().positive().optional(),
    /** Update build revision, e.g. 4349 in 26100.4349. */
    ubr: z.number().int().nonnegative().optional(),
    architecture: Architecture.optional(),
    vbs: VbsState.optional(),
    /** Known licences; an empty array means "known to have none of these". */
    licenses: z.array(License).optional(),
    /** Arm64 only: HotPatchRestrictions=1 or DisableCHPE policy applied (HP-CPU-2, HP-CPU-5). */
    chpeDisabled: z.boolean().optional(),
    management: Management.optional(),
    hotpatchPolicy: HotpatchPolicy.optional(),
    tenantDefault: TenantDefault.optional(),
    joinType: JoinType.optional(),
    telemetry: TelemetryLevel.optional(),
    /** Microsoft Account Sign-In Assistant service (wlidsvc) enabled and running (HP-MGT-5). */
    signInAssistantRunning: z.boolean().optional(),
    /** On the latest baseline (HP-OS-3, CAL-3). */
    onLatestBaseline: z.boolean().optional(),
    cloud: Cloud.optional(),
  })
  .strict();
export type DeviceProfile = z.infer<typeof DeviceProfile>;

/** Where a field's value came from and when (inventory issue: "marking each field's source and as-of time"). */
export interface FieldOrigin {
  source: 'user' | 'csv' | 'intune' | 'assumed';
  asOf?: string;
}
export type ProfileOrigins = Partial<Record<keyof DeviceProfile, FieldOrigin>>;
