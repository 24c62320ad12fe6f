import { parseArgs } from 'node:util';
import { lifecycleData } from '../../data/load-lifecycle';
import { DeviceProfile, TenantDefault, clouds, telemetryLevels } from '../../core/device-profile';
import { evaluate } from '../../core/eligibility/evaluate';
import { recommend } from '../../core/recommendations';
import { parseOsVersion } from '../../core/os-version';
import { loadReleaseData } from '../../data/load-release-data';
import {
  ValueError,
  isOneOf,
  onLatestBaselineOfWord,
  parseArchitecture,
  parseEdition,
  parseHotpatchPolicy,
  parseJoinType,
  parseLicenses,
  parseManagement,
  parseVbs,
  serviceRunningOfWord,
} from '../../core/device-values';
import { checkReport, checkReportLines } from '../../replies';
import type { CliCommand } from './types';
import { resolveContext } from './context';
import { parseCommand, usageError } from './usage';

export const CHECK_HELP = `Usage: hotpatch-bot check [facts…] [--json] [--locale en|fr] [--today YYYY-MM-DD] [--tz Area/City]

Checks a device against every Hotpatch prerequisite (the checklist of src/core/eligibility/all-rules.ts).
Facts you leave out are "unknown", never a failure.

  --edition NAME        Enterprise, Education, Pro, Home, "Enterprise LTSC", SE, "Pro Education"…
  --version V           Windows release: 24H2, 25H2, 23H2, "Windows 10 22H2"
  --build B             Build instead of a release: 26100.4349 or 10.0.26200.7781
  --arch A              x64 | arm64 | x86
  --vbs S               running | enabled (enabled, not running) | off
  --license L           E3, E5, F3, A3, A5, "Business Premium", "Windows 365 Enterprise", none
                        (repeat the flag or separate with ;)
  --chpe-disabled       Arm64: HotPatchRestrictions=1 / DisableCHPE is set
  --chpe-enabled        Arm64: CHPE is still enabled
  --managed M           intune | co-managed | other-mdm | none
  --policy P            hotpatch setting of the device's quality update policy: allow | block | none
  --tenant-default P    tenant hotpatch default: allow | block
  --join J              entra | hybrid | registered | workgroup
  --telemetry T         off | security | required | optional
  --wlidsvc S           running | disabled
  --baseline B          latest | behind
  --cloud C             commercial | gcc | gcc-high | dod
  --json                print { status, checks[{id,status,reason,fix,source,factIds}], recommendations }
`;

const options = {
  edition: { type: 'string' },
  version: { type: 'string' },
  build: { type: 'string' },
  arch: { type: 'string' },
  vbs: { type: 'string' },
  license: { type: 'string', multiple: true },
  'chpe-disabled': { type: 'boolean' },
  'chpe-enabled': { type: 'boolean' },
  managed: { type: 'string' },
  policy: { type: 'string' },
  'tenant-default': { type: 'string' },
  join: { type: 'string' },
  telemetry: { type: 'string' },
  wlidsvc: { type: 'string' },
  baseline: { type: 'string' },
  cloud: { type: 'string' },
  json: { type: 'boolean' },
  locale: { type: 'string' },
  today: { type: 'string' },
  tz: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof options }>>['values'];

/** These flags take the canonical words only, in any case. */
function pick<T extends string>(flag: string, raw: string | undefined, allowed: readonly T[]): T | undefined {
  if (raw === undefined) return undefined;
  const v = raw.trim().toLowerCase();
  if (isOneOf(v, allowed)) return v;
  throw new ValueError(`--${flag} must be one of ${allowed.join(', ')} (got "${raw}")`);
}

/** Flags → DeviceProfile, through the device-fact words of src/core/device-values, so the CLI and inventory files agree. */
export function profileFromFlags(v: Values): DeviceProfile {
  const os = v.build ?? v.version;
  const osInfo = os === undefined ? undefined : parseOsVersion(os);
  if (os !== undefined && osInfo === undefined)
    throw new ValueError(`--${v.build ? 'build' : 'version'} "${os}" is not a Windows version (e.g. 24H2, 26100.4349)`);
  if (v['chpe-disabled'] && v['chpe-enabled']) throw new ValueError('--chpe-disabled and --chpe-enabled contradict each other');
  const licenses = v.license === undefined ? undefined : parseLicenses(v.license.join(';'));
  const wlid = pick('wlidsvc', v.wlidsvc, ['running', 'disabled'] as const);
  const baseline = pick('baseline', v.baseline, ['latest', 'behind'] as const);
  const profile = {
    edition: v.edition === undefined ? undefined : parseEdition(v.edition),
    ...osInfo,
    architecture: v.arch === undefined ? undefined : parseArchitecture(v.arch),
    vbs: v.vbs === undefined ? undefined : parseVbs(v.vbs),
    licenses,
    chpeDisabled: v['chpe-disabled'] ? true : v['chpe-enabled'] ? false : undefined,
    management: v.managed === undefined ? undefined : parseManagement(v.managed),
    hotpatchPolicy: v.policy === undefined ? undefined : parseHotpatchPolicy(v.policy),
    tenantDefault: pick('tenant-default', v['tenant-default'], TenantDefault.options),
    joinType: v.join === undefined ? undefined : parseJoinType(v.join),
    telemetry: pick('telemetry', v.telemetry, telemetryLevels),
    signInAssistantRunning: wlid === undefined ? undefined : serviceRunningOfWord(wlid),
    onLatestBaseline: baseline === undefined ? undefined : onLatestBaselineOfWord(baseline),
    cloud: pick('cloud', v.cloud, clouds),
  };
  return DeviceProfile.parse(Object.fromEntries(Object.entries(profile).filter(([, x]) => x !== undefined)));
}

export const checkCommand: CliCommand = async (argv, io) => {
  const parsed = parseCommand(argv, options, CHECK_HELP, io);
  if (typeof parsed === 'number') return parsed;
  const values = parsed.values;
  // The same --locale / --today / --tz rules as calendar and next-reboot (an unknown zone is a usage error).
  const r = resolveContext(values, io);
  if (!r.ok) return usageError(io, r.message, CHECK_HELP);
  const { today, locale } = r.ctx;
  let device: DeviceProfile;
  try {
    device = profileFromFlags(values);
  } catch (e) {
    if (e instanceof ValueError || (e as Error).name === 'ZodError') return usageError(io, (e as Error).message, CHECK_HELP);
    throw e;
  }
  const verdict = evaluate(device, { today, lifecycle: lifecycleData() });
  const recs = recommend(device, verdict);
  const asOf = loadReleaseData({}).asOf;
  const result = checkReport(device, verdict, recs, asOf, locale);
  if (values.json) io.out(JSON.stringify(result, null, 2));
  else for (const line of checkReportLines(result, locale)) io.out(line);
  return 0;
};
