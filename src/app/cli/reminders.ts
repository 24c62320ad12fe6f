import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { serviceUrlProblem } from '../../teams/guards';
import { botAuth, loadConfig, type Config } from '../../config';
import type { CliCommand, CliIo } from './types';
import { isHbError } from '../../errors';
import { createStorage } from '../../storage';
import { loadReleaseData } from '../../data/load-release-data';
import { createReminderDeps } from '../wire-reminders';
import {
  addSubscription,
  findSubscription,
  listSubscriptions,
  parseTime,
  parseWeekday,
  reminderStatus,
  runTick,
  stopSubscription,
  WEEKDAYS,
  type ReminderDeps,
} from '../../reminders';
import { isValidTimeZone } from '../../core/dates';

const HELP = `Usage: hotpatch-bot reminders <command>

  add --conversation <ref.json> --day mon --time 09:00 [--tz Europe/Paris] [--locale en|fr] [--only-within DAYS]
        Subscribe a conversation (a ConversationReference JSON file) to a weekly reminder.
  list [--json]            Active subscriptions.
  remove <id>              Stop a subscription (kept for the record).
  tick [--now ISO] [--json]
        Deliver every reminder due at that instant (default: now), exactly once across processes, then exit.
        Exit code 1 when something failed or is still pending.
  status [--json]          Subscriptions, next runs, recent runs and problems.

Storage comes from STORAGE / SQLITE_PATH / BLOB_CONNECTION_STRING / BLOB_CONTAINER.`;

const refSchema = z
  .object({
    // The URL the reminders will be POSTed to: the same rule as every outbound call (never javascript:/file:).
    serviceUrl: z.string().refine((u) => serviceUrlProblem(u, 'production') === undefined || serviceUrlProblem(u, 'local') === undefined, {
      message: 'must be a Bot Framework service URL (https://smba.trafficmanager.net/…) or, for local tests, http://localhost',
    }),
    channelId: z.string().min(1),
    conversation: z.object({ id: z.string().min(1), tenantId: z.string().optional() }).passthrough(),
  })
  .passthrough();

class UsageError extends Error {}

/** Built once per command; the composition root of this process. */
export function cliReminderDeps(config: Config, io: CliIo): ReminderDeps {
  const storage = createStorage({ ...config, SQLITE_PATH: resolve(io.cwd, config.SQLITE_PATH) });
  const overridePath = config.RELEASES_OVERRIDE_PATH ? resolve(io.cwd, config.RELEASES_OVERRIDE_PATH) : undefined;
  return createReminderDeps(config, {
    storage,
    releases: loadReleaseData(overridePath ? { overridePath } : {}),
    clock: () => io.now(),
    log: {
      info: () => undefined,
      warn: (o, m) => io.err(`${m} ${JSON.stringify(o)}`),
      error: (o, m) => io.err(`${m} ${JSON.stringify(o)}`),
    },
  });
}

export const remindersCommand: CliCommand = async (argv, io) => {
  const [sub, ...rest] = argv;
  if (!sub || sub === '--help' || sub === '-h' || sub === 'help') {
    io.out(HELP);
    return sub ? 0 : 2;
  }
  try {
    const config = loadConfig(io.env);
    switch (sub) {
      case 'add':
        return await add(rest, io, config);
      case 'list':
        return await list(rest, io, config);
      case 'remove':
        return await remove(rest, io, config);
      case 'tick':
        return await tick(rest, io, config);
      case 'status':
        return await status(rest, io, config);
      default:
        throw new UsageError(`Unknown reminders command "${sub}".`);
    }
  } catch (e) {
    if (e instanceof UsageError || (e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS'))) {
      io.err(`${e.message}\nRun "hotpatch-bot reminders --help" for usage.`);
      return 2;
    }
    if (isHbError(e)) {
      io.err(e.message);
      return e.code.startsWith('HB-CONFIG-') ? 2 : 1;
    }
    throw e;
  }
};

async function add(argv: string[], io: CliIo, config: Config): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      conversation: { type: 'string' },
      day: { type: 'string' },
      time: { type: 'string' },
      tz: { type: 'string' },
      locale: { type: 'string' },
      'only-within': { type: 'string' },
    },
  });
  if (!values.conversation) throw new UsageError('--conversation <file> is required (a ConversationReference JSON).');
  const day = parseWeekday(values.day ?? '');
  if (!day) throw new UsageError(`--day must be one of ${WEEKDAYS.join(', ')} (got "${values.day ?? ''}").`);
  const time = parseTime(values.time ?? '');
  if (!time) throw new UsageError(`--time must be HH:mm, e.g. 09:00 (got "${values.time ?? ''}").`);
  const timeZone = values.tz ?? config.DEFAULT_TIMEZONE;
  if (!isValidTimeZone(timeZone)) throw new UsageError(`--tz must be an IANA time zone, e.g. Europe/Paris (got "${timeZone}").`);
  const locale = values.locale ?? config.DEFAULT_LOCALE;
  if (locale !== 'en' && locale !== 'fr') throw new UsageError(`--locale must be en or fr (got "${locale}").`);
  const within = values['only-within'] === undefined ? undefined : Number(values['only-within']);
  if (within !== undefined && !(Number.isInteger(within) && within >= 0 && within <= 31))
    throw new UsageError('--only-within must be a number of days, 0 to 31.');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(resolve(io.cwd, values.conversation), 'utf8'));
  } catch (e) {
    throw new UsageError(`Cannot read ${values.conversation} as JSON: ${(e as Error).message}`);
  }
  const ref = refSchema.safeParse(raw);
  if (!ref.success)
    throw new UsageError(
      `${values.conversation} is not a ConversationReference: ${ref.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
    );
  const deps = cliReminderDeps(config, io);
  const mode = botAuth(config).mode === 'local' ? 'local' : 'production';
  const problem = serviceUrlProblem(ref.data.serviceUrl, mode);
  if (problem) throw new UsageError(`serviceUrl refused (HB-TEAMS-403): ${problem}.`);
  const created = await addSubscription(
    deps.storage,
    { reference: ref.data as never, day, time, timeZone, locale, options: within !== undefined ? { onlyIfWithinDays: within } : {}, createdBy: 'cli' },
    io.now(),
    { maxPerConversation: deps.settings.maxPerConversation },
  );
  io.out(`Added reminder ${created.id}: ${WEEKDAYS[day - 1]} ${time} ${timeZone} (${locale}) → ${created.conversationId}`);
  return 0;
}

async function list(argv: string[], io: CliIo, config: Config): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { json: { type: 'boolean' } } });
  const subs = await listSubscriptions(cliReminderDeps(config, io).storage);
  if (values.json) io.out(JSON.stringify(subs, null, 2));
  else if (subs.length === 0) io.out('No reminders.');
  else for (const s of subs) io.out(`${s.id}  ${WEEKDAYS[s.day - 1]} ${s.time} ${s.timeZone} ${s.locale}  ${s.conversationId}`);
  return 0;
}

async function remove(argv: string[], io: CliIo, config: Config): Promise<number> {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true, options: {} });
  if (positionals.length !== 1) throw new UsageError('remove takes one subscription id (see "reminders list").');
  const deps = cliReminderDeps(config, io);
  const found = await findSubscription(deps.storage, positionals[0]!);
  if (!found || found.stopped) {
    io.err(`No active reminder with id "${positionals[0]}".`);
    return 1;
  }
  await stopSubscription(deps.storage, found.tenantId, found.id, 'removed with the CLI', io.now(), 'cli');
  io.out(`Stopped reminder ${found.id}.`);
  return 0;
}

async function tick(argv: string[], io: CliIo, config: Config): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { now: { type: 'string' }, json: { type: 'boolean' } } });
  const now = values.now === undefined ? undefined : new Date(values.now);
  if (now && Number.isNaN(now.getTime())) throw new UsageError(`--now must be an ISO instant, e.g. 2026-11-30T08:00:00Z (got "${values.now}").`);
  const run = await runTick(cliReminderDeps(config, io), { ...(now ? { now } : {}), untilDone: true });
  if (values.json) io.out(JSON.stringify(run));
  else
    io.out(
      `Reminders due at ${run.dueAt}: sent ${run.sent}, failed ${run.failed}, skipped ${run.skipped}, possibly sent ${run.possiblySent}, pending ${run.pending}.`,
    );
  return run.failed > 0 || run.pending > 0 ? 1 : 0;
}

async function status(argv: string[], io: CliIo, config: Config): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { json: { type: 'boolean' } } });
  const s = await reminderStatus(cliReminderDeps(config, io));
  if (values.json) {
    io.out(JSON.stringify(s, null, 2));
    return 0;
  }
  io.out(`Subscriptions: ${s.subscriptions.active} active, ${s.subscriptions.stopped} stopped.`);
  for (const n of s.next.slice(0, 10)) io.out(`  next ${n.at} (${n.timeZone})  ${n.id}  ${n.conversationId}`);
  for (const r of s.runs)
    io.out(
      `Run ${r.startedAt} by ${r.instanceId}: sent ${r.sent}, failed ${r.failed}, skipped ${r.skipped}, possibly sent ${r.possiblySent}, pending ${r.pending}`,
    );
  for (const p of s.problems.slice(-20))
    io.out(`  ${p.status} ${p.conversationId} @ ${p.occurrence}${p.statusCode ? ` (${p.statusCode})` : ''}: ${p.reason ?? ''}`);
  return 0;
}
