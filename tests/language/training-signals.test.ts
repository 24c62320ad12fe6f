import { afterEach, describe, expect, it, vi } from 'vitest';
import { corpus } from '../corpus';
import { trainingExamples } from '../../src/language/training-data';
import frozen from '../../src/language/training/signals.json';
import { extractDates } from '../../src/language/extract-dates';

const SIGNALS = new Set(['#device', '#when', '#devicename', '#time', '#past']);

// Messages whose reading must not move when the date parser changes: the parser finds no date in them.
const TODAY = '2026-11-25';
const undated = corpus
  .map((c) => c.text)
  .filter((text) =>
    (['en', 'fr'] as const).every((locale) => {
      const d = extractDates(text, { today: TODAY, locale });
      return !d.date && !d.month && !d.period;
    }),
  );

async function intentsWith(parser?: () => object): Promise<string[]> {
  vi.resetModules();
  if (parser) vi.doMock('../../src/language/extract-dates', () => ({ extractDates: parser }));
  const { understand } = await import('../../src/language/index.js');
  return undated.map((text) => understand({ text, today: TODAY }).intent);
}

describe('the classifier trains on frozen slot signals', () => {
  afterEach(() => {
    vi.doUnmock('../../src/language/extract-dates');
    vi.resetModules();
  });

  it('has frozen signals for every training text, and only known signal names', () => {
    const table = frozen as Record<string, string[]>;
    const missing = trainingExamples().filter((e) => !Object.hasOwn(table, e.text));
    // A new example is frozen deliberately: npm run eval:language -- --freeze-signals.
    expect(missing.map((e) => e.text)).toEqual([]);
    const unknown = Object.values(table)
      .flat()
      .filter((s) => !SIGNALS.has(s));
    expect(unknown).toEqual([]);
    expect(Object.values(table).some((s) => s.includes('#when'))).toBe(true);
  });

  it('reads undated messages the same when the date parser reads nothing at all', async () => {
    // Before the freeze, a date-parser change retrained the classifier: "What are your features?" went from help to unknown.
    expect(undated.length).toBeGreaterThan(200);
    const withParser = await intentsWith();
    const blind = await intentsWith(() => ({}));
    const moved = undated.filter((_, i) => withParser[i] !== blind[i]);
    expect(moved).toEqual([]);
  }, 60_000);
});
