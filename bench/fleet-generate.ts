import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/**
 * A realistic inventory for the fleet benchmark. The mix is an assumption about a mid-size
 * enterprise in late 2026 (not measured data); it covers every column, every spelling the reader
 * accepts, empty cells and ~0.1 % malformed rows, so the benchmark walks all code paths.
 *
 * edition   Enterprise 60 (incl. "Windows 11 Enterprise"/"Entreprise"), Pro 15, Education 5,
 *           multi-session 4, LTSC 3, Pro Education 1, IoT Enterprise 1, Home 1, empty 10
 * OS        24H2 builds 45, 25H2 builds 25, 23H2 15, Windows 10 22H2 10, "24H2" text 3, empty 2;
 *           UBR: 80 % on or after the baseline (8655-8800), 20 % behind (7000-8654)
 * arch      x64 88, arm64 9 (CHPE disabled 60 / enabled 30 / unknown 10), x86 1, empty 2
 * VBS       running 70, enabled 8, off 12, WMI numbers 2/1/0 5, empty 5
 * licences  E3 35, E5 20, "E3;E5" 5, F3 5, Business Premium 10, A3 3, Business Standard 5, none 2, empty 15
 * managed   intune 80, co-managed 10, none 5, empty 5
 * policy    allow 50, none 30, block 5, empty 15
 * join      entra 60, hybrid 30, registered 3, empty 7
 */
export const BASELINE_UBR = 8655;

function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Weighted = ReadonlyArray<readonly [string, number]>;
function picker(rand: () => number) {
  return (table: Weighted): string => {
    let r = rand() * table.reduce((a, [, w]) => a + w, 0);
    for (const [v, w] of table) if ((r -= w) < 0) return v;
    return table[table.length - 1][0];
  };
}

const EDITION: Weighted = [
  ['Enterprise', 40],
  ['Windows 11 Enterprise', 15],
  ['Entreprise', 5],
  ['Pro', 12],
  ['Professional', 3],
  ['Education', 5],
  ['Enterprise multi-session', 4],
  ['Enterprise LTSC', 3],
  ['Pro Education', 1],
  ['IoT Enterprise', 1],
  ['Home', 1],
  ['', 10],
];
const OS: Weighted = [
  ['26100', 45],
  ['26200', 25],
  ['22631', 15],
  ['19045', 10],
  ['24H2', 3],
  ['', 2],
];
const ARCH: Weighted = [
  ['x64', 88],
  ['arm64', 9],
  ['x86', 1],
  ['', 2],
];
const CHPE: Weighted = [
  ['yes', 60],
  ['no', 30],
  ['', 10],
];
const VBS: Weighted = [
  ['running', 70],
  ['enabled', 8],
  ['off', 12],
  ['2', 3],
  ['1', 1],
  ['0', 1],
  ['', 5],
];
const LIC: Weighted = [
  ['E3', 35],
  ['E5', 20],
  ['"E3;E5"', 5],
  ['F3', 5],
  ['Business Premium', 10],
  ['A3', 3],
  ['Business Standard', 5],
  ['none', 2],
  ['', 15],
];
const MANAGED: Weighted = [
  ['intune', 80],
  ['co-managed', 10],
  ['none', 5],
  ['', 5],
];
const POLICY: Weighted = [
  ['allow', 50],
  ['none', 30],
  ['block', 5],
  ['', 15],
];
const JOIN: Weighted = [
  ['entra', 60],
  ['hybrid', 30],
  ['registered', 3],
  ['', 7],
];

export const HEADER = 'deviceName,edition,osVersion,architecture,vbs,licenses,chpeDisabled,managed,hotpatchPolicy,joinType';

export async function writeFleetCsv(path: string, n: number, seed = 42): Promise<void> {
  const rand = mulberry32(seed);
  const pick = picker(rand);
  const out = createWriteStream(path);
  let buf = HEADER + '\n';
  for (let i = 0; i < n; i++) {
    const build = pick(OS);
    const ubr = rand() < 0.8 ? BASELINE_UBR + Math.floor(rand() * 146) : 7000 + Math.floor(rand() * 1655);
    const os = /^\d{5}$/.test(build) ? `10.0.${build}.${ubr}` : build;
    const arch = pick(ARCH);
    const row = [
      `PC-${String(i).padStart(6, '0')}`,
      pick(EDITION),
      os,
      arch,
      pick(VBS),
      pick(LIC),
      arch === 'arm64' ? pick(CHPE) : '',
      pick(MANAGED),
      pick(POLICY),
      pick(JOIN),
    ];
    const r = rand();
    if (r < 0.0005)
      row[1] = 'Ultimate'; // unknown edition
    else if (r < 0.001) row.length = 3; // wrong column count
    buf += row.join(',') + '\n';
    if (buf.length > 1 << 16) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.end(buf);
  await once(out, 'finish');
}
