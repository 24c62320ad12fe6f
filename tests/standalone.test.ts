import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isOutsideRead } from './setup/no-outside-reads';

/**
 * The repository stands alone: nothing in it reads or cites documents kept outside it. The static
 * half scans every tracked file; the runtime half is the guard of tests/setup/no-outside-reads.ts,
 * which every test file runs under.
 */
const ROOT = resolve(__dirname, '..');
// Built from parts so this file does not match itself.
const FORBIDDEN = ['../sha' + 'red', '/work/sha' + 'red', 'SHARED' + '_DIR', 'hotpatch-' + 'facts', 'questions' + '.md', 'stack-' + 'notes', 'design' + '.md'];

function trackedFiles(): string[] {
  try {
    return execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
  } catch {
    return []; // not a git checkout (a copied tree): the runtime guard still holds
  }
}

describe('the repository stands alone', () => {
  it('no tracked file cites or reads a document outside the repository', () => {
    const files = trackedFiles().filter((f) => /^(src|tests|bench|scripts|bin|\.ci|docs|data)\/|^README\.md$|^package\.json$|^vitest\.config/.test(f));
    const hits: string[] = [];
    for (const f of files) {
      const p = resolve(ROOT, f);
      if (!existsSync(p) || /\.(png|zip|ico)$/.test(f)) continue;
      const text = readFileSync(p, 'utf8');
      for (const needle of FORBIDDEN) if (text.includes(needle)) hits.push(`${f}: ${needle}`);
    }
    expect(hits).toEqual([]);
  });

  it('the runtime guard refuses a read of the shared folder beside the repository and of the old fixed path', () => {
    expect(isOutsideRead(resolve(ROOT, '..', 'sha' + 'red', 'domain', 'x.md'))).toBe(true);
    expect(isOutsideRead('/work/sha' + 'red/domain/x.md')).toBe(true);
    expect(isOutsideRead(resolve(ROOT, 'data', 'releases.json'))).toBe(false);
    expect(() => readFileSync(resolve(ROOT, '..', 'sha' + 'red', 'domain', 'x.md'))).toThrow(/standalone guard/);
    expect(() => existsSync('/work/sha' + 'red')).toThrow(/standalone guard/);
  });
});
