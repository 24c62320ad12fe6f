// npm run bench:reminders [-- --channels 2000 --storage sqlite|memory]
// 2,000 channels of one tenant against a local connector stub that enforces Teams' limits (429 when
// exceeded). Prints elapsed time as a ratio to the theoretical minimum (channels / 50 RPS), lost, duplicates.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import diagnostics_channel from 'node:diagnostics_channel';
import { MemoryStorage } from '../src/storage/memory-storage';
import { SqliteStorage } from '../src/storage/sqlite-storage';
import { addSubscription, calendarContent, runTick, DEFAULT_SETTINGS, type ReminderDeps } from '../src/reminders';
import { renderReminder } from '../src/replies/reminder-card';
import { loadReleaseData } from '../src/data/load-release-data';
import { peak } from './connector-stub';
import { createProactiveSender, createReminderAdapter, reminderSender } from '../src/teams/proactive-sender';
import { createReminderCaches } from '../src/reminders/caches';
import { spawn } from 'node:child_process';

const TEAMS_TENANT_RPS = 50;

async function main() {
  const { values } = parseArgs({
    options: {
      channels: { type: 'string', default: '2000' },
      storage: { type: 'string', default: 'sqlite' },
      latency: { type: 'string', default: '15' },
      rate: { type: 'string' },
      'in-flight': { type: 'string' },
    },
  });
  const channels = Number(values.channels);
  const child = spawn(process.execPath, [join(__dirname, '../bin/run-ts.cjs'), join(__dirname, 'connector-stub-server.ts'), values.latency!], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [stubUrl, statsUrl] = await new Promise<string[]>((resolve) => {
    let buf = '';
    child.stdout!.on('data', (d: Buffer) => {
      buf += d.toString();
      const m = /READY (\S+) (\S+)/.exec(buf);
      if (m) resolve([m[1]!, m[2]!]);
    });
  });
  const dir = mkdtempSync(join(tmpdir(), 'hb-bench-'));
  const storage = values.storage === 'memory' ? new MemoryStorage() : new SqliteStorage(join(dir, 'bench.db'));
  const created = new Date('2026-11-01T00:00:00Z');
  for (let i = 0; i < channels; i++) {
    const reference = {
      serviceUrl: stubUrl!,
      channelId: 'msteams',
      conversation: { id: `19:bench-${i}@thread.tacv2`, tenantId: 'tenant-bench', conversationType: 'channel' },
    };
    await addSubscription(storage, { reference, day: 1, time: '09:00', timeZone: 'Europe/Paris', locale: i % 2 ? 'fr' : 'en' }, created);
  }
  const deps: ReminderDeps = {
    storage,
    sender: reminderSender(createProactiveSender(createReminderAdapter({}), '')),
    content: calendarContent(loadReleaseData()),
    render: renderReminder,
    settings: {
      ...DEFAULT_SETTINGS,
      calendarUrl: 'https://bot.example/calendar.ics',
      ...(values.rate ? { tenantPerSecond: Number(values.rate) } : {}),
      ...(values['in-flight'] ? { maxInFlight: Number(values['in-flight']) } : {}),
    },
    clock: () => new Date(),
    instanceId: 'bench',
    caches: createReminderCaches(),
  };
  // Sender-side stamps of every HTTP request start, to tell real bursts from arrival jitter at the stub.
  const sentAt: number[] = [];
  diagnostics_channel.subscribe('http.client.request.start', () => sentAt.push(Date.now()));
  const cpu0 = process.cpuUsage();
  const wall0 = Date.now();
  const t0 = performance.now();
  const run = await runTick(deps, { now: new Date('2026-11-30T08:00:00Z'), untilDone: true });
  const elapsed = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const minimum = channels / TEAMS_TENANT_RPS;
  const stub = (await (await fetch(statsUrl!)).json()) as {
    requests: number;
    deliveredConversations: number;
    duplicates: number;
    violations: number;
    violationRules: string[];
    peakTenantPerSecond: number;
    firstAt?: number;
    lastAt?: number;
  };
  const duplicates = stub.duplicates;
  const lost = channels - stub.deliveredConversations;
  const wire = stub.lastAt && stub.firstAt ? (stub.lastAt - stub.firstAt) / 1000 : 0;
  console.log(
    JSON.stringify(
      {
        channels,
        storage: values.storage,
        elapsedSeconds: Number(elapsed.toFixed(2)),
        theoreticalMinimumSeconds: minimum,
        ratio: Number((elapsed / minimum).toFixed(3)),
        firstToLastRequestSeconds: Number(wire.toFixed(2)),
        firstRequestAfterSeconds: stub.firstAt ? Number(((stub.firstAt - wall0) / 1000).toFixed(2)) : null,
        sent: run.sent,
        failed: run.failed,
        lost,
        duplicates,
        requests: stub.requests,
        throttled429: stub.violations,
        throttledRules: stub.violationRules,
        peakTenantRequestsPerSecond: stub.peakTenantPerSecond,
        peakSenderRequestsPerSecond: peak(sentAt, 1000),
        budgetPerSecond: deps.settings.tenantPerSecond,
        cpuMsPerSend: Number(((cpu.user + cpu.system) / 1000 / channels).toFixed(2)),
        loadAverage1m: Number(loadavg()[0]!.toFixed(1)),
      },
      null,
      2,
    ),
  );
  child.kill('SIGTERM');
  if (storage instanceof SqliteStorage) storage.close();
  rmSync(dir, { recursive: true, force: true });
  process.exitCode = lost === 0 && duplicates === 0 && stub.violations === 0 ? 0 : 1;
}

void main();
