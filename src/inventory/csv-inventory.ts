import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { parse, type CsvError } from 'csv-parse';
import type { DeviceProfile } from '../core/device-profile';
import type { InvalidRow } from '../core/fleet/fleet-summary';
import { HbError } from '../errors';
import { mapHeader, canonicalColumns } from './csv-columns';
import { mapInventoryRow, type BaselineInput } from './inventory-row';
import { ValueError } from '../core/device-values';
import { INV } from './errors';

export type InventoryRecord = { ok: true; line: number; profile: DeviceProfile; ownerId?: string } | ({ ok: false } & InvalidRow);

export type ReadCsvOptions = BaselineInput;

/** French Excel writes `;`, Intune exports `,`: the header line decides (`;` then needs quoting in licence cells). */
export function sniffDelimiter(firstLine: string): ',' | ';' | '\t' {
  const count = (ch: string) => firstLine.split(ch).length - 1;
  const [c, s, t] = [count(','), count(';'), count('\t')];
  if (t > c && t > s) return '\t';
  return s > c ? ';' : ',';
}

async function* withFirstChunk(first: Buffer, rest: AsyncIterator<Buffer | string>): AsyncGenerator<Buffer | string> {
  yield first;
  for (let r = await rest.next(); !r.done; r = await rest.next()) yield r.value;
}

/** A quoted cell may span lines (csv-parse reads them), but not more than this many. */
export const MAX_QUOTED_LINES = 20;
/** Stands in for a line whose quote never closes: the reader reports it, csv-parse never sees it. */
const BROKEN = '\u0000hb-broken-quote';

type QuoteScan = { open: boolean; malformed: boolean };

/** Quote state after one line: `open` when a quoted cell is still open at its end (RFC 4180 rules). */
function scanLine(line: string, delimiter: string, startOpen: boolean): QuoteScan {
  if (!startOpen && line.indexOf('"') === -1) return { open: false, malformed: false };
  let open = startOpen;
  let fieldStart = !startOpen;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i];
    if (open) {
      if (ch !== '"') continue;
      if (line[i + 1] === '"') {
        i += 1;
        continue;
      }
      const next = line[i + 1];
      if (next !== undefined && next !== delimiter && next !== '\r' && next !== '\n') return { open: false, malformed: true };
      open = false;
      fieldStart = false;
      continue;
    }
    if (ch === delimiter) fieldStart = true;
    else if (ch === '"' && fieldStart) open = true;
    else fieldStart = false;
  }
  return { open, malformed: false };
}

/**
 * Lines in, lines out, with one repair (issue 15 finding 10): a quote that does not close properly
 * within MAX_QUOTED_LINES lines (or before the end of the file) no longer swallows every row after it.
 * Its first line becomes a BROKEN marker and the lines after it are read again as fresh records —
 * recovery at the next line. Line numbers stay right: nothing is removed, only that line replaced.
 */
async function* repairQuotes(input: AsyncIterable<Buffer | string>, delimiter: string): AsyncGenerator<string> {
  let carry = '';
  let pending: string[] = [];
  let open = false;
  const out: string[] = [];
  // Lines of a record whose quote is still open are held until it closes, breaks, or grows too long.
  function* settle(lines: string[], atEnd: boolean): Generator<string> {
    const queue = [...lines];
    while (queue.length) {
      const line = queue.shift()!;
      const scan = scanLine(line, delimiter, open);
      if (scan.malformed || (scan.open && pending.length + 1 > MAX_QUOTED_LINES)) {
        // The record's first line is the broken one; every line after it is read again.
        const again = pending.length ? [...pending.slice(1), line] : [];
        pending = [];
        open = false;
        yield `${BROKEN}\n`;
        queue.unshift(...again);
        continue;
      }
      if (scan.open) {
        pending.push(line);
        open = true;
        continue;
      }
      if (pending.length) {
        yield pending.join('');
        pending = [];
      }
      open = false;
      yield line;
    }
    if (atEnd && pending.length) {
      // The file ended inside a quote: the record's first line is broken, the rest are read again.
      const again = pending.slice(1);
      pending = [];
      open = false;
      yield `${BROKEN}\n`;
      yield* settle(again, true);
    }
  }
  const decoder = new StringDecoder('utf8');
  for await (const chunk of input) {
    const text = carry + (typeof chunk === 'string' ? chunk : decoder.write(chunk));
    const lines: string[] = [];
    let from = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', from)) {
      lines.push(text.slice(from, nl + 1));
      from = nl + 1;
    }
    carry = text.slice(from);
    for (const l of settle(lines, false)) out.push(l);
    if (out.length) yield out.splice(0).join('');
  }
  carry += decoder.end();
  const tail = carry ? [carry] : [];
  for (const l of settle(tail, true)) out.push(l);
  if (out.length) yield out.splice(0).join('');
}

function newlines(cells: readonly string[]): number {
  let n = 0;
  for (const c of cells) for (let i = c.indexOf('\n'); i !== -1; i = c.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * csv-parse output in batches of whatever is buffered: one await per chunk instead of one per record
 * (async iteration per record cost ~30 % of the fleet benchmark).
 */
async function* recordBatches(parser: Readable): AsyncGenerator<string[][]> {
  let done = false;
  let failure: unknown;
  let wake: () => void = () => undefined;
  parser.on('readable', () => wake());
  parser.on('end', () => ((done = true), wake()));
  parser.on('error', (e) => ((failure = e), wake()));
  for (;;) {
    const batch: string[][] = [];
    for (let r = parser.read(); r !== null; r = parser.read()) batch.push(r as string[]);
    if (batch.length) yield batch;
    if (failure) throw failure;
    if (done) return;
    if (!batch.length) await new Promise<void>((resolve) => (wake = resolve));
  }
}

/**
 * Streams an inventory CSV (csv-parse, never split on lines) into profiles, a batch at a time. Bad
 * rows — unknown values, wrong column count, broken quoting — come out as `{ ok: false, line, error }`,
 * in file order, and the rest of the file goes on: nothing is dropped silently.
 */
export async function* readInventoryCsvBatches(input: AsyncIterable<Buffer | string>, opts: ReadCsvOptions = {}): AsyncGenerator<InventoryRecord[]> {
  const it = input[Symbol.asyncIterator]();
  const head = await it.next();
  if (head.done) return;
  const first = Buffer.isBuffer(head.value) ? head.value : Buffer.from(head.value);
  const delimiter = sniffDelimiter(first.toString('utf8', 0, Math.min(first.length, 4096)).split(/\r?\n/)[0]);
  const skipped: InvalidRow[] = [];
  let lastLine = 0;
  const parser = Readable.from(repairQuotes(withFirstChunk(first, it), delimiter)).pipe(
    parse({
      delimiter,
      bom: true,
      // Line numbers are counted here: csv-parse's `info` option triples the parsing time (bench/fleet.ts).
      relax_column_count: true,
      skip_records_with_error: true,
      on_skip: (err: CsvError | undefined) => {
        const at = (err as { lines?: number } | undefined)?.lines ?? lastLine + 1;
        skipped.push({ line: at, error: `unreadable CSV record: ${err?.message ?? 'parse error'}` });
        lastLine = Math.max(lastLine, at);
        return undefined;
      },
    }),
  );
  let cols: ReturnType<typeof mapHeader> | undefined;
  let width = 0;
  for await (const records of recordBatches(parser)) {
    const out: InventoryRecord[] = [];
    for (const record of records) {
      while (skipped.length) out.push({ ok: false, ...skipped.shift()! });
      const line = lastLine + 1;
      lastLine = line + newlines(record);
      if (record.length === 1 && record[0] === '') continue; // an empty line is not a row
      if (record.length === 1 && record[0] === BROKEN) {
        out.push({ ok: false, line, error: 'unreadable CSV record: a quote is not closed on this line' });
        continue;
      }
      if (!cols) {
        cols = mapHeader(record);
        width = record.length;
        if (Object.keys(cols).length === 0) {
          throw new HbError(INV.noColumns, `The file has no known column in its first line. Expected some of: ${canonicalColumns.join(', ')}.`);
        }
        continue;
      }
      if (record.length !== width) {
        out.push({ ok: false, line, error: `expected ${width} columns, found ${record.length}` });
        continue;
      }
      try {
        out.push({ ok: true, line, ...mapInventoryRow(record, cols, opts) });
      } catch (e) {
        if (!(e instanceof ValueError)) throw e;
        out.push({ ok: false, line, error: e.message });
      }
    }
    if (out.length) yield out;
  }
  if (skipped.length) yield skipped.splice(0).map((r) => ({ ok: false as const, ...r }));
}

/** The same records one by one. */
export async function* readInventoryCsv(input: AsyncIterable<Buffer | string>, opts: ReadCsvOptions = {}): AsyncGenerator<InventoryRecord> {
  for await (const batch of readInventoryCsvBatches(input, opts)) yield* batch;
}
