#!/usr/bin/env node
// The `hotpatch-bot` command: loads the TypeScript CLI through tsx (no build step needed).
require('tsx/cjs/api').register();
const { main } = require('../src/app/cli.ts');
main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { console.error(err && err.stack ? err.stack : String(err)); process.exitCode = 1; },
);
