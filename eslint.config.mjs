// @ts-check
/**
 * `npm run lint` (part of `npm test`): typescript-eslint's `recommended` rules (syntax only: tsc already
 * type-checks) and the floors of the README's Architecture table as `no-restricted-imports` patterns,
 * written per src/ folder from the folders on disk, so a new folder or index.ts is covered without an edit.
 * tests/architecture/layers.test.ts proves the same floors on resolved paths; this says it in the editor.
 *
 * TypeScript 7 ships no JavaScript API and typescript-eslint 8 needs one (peer `typescript` < 6.1): the
 * `typescript` package is the TypeScript 6 API (`@typescript/typescript6`), and `tsc` comes from
 * `@typescript/native` (typescript@7) — the side-by-side layout of the TypeScript 7.0 announcement
 * (devblogs.microsoft.com/typescript/announcing-typescript-7-0/#running-side-by-side-with-typescript-6.0),
 * the one typescript-eslint's maintainers point to until TS 7.1 has an API (typescript-eslint#12518, #10940).
 */
import { existsSync, readdirSync } from 'node:fs';
import { posix } from 'node:path';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Every folder under src/, relative to it ('' is src/ itself): 'core', 'core/calendar', … */
const folders = (dir = '') => [
  dir,
  ...readdirSync(posix.join('src', dir), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((e) => folders(posix.join(dir, e.name))),
];
const srcFolders = folders();
/** The folders with a public face: code outside them imports them through their index.ts only. */
const indexed = srcFolders.filter((f) => f !== '' && existsSync(`src/${f}/index.ts`));
const within = (folder, outer) => outer === '' || folder === outer || folder.startsWith(`${outer}/`);
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** The import specifier that names folder `to` from a file in folder `from` ('../answers', './guards'). */
const specifier = (from, to) => {
  const rel = posix.relative(from, to);
  return rel.startsWith('..') ? rel : `./${rel}`;
};

/** The `no-restricted-imports` patterns for the files directly in src/<folder>. */
function layerPatterns(folder) {
  const patterns = [];
  if (!within(folder, 'teams')) {
    // botbuilder-azure-blobs is a Storage implementation, not the bot transport: src/storage may use it.
    const blobs = within(folder, 'storage') ? '(?!azure-blobs(/|$))' : '';
    patterns.push({
      regex: `^(botbuilder|botbuilder-${blobs}[\\w-]+|botframework-[\\w-]+|@microsoft/teams-ai)(/.*)?$`,
      message: 'Only src/teams imports botbuilder, botframework-* or teams-ai (type imports too): README, Architecture.',
    });
  }
  if (within(folder, 'core')) {
    const toSrc = '\\.\\./'.repeat(folder.split('/').length);
    patterns.push({ regex: `^${toSrc}(?!errors$|core(/|$))`, message: 'src/core imports nothing of ours outside core but src/errors.ts.' });
  }
  if (!within(folder, 'app')) {
    patterns.push({ regex: `^${escape(specifier(folder, 'app'))}(/|$)`, message: 'Nothing imports src/app: start-up is the top floor.' });
  }
  for (const target of indexed.filter((f) => !within(folder, f))) {
    // A sub-folder with its own index.ts (core/knowledge/units) is a public face of its own.
    const faces = indexed.filter((f) => f !== target && within(f, target)).map((f) => `${escape(posix.relative(target, f))}(/|$)`);
    patterns.push({
      regex: `^${escape(specifier(folder, target))}/(?!(${['index$', ...faces].join('|')})).`,
      message: `Import src/${target} through its index.ts (${specifier(folder, target)}): what it exports is its public face. scripts/index-imports.ts rewrites deep imports.`,
    });
  }
  return patterns;
}

export default defineConfig(
  globalIgnores(['dist/', 'coverage/', 'data/', 'docs/', 'env/', 'manifest/']),
  {
    files: ['**/*.{ts,mts,cjs,mjs}'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_name` is the repository's "unused on purpose" (a field left out of a rest, an ignored catch or parameter).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      // src's require() calls are lazy on purpose, typed with `typeof import(…)`: a CLI command loads only its own
      // modules (src/app/cli.ts) and tinyld's language profiles load on first use (detect-language.ts).
      '@typescript-eslint/no-require-imports': ['error', { allow: ['^\\.\\.?/', '^tinyld/light$'] }],
    },
  },
  // Tests drive untyped surfaces (a browser page, raw HTTP bodies, card JSON): `any` stays out of src only.
  { files: ['tests/**/*.{ts,mts}'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  // CommonJS launchers (bin/, scripts/*.cjs) run as written: require is their import.
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  { files: ['**/*.mjs'], languageOptions: { globals: globals.node } },
  ...srcFolders.map((folder) => ({
    files: [folder === '' ? 'src/*.ts' : `src/${folder}/*.ts`],
    rules: { 'no-restricted-imports': ['error', { patterns: layerPatterns(folder) }] },
  })),
);
