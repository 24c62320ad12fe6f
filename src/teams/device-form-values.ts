import { architectures, editions, licenses, managementKinds, vbsStates, type DeviceProfile } from '../core/device-profile';
import { isOneOf } from '../core/device-values';
import { UNKNOWN_CHOICE } from '../replies';
import type { Locale } from '../core/vocabulary';

export type FormPurpose = 'eligibility' | 'next-reboot';

export type ParsedForm = { ok: true; purpose: FormPurpose; device: Partial<DeviceProfile>; locale?: Locale } | { ok: false; invalid: string[] };

const VERSIONS: Record<string, Partial<DeviceProfile>> = {
  '25H2': { osFamily: 'windows-11', osVersion: '25H2' },
  '24H2': { osFamily: 'windows-11', osVersion: '24H2' },
  '23H2': { osFamily: 'windows-11', osVersion: '23H2' },
  '22H2': { osFamily: 'windows-11', osVersion: '22H2' },
  'windows-10': { osFamily: 'windows-10' },
};

const blank = (v: unknown) => v === undefined || v === null || v === '' || v === UNKNOWN_CHOICE;

function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string, invalid: string[]): T | undefined {
  if (blank(value)) return undefined;
  if (isOneOf(value, allowed)) return value;
  invalid.push(field);
  return undefined;
}

/**
 * The device form's submitted values (Action.Execute data or Action.Submit value) → device facts.
 * "I don't know" and empty stay unknown (never fail); anything outside the lists is reported.
 */
export function parseDeviceForm(data: Record<string, unknown>): ParsedForm {
  const invalid: string[] = [];
  const purpose = oneOf(data.purpose, ['eligibility', 'next-reboot'] as const, 'purpose', invalid);
  const device: Partial<DeviceProfile> = {};
  const edition = oneOf(data.edition, editions, 'edition', invalid);
  if (edition) device.edition = edition;
  if (!blank(data.version)) {
    const v = typeof data.version === 'string' ? VERSIONS[data.version] : undefined;
    if (v) Object.assign(device, v);
    else invalid.push('version');
  }
  const arch = oneOf(data.architecture, architectures, 'architecture', invalid);
  if (arch) device.architecture = arch;
  const vbs = oneOf(data.vbs, vbsStates, 'vbs', invalid);
  if (vbs) device.vbs = vbs;
  const mgmt = oneOf(data.management, managementKinds, 'management', invalid);
  if (mgmt) device.management = mgmt;
  if (!blank(data.licenses)) {
    const list =
      typeof data.licenses === 'string'
        ? data.licenses
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : [];
    const bad = list.filter((l) => !isOneOf(l, licenses));
    if (typeof data.licenses !== 'string' || bad.length) invalid.push('licenses');
    else device.licenses = list as DeviceProfile['licenses'];
  }
  if (invalid.length || !purpose) return { ok: false, invalid: invalid.length ? invalid : ['purpose'] };
  const locale = data.locale === 'fr' || data.locale === 'en' ? data.locale : undefined;
  return { ok: true, purpose, device, locale };
}
