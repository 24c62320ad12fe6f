import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/eligibility/evaluate';
import { recommend } from '../../src/core/recommendations';
import type { DeviceProfile } from '../../src/core/device-profile';
import { checkReport, checkReportLines, type CheckReport } from '../../src/replies/cli-check-words';
import { checkReasonText, recommendationText, ruleTitle } from '../../src/replies/eligibility-messages';

const check = (over: Partial<CheckReport['checks'][number]>): CheckReport['checks'][number] => ({
  id: 'edition',
  title: 'Edition',
  status: 'pass',
  reason: 'Enterprise: eligible.',
  fix: null,
  source: 'https://example.test',
  factIds: [],
  ...over,
});

describe('hotpatch-bot check: the text answer, EN and FR', () => {
  // [locale, report, lines]
  it.each([
    [
      'en',
      { status: 'eligible', asOf: '2026-12-06', checks: [check({})], recommendations: [] },
      ['Eligible — according to Microsoft documentation as of 2026-12-06', '  [PASS ] Edition: Enterprise: eligible.'],
    ],
    [
      'fr',
      { status: 'eligible', asOf: '2026-12-06', checks: [check({ title: 'Édition', reason: 'Enterprise : éligible.' })], recommendations: [] },
      ['Éligible — selon la documentation Microsoft au 2026-12-06', '  [OK   ] Édition: Enterprise : éligible.'],
    ],
    [
      'en',
      {
        status: 'not-eligible',
        asOf: '2026-12-06',
        checks: [
          check({ status: 'fail', reason: 'Pro.', fix: 'Assign E3.', hedge: 'Not verified.' }),
          check({ id: 'license', title: 'Licence', status: 'unknown', reason: '?' }),
        ],
        recommendations: [{ id: 'r', priority: 'high', text: 'Assign E3.', source: '', factIds: [] }],
      },
      [
        'Not eligible — according to Microsoft documentation as of 2026-12-06',
        '  [FAIL ] Edition: Pro.',
        '           → Assign E3.',
        '           ! Not verified.',
        '  [??   ] Licence: ?',
        'Recommendations:',
        '  - Assign E3.',
      ],
    ],
    [
      'fr',
      {
        status: 'not-eligible',
        asOf: '2026-12-06',
        checks: [check({ status: 'fail', reason: 'Pro.', fix: 'Attribuer E3.' })],
        recommendations: [{ id: 'r', priority: 'high', text: 'Attribuer E3.', source: '', factIds: [] }],
      },
      [
        'Non éligible — selon la documentation Microsoft au 2026-12-06',
        '  [ÉCHEC] Edition: Pro.',
        '           → Attribuer E3.',
        'Recommandations :',
        '  - Attribuer E3.',
      ],
    ],
    [
      'en',
      { status: 'unknown', asOf: '2026-12-06', checks: [], recommendations: [] },
      ['Cannot tell yet — according to Microsoft documentation as of 2026-12-06'],
    ],
    [
      'fr',
      { status: 'unknown', asOf: '2026-12-06', checks: [], recommendations: [] },
      ['Impossible de conclure — selon la documentation Microsoft au 2026-12-06'],
    ],
  ] as const)('%s: %j', (locale, report, lines) => {
    expect(checkReportLines(report as unknown as CheckReport, locale)).toEqual(lines);
  });

  it.each(['en', 'fr'] as const)('the report words every check and recommendation with the eligibility messages (%s)', (locale) => {
    const device: DeviceProfile = { edition: 'pro', osVersion: '24H2', architecture: 'x64', vbs: 'running' } as DeviceProfile;
    const verdict = evaluate(device, { today: '2026-11-25' });
    const recs = recommend(device, verdict);
    const r = checkReport(device, verdict, recs, '2026-12-06', locale);
    expect(Object.keys(r)).toEqual(['status', 'device', 'checks', 'blockers', 'missing', 'assumptions', 'recommendations', 'asOf']);
    expect(r.checks.map((c) => [c.title, c.reason])).toEqual(verdict.checks.map((c) => [ruleTitle(c.id, locale), checkReasonText(c, locale)]));
    expect(r.recommendations.map((x) => x.text)).toEqual(recs.map((x) => recommendationText(x, locale, 'pro')));
  });
});
