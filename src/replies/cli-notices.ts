import { localeTag } from '../core/vocabulary';

/**
 * What the CLI says on stderr while it works or when a file or a service fails: English only, like the
 * CLI's help and usage errors (those stay with the argument parsing in src/app/cli). Coded errors keep
 * their catalogue message (src/errors.ts).
 */
export const cliNotices = {
  fleetCannotRead: (file: string, reason: string) => `Cannot read ${file}: ${reason}. Check the path.`,
  fleetReadFailed: (file: string, message: string) => `Cannot read ${file}: ${message}`,
  fleetNoReleaseData: (message: string) => `Release data not loaded, the latest-baseline check stays unknown: ${message}`,
  fleetProgress: (rows: number) => `… ${rows.toLocaleString(localeTag('en', 'numbers'))} rows`,
  fleetOutOfMemory: (budgetMb: number) =>
    `hotpatch-bot fleet: the file needs more memory than the command's budget (${budgetMb} MB). Run it again with HOTPATCH_FLEET_IN_PROCESS=1.`,
  catalogUnreadable: (message: string) => `hotpatch-bot: the Windows Update catalog could not be read: ${message}`,
  listening: (url: string | undefined, port: number | string) => `hotpatch-bot listening on ${url ?? `port ${port}`}`,
} as const;
