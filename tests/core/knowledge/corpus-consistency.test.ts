import { describe, expect, it } from 'vitest';
import { matchTopic } from '../../../src/core/knowledge';
import type { Intent } from '../../../src/language/types';
import { corpus } from '../../corpus';

/**
 * Measured on the team's labelled EN/FR corpus (tests/corpus): a question labelled with a knowledge
 * intent should land on a topic of that intent (or on none: the intent's default topic answers), and
 * chit-chat, reminders and off-topic text should land on no topic at all.
 */
const KNOWLEDGE = new Set<Intent>(['explain-hotpatch', 'explain-qmr', 'why-restarted', 'how-to-check', 'admin-setup', 'automation', 'windows-server']);
const NOT_KNOWLEDGE = new Set<Intent>(['greeting', 'thanks', 'help', 'reminders-subscribe', 'reminders-unsubscribe', 'reminders-list', 'unknown']);

describe('matchTopic on the labelled corpus', () => {
  const knowledge = corpus.filter((i) => KNOWLEDGE.has(i.intent));
  const chat = corpus.filter((i) => NOT_KNOWLEDGE.has(i.intent));

  it('has enough material to measure', () => {
    expect(knowledge.length).toBeGreaterThan(100);
    expect(chat.length).toBeGreaterThan(50);
  });

  it('lands knowledge questions on a topic of the same intent (≥ 80%), rarely on another intent (≤ 5%)', () => {
    let same = 0;
    const other: string[] = [];
    for (const i of knowledge) {
      const m = matchTopic(i.text, i.locale ?? 'en');
      if (m?.topic.intent === i.intent) same++;
      // The hotpatch report and "what is a baseline month" are admin/calendar topics by design.
      else if (m && !['hotpatch-report', 'hotpatch-calendar'].includes(m.topic.id)) other.push(`${i.intent} → ${m.topic.id}: ${i.text}`);
    }
    expect(same / knowledge.length).toBeGreaterThanOrEqual(0.8);
    expect(other.length / knowledge.length, other.join('\n')).toBeLessThanOrEqual(0.05);
  });

  it('lands no topic on greetings, reminders and off-topic text (≤ 2%)', () => {
    const noise = chat.filter((i) => matchTopic(i.text, i.locale ?? 'en')).map((i) => `${i.intent}: ${i.text}`);
    expect(noise.length / chat.length, noise.join('\n')).toBeLessThanOrEqual(0.02);
  });
});
