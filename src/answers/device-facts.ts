import { DeviceProfile } from '../core/device-profile';
import type { Verdict } from '../core/eligibility/types';

/** The facts of the question: the form's submitted values win over what the text said. */
export function mergeDeviceFacts(fromText: Partial<DeviceProfile> | undefined, fromForm: Partial<DeviceProfile> | undefined): DeviceProfile {
  const merged = { ...(fromText ?? {}), ...(fromForm ?? {}) };
  // Most questions name no device at all: nothing to validate.
  if (Object.keys(merged).length === 0) return {};
  const parsed = DeviceProfile.safeParse(merged);
  if (parsed.success) return parsed.data;
  // Drop only the fields that do not validate; keep the rest (bad input never loses good facts).
  const bad = new Set(parsed.error.issues.map((i) => String(i.path[0])));
  return DeviceProfile.parse(Object.fromEntries(Object.entries(merged).filter(([k]) => !bad.has(k))));
}

/** Facts the form asks for. */
export const FORM_FIELDS: (keyof DeviceProfile)[] = ['edition', 'osVersion', 'architecture', 'vbs', 'licenses', 'management'];

/**
 * Ask with a form only when the text gave too little to say anything useful: a verdict that already
 * fails is an answer ("Pro 23H2 x64 eligible?" gets a verdict, not a form), and so is a form submit.
 */
export function needsForm(verdict: Verdict, device: DeviceProfile, fromForm: boolean): boolean {
  if (fromForm || verdict.status !== 'unknown') return false;
  const core = ['edition', 'osVersion', 'build', 'osFamily', 'vbs', 'licenses', 'architecture'] as const;
  const known = core.filter((k) => device[k] !== undefined).length;
  return known < 3;
}

export function missingFormFields(device: DeviceProfile): (keyof DeviceProfile)[] {
  return FORM_FIELDS.filter((f) => {
    if (f === 'osVersion') return device.osVersion === undefined && device.build === undefined && device.osFamily !== 'windows-10';
    return device[f] === undefined;
  });
}
