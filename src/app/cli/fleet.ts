import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { once } from 'node:events';
import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { stringify, type Options as StringifyOptions } from 'csv-stringify';
import { stringify as stringifySync } from 'csv-stringify/sync';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CliCommand, CliIo } from './types';
import type { Verdict } from '../../core/eligibility/types';
import type { Locale } from '../../core/vocabulary';
import { isValidPlainDate } from '../../core/dates';
import { cliSettings } from '../../config';
import { isHbError } from '../../errors';
import { loadReleaseData } from '../../data/load-release-data';
import type { FleetSummary } from '../../core/fleet/fleet-summary';
import { summarizeInventoryCsv } from '../../inventory/csv-fleet-summary';
import { lifecycleData } from '../../data/load-lifecycle';
import { latestBaseline } from '../../inventory/latest-baseline';
import { fleetTable, cliNotices } from '../../replies';

const HELP = `Usage: hotpatch-bot fleet <devices.csv> [--json|--csv] [--today YYYY-MM-DD] [--locale en|fr]
                          [--baseline-ubr N] [--progress]

Hotpatch readiness of an inventory file, by blocker (the checklist of src/core/eligibility/all-rules.ts).
Columns (case-insensitive, any may be missing or empty = unknown): deviceName, edition, osVersion,
architecture, vbs, licenses (";"-separated), chpeDisabled, managed, hotpatchPolicy, joinType.
Intune export names are accepted too ("Device name", "OS version", "SKU Family", …).

  --json            { total, eligible, notEligible, unknown, byBlocker, byMissing, invalidRows, … }
  --csv             one row per input row: line, deviceName, status, blockers, missing
  --today           evaluation date (default: today, UTC)
  --baseline-ubr    UBR of the latest baseline (default: from the release data, when it lists it)
  --progress        progress on stderr every 10,000 rows (default: only when stderr is a terminal)
Exit codes: 0 done, 1 unreadable file, 2 usage error.`;

/** `--csv` columns, one row per input row. */
export const CSV_COLUMNS = ['line', 'deviceName', 'status', 'blockers', 'missing', 'error'] as const;
/** RFC 4180 quoting (csv-stringify), and a leading ' against spreadsheet formulas in names taken from exports. */
const CSV_OPTIONS: StringifyOptions = { escape_formulas: true, record_delimiter: 'unix' };

/** One cell as `--csv` writes it (same options as the streamed output). */
export function csvCell(v: string): string {
  return stringifySync([[v]], { ...CSV_OPTIONS, eof: false });
}

/** Hands complete lines to io.out (for an io without a stream, e.g. tests). */
function linesTo(io: CliIo): Writable {
  let rest = '';
  return new Writable({
    write(chunk: Buffer, _enc, done) {
      const lines = (rest + chunk.toString('utf8')).split('\n');
      rest = lines.pop() ?? '';
      for (const l of lines) io.out(l);
      done();
    },
    final(done) {
      if (rest) io.out(rest);
      done();
    },
  });
}

/** The file's chunks, one at a time, each only once the CSV output (and where it goes) has drained. */
async function* pacedBy(input: AsyncIterable<Buffer | string>, out: Writable, sink: Writable): AsyncGenerator<Buffer | string> {
  for await (const chunk of input) {
    yield chunk;
    if (out.writableNeedDrain) await once(out, 'drain');
    if (sink.writableNeedDrain) await once(sink, 'drain');
  }
}

function usage(io: CliIo, message: string): number {
  io.err(`${message}\n\n${HELP}`);
  return 2;
}

/** The command itself, in this thread; `hotpatch-bot fleet` runs it in a worker (./fleet-command). */
export const fleetInProcess: CliCommand = async (argv, io) => {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        csv: { type: 'boolean' },
        today: { type: 'string' },
        locale: { type: 'string' },
        'baseline-ubr': { type: 'string' },
        progress: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    return usage(io, (e as Error).message);
  }
  const { values: o, positionals } = parsed;
  if (o.help) return (io.out(HELP), 0);
  if (positionals.length !== 1) return usage(io, 'Give exactly one inventory file, e.g. hotpatch-bot fleet devices.csv');
  if (o.json && o.csv) return usage(io, 'Choose one output: --json or --csv.');
  const locale = (o.locale ?? 'en') as Locale;
  if (locale !== 'en' && locale !== 'fr') return usage(io, `--locale must be en or fr (got "${o.locale}")`);
  const today = o.today ?? io.now().toISOString().slice(0, 10);
  if (!isValidPlainDate(today)) return usage(io, `--today must be a date YYYY-MM-DD, e.g. 2026-11-25 (got "${o.today}")`);
  let baselineUbr: number | undefined;
  if (o['baseline-ubr'] !== undefined) {
    baselineUbr = Number(o['baseline-ubr']);
    if (!/^\d{1,6}$/.test(o['baseline-ubr'])) return usage(io, `--baseline-ubr must be a whole number, e.g. 8655 (got "${o['baseline-ubr']}")`);
  } else {
    try {
      baselineUbr = latestBaseline(loadReleaseData({ overridePath: cliSettings(io.env).releasesOverridePath }), today)?.ubr;
    } catch (e) {
      io.err(cliNotices.fleetNoReleaseData((e as Error).message));
    }
  }

  const file = resolve(io.cwd, positionals[0]);
  try {
    if (!(await stat(file)).isFile()) throw new Error('not a file');
  } catch (e) {
    io.err(cliNotices.fleetCannotRead(file, (e as NodeJS.ErrnoException).code ?? (e as Error).message));
    return 1;
  }
  const showProgress = o.progress ?? process.stderr.isTTY === true;
  // --csv streams: csv-stringify → stdout (or io.out line by line), the file read paced by its drain.
  const sink = o.csv ? (io.stdoutStream ?? linesTo(io)) : undefined;
  const csv = sink ? stringify({ ...CSV_OPTIONS, header: true, columns: [...CSV_COLUMNS] }) : undefined;
  if (csv && sink) csv.pipe(sink, { end: sink !== io.stdoutStream });
  const onRow = (line: number, name: string, status: string, v?: Verdict, error?: string) =>
    csv!.write([line, name, status, v?.blockers.join(';') ?? '', v?.missing.join(';') ?? '', error ?? '']);
  let summary: FleetSummary;
  try {
    const input = createReadStream(file);
    summary = await summarizeInventoryCsv(csv ? pacedBy(input, csv, sink!) : input, {
      today,
      lifecycle: lifecycleData(),
      baselineUbr,
      onProgress: showProgress ? (n) => io.err(cliNotices.fleetProgress(n)) : undefined,
      onDevice: o.csv ? (d, v, line) => onRow(line ?? 0, d.deviceName ?? '', v.status, v) : undefined,
      onInvalid: o.csv ? (r) => onRow(r.line, '', 'invalid', undefined, r.error) : undefined,
    });
  } catch (e) {
    csv?.destroy();
    io.err(isHbError(e) ? e.message : cliNotices.fleetReadFailed(file, (e as Error).message));
    return 1;
  }
  if (csv && sink) {
    csv.end();
    await finished(csv);
    if (sink === io.stdoutStream) {
      if (sink.writableNeedDrain) await once(sink, 'drain');
    } else await finished(sink);
  } else if (o.json) io.out(JSON.stringify({ today, baselineUbr: baselineUbr ?? null, ...summary }, null, 2));
  else io.out(fleetTable(summary, today, locale));
  return 0;
};
