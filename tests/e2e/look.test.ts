import { describe, expect, it } from 'vitest';
import { browserMissing } from './playground-ui';
import { runLook, type LookResult } from './look-run';

/**
 * Issue 14 §6, headless: the same questions as `npm run look` (one per card kind, EN and FR) through the
 * Agents Playground's web UI in Debian's chromium. Each card must render without a Playground error and
 * open with its answer line, inside the first screen. Without chromium this says so and skips: the
 * rest of `npm test` needs no browser.
 */
const missing = browserMissing();
if (missing) {
  console.warn(
    `\n${'!'.repeat(78)}\n!! tests/e2e/look.test.ts SKIPPED — ${missing}\n!! The real-browser check of the cards (issue 14) did not run on this machine.\n${'!'.repeat(78)}\n`,
  );
}

describe.skipIf(!!missing)('cards in a real browser (Agents Playground + chromium)', () => {
  let results: LookResult[] = [];

  it('every card kind renders in EN and FR and opens with its answer on the first screen', { timeout: 300_000 }, async () => {
    results = await runLook({ headless: true });
    expect(results.map((r) => `${r.case.kind} ${r.case.locale}`)).toHaveLength(14);
    for (const r of results) {
      const name = `${r.case.kind} (${r.case.locale})`;
      expect(r.errors, `${name}: Playground errors`).toEqual([]);
      expect(r.firstText, `${name}: first text`).toMatch(r.case.answer);
      // The answer line is on the first screen: near the card's top, well inside the window.
      expect(r.answerBottom, `${name}: answer line bottom (px from the card top)`).toBeLessThan(120);
      expect(r.height, `${name}: card height before details`).toBeLessThan(r.viewport);
    }
  });
});

describe.runIf(!!missing)('cards in a real browser', () => {
  it(`SKIPPED: ${missing}`, () => {
    expect(missing).toBeTruthy();
  });
});
