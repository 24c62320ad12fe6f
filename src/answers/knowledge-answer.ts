import { defaultTopicForIntent, getTopic, matchTopic } from '../core/knowledge';
import type { KnowledgeTopic } from '../core/knowledge/types';
import type { Intent } from '../language/types';
import type { KnowledgeAnswer } from './types';
import type { AnswerInput } from './deps';

/** A topic match must be at least this strong to answer on its own (below it: clarify or escalate). */
export const TOPIC_MIN_SCORE = 0.35;

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

export function answerKnowledge(input: AnswerInput): KnowledgeAnswer | undefined {
  const topic = findTopic(input, input.question.intent);
  return topic ? knowledgeAnswer(topic) : undefined;
}
