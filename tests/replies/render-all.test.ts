import { describe, expect, it } from 'vitest';
import type { AnyAnswer } from '../../src/answers/types';
import type { Locale } from '../../src/core/vocabulary';
import { render, renderAll } from '../../src/replies';
import { moreDevicesText } from '../../src/replies/device-words';
import { renderFleet } from '../../src/replies/fleet-reply';
import { emptySummary } from '../../src/core/fleet/fleet-summary';
import { answers } from './fixtures';

const ctx = (locale: Locale) => ({ locale, today: '2026-11-25', timeZone: 'Europe/Paris' });
const verdict = answers.eligibility!;

describe('renderAll: composite answers unfold into one part per answer', () => {
  it.each([
    ['en', 2, '… and 2 more devices.'],
    ['fr', 2, '… et 2 autres appareils.'],
    ['en', 17, '… and 17 more devices.'],
    ['fr', 17, '… et 17 autres appareils.'],
  ] as const)('devices beyond the cards are counted in words (%s, %i more)', (locale, more, words) => {
    expect(moreDevicesText(more, locale)).toBe(words);
    const parts = renderAll({ kind: 'multi', answers: [verdict, verdict, verdict], more }, ctx(locale));
    expect(parts).toHaveLength(4);
    expect(parts[3]).toEqual({ text: words, suggestedActions: [] });
    expect(parts[0]).toEqual(render(verdict, ctx(locale)));
  });

  it.each(['en', 'fr'] as const)('no count when every device has its card (%s)', (locale) => {
    expect(renderAll({ kind: 'multi', answers: [verdict, verdict], more: 0 }, ctx(locale)).map((p) => p.text)).toEqual([
      render(verdict, ctx(locale)).text,
      render(verdict, ctx(locale)).text,
    ]);
  });

  it.each(['en', 'fr'] as const)('a single answer is one part, as render() gives it (%s)', (locale) => {
    const one: AnyAnswer = { kind: 'notice', intent: 'escalate', notice: 'escalate-elsewhere' };
    expect(renderAll(one, ctx(locale))).toEqual([render(one, ctx(locale))]);
  });

  it.each(['en', 'fr'] as const)('a fleet answer is its fleet card (%s)', (locale) => {
    const fleet = {
      kind: 'fleet',
      summary: { ...emptySummary(), total: 3, eligible: 1, notEligible: 2, byBlocker: { edition: 2 } },
      source: 'csv',
      today: '2026-11-25',
      asOf: '2026-11-25',
    } as const;
    expect(renderAll(fleet, ctx(locale))).toEqual([renderFleet(fleet, ctx(locale))]);
  });
});
