import { defaultTopicForIntent, getTopic, matchTopic } from '../core/knowledge';
import type { KnowledgeTopic } from '../core/knowledge/types';
import type { Intent } from '../language/types';
import type { KnowledgeAnswer } from './types';
import type { AnswerInput } from './deps';

/**
 * matchTopic scores count matched keywords and phrases (src/core/knowledge/match-topic.ts). Any match
 * may answer a question no other skill can; a STRONG one (several specific terms, e.g. "Windows 365 …
 * Cloud PC … AVD") wins over asking for device facts, because the question is about a topic, not a device.
 */
export const TOPIC_MIN_SCORE = 1;
export const STRONG_TOPIC_SCORE = 4;

export function knowledgeAnswer(topic: KnowledgeTopic): KnowledgeAnswer {
  const related = topic.followUps.flatMap((id) => {
    const t = getTopic(id);
    return t ? [{ id: t.id, title: t.title }] : [];
  });
  return { kind: 'knowledge', topic, related };
}

/** The best topic for the question: the language layer's pick, then the text's best match, then the intent's default. */
export function findTopic(input: AnswerInput, intent: Intent | undefined): KnowledgeTopic | undefined {
  const { question } = input;
  if (question.slots.topic) {
    const t = getTopic(question.slots.topic);
    if (t) return t;
  }
  const match = matchTopic(question.text, question.locale, intent);
  if (match && match.score >= TOPIC_MIN_SCORE) return match.topic;
  return intent ? defaultTopicForIntent(intent) : undefined;
}

/** A general question phrased as "is X eligible?" ("Are hybrid joined devices excluded?") is a topic, not a form. */
export function strongTopic(input: AnswerInput): KnowledgeTopic | undefined {
  const match = matchTopic(input.question.text, input.question.locale, input.question.intent);
  return match && match.score >= STRONG_TOPIC_SCORE ? match.topic : undefined;
}

export function answerKnowledge(input: AnswerInput): KnowledgeAnswer | undefined {
  const topic = findTopic(input, input.question.intent);
  return topic ? knowledgeAnswer(topic) : undefined;
}
