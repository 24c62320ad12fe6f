import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** Every import of a src/ file: `from '…'`, `import('…')`, `export … from '…'` (type imports included). */
export interface ImportEdge {
  file: string; // relative to src/, e.g. 'core/knowledge/index.ts'
  spec: string;
  /** Resolved file relative to src/ for relative specifiers; undefined for packages. */
  target?: string;
}

export const SRC = resolve(__dirname, '../../src');

/** Every .ts file under dir (default src/), absolute paths. */
export function walk(dir: string = SRC): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.ts') ? [p] : [];
  });
}

function resolveSpec(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  for (const cand of [base, `${base}.ts`, join(base, 'index.ts')]) {
    try {
      if (statSync(cand).isFile()) return relative(SRC, cand);
    } catch {
      // not this candidate
    }
  }
  return undefined;
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

export function importEdges(): ImportEdge[] {
  return walk(SRC).flatMap((path) => {
    const text = readFileSync(path, 'utf8');
    const file = relative(SRC, path);
    return [...text.matchAll(IMPORT)].map((m) => {
      const spec = (m[1] ?? m[2])!;
      return spec.startsWith('.') ? { file, spec, target: resolveSpec(path, spec) } : { file, spec };
    });
  });
}

/** The top folder of a src/ path ('core', 'teams', …; a root file is its own name). */
export const folderOf = (p: string): string => p.split('/')[0]!.replace(/\.ts$/, '');

/** Every cycle a depth-first walk meets in a graph (node → the nodes it imports), as "a → b → a". */
export function findCycles(graph: ReadonlyMap<string, Iterable<string>>): string[] {
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (n: string, path: string[]) => {
    if (state.get(n) === 'done') return;
    if (state.get(n) === 'open') return void cycles.push([...path.slice(path.indexOf(n)), n].join(' → '));
    state.set(n, 'open');
    for (const m of graph.get(n) ?? []) visit(m, [...path, n]);
    state.set(n, 'done');
  };
  for (const n of graph.keys()) visit(n, []);
  return cycles;
}
