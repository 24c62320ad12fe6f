import { describe, expect, it } from 'vitest';
import { abstained, halfOf, judge, loadRealQuestions, summarize, type RealQuestion } from './evaluate';

const q = (over: Partial<RealQuestion['expected']>, lang: 'en' | 'fr' = 'en'): RealQuestion => ({
  id: 'x',
  lang,
  url: 'https://example.org/q/1',
  text: 'is hotpatch free?',
  expected: {
    scope: 'answer',
    intent: 'windows-server',
    answer: '',
    mustMention: [['no extra cost', 'free']],
    mustNotMention: ['^\\s*Yes'],
    factIds: [],
    certain: true,
    ...over,
  },
});

describe('real-question evaluation (issue 11)', () => {
  it('splits by a fixed hash of the URL: stable, and both halves non-trivial', () => {
    expect(halfOf('https://example.org/q/1')).toBe(halfOf('https://example.org/q/1'));
    const all = loadRealQuestions();
    const test = all.filter((x) => halfOf(x.url) === 'test').length;
    expect(test).toBeGreaterThan(all.length * 0.3);
    expect(test).toBeLessThan(all.length * 0.7);
  });

  it('every question has a url, a language and parseable patterns', () => {
    for (const x of loadRealQuestions()) {
      expect(x.url).toMatch(/^https?:\/\//);
      expect(['en', 'fr']).toContain(x.lang);
      for (const p of [...x.expected.mustMention.flat(), ...(x.expected.mustNotMention ?? [])]) expect(() => new RegExp(p, 'imu')).not.toThrow();
    }
  });

  it('correct needs every group and no forbidden opener', () => {
    const answer = { kind: 'knowledge' } as never;
    expect(judge(q({}), { answer, text: 'No extra cost since May 2026.', locale: 'en' }).outcome).toBe('correct');
    expect(judge(q({}), { answer, text: 'Yes, it is free.', locale: 'en' }).outcome).toBe('wrong');
    expect(judge(q({}), { answer, text: 'It costs 1.50 USD.', locale: 'en' }).outcome).toBe('wrong');
    expect(judge(q({}, 'fr'), { answer, text: 'free', locale: 'en' }).problems).toContain('replied in en');
  });

  it('abstaining is correct only where the question is out of scope', () => {
    const unknown = { answer: { kind: 'unknown', suggestions: [], canEscalate: true } as never, text: "I can't answer that.", locale: 'en' as const };
    expect(abstained(unknown)).toBe(true);
    expect(judge(q({ scope: 'abstain', mustMention: [] }), unknown).outcome).toBe('correct');
    expect(judge(q({}), unknown).outcome).toBe('abstained');
    const form = { answer: { kind: 'device-form' } as never, text: 'Tell me about your device', locale: 'en' as const };
    expect(judge(q({ scope: 'abstain', mustMention: [] }), form).outcome).toBe('wrong');
  });

  it('summarizes per language', () => {
    const answer = { kind: 'knowledge' } as never;
    const s = summarize([judge(q({}), { answer, text: 'free', locale: 'en' }), judge(q({}, 'fr'), { answer, text: 'x', locale: 'fr' })]);
    expect(s.en.correct).toBe(1);
    expect(s.fr.wrong).toBe(1);
    expect(s.all.total).toBe(2);
  });
});
