#!/usr/bin/env node
// The `hotpatch-bot` command: runs the compiled CLI (dist/, built by `npm run build`; `npm install` and
// `npm start` build it). No TypeScript at run time — for that, `npm run dev` / bin/run-ts.cjs use tsx.
let cli;
try {
  cli = require('../dist/app/cli.js');
} catch (err) {
  if (err && err.code === 'MODULE_NOT_FOUND' && String(err.message).includes('dist/app/cli.js')) {
    console.error('hotpatch-bot: dist/ is missing — run `npm run build` first (npm install and npm start build it).');
    process.exit(1);
  }
  throw err;
}
cli.main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    console.error(err && err.stack ? err.stack : String(err));
    process.exitCode = 1;
  },
);
