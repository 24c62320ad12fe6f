import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MetricsRegistry, createBotMetrics } from '../../src/observability';

/** Parses the Prometheus text format back: sample lines → { 'name{labels}': value }. */
function samples(text: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const i = line.lastIndexOf(' ');
    out[line.slice(0, i)] = Number(line.slice(i + 1));
  }
  return out;
}

describe('MetricsRegistry', () => {
  it('renders HELP, TYPE and one sample per label set', () => {
    const r = new MetricsRegistry();
    const m = createBotMetrics(r);
    m.questions.inc({ intent: 'eligibility', locale: 'en' });
    m.questions.inc({ intent: 'eligibility', locale: 'en' });
    m.questions.inc({ intent: 'next-reboot', locale: 'fr' });
    m.unknownQuestions.inc({ locale: 'fr' });
    m.remindersSent.inc({}, 3);
    m.remindersFailed.inc({ reason: 'http-429' });
    const text = r.render();
    expect(text).toContain('# HELP hotpatch_questions_total Questions answered, by intent and locale.\n# TYPE hotpatch_questions_total counter');
    expect(samples(text)).toEqual({
      'hotpatch_questions_total{intent="eligibility",locale="en"}': 2,
      'hotpatch_questions_total{intent="next-reboot",locale="fr"}': 1,
      'hotpatch_unknown_questions_total{locale="fr"}': 1,
      hotpatch_reminders_sent_total: 3,
      'hotpatch_reminders_failed_total{reason="http-429"}': 1,
    });
    expect(text.endsWith('\n')).toBe(true);
  });

  it('escapes label values so user-controlled text cannot forge samples', () => {
    const r = new MetricsRegistry();
    const c = r.counter('x_total', 'x', ['intent']);
    c.inc({ intent: 'a"} 999\nfake_metric 1\\' });
    const lines = r.render().split('\n').filter((l) => l && !l.startsWith('#'));
    expect(lines).toEqual(['x_total{intent="a\\"} 999\\nfake_metric 1\\\\"} 1']);
  });

  it('refuses bad names, unknown labels, decreasing counters and conflicting re-registration', () => {
    const r = new MetricsRegistry();
    expect(() => r.counter('bad name', 'x')).toThrow(RangeError);
    expect(() => r.counter('ok_total', 'x', ['__reserved'])).toThrow(RangeError);
    const c = r.counter('ok_total', 'x', ['a']);
    expect(() => c.inc({ b: '1' })).toThrow(/no label b/);
    expect(() => c.inc({ a: '1' }, -1)).toThrow(/only go up/);
    expect(() => r.gauge('ok_total', 'x', ['a'])).toThrow(/already registered/);
    expect(r.counter('ok_total', 'x', ['a'])).toBeDefined();
  });

  it('caps the number of series per family (label values come from outside)', () => {
    const r = new MetricsRegistry();
    const c = r.counter('many_total', 'x', ['k']);
    for (let i = 0; i < 1500; i++) c.inc({ k: String(i) });
    expect(Object.keys(samples(r.render())).length).toBe(1000);
  });

  it('gauges go up, down and can be set', () => {
    const r = new MetricsRegistry();
    const g = r.gauge('inflight', 'x');
    g.inc();
    g.inc();
    g.inc({}, -1);
    expect(g.get()).toBe(1);
    g.set(7);
    expect(samples(r.render())).toEqual({ inflight: 7 });
  });

  it('property: a counter equals the sum of its increments, per label set', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.nat(100))), (incs) => {
        const r = new MetricsRegistry();
        const c = r.counter('p_total', 'x', ['k']);
        const expected: Record<string, number> = {};
        for (const [k, n] of incs) {
          c.inc({ k }, n);
          expected[`p_total{k="${k}"}`] = (expected[`p_total{k="${k}"}`] ?? 0) + n;
        }
        expect(samples(r.render())).toEqual(expected);
      }),
      { seed: 7, numRuns: 200 },
    );
  });
});
