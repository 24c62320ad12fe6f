import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInventoryCsv, MAX_QUOTED_LINES, type InventoryRecord } from '../../src/inventory/csv-inventory';
import { fleetInProcess as fleetCommand } from '../../src/app/cli/fleet';

/**
 * Issue 15 finding 10: one unterminated quote on line 21 of a 115-line file swallowed every row after
 * it (20 devices instead of 113, one "Quote Not Closed" at the last line). Now the broken line is
 * reported by its own number, reading resumes at the next line, and every other row is counted.
 */
async function read(text: string, chunk = 0): Promise<InventoryRecord[]> {
  const parts = chunk ? Array.from({ length: Math.ceil(text.length / chunk) }, (_, i) => Buffer.from(text.slice(i * chunk, (i + 1) * chunk))) : [text];
  const out: InventoryRecord[] = [];
  for await (const r of readInventoryCsv(
    (async function* () {
      yield* parts;
    })(),
  ))
    out.push(r);
  return out;
}

function fleetFile(brokenLine: number, lines = 115, opts: { quotedLicences?: boolean } = {}): string {
  const rows = ['deviceName,edition,osVersion,licenses'];
  for (let line = 2; line <= lines; line += 1) {
    const lic = opts.quotedLicences && line % 7 === 0 ? '"E3;E5"' : 'E3';
    rows.push(line === brokenLine ? `PC-${line},"Enterprise,10.0.26100.4349,E3` : `PC-${line},Enterprise,10.0.26100.4349,${lic}`);
  }
  return `${rows.join('\n')}\n`;
}

describe('an unterminated quote costs one row, not the rest of the file', () => {
  it.each([
    ['no other quotes', {}],
    ['quoted licence lists after it', { quotedLicences: true }],
  ])('115 lines, broken quote on line 21 (%s) → 114 rows counted, 113 devices, line 21 reported', async (_n, opts) => {
    const rows = await read(fleetFile(21, 115, opts));
    expect(rows).toHaveLength(114);
    const bad = rows.filter((r) => !r.ok);
    expect(bad).toEqual([{ ok: false, line: 21, error: expect.stringMatching(/quote/) }]);
    expect(rows.filter((r) => r.ok)).toHaveLength(113);
    // Every good row keeps its real line number.
    expect(rows.filter((r) => r.ok).map((r) => r.line)).toEqual(Array.from({ length: 114 }, (_, i) => i + 2).filter((l) => l !== 21));
  });

  it('the same in small chunks (a quote open across chunk boundaries)', async () => {
    const rows = await read(fleetFile(21, 115, { quotedLicences: true }), 7);
    expect(rows).toHaveLength(114);
    expect(rows.filter((r) => !r.ok).map((r) => r.line)).toEqual([21]);
  });

  it('a broken quote on the last line, and one in the middle of a multi-line file', async () => {
    const rows = await read('deviceName,edition\nA,Pro\n"multi\nline",Pro\nB,"Pro\nC,Enterprise\nD,"Home\n');
    expect(rows.map((r) => [r.line, r.ok])).toEqual([
      [2, true],
      [3, true],
      [5, false],
      [6, true],
      [7, false],
    ]);
  });

  it(`a real multi-line cell (up to ${MAX_QUOTED_LINES} lines) is still one record`, async () => {
    const cell = Array.from({ length: 5 }, (_, i) => `part ${i}`).join('\n');
    const rows = await read(`deviceName,edition\n"${cell}",Pro\nNEXT,Home\n`);
    expect(rows.map((r) => [r.line, r.ok])).toEqual([
      [2, true],
      [7, true],
    ]);
  });

  it('escaped quotes ("") inside a quoted cell are not a broken quote', async () => {
    const rows = await read('deviceName,edition\n"PC ""big""",Pro\nPC2,Home\n');
    expect(rows.map((r) => r.ok)).toEqual([true, true]);
  });
});

describe('fleet summary with a broken quote (what the issue saw: 20 devices instead of 113)', () => {
  it('counts 113 devices and 1 invalid row on line 21', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hb-fleet-'));
    writeFileSync(join(dir, 'fleet.csv'), fleetFile(21, 115, { quotedLicences: true }));
    const out: string[] = [];
    const code = await fleetCommand(['fleet.csv', '--json', '--today', '2026-07-01'], {
      out: (t: string) => out.push(t),
      err: () => undefined,
      now: () => new Date('2026-07-01T09:00:00Z'),
      env: {},
      cwd: dir,
    });
    expect(code).toBe(0);
    const j = JSON.parse(out.join('\n')) as { total: number; invalidRows: Array<{ line: number }> };
    expect(j.total).toBe(113);
    expect(j.invalidRows.map((r) => r.line)).toEqual([21]);
  });
});
