import { describe, expect, it } from 'vitest';
import { parseOsVersionCell, onLatestBaseline } from '../../src/inventory/inventory-row';

describe('osVersion cells and the latest baseline (HP-OS-3, CAL-NUM-1)', () => {
  it.each([
    ['24H2', { osFamily: 'windows-11', osVersion: '24H2', build: 26100 }],
    ['10.0.26100.4349', { osFamily: 'windows-11', osVersion: '24H2', build: 26100, ubr: 4349 }],
    ['26200.8655', { osFamily: 'windows-11', osVersion: '25H2', build: 26200, ubr: 8655 }],
    ['10.0.19045.5000', { osFamily: 'windows-10', osVersion: '22H2', build: 19045, ubr: 5000 }],
  ])('%s', (raw, expected) => expect(parseOsVersionCell(raw)).toEqual(expected));
  it.each(['10.0.abc', 'soon', '10.0.9999.1'])('rejects %s', (raw) => expect(() => parseOsVersionCell(raw)).toThrow(/bad osVersion/));
  it('compares the UBR on the shared 24H2/25H2 branch only, and only when both are known', () => {
    expect(onLatestBaseline({ build: 26100, ubr: 8655 }, { baselineUbr: 8655 })).toBe(true);
    expect(onLatestBaseline({ build: 26200, ubr: 8000 }, { baselineUbr: 8655 })).toBe(false);
    expect(onLatestBaseline({ build: 26100 }, { baselineUbr: 8655 })).toBeUndefined();
    expect(onLatestBaseline({ build: 26100, ubr: 1 }, {})).toBeUndefined();
    expect(onLatestBaseline({ build: 28000, ubr: 9999 }, { baselineUbr: 8655 })).toBeUndefined();
  });
});
