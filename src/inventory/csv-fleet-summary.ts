import { evaluate as defaultEvaluate } from '../core/eligibility/evaluate';
import { addVerdict, emptySummary, ordered, type FleetContext, type FleetSummary, type InvalidRow } from '../core/fleet/fleet-summary';
import { readInventoryCsvBatches, type ReadCsvOptions } from './csv-inventory';

export interface CsvFleetContext extends FleetContext, ReadCsvOptions {
  onInvalid?: (row: InvalidRow) => void;
  /** Called with the number of records read so far, every `progressEvery` records. */
  onProgress?: (records: number) => void;
  progressEvery?: number;
}

/** An inventory file straight to a summary, invalid rows included. */
export async function summarizeInventoryCsv(input: AsyncIterable<Buffer | string>, ctx: CsvFleetContext): Promise<FleetSummary> {
  const evaluate = ctx.evaluate ?? defaultEvaluate;
  const every = ctx.progressEvery ?? 10_000;
  const s = emptySummary();
  let records = 0;
  const evalCtx = { today: ctx.today, lifecycle: ctx.lifecycle };
  for await (const batch of readInventoryCsvBatches(input, ctx)) {
    for (const r of batch) {
      if (++records % every === 0) ctx.onProgress?.(records);
      if (!r.ok) {
        const row = { line: r.line, error: r.error };
        s.invalidRows.push(row);
        ctx.onInvalid?.(row);
        continue;
      }
      const v = evaluate(r.profile, evalCtx);
      addVerdict(s, v);
      ctx.onDevice?.(r.profile, v, r.line);
    }
  }
  return ordered(s);
}
