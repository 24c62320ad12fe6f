import fc from 'fast-check';
import {
  DeviceProfile,
  editions,
  architectures,
  vbsStates,
  licenses,
  managementKinds,
  hotpatchPolicies,
  joinTypes,
  telemetryLevels,
  clouds,
} from '../../src/core/device-profile';

// Consistent OS facts (family, version, build), any of which may be unknown.
const osArb = fc
  .constantFrom(
    { osFamily: 'windows-10', osVersion: '22H2', build: 19045 },
    { osFamily: 'windows-11', osVersion: '23H2', build: 22631 },
    { osFamily: 'windows-11', osVersion: '24H2', build: 26100 },
    { osFamily: 'windows-11', osVersion: '25H2', build: 26200 },
    { osFamily: 'windows-11', osVersion: '26H2', build: 26300 },
  )
  .chain((os) => fc.subarray(Object.keys(os) as (keyof typeof os)[]).map((keys) => Object.fromEntries(keys.map((k) => [k, os[k]]))));

export const profileArb: fc.Arbitrary<DeviceProfile> = fc
  .tuple(
    osArb,
    fc.record(
      {
        edition: fc.constantFrom(...editions),
        architecture: fc.constantFrom(...architectures),
        vbs: fc.constantFrom(...vbsStates),
        licenses: fc.uniqueArray(fc.constantFrom(...licenses), { maxLength: 3 }),
        chpeDisabled: fc.boolean(),
        management: fc.constantFrom(...managementKinds),
        hotpatchPolicy: fc.constantFrom(...hotpatchPolicies),
        tenantDefault: fc.constantFrom('allow', 'block'),
        joinType: fc.constantFrom(...joinTypes),
        telemetry: fc.constantFrom(...telemetryLevels),
        signInAssistantRunning: fc.boolean(),
        onLatestBaseline: fc.boolean(),
        cloud: fc.constantFrom(...clouds),
      },
      { requiredKeys: [] },
    ),
  )
  .map(([os, rest]) => DeviceProfile.parse({ ...os, ...rest }));
