#!/usr/bin/env node
// Runs a TypeScript entry point through tsx without a build step (used by npm scripts).
require('tsx/cjs/api').register();
const entry = require('node:path').resolve(process.argv[2]);
process.argv.splice(1, 2, entry);
require(entry);
