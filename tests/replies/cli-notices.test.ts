import { describe, expect, it } from 'vitest';
import { cliNotices } from '../../src/replies/cli-notices';

// English only, like the CLI's help and usage errors.
describe('what the CLI says on stderr', () => {
  it.each([
    [cliNotices.fleetCannotRead('/x/devices.csv', 'ENOENT'), 'Cannot read /x/devices.csv: ENOENT. Check the path.'],
    [cliNotices.fleetReadFailed('/x/devices.csv', 'boom'), 'Cannot read /x/devices.csv: boom'],
    [cliNotices.fleetNoReleaseData('HB-DATA-001 bad file'), 'Release data not loaded, the latest-baseline check stays unknown: HB-DATA-001 bad file'],
    [cliNotices.fleetProgress(10000), '… 10,000 rows'],
    [cliNotices.fleetProgress(1250000), '… 1,250,000 rows'],
    [
      cliNotices.fleetOutOfMemory(96),
      "hotpatch-bot fleet: the file needs more memory than the command's budget (96 MB). Run it again with HOTPATCH_FLEET_IN_PROCESS=1.",
    ],
    [cliNotices.catalogUnreadable('HB-GRAPH-401 denied'), 'hotpatch-bot: the Windows Update catalog could not be read: HB-GRAPH-401 denied'],
    [cliNotices.listening('http://localhost:3978', 3978), 'hotpatch-bot listening on http://localhost:3978'],
    [cliNotices.listening(undefined, '8080'), 'hotpatch-bot listening on port 8080'],
  ])('%s', (text, expected) => {
    expect(text).toBe(expected);
  });
});
