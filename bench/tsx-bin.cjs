#!/usr/bin/env node
// The `hotpatch-bot` bin as it was before the compiled build: TypeScript sources through tsx at run time.
// Kept only as the baseline of bench/startup.ts (tsx is a devDependency).
require('tsx/cjs/api').register();
const { main } = require('../src/app/cli.ts');
main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { console.error(err && err.stack ? err.stack : String(err)); process.exitCode = 1; },
);
