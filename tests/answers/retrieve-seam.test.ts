import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { pipelineFromConfig } from '../../src/app/composition';
import { retrieve } from '../../src/answers/knowledge-answer';

// bench:turn's baseline gives the pipeline a retrieval that returns results already computed: the
// pipeline must use it for every question it answers (several questions in one message included),
// and a retrieval that returns what the real one would gives the same reply.
describe('injected answer-unit retrieval (bench:turn baseline)', () => {
  const config = loadConfig({ STORAGE: 'memory' });
  const ask = { clientLocale: 'en-US', now: new Date('2026-11-25T10:00:00Z'), timeZone: 'Europe/Paris' };

  it('is called instead of the real one, and the same results give the same reply', async () => {
    const seen: string[] = [];
    const injected = pipelineFromConfig(config, { retrieve: (text, slots, locale) => (seen.push(text), retrieve(text, slots, locale)) });
    const text = 'How do I test quick machine recovery? Which Windows versions have QMR?';
    const a = await injected.ask({ text, ...ask });
    const b = await pipelineFromConfig(config).ask({ text, ...ask });
    expect(a.answer.kind).toBe('multi');
    expect(seen.length).toBeGreaterThan(1);
    expect(a.text).toBe(b.text);
    expect(a.attachments).toEqual(b.attachments);
  });
});
