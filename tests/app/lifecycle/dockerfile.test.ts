import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * No Docker engine on this machine: the Dockerfile is checked as text against the repository —
 * stages, production-only install, non-root user, health check, and that every COPY source exists
 * and is not excluded by .dockerignore (the usual way an image breaks without anyone building it).
 */
const ROOT = join(__dirname, '..', '..', '..');
const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
const ignore = readFileSync(join(ROOT, '.dockerignore'), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));

interface Instr {
  op: string;
  args: string;
  stage: number;
}

function parse(text: string): Instr[] {
  const joined = text.replace(/\\\r?\n/g, ' ');
  const out: Instr[] = [];
  let stage = -1;
  for (const raw of joined.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const m = /^(\w+)\s+(.*)$/.exec(line);
    if (!m) continue;
    const op = m[1]!.toUpperCase();
    if (op === 'FROM') stage++;
    out.push({ op, args: m[2]!.replace(/\s+/g, ' ').trim(), stage });
  }
  return out;
}

/** .dockerignore patterns in the subset used here: exact paths, `dir`, `*` globs, `**\/` prefixes. */
function ignored(path: string): boolean {
  return ignore.some((p) => {
    const re = new RegExp(
      '^' +
        p
          .replace(/[.+^${}()|[\]\\]/g, '\\$&')
          .replace(/\*\*\//g, '(?:.*/)?')
          .replace(/\*/g, '[^/]*') +
        '(?:/.*)?$',
    );
    return re.test(path);
  });
}

const instrs = parse(dockerfile);
const froms = instrs.filter((i) => i.op === 'FROM');
const last = froms.length - 1;
const final = instrs.filter((i) => i.stage === last);

describe('Dockerfile', () => {
  it('is multi-stage on node:24-slim (Node 24 LTS) with named stages', () => {
    expect(froms.length).toBeGreaterThanOrEqual(2);
    for (const f of froms) expect(f.args).toMatch(/^node:24-slim AS [a-z][\w-]*$/i);
  });

  it('installs production dependencies only, from the lock file', () => {
    const runs = instrs.filter((i) => i.op === 'RUN').map((i) => i.args);
    expect(runs.some((r) => /npm ci --omit=dev/.test(r))).toBe(true);
    expect(runs.some((r) => /npm (install|i) /.test(r))).toBe(false);
  });

  it('compiles in a build stage and runs dist/ with no TypeScript transpiler (tsx, typescript are dev-only)', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    expect(pkg.dependencies.tsx).toBeUndefined();
    expect(pkg.dependencies.typescript).toBeUndefined();
    expect(pkg.devDependencies.tsx).toBeDefined();
    expect(pkg.dependencies.pino).toBeDefined();
    const runs = instrs.filter((i) => i.op === 'RUN' && i.stage < last).map((i) => i.args);
    expect(runs.some((r) => /npm run build/.test(r))).toBe(true);
    // The final stage takes dist/ from an earlier stage and never src/.
    expect(final.some((i) => i.op === 'COPY' && /--from=\S+ .*\/app\/dist/.test(i.args))).toBe(true);
    expect(final.some((i) => i.op === 'COPY' && /(^| )src( |$)/.test(i.args))).toBe(false);
  });

  it('the bin the image runs loads dist/, not TypeScript', () => {
    const bin = readFileSync(join(ROOT, 'bin/hotpatch-bot.cjs'), 'utf8');
    expect(bin).toMatch(/require\('\.\.\/dist\/app\/cli\.js'\)/);
    expect(bin.replace(/^\s*\/\/.*$/gm, '')).not.toMatch(/tsx|\.ts'/);
  });

  it('runs as a non-root user in the final stage, set before CMD', () => {
    const users = final.filter((i) => i.op === 'USER');
    expect(users.length).toBeGreaterThan(0);
    expect(users.at(-1)!.args).not.toMatch(/^(root|0)(:|$)/);
    expect(final.findIndex((i) => i.op === 'USER')).toBeLessThan(final.findIndex((i) => i.op === 'CMD'));
  });

  it('has a HEALTHCHECK on /healthz and exposes the default port', () => {
    const hc = final.find((i) => i.op === 'HEALTHCHECK');
    expect(hc?.args).toMatch(/\/healthz/);
    expect(hc?.args).toMatch(/--interval=\d+s/);
    expect(final.find((i) => i.op === 'EXPOSE')?.args).toBe('3978');
  });

  it('starts with an exec-form CMD (signals reach node) on a file that exists', () => {
    const cmd = final.find((i) => i.op === 'CMD')!;
    const argv = JSON.parse(cmd.args) as string[];
    expect(argv[0]).toBe('node');
    expect(existsSync(join(ROOT, argv[1]!))).toBe(true);
    expect(argv.slice(2)).toEqual(['serve']);
  });

  const copies = instrs.filter((i) => i.op === 'COPY');
  it('every COPY --from names an earlier stage', () => {
    const names = froms.map((f) => /AS (\S+)$/i.exec(f.args)![1]!.toLowerCase());
    for (const c of copies.filter((i) => /--from=/.test(i.args))) {
      const from = /--from=(\S+)/.exec(c.args)![1]!.toLowerCase();
      expect(names.indexOf(from)).toBeGreaterThanOrEqual(0);
      expect(names.indexOf(from)).toBeLessThan(c.stage);
    }
  });

  const local = copies.filter((i) => !/--from=/.test(i.args));
  const sources = local.flatMap((c) => {
    const parts = c.args.split(' ').filter((p) => !p.startsWith('--'));
    return parts.slice(0, -1);
  });
  it.each(sources)('COPY source %s exists and is in the build context', (src) => {
    expect(existsSync(join(ROOT, src))).toBe(true);
    expect(ignored(src)).toBe(false);
  });

  it('copies what the app reads at run time (code, release data)', () => {
    expect(sources).toEqual(expect.arrayContaining(['src', 'data/releases.json', 'bin/hotpatch-bot.cjs', 'package.json', 'tsconfig.build.json']));
    expect(statSync(join(ROOT, 'src')).isDirectory()).toBe(true);
  });

  it.each(['.git', 'node_modules', 'env/.env.dev.user', 'data/hotpatch-bot.db', 'data/hotpatch-bot.db-wal', 'src/.env', 'keys/graph.pem'])(
    '.dockerignore keeps %s out of the image context',
    (p) => expect(ignored(p)).toBe(true),
  );
});
