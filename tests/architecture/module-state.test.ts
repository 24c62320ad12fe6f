import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SRC } from './imports';

/**
 * Issue 13: caches belong to objects created at start-up (src/app) and passed down, never to a module —
 * module state is shared by every engine, store and test of a process (the tick's caches were WeakMaps
 * keyed by the store). In the folders that hold state (teams, reminders, escalation, storage), a
 * top-level `let`, or a collection created empty at the top level, fails this test unless listed here.
 */
const FOLDERS = ['teams', 'reminders', 'escalation', 'storage'];

const ALLOWED: Record<string, string> = {
  // A memo of a pure function: one Intl formatter per IANA zone. It cannot go stale, holds no stored or
  // user data, is bounded by the zone list, and is the same for every store and process.
  'reminders/schedule.ts formatters': 'pure memo',
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const TOP_LET = /^(?:export\s+)?(?:let|var)\s+([A-Za-z_$][\w$]*)/gm;
// `new Map()`, `new WeakMap<…>()`, `new Set()`: created empty, so made to be filled while running.
const TOP_EMPTY_COLLECTION = /^(?:export\s+)?const\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=\s*new\s+(?:Map|WeakMap|Set|WeakSet|LRUCache)\s*(?:<[^;]*?>)?\(\s*\)/gm;

describe('module state', () => {
  it('no module-level mutable state in teams, reminders, escalation, storage (start-up owns it)', () => {
    const found: string[] = [];
    for (const folder of FOLDERS) {
      for (const path of files(join(SRC, folder))) {
        const text = readFileSync(path, 'utf8');
        for (const re of [TOP_LET, TOP_EMPTY_COLLECTION]) {
          for (const m of text.matchAll(re)) found.push(`${relative(SRC, path)} ${m[1]}`);
        }
      }
    }
    expect(found.filter((f) => !ALLOWED[f])).toEqual([]);
  });

  it('the check sees the forms it forbids', () => {
    const sample = 'const finishedKeys = new WeakMap<object, Set<string>>();\nlet running = 0;\nconst OK = new Set([1, 2]);\n';
    expect([...sample.matchAll(TOP_EMPTY_COLLECTION)].map((m) => m[1])).toEqual(['finishedKeys']);
    expect([...sample.matchAll(TOP_LET)].map((m) => m[1])).toEqual(['running']);
  });
});
