import { describe, expect, it } from 'vitest';
import { servicingEnded } from '../../../../src/core/knowledge/units';

// LIFE-1: 23H2 Home/Pro 2025-11-11, Enterprise/Education 2026-11-10; LIFE-2: 24H2 Home/Pro 2026-10-13, Enterprise/Education 2027-10-12.
describe('whether a version is past its end of servicing for the edition named', () => {
  it.each([
    ['24H2', 'pro', '2026-12-07', true],
    ['24H2', 'home', '2026-10-13', false],
    ['24H2', 'home', '2026-10-14', true],
    ['24H2', 'enterprise', '2026-12-07', false],
    ['24H2', undefined, '2026-12-07', false],
    ['24H2', undefined, '2027-10-13', true],
    ['23H2', undefined, '2026-12-07', true],
    ['23H2', 'education', '2026-11-10', false],
    ['23H2', 'education', '2026-11-11', true],
    ['25H2', 'pro', '2026-12-07', false],
    ['26H2', 'enterprise', '2026-12-07', false],
    // No fact for these: never said ended.
    ['24H2', 'enterprise-ltsc', '2030-01-01', false],
    ['22H2', 'enterprise', '2030-01-01', false],
  ] as const)('%s %s on %s → %s', (version, edition, today, ended) => {
    expect(servicingEnded(version, edition, today)).toBe(ended);
  });
});
