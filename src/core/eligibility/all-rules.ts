import type { Rule } from './types';
import { osVersionRule } from './rules/os-version';
import { endOfServicingRule } from './rules/end-of-servicing';
import { editionRule } from './rules/edition';
import { licenseRule } from './rules/license';
import { vbsRunningRule } from './rules/vbs-running';
import { arm64ChpeRule } from './rules/arm64-chpe';
import { intuneManagedRule, joinTypeRule, diagnosticDataRule, signInAssistantRule } from './rules/management';
import { hotpatchPolicyRule } from './rules/hotpatch-policy';
import { latestBaselineRule } from './rules/latest-baseline';
import { governmentCloudRule } from './rules/government-cloud';

/** The prerequisite checklist (HP-OS-1, LIFE-5, HP-LIC-1/6/7, HP-OS-6, HP-VBS-1, HP-CPU-2, HP-MGT-2/5, HP-OS-3), in the order a person reads it. A new prerequisite = a new file + one line. */
export const allRules: readonly Rule[] = [
  osVersionRule,
  endOfServicingRule,
  editionRule,
  licenseRule,
  vbsRunningRule,
  arm64ChpeRule,
  intuneManagedRule,
  joinTypeRule,
  diagnosticDataRule,
  signInAssistantRule,
  hotpatchPolicyRule,
  latestBaselineRule,
  governmentCloudRule,
];
