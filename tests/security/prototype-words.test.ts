import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { loadConfig } from '../../src/config';
import { pipelineFromConfig } from '../../src/app/composition';
import { summarizeInventoryCsv } from '../../src/inventory/csv-fleet-summary';
import { lifecycleData } from '../../src/data/load-lifecycle';

/**
 * Words that are names of Object.prototype ("constructor", "__proto__", "toString"…): the word tables
 * of the language layer and of the device values were plain objects, so a lookup of such a word found
 * Object's own function. Typed in chat, "constructor" made the stemmer throw (the turn failed); in an
 * inventory CSV's edition or VBS column it stopped the whole fleet summary. Each is now an unknown word.
 */
const names = Object.getOwnPropertyNames(Object.prototype);
const pipeline = pipelineFromConfig(loadConfig({ STORAGE: 'memory' }));
const today = '2026-12-07';

describe('names of Object.prototype as words', () => {
  it('covers the names that broke the lookups', () => {
    expect(names).toEqual(expect.arrayContaining(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']));
  });

  it.each(['en-US', 'fr-FR'])('in chat (%s): every name alone and in a question gets an answer, never a throw', async (clientLocale) => {
    for (const name of names) {
      for (const text of [name, `is my ${name} PC eligible, edition ${name}, VBS ${name}?`, `mon poste ${name} est-il éligible ? ${name}`]) {
        const r = await pipeline.ask({ text, today, now: new Date(`${today}T10:00:00Z`), clientLocale, timeZone: 'Europe/Paris' });
        expect(r.text.length, text).toBeGreaterThan(0);
      }
    }
  });

  it('in an inventory CSV: each bad cell is one invalid row, the other devices are summarised', async () => {
    const header = 'DeviceName,Edition,OS version,architecture,VBS,licenses,chpeDisabled,managed,hotpatchPolicy,Join type';
    const good = (i: number) => `PC-OK-${i},Enterprise,25H2,x64,running,E3,,intune,allow,entra`;
    const cells = ['Enterprise', '25H2', 'x64', 'running', 'E3', '', 'intune', 'allow', 'entra'];
    const bad: string[] = [];
    for (const name of ['constructor', '__proto__', 'toString']) {
      for (let col = 0; col < cells.length; col += 1) {
        const row = [...cells];
        row[col] = name;
        bad.push(`PC-BAD-${name}-${col},${row.join(',')}`);
      }
    }
    const csv = [header, good(1), ...bad, good(2)].join('\n') + '\n';
    const summary = await summarizeInventoryCsv(Readable.from([csv]), { today, lifecycle: lifecycleData(), baselineUbr: 8655 });
    // Every row is either a device or an invalid row with its line: none is lost, none stops the run.
    expect(summary.total + summary.invalidRows.length).toBe(2 + bad.length);
    expect(summary.total).toBeGreaterThanOrEqual(2);
    expect(summary.invalidRows.every((r) => r.line > 2)).toBe(true);
  });
});
