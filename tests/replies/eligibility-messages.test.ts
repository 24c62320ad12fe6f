import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate } from '../../src/core/eligibility/evaluate';
import { recommend } from '../../src/core/recommendations';
import { checkFixText, checkReasonText, hedgeText, recommendationText } from '../../src/replies/eligibility-messages';
import { profileArb } from '../helpers/profile-arb';

describe('eligibility wording', () => {
  it('every reason, fix, hedge and recommendation a verdict can carry has words in English and French', () => {
    fc.assert(
      fc.property(profileArb, fc.constantFrom('2026-03-01', '2026-11-25'), (device, today) => {
        const verdict = evaluate(device, { today });
        for (const locale of ['en', 'fr'] as const) {
          for (const c of verdict.checks) {
            expect(checkReasonText(c, locale)).not.toBe(c.reason);
            if (c.fix) expect(checkFixText(c, locale)).not.toBe(c.fix);
            if (c.hedge) expect(hedgeText(c.hedge, locale)).not.toBe(c.hedge);
          }
          for (const r of recommend(device, verdict)) expect(recommendationText(r, locale)).not.toMatch(/^(fix:|qmr-|keep-|confirm-|upgrade-)/);
        }
      }),
      { numRuns: 1500, seed: 11 },
    );
  });

  it('French verdicts name editions in French (issue 11, item 7): no bare Home or Pro', () => {
    const own = (t: string) => t.replace(/«[^»]*»/g, '').replace(/\((Home|Pro)\)/g, '');
    fc.assert(
      fc.property(profileArb, (device) => {
        const verdict = evaluate(device, { today: '2026-11-25' });
        for (const c of verdict.checks) {
          for (const t of [checkReasonText(c, 'fr'), checkFixText(c, 'fr') ?? '']) {
            expect(own(t), t).not.toMatch(/\bHome\b/);
            expect(own(t), t).not.toMatch(/\bPro\b(?! [ÉE]ducation)/);
          }
        }
      }),
      { numRuns: 800, seed: 7 },
    );
  });

  it('QMR advice is worded as a complement, never a substitute (QMR-16)', () => {
    const recs = recommend({ edition: 'pro' }, evaluate({ edition: 'pro' }, { today: '2026-11-25' }));
    const qmr = recs.find((r) => r.id === 'qmr-enable')!;
    expect(qmr.priority).toBe('high');
    expect(recommendationText(qmr, 'en')).toMatch(/complements patching.*does not reduce restarts/);
    expect(recommendationText(qmr, 'en', 'pro')).toMatch(/off by default on Windows 11 Pro/);
    expect(recommendationText(qmr, 'fr')).toMatch(/ne réduit pas les redémarrages/);
  });
});
