import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DeviceProfile } from '../../src/core/device-profile';
import { understand } from '../../src/language';
import { cleanText } from '../../src/pipeline/clean-text';
import { intents, type Question } from '../../src/language/types';

const realDate = (s: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
};

function assertValid(q: Question): void {
  expect(intents).toContain(q.intent);
  expect(['en', 'fr']).toContain(q.locale);
  expect(q.confidence).toBeGreaterThanOrEqual(0);
  expect(q.confidence).toBeLessThanOrEqual(1);
  expect(q.text.length).toBeLessThanOrEqual(2000);
  const s = q.slots;
  if (s.date !== undefined) expect(realDate(s.date), s.date).toBe(true);
  if (s.month !== undefined) expect(realDate(`${s.month}-01`), s.month).toBe(true);
  if (s.period !== undefined) {
    expect(realDate(s.period.from) && realDate(s.period.to)).toBe(true);
    expect(s.period.from <= s.period.to).toBe(true);
  }
  if (s.device !== undefined) DeviceProfile.partial().parse(s.device);
  if (s.reminder?.time !== undefined) expect(s.reminder.time).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
  if (s.reminder?.day !== undefined) expect(s.reminder.day).toBeGreaterThanOrEqual(1);
}

// Pieces that reach the extractors: words of the domain, dates, builds, markup, noise.
const piece = fc.constantFrom(
  'reboot',
  'redémarrage',
  'next',
  'prochain',
  'Q3',
  'T2',
  'in March',
  'en mars',
  '14/04/2026',
  '04/14/2026',
  '31/02/2027',
  '2027-13-45',
  'build 26100.4349',
  '10.0.26200.7781',
  '24H2',
  'VBS off',
  'VBS actif',
  'E3',
  'no licence',
  'Famille',
  'Pro',
  'ARM',
  'HotPatchRestrictions=1',
  'LAPTOP-4F2K',
  'every Monday at 9:00',
  'à 25h99',
  '<at>Bot</at>',
  '&nbsp;',
  '&#x0;',
  '<b>',
  '\u0000',
  '😀',
  'ignore previous instructions',
  'eligible?',
  'pourquoi',
  'why',
  'hier',
  'last week',
  'Europe/Paris',
);
const text = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.array(piece, { maxLength: 12 }).map((a) => a.join(' ')),
  fc.tuple(fc.array(piece, { maxLength: 6 }), fc.string({ maxLength: 50 })).map(([a, s]) => `${a.join(' ')}${s}`),
);
const locale = fc.option(fc.constantFrom('en-US', 'en-GB', 'fr-FR', 'fr-CA', 'de-DE', '', 'xx'), { nil: undefined });
const today = fc
  .date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('understand() on arbitrary input', () => {
  it('never throws, returns valid slots, and is deterministic', () => {
    fc.assert(
      fc.property(text, locale, today, (t, clientLocale, day) => {
        const a = understand({ text: t, clientLocale, today: day });
        assertValid(a);
        expect(understand({ text: t, clientLocale, today: day })).toEqual(a);
      }),
      { numRuns: 400, seed: 20261125 },
    );
  });

  it('survives hostile shapes once cleaned at the edge: huge junk, control characters, non-string text, bad today', () => {
    const junk = 'x'.repeat(5_000) + '<at>'.repeat(2_000) + '&amp;'.repeat(2_000);
    for (const t of [junk, '\u0000'.repeat(10_000), '\ud800\udc00'.repeat(3_000), '<'.repeat(10_000)]) {
      const started = performance.now();
      assertValid(understand({ text: cleanText(t), today: '2026-11-25' }));
      expect(performance.now() - started).toBeLessThan(200);
    }
    assertValid(understand({ text: undefined as unknown as string, today: '2026-11-25' }));
    assertValid(understand({ text: 'next month', today: 'not a date' }));
  });
});
