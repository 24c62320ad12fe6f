import { describe, expect, it } from 'vitest';
import { allUnits, materialize } from '../../../../src/core/knowledge/units';

// QMR-10 (corrected 2026-12-06): every RemoteRemediation setting nests under CloudRemediationSettings; paths are written in full.
const today = '2026-12-07';
const texts = allUnits.flatMap((u) => {
  const m = materialize(u, { today });
  return [...m.body.en, ...m.body.fr, ...(m.commands ?? []).map((c) => c.code)].map((t) => [u.id, t] as const);
});

describe('QMR OMA-URIs are written in full', () => {
  it('no answer abbreviates a path ("…/EnableCloudRemediation")', () => {
    expect(texts.filter(([, t]) => /…\//.test(t)).map(([id]) => id)).toEqual([]);
  });

  it('every RemoteRemediation path shown goes through CloudRemediationSettings', () => {
    const paths = texts.flatMap(([id, t]) => (t.match(/\.\/Device\/Vendor\/MSFT\/RemoteRemediation\/[\w/]+/g) ?? []).map((p) => [id, p] as const));
    expect(paths.length).toBeGreaterThan(4);
    expect(paths.filter(([, p]) => !p.startsWith('./Device/Vendor/MSFT/RemoteRemediation/CloudRemediationSettings/'))).toEqual([]);
  });
});
