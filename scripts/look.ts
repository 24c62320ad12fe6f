// npm run look [-- --headed]
// Starts the Microsoft 365 Agents Playground and the bot (local mode, no auth), asks one question per
// card kind in English and French through the Playground's web UI with Debian's chromium
// (playwright-core), checks each card and saves its picture under docs/screenshots/ (issue 14 §6).
// The README shows these pictures: run this after changing a card.
import { resolve } from 'node:path';
import { browserMissing } from '../tests/e2e/playground-ui';
import { runLook } from '../tests/e2e/look-run';

async function main(): Promise<number> {
  const missing = browserMissing();
  if (missing) {
    console.error(`npm run look needs a browser: ${missing}`);
    return 2;
  }
  const outDir = resolve(__dirname, '../docs/screenshots');
  const results = await runLook({ headless: !process.argv.includes('--headed'), outDir, log: (l) => console.log(`… ${l}`) });
  let bad = 0;
  for (const r of results) {
    const ok = r.case.answer.test(r.firstText) && r.errors.length === 0 && r.answerBottom <= r.viewport;
    if (!ok) bad++;
    console.log(
      `${ok ? 'ok ' : 'BAD'} ${r.case.kind.padEnd(11)} ${r.case.locale}  ${r.height.toFixed(0).padStart(4)} px  "${r.firstText}"${r.errors.length ? `  errors: ${r.errors.join(' | ')}` : ''}  → ${r.screenshot ?? ''}`,
    );
  }
  console.log(bad ? `${bad} card(s) need a look` : `${results.length} cards rendered; screenshots in docs/screenshots/`);
  return bad ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
