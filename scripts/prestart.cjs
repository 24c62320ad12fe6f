#!/usr/bin/env node
// `npm start`'s prestart: brings dist/ up to date with src/ (tsc, incremental: a no-op when nothing
// changed). Where dev dependencies are not installed (a production `npm ci --omit=dev` with a dist/
// built beforehand, as in the Docker image) there is no compiler: the existing dist/ is used as is.
const { spawnSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
let tsc;
try {
  // TypeScript 7's tsc is the `@typescript/native` alias; `typescript` is the TypeScript 6 API package for
  // typescript-eslint and madge (package.json; README, Build), whose only command is tsc6.
  const pkgFile = require.resolve('@typescript/native/package.json', { paths: [root] });
  tsc = join(pkgFile, '..', require(pkgFile).bin.tsc);
} catch {
  if (existsSync(join(root, 'dist/app/cli.js'))) process.exit(0);
  console.error('hotpatch-bot: dist/ is missing and TypeScript is not installed. Run `npm ci && npm run build` (then `npm prune --omit=dev` if you want).');
  process.exit(1);
}
const r = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
process.exit(r.status ?? 1);
