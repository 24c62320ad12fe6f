import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Readable } from 'node:stream';
import { readInventoryCsv, sniffDelimiter, type InventoryRecord } from '../../src/inventory/csv-inventory';
import { canonicalColumn, mapHeader } from '../../src/inventory/csv-columns';
import { DeviceProfile } from '../../src/core/device-profile';

async function read(text: string | string[], opts = {}): Promise<InventoryRecord[]> {
  const chunks = Array.isArray(text) ? text.map((t) => Buffer.from(t)) : [Buffer.from(text)];
  const out: InventoryRecord[] = [];
  for await (const r of readInventoryCsv(Readable.from(chunks), opts)) out.push(r);
  return out;
}

describe('columns', () => {
  it.each([
    ['deviceName', 'deviceName'],
    ['Device name', 'deviceName'],
    ['DEVICENAME', 'deviceName'],
    ['OS version', 'osVersion'],
    ['SKU Family', 'edition'],
    ['Processor architecture', 'architecture'],
    ['Join type', 'joinType'],
    ['Licences', 'licenses'],
    ['Managed by', 'managed'],
    ['HotPatchRestrictions', 'chpeDisabled'],
    ['Serial number', undefined],
  ])('%s → %s', (header, expected) => expect(canonicalColumn(header)).toBe(expected));
  it('the first of duplicate aliases wins', () => expect(mapHeader(['Device name', 'deviceName'])).toEqual({ deviceName: 0 }));
});

describe('readInventoryCsv', () => {
  it('reads an Intune export (aliases, extra columns, quoted values, BOM, CRLF)', async () => {
    const csv =
      '\uFEFFDevice ID,Device name,OS,OS version,SKU Family,Processor architecture,Join type\r\n' +
      'abc,"LAPTOP-01",Windows,10.0.26100.4349,Enterprise,arM64,Microsoft Entra joined\r\n';
    const [r] = await read(csv);
    expect(r).toEqual({
      ok: true,
      line: 2,
      profile: {
        deviceName: 'LAPTOP-01',
        osFamily: 'windows-11',
        osVersion: '24H2',
        build: 26100,
        ubr: 4349,
        edition: 'enterprise',
        architecture: 'arm64',
        joinType: 'entra',
      },
    });
  });

  it('takes ";" as the delimiter when the header says so (French Excel), with quoted licence lists', async () => {
    expect(sniffDelimiter('deviceName;edition;licenses')).toBe(';');
    expect(sniffDelimiter('deviceName,edition')).toBe(',');
    expect(sniffDelimiter('deviceName\tedition')).toBe('\t');
    const [r] = await read('deviceName;edition;licenses\nPC;Entreprise;"E3;E5"\n');
    expect(r).toMatchObject({ ok: true, profile: { deviceName: 'PC', edition: 'enterprise', licenses: ['e3', 'e5'] } });
  });

  it('keeps line numbers right across multi-line quoted cells, empty lines and chunk boundaries', async () => {
    const csv = 'deviceName,edition\n"multi\nline",Pro\n\nPC2,Bogus\nPC3,Home\n';
    const rows = await read([csv.slice(0, 17), csv.slice(17, 30), csv.slice(30)]);
    expect(rows.map((r) => [r.line, r.ok])).toEqual([
      [2, true],
      [5, false],
      [6, true],
    ]);
  });

  it('reports wrong column counts and broken quoting with their line, and goes on', async () => {
    const rows = await read('deviceName,edition\nA,Pro,extra\nB,"Pro\nC,Enterprise\n');
    const bad = rows.filter((r) => !r.ok);
    expect(bad[0]).toEqual({ ok: false, line: 2, error: 'expected 2 columns, found 3' });
    expect(bad.length).toBeGreaterThanOrEqual(2);
    expect(bad[1].ok === false && bad[1].error).toMatch(/unreadable CSV record/);
  });

  it('empty cells and missing columns are unknown, not errors', async () => {
    const [r] = await read('deviceName,vbs,licenses\nPC,,\n');
    expect(r).toEqual({ ok: true, line: 2, profile: { deviceName: 'PC' } });
  });

  it('carries the owner column for per-user lookups', async () => {
    const [r] = await read('deviceName,User ID\nPC,11111111-2222-3333-4444-555555555555\n');
    expect(r).toMatchObject({ ok: true, ownerId: '11111111-2222-3333-4444-555555555555' });
  });

  it('an empty file has no rows; a header without any known column is HB-INV-010', async () => {
    expect(await read([])).toEqual([]);
    await expect(read('foo,bar\n1,2\n')).rejects.toThrow(/HB-INV-010/);
  });

  it('sets onLatestBaseline from the given baseline UBR', async () => {
    const rows = await read('osVersion\n10.0.26100.8655\n10.0.26100.8000\n24H2\n', { baselineUbr: 8655 });
    expect(rows.map((r) => r.ok && r.profile.onLatestBaseline)).toEqual([true, false, undefined]);
  });
});

// Property: any profile written with any accepted spelling reads back as the same profile.
const SPELL: Record<string, Record<string, string[]>> = {
  edition: {
    enterprise: ['Enterprise', 'Windows 11 Enterprise', 'Entreprise'],
    pro: ['Pro', 'Professionnel', 'Professional'],
    home: ['Home', 'Famille'],
    education: ['Education', 'Éducation'],
  },
  architecture: { x64: ['x64', 'AMD64'], arm64: ['arm64', 'arM64'], x86: ['x86'] },
  vbs: { running: ['running', '2'], 'enabled-not-running': ['enabled', '1'], off: ['off', '0'] },
  chpeDisabled: { true: ['yes', 'true', '1', 'oui'], false: ['no', 'false', '0', 'non'] },
  management: { intune: ['intune', 'yes'], none: ['none', 'no'], 'co-managed': ['co-managed'] },
  hotpatchPolicy: { allow: ['allow', 'Autoriser'], block: ['block'], none: ['none'] },
  joinType: { entra: ['entra', 'azureADJoined'], hybrid: ['hybrid', 'Microsoft Entra hybrid joined'], registered: ['registered'] },
};
const optionalSpelling = (field: string) =>
  fc.option(
    fc.constantFrom(...Object.keys(SPELL[field])).chain((v) => fc.constantFrom(...SPELL[field][v]).map((s) => [v, s] as const)),
    { nil: undefined },
  );

describe('round trip (fast-check)', () => {
  it('profile → CSV text in any spelling → the same profile', async () => {
    const rowArb = fc.record({
      edition: optionalSpelling('edition'),
      architecture: optionalSpelling('architecture'),
      vbs: optionalSpelling('vbs'),
      chpeDisabled: optionalSpelling('chpeDisabled'),
      management: optionalSpelling('management'),
      hotpatchPolicy: optionalSpelling('hotpatchPolicy'),
      joinType: optionalSpelling('joinType'),
      ubr: fc.option(fc.integer({ min: 1, max: 20000 }), { nil: undefined }),
      name: fc.option(
        fc.stringMatching(/^[A-Za-z0-9 ,"-]{1,20}$/).filter((s) => s.trim() === s && s !== ''),
        { nil: undefined },
      ),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(rowArb, { minLength: 1, maxLength: 20 }), async (rows) => {
        const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
        const header = 'deviceName,edition,osVersion,architecture,vbs,chpeDisabled,managed,hotpatchPolicy,joinType';
        const lines = rows.map((r) =>
          [
            r.name ?? '',
            r.edition?.[1] ?? '',
            r.ubr !== undefined ? `10.0.26100.${r.ubr}` : '',
            r.architecture?.[1] ?? '',
            r.vbs?.[1] ?? '',
            r.chpeDisabled?.[1] ?? '',
            r.management?.[1] ?? '',
            r.hotpatchPolicy?.[1] ?? '',
            r.joinType?.[1] ?? '',
          ]
            .map(q)
            .join(','),
        );
        const read1 = await read([header, ...lines].join('\n'), { baselineUbr: 8655 });
        expect(read1).toHaveLength(rows.length);
        read1.forEach((got, i) => {
          const r = rows[i];
          const want: DeviceProfile = {};
          if (r.name) want.deviceName = r.name;
          if (r.edition) want.edition = r.edition[0] as DeviceProfile['edition'];
          if (r.ubr !== undefined)
            Object.assign(want, { osFamily: 'windows-11', osVersion: '24H2', build: 26100, ubr: r.ubr, onLatestBaseline: r.ubr >= 8655 });
          if (r.architecture) want.architecture = r.architecture[0] as DeviceProfile['architecture'];
          if (r.vbs) want.vbs = r.vbs[0] as DeviceProfile['vbs'];
          if (r.chpeDisabled) want.chpeDisabled = r.chpeDisabled[0] === 'true';
          if (r.management) want.management = r.management[0] as DeviceProfile['management'];
          if (r.hotpatchPolicy) want.hotpatchPolicy = r.hotpatchPolicy[0] as DeviceProfile['hotpatchPolicy'];
          if (r.joinType) want.joinType = r.joinType[0] as DeviceProfile['joinType'];
          expect(got).toEqual({ ok: true, line: i + 2, profile: want });
          expect(DeviceProfile.safeParse(got.ok && got.profile).success).toBe(true);
        });
      }),
      { numRuns: 60 },
    );
  });
});
