import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SRC, walk } from './imports';

/**
 * Config owns every environment check (issue 13): src/config turns variables into settings; the entry
 * points (server start, CLI) hand process.env over whole; nothing else names a variable.
 */
const files = walk().map((p) => ({ file: relative(SRC, p), text: readFileSync(p, 'utf8') }));
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');

describe('the environment', () => {
  it('process.env is read only by the entry points, which pass it whole', () => {
    const uses = files.flatMap(({ file, text }) => [...code(text).matchAll(/process\.env\b(.?)/g)].map((m) => `${file}: process.env${m[1]}`));
    expect(uses.sort()).toEqual(['app/cli.ts: process.env,', 'app/main.ts: process.env,']);
  });

  it('only src/config picks variables out of it', () => {
    const picks = files
      .filter(({ file }) => !file.startsWith('config/'))
      .flatMap(({ file, text }) => [...code(text).matchAll(/\benv(?:\?)?(?:\.[A-Z][A-Z0-9_]*\b|\[)/g)].map((m) => `${file}: ${m[0]}`));
    expect(picks).toEqual([]);
  });
});
