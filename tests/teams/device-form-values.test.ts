import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDeviceForm } from '../../src/teams/device-form-values';
import { DeviceProfile } from '../../src/core/device-profile';

describe('parseDeviceForm', () => {
  it.each([
    [
      { purpose: 'eligibility', edition: 'enterprise', version: '24H2', architecture: 'arm64', vbs: 'running', licenses: 'e3,f3', management: 'intune' },
      { edition: 'enterprise', osFamily: 'windows-11', osVersion: '24H2', architecture: 'arm64', vbs: 'running', licenses: ['e3', 'f3'], management: 'intune' },
    ],
    [{ purpose: 'next-reboot', version: 'windows-10' }, { osFamily: 'windows-10' }],
    // "I don't know" and empty stay unknown: missing data is never a fail (README, Architecture).
    [{ purpose: 'eligibility', edition: 'unknown', version: '', vbs: 'unknown', licenses: '' }, {}],
  ])('%j → %j', (data, device) => {
    const r = parseDeviceForm(data);
    expect(r).toMatchObject({ ok: true, device });
    if (r.ok) expect(DeviceProfile.safeParse(r.device).success).toBe(true);
  });

  it.each([
    [{ purpose: 'eligibility', edition: 'ultimate' }, ['edition']],
    [{ purpose: 'eligibility', licenses: ['e3'] }, ['licenses']],
    [{ purpose: 'x' }, ['purpose']],
    [{}, ['purpose']],
  ])('%j → invalid %j', (data, invalid) => {
    expect(parseDeviceForm(data as Record<string, unknown>)).toEqual({ ok: false, invalid });
  });

  it('never throws and only ever yields valid device profiles (property)', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom('purpose', 'edition', 'version', 'architecture', 'vbs', 'licenses', 'management', 'locale'),
          fc.oneof(fc.string(), fc.constantFrom('eligibility', 'pro', '24H2', 'x64', 'running', 'e3,e5', 'intune', 'fr'), fc.anything()),
        ),
        (data) => {
          const r = parseDeviceForm(data);
          return r.ok ? DeviceProfile.safeParse(r.device).success : r.invalid.length > 0;
        },
      ),
      { numRuns: 500 },
    );
  });
});
