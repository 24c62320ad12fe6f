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
  it('renders HELP, TYPE and one sample per label set', async () => {
    const r = new MetricsRegistry();
    const m = createBotMetrics(r);
    m.questions.inc({ intent: 'eligibility', locale: 'en' });
    m.questions.inc({ intent: 'eligibility', locale: 'en' });
    m.questions.inc({ intent: 'next-reboot', locale: 'fr' });
    m.unknownQuestions.inc({ locale: 'fr' });
    m.remindersSent.inc({}, 3);
    m.remindersFailed.inc({ reason: 'http-429' });
    const text = await r.render();
    expect(text).toContain('# HELP hotpatch_questions_total Questions answered, by intent and locale.\n# TYPE hotpatch_questions_total counter');
    // Histograms with no observation render no sample; counters without labels render 0.
    const counted = Object.fromEntries(
      Object.entries(samples(text)).filter(([k, v]) => v !== 0 && !k.includes('_bucket') && !k.includes('_sum') && !k.includes('_count')),
    );
    expect(counted).toEqual({
      'hotpatch_questions_total{intent="eligibility",locale="en"}': 2,
      'hotpatch_questions_total{intent="next-reboot",locale="fr"}': 1,
      'hotpatch_unknown_questions_total{locale="fr"}': 1,
      hotpatch_reminders_sent_total: 3,
      'hotpatch_reminders_failed_total{reason="http-429"}': 1,
    });
    expect(text.endsWith('\n')).toBe(true);
  });

  it('escapes label values so user-controlled text cannot forge samples', async () => {
    const r = new MetricsRegistry();
    const c = r.counter('x_total', 'x', ['intent']);
    c.inc({ intent: 'a"} 999\nfake_metric 1\\' });
    const lines = (await r.render()).split('\n').filter((l) => l && !l.startsWith('#'));
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

  it('caps the number of series per family (label values come from outside)', async () => {
    const r = new MetricsRegistry();
    const c = r.counter('many_total', 'x', ['k']);
    for (let i = 0; i < 1500; i++) c.inc({ k: String(i) });
    expect(Object.keys(samples(await r.render())).length).toBe(1000);
    const h = r.histogram('many_seconds', 'x', ['k'], [1]);
    for (let i = 0; i < 1500; i++) h.observe({ k: String(i) }, 0.5);
    expect(Object.keys(samples(await r.render())).filter((k) => k.startsWith('many_seconds_count')).length).toBe(1000);
  });

  it('gauges go up, down and can be set', async () => {
    const r = new MetricsRegistry();
    const g = r.gauge('inflight', 'x');
    g.inc();
    g.inc();
    g.inc({}, -1);
    expect(g.get()).toBe(1);
    g.set(7);
    expect(samples(await r.render())).toEqual({ inflight: 7 });
  });

  it('histograms: cumulative buckets, sum and count per label set', async () => {
    const r = new MetricsRegistry();
    const h = r.histogram('turn_seconds', 'x', ['intent'], [0.01, 0.1, 1]);
    for (const v of [0.005, 0.05, 0.05, 2]) h.observe({ intent: 'calendar' }, v);
    h.observe({ intent: 'calendar' }, Number.NaN); // ignored
    const s = samples(await r.render());
    expect(s['turn_seconds_bucket{le="0.01",intent="calendar"}']).toBe(1);
    expect(s['turn_seconds_bucket{le="0.1",intent="calendar"}']).toBe(3);
    expect(s['turn_seconds_bucket{le="1",intent="calendar"}']).toBe(3);
    expect(s['turn_seconds_bucket{le="+Inf",intent="calendar"}']).toBe(4);
    expect(h.get({ intent: 'calendar' })).toEqual({ count: 4, sum: 2.105 });
    expect(r.histogram('turn_seconds', 'x', ['intent'], [0.01, 0.1, 1])).toBe(h);
  });

  it('process metrics (prom-client defaults) only when asked for', async () => {
    expect(await new MetricsRegistry().render()).not.toContain('process_cpu');
    const text = await new MetricsRegistry({ processMetrics: true }).render();
    for (const name of ['process_cpu_seconds_total', 'process_resident_memory_bytes', 'nodejs_heap_size_used_bytes', 'nodejs_eventloop_lag_seconds']) {
      expect(text).toContain(`# TYPE ${name} `);
    }
  });

  it('property: a counter equals the sum of its increments, per label set', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.nat(100))), async (incs) => {
        const r = new MetricsRegistry();
        const c = r.counter('p_total', 'x', ['k']);
        const expected: Record<string, number> = {};
        for (const [k, n] of incs) {
          c.inc({ k }, n);
          expected[`p_total{k="${k}"}`] = (expected[`p_total{k="${k}"}`] ?? 0) + n;
        }
        expect(samples(await r.render())).toEqual(expected);
      }),
      { seed: 7, numRuns: 200 },
    );
  });
});
