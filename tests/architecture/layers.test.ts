import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { findCycles, folderOf, importEdges, SRC } from './imports';

/**
 * The layers of the README's architecture table, as import rules: shared vocabulary at the bottom
 * (core), start-up at the top (app), botbuilder and teams-ai only in src/teams, and no cycle
 * between folders (a cycle means a type lives on the wrong floor).
 */
const edges = importEdges();
const internal = edges.filter((e) => e.target);

describe('layers', () => {
  it('every relative import resolves to a file', () => {
    expect(edges.filter((e) => e.spec.startsWith('.') && !e.target).map((e) => `${e.file} → ${e.spec}`)).toEqual([]);
  });

  it('core imports nothing of ours outside core (but the error catalogue, which imports nothing)', () => {
    const bad = internal.filter((e) => folderOf(e.file) === 'core' && !['core', 'errors'].includes(folderOf(e.target!)));
    expect(bad.map((e) => `${e.file} → ${e.spec}`)).toEqual([]);
  });

  it('the error catalogue imports nothing of ours', () => {
    expect(internal.filter((e) => e.file === 'errors.ts').map((e) => e.spec)).toEqual([]);
  });

  // botbuilder-azure-blobs is a Storage implementation, not the bot transport: src/storage may use it.
  it('only src/teams imports botbuilder or @microsoft/teams-ai (type imports included)', () => {
    const bad = edges.filter((e) => /^(botbuilder(-core|-dialogs)?|botframework-[\w-]+|@microsoft\/teams-ai)$/.test(e.spec) && folderOf(e.file) !== 'teams');
    expect(bad.map((e) => `${e.file} → ${e.spec}`)).toEqual([]);
  });

  it('nothing imports src/app (start-up is the top floor)', () => {
    const bad = internal.filter((e) => folderOf(e.target!) === 'app' && folderOf(e.file) !== 'app');
    expect(bad.map((e) => `${e.file} → ${e.spec}`)).toEqual([]);
  });

  // What eslint.config.mjs says with specifiers, here on resolved paths: a folder with an index.ts is a public face.
  it('an import from outside a folder with an index.ts lands on the index.ts of the innermost such folder', () => {
    const faces = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
      .filter((p) => p.endsWith('/index.ts'))
      .map((p) => dirname(p));
    const bad = internal.filter((e) => {
      const around = faces.filter((f) => e.target!.startsWith(`${f}/`) && !e.file.startsWith(`${f}/`));
      const innermost = around.sort((a, b) => b.length - a.length)[0];
      return innermost !== undefined && e.target !== `${innermost}/index.ts`;
    });
    expect(faces).toContain('core/knowledge/units');
    expect(bad.map((e) => `${e.file} → ${e.spec}`)).toEqual([]);
  });

  it('no cycle between folders', () => {
    const graph = new Map<string, Set<string>>();
    for (const e of internal) {
      const [a, b] = [folderOf(e.file), folderOf(e.target!)];
      if (a !== b) graph.set(a, (graph.get(a) ?? new Set()).add(b));
    }
    expect(findCycles(graph)).toEqual([]);
  });

  // What `madge --circular` reports, on the same edges: no file reaches itself through its imports.
  it('no cycle between files', () => {
    const graph = new Map<string, string[]>();
    for (const e of internal) graph.set(e.file, [...(graph.get(e.file) ?? []), e.target!]);
    expect(findCycles(graph)).toEqual([]);
  });
});
