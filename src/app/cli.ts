import type { CliCommand, CliIo } from './cli/types';
import { systemClock } from './clock';
import { isHbError } from '../errors';

const HELP = `hotpatch-bot — Windows Hotpatch, reboot calendar and Quick Machine Recovery answers (EN/FR)

Usage: hotpatch-bot <command> [options]   (hotpatch-bot <command> --help for details)

Commands:
  serve          run the Teams bot (POST /api/messages, GET /healthz) — what \`npm start\` runs
  ask "<text>"   ask a question through the same pipeline as Teams
  check          check a device against every Hotpatch prerequisite
  calendar       Patch Tuesdays, baseline vs hotpatch months (--json, --ics)
  next-reboot    the next restart for a device and an update-ring policy
  fleet <csv>    readiness of an inventory file, by blocker
  reminders      weekly channel reminders: add, list, remove, tick, status
  data status    how old the release and lifecycle data are, with warnings
`;

/** Sub-commands load lazily so `hotpatch-bot check` does not pay for botbuilder. */
const commands: Record<string, () => CliCommand> = {
  serve: () => (require('./cli/serve') as Record<string, CliCommand>).serveCommand!,
  ask: () => (require('./cli/ask') as Record<string, CliCommand>).askCommand!,
  check: () => (require('./cli/check') as Record<string, CliCommand>).checkCommand!,
  calendar: () => (require('./cli/calendar') as Record<string, CliCommand>).calendarCommand!,
  'next-reboot': () => (require('./cli/next-reboot') as Record<string, CliCommand>).nextRebootCommand!,
  fleet: () => (require('./cli/fleet-command') as Record<string, CliCommand>).fleetCommand!,
  reminders: () => (require('./cli/reminders') as Record<string, CliCommand>).remindersCommand!,
  data: () => (require('./cli/data') as Record<string, CliCommand>).dataCommand!,
};

export function processIo(): CliIo {
  return {
    out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
    err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
    stdoutStream: process.stdout,
    now: systemClock,
    env: process.env,
    cwd: process.cwd(),
  };
}

export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(HELP);
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) {
    io.err(`hotpatch-bot: unknown command "${name}"\n\n${HELP}`);
    return 2;
  }
  try {
    return await load()(rest, io);
  } catch (e) {
    // Known errors carry a stable code; print it without a stack (secrets never reach the output).
    if (isHbError(e)) {
      io.err(`hotpatch-bot: ${e.message}`);
      return 1;
    }
    throw e;
  }
}
