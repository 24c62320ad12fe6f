import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, HbError } from '../src/errors';

/**
 * One catalogue (src/errors.ts), one meaning per code, and the page people search
 * (docs/error-codes.md) says the same: a code added, renamed or reworded in one place only fails here.
 */
const ROOT = resolve(__dirname, '..');
const CODE = /HB-[A-Z]+-\d{3}/g;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const catalogue = Object.keys(ERROR_CODES);
const docRows = readFileSync(join(ROOT, 'docs/error-codes.md'), 'utf8')
  .split('\n')
  .filter((l) => l.startsWith('| HB-'))
  .map((l) => l.split('|').map((c) => c.trim()));

describe('the error catalogue', () => {
  it('docs/error-codes.md has one row per code, in the catalogue’s words', () => {
    expect(docRows.map((r) => r[1])).toEqual(catalogue);
    for (const [, code, where, meaning] of docRows) {
      expect({ code, where, meaning }).toEqual({ code, ...ERROR_CODES[code as keyof typeof ERROR_CODES] });
    }
  });

  it('every code written in src/ or scripts/ is in the catalogue, and every catalogue code is used there', () => {
    const used = new Set(
      [...files(join(ROOT, 'src')), ...files(join(ROOT, 'scripts'))]
        .filter((f) => !f.endsWith('src/errors.ts'))
        .flatMap((f) => readFileSync(f, 'utf8').match(CODE) ?? []),
    );
    expect([...used].filter((c) => !(c in ERROR_CODES)).sort()).toEqual([]);
    expect(catalogue.filter((c) => !used.has(c))).toEqual([]);
  });

  it('a code has one meaning: no two codes share a meaning', () => {
    const meanings = Object.values(ERROR_CODES).map((e) => e.meaning);
    expect(new Set(meanings).size).toBe(meanings.length);
  });

  it('an HbError message starts with its code', () => {
    expect(new HbError('HB-DATE-001', 'x').message).toBe('HB-DATE-001 x');
  });
});
