/**
 * `npm run lint:index-imports`: rewrites every deep import into another src/ folder (`../replies/doc`) to that
 * folder's index (`../replies`), the rule eslint.config.mjs enforces, and adds to each index.ts the named
 * exports the rewritten imports need (`export { x } from './file'`, `export type` for types). `eslint --fix`
 * cannot do this: it needs to know what each index exports, which only the TypeScript checker can say.
 *
 * The face of a file is the innermost folder with an index.ts that holds it and not the importer
 * (core/knowledge/units for core/knowledge/units/computed.ts). A name the target only passes on from another
 * folder is imported from where it is declared, through that folder's face (`intents`, declared in
 * core/vocabulary.ts and re-exported by language/types.ts, comes from core/vocabulary: importing the
 * language index would load chrono-node and nlp.js for one constant). A name the index already exports under
 * another name is imported under that name (`import { escalationWords as W }`). Imports that end up naming the
 * same module are merged. What it cannot rewrite — default, namespace and side-effect imports, `export *`, a
 * name the index exports for something else — it lists and leaves for a hand.
 * Then: `npm run typecheck`, `npm run lint`, `npx vitest run tests/architecture`.
 * Usage: `npm run lint:index-imports [-- --dry-run]`.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, posix, relative, resolve } from 'node:path';
import * as prettier from 'prettier';
import ts from 'typescript';

const ROOT = resolve(__dirname, '..');
const SRC = join(ROOT, 'src');
const dryRun = process.argv.includes('--dry-run');

const srcPath = (file: string): string => relative(SRC, file).split('\\').join('/');
const folderOf = (rel: string): string => posix.dirname(rel).replace(/^\.$/, '');
const within = (folder: string, outer: string): boolean => outer === '' || folder === outer || folder.startsWith(`${outer}/`);
const specifier = (from: string, to: string): string => {
  const rel = posix.relative(from, to);
  return rel.startsWith('..') ? rel : `./${rel}`;
};
/** The module path a file is named by from folder `from`, without extension or `/index`. */
const moduleSpec = (from: string, file: string): string => specifier(from, file.replace(/\.ts$/, '').replace(/\/index$/, ''));

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [join(dir, e.name)] : [],
  );
}
const files = walk(SRC);
const indexed = [...new Set(files.map((f) => folderOf(srcPath(f))))].filter((d) => d !== '' && existsSync(join(SRC, d, 'index.ts')));

/** The innermost folder with an index.ts that holds `target` but not `importer` (both relative to src/). */
function faceOf(importer: string, target: string): string | undefined {
  const faces = indexed.filter((f) => within(folderOf(target), f) && !within(folderOf(importer), f));
  return faces.sort((a, b) => b.length - a.length)[0];
}

const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
const program = ts.createProgram(files, config.options);
const checker = program.getTypeChecker();

const resolveTarget = (from: ts.SourceFile, spec: string): string | undefined => {
  const r = ts.resolveModuleName(spec, from.fileName, config.options, ts.sys).resolvedModule?.resolvedFileName;
  return r && r.startsWith(SRC) ? srcPath(r) : undefined;
};
const real = (s: ts.Symbol): ts.Symbol => (s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s);
const exportsOf = (rel: string): Map<string, ts.Symbol> => {
  const sf = program.getSourceFile(join(SRC, rel));
  const mod = sf && checker.getSymbolAtLocation(sf);
  return new Map((mod ? checker.getExportsOfModule(mod) : []).map((s) => [s.name, s]));
};

interface Binding {
  imported: string; // the name the statement's module exports
  local: string; // the name in the importing file
  typeOnly: boolean;
}
/** Where a binding goes: the file its statement will name (src-relative) and the name that file exports it as. */
interface Destination {
  file: string;
  name: string;
}
interface Rewrite {
  file: string;
  node: ts.ImportDeclaration | ts.ExportDeclaration;
  bindings: { b: Binding; to: Destination }[];
}

const leftForHand: string[] = [];
const rewrites: Rewrite[] = [];
/** Per index: the names to add, by the module they come from (relative to the index's folder). */
const additions = new Map<string, Map<string, { values: Set<string>; types: Set<string> }>>();
const pending = new Map<string, ts.Symbol>(); // `${face}:${name}` → what it will export

const namedBindings = (node: ts.ImportDeclaration | ts.ExportDeclaration): Binding[] | undefined => {
  if (ts.isImportDeclaration(node)) {
    const clause = node.importClause;
    if (!clause || clause.name || !clause.namedBindings || !ts.isNamedImports(clause.namedBindings)) return undefined;
    return clause.namedBindings.elements.map((e) => ({
      imported: (e.propertyName ?? e.name).text,
      local: e.name.text,
      typeOnly: clause.isTypeOnly || e.isTypeOnly,
    }));
  }
  if (!node.exportClause || !ts.isNamedExports(node.exportClause)) return undefined;
  return node.exportClause.elements.map((e) => ({ imported: (e.propertyName ?? e.name).text, local: e.name.text, typeOnly: node.isTypeOnly || e.isTypeOnly }));
};

/** The name `file` exports `origin` as (the binding's own name first), if it does. */
function exportedAs(file: string, origin: ts.Symbol, prefer: string): string | undefined {
  const all = exportsOf(file);
  if (all.has(prefer) && real(all.get(prefer)!) === origin) return prefer;
  return [...all.values()].find((s) => s.name !== 'default' && real(s) === origin)?.name;
}

/** `origin`, exported by `file` inside `face` as `name`, through the face's index (adding the export if need be). */
function throughFace(face: string, file: string, origin: ts.Symbol, name: string): Destination | string {
  const index = `${face}/index.ts`;
  const asIs = exportedAs(index, origin, name);
  if (asIs) return { file: index, name: asIs };
  const taken = exportsOf(index).get(name) ?? pending.get(`${face}:${name}`);
  if (taken && real(taken) !== origin) return `src/${index} already exports another '${name}'`;
  pending.set(`${face}:${name}`, origin);
  const from = moduleSpec(face, file);
  const perModule = additions.get(face) ?? new Map<string, { values: Set<string>; types: Set<string> }>();
  const entry = perModule.get(from) ?? { values: new Set<string>(), types: new Set<string>() };
  (origin.flags & ts.SymbolFlags.Value ? entry.values : entry.types).add(name);
  perModule.set(from, entry);
  additions.set(face, perModule);
  return { file: index, name };
}

function destination(importer: string, target: string, face: string, b: Binding): Destination | string {
  const wanted = exportsOf(target).get(b.imported);
  if (!wanted) return `'${b.imported}' is not an export of src/${target}`;
  const origin = real(wanted);
  const declared = origin.declarations?.[0]?.getSourceFile().fileName;
  const home = declared?.startsWith(SRC) ? srcPath(declared) : undefined;
  if (home && home !== target && !within(folderOf(home), face)) {
    const name = exportedAs(home, origin, b.imported);
    const homeFace = faceOf(importer, home);
    if (name && !homeFace) return { file: home, name };
    if (name && homeFace) return home === `${homeFace}/index.ts` ? { file: home, name } : throughFace(homeFace, home, origin, name);
  }
  return throughFace(face, target, origin, b.imported);
}

for (const sf of program.getSourceFiles().filter((s) => s.fileName.startsWith(SRC))) {
  const file = srcPath(sf.fileName);
  for (const node of sf.statements) {
    if (!(ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) || !node.moduleSpecifier || !ts.isStringLiteral(node.moduleSpecifier)) continue;
    const spec = node.moduleSpecifier.text;
    if (!spec.startsWith('.')) continue;
    const target = resolveTarget(sf, spec);
    const face = target && faceOf(file, target);
    if (!target || !face || target === `${face}/index.ts`) continue;
    const where = `src/${file}: '${spec}'`;
    const bindings = namedBindings(node);
    if (!bindings) {
      leftForHand.push(`${where} (default, namespace or side-effect import, or export *)`);
      continue;
    }
    const routed = bindings.map((b) => ({ b, to: destination(file, target, face, b) }));
    const problems = routed.flatMap((r) => (typeof r.to === 'string' ? [r.to] : []));
    if (problems.length) leftForHand.push(`${where} left as is: ${problems.join('; ')}`);
    else rewrites.push({ file, node, bindings: routed as Rewrite['bindings'] });
  }
}

/** Text edits per file, applied from the end so offsets hold. */
const edits = new Map<string, { start: number; end: number; text: string }[]>();
const edit = (file: string, start: number, end: number, text: string) => edits.set(file, [...(edits.get(file) ?? []), { start, end, text }]);

/** One statement naming `spec` with these bindings (a name bound twice once, as a value if either is). */
function statement(kind: 'import' | 'export', spec: string, bindings: { b: Binding; name: string }[]): string {
  const byLocal = new Map<string, { b: Binding; name: string }>();
  for (const x of bindings) {
    const seen = byLocal.get(x.b.local);
    byLocal.set(x.b.local, seen ? { ...seen, b: { ...seen.b, typeOnly: seen.b.typeOnly && x.b.typeOnly } } : x);
  }
  const list = [...byLocal.values()];
  const allType = list.every((x) => x.b.typeOnly);
  const text = list.map(({ b, name }) => `${b.typeOnly && !allType ? 'type ' : ''}${name}${name === b.local ? '' : ` as ${b.local}`}`);
  return `${kind} ${allType ? 'type ' : ''}{ ${text.join(', ')} } from '${spec}';`;
}

// Per file: each rewritten statement gives way to one statement per module it now names, merged with a plain
// named import of that module already in the file, in the place of the first of them.
for (const file of new Set(rewrites.map((r) => r.file))) {
  const mine = rewrites.filter((r) => r.file === file);
  const sf = mine[0]!.node.getSourceFile();
  const from = folderOf(file);
  const specOf = (dest: string) => (dest.endsWith('/index.ts') ? specifier(from, folderOf(dest)) : moduleSpec(from, dest));
  const replaced = new Map<ts.Statement, string[]>(mine.map((r) => [r.node, []]));
  for (const kind of ['import', 'export'] as const) {
    const group = mine.filter((r) => (kind === 'import') === ts.isImportDeclaration(r.node));
    for (const dest of new Set(group.flatMap((r) => r.bindings.map((x) => x.to.file)))) {
      const parts = group
        .filter((r) => r.bindings.some((x) => x.to.file === dest))
        .map((r) => ({ node: r.node as ts.Statement, bindings: r.bindings.filter((x) => x.to.file === dest).map((x) => ({ b: x.b, name: x.to.name })) }));
      if (kind === 'import') {
        for (const s of sf.statements) {
          if (!ts.isImportDeclaration(s) || replaced.has(s) || !ts.isStringLiteral(s.moduleSpecifier)) continue;
          const bindings = namedBindings(s);
          if (bindings && resolveTarget(sf, s.moduleSpecifier.text) === dest) {
            parts.push({ node: s, bindings: bindings.map((b) => ({ b, name: b.imported })) });
            replaced.set(s, []);
          }
        }
      }
      parts.sort((a, b) => a.node.getStart(sf) - b.node.getStart(sf));
      replaced.get(parts[0]!.node)!.push(
        statement(
          kind,
          specOf(dest),
          parts.flatMap((p) => p.bindings),
        ),
      );
    }
  }
  for (const [node, texts] of replaced) {
    // A statement that gives way to nothing goes with the line it stood on.
    const end = node.getEnd();
    if (texts.length) edit(file, node.getStart(sf), end, texts.join('\n'));
    else edit(file, node.getStart(sf), sf.text[end] === '\n' ? end + 1 : end, '');
  }
}

// Index additions: merged into an `export { … } from` of the same module when there is one, else a new statement.
for (const [face, perModule] of additions) {
  const rel = `${face}/index.ts`;
  const sf = program.getSourceFile(join(SRC, rel))!;
  const statements = sf.statements.filter((s) => ts.isImportDeclaration(s) || (ts.isExportDeclaration(s) && s.moduleSpecifier));
  for (const [from, { values, types }] of perModule) {
    const named = sf.statements.filter(
      (s): s is ts.ExportDeclaration =>
        ts.isExportDeclaration(s) &&
        !!s.exportClause &&
        ts.isNamedExports(s.exportClause) &&
        !!s.moduleSpecifier &&
        ts.isStringLiteral(s.moduleSpecifier) &&
        s.moduleSpecifier.text.replace(/\/index$/, '') === from,
    );
    const [valueStatement, typeStatement] = [named.find((s) => !s.isTypeOnly), named.find((s) => s.isTypeOnly)];
    const sorted = (set: Set<string>, prefix = '') => [...set].sort().map((n) => `${prefix}${n}`);
    const extend = (s: ts.ExportDeclaration, added: string[]) => {
      const elements = (s.exportClause as ts.NamedExports).elements.map((e) => e.getText(sf));
      edit(rel, s.getStart(sf), s.getEnd(), `export ${s.isTypeOnly ? 'type ' : ''}{ ${[...elements, ...added].join(', ')} } from '${from}';`);
    };
    // Types join the module's `export type { … }` when it has one, else its `export { … }` as `type X`.
    const toValues = valueStatement ? [...sorted(values), ...(typeStatement ? [] : sorted(types, 'type '))] : [];
    const toTypes = typeStatement ? sorted(types) : [];
    if (toValues.length) extend(valueStatement!, toValues);
    if (toTypes.length) extend(typeStatement!, toTypes);
    const lines = [
      !valueStatement && values.size ? `export { ${sorted(values).join(', ')} } from '${from}';` : '',
      !valueStatement && !typeStatement && types.size ? `export type { ${sorted(types).join(', ')} } from '${from}';` : '',
    ].filter(Boolean);
    if (lines.length) {
      const at = statements.length ? statements[statements.length - 1]!.getEnd() : 0;
      edit(rel, at, at, `${at ? '\n' : ''}${lines.join('\n')}${at ? '' : '\n'}`);
    }
  }
}

async function main(): Promise<void> {
  const options = (await prettier.resolveConfig(join(ROOT, '.prettierrc.json'))) ?? {};
  for (const [rel, list] of edits) {
    const path = join(SRC, rel);
    let text = readFileSync(path, 'utf8');
    // Two additions at one offset keep their order: sort is stable, applied from the end.
    for (const e of [...list].sort((a, b) => b.start - a.start)) text = text.slice(0, e.start) + e.text + text.slice(e.end);
    if (!dryRun) writeFileSync(path, await prettier.format(text, { ...options, filepath: path }));
  }
  const touched = new Set(rewrites.map((r) => r.file)).size;
  const exported = [...additions.values()].reduce((n, m) => n + [...m.values()].reduce((k, e) => k + e.values.size + e.types.size, 0), 0);
  console.log(
    `${dryRun ? 'would rewrite' : 'rewrote'} ${rewrites.length} deep imports in ${touched} files; ${exported} exports added to ${additions.size} index files`,
  );
  for (const face of additions.keys()) console.log(`  + src/${face}/index.ts`);
  if (leftForHand.length) console.log(`left for a hand (${leftForHand.length}):\n  ${[...new Set(leftForHand)].join('\n  ')}`);
}

void main();
