import type { Intent, Locale } from '../vocabulary';
import type { KnowledgeTopic } from './types';
import { compileTopics, matchCompiled } from './match-topic';
import { hotpatchBasicsTopics } from './topics/hotpatch-basics';
import { calendarTopics } from './topics/calendar';
import { restartTopics } from './topics/restarts';
import { notOfferedTopics } from './topics/not-offered';
import { osVersionTopics } from './topics/os-versions';
import { onDeviceCheckTopics } from './topics/on-device-checks';
import { intuneAdminTopics } from './topics/intune-admin';
import { graphAutomationTopics } from './topics/graph-automation';
import { windowsServerTopics } from './topics/windows-server';
import { qmrTopics } from './topics/qmr';
import { confusionTopics } from './topics/confusions';
import { licensingTopics } from './topics/licensing';

export type { KnowledgeTopic, Localized } from './types';

/** Every helpdesk topic, grounded in data/facts/register.json. Order breaks match ties. */
export const allTopics: readonly KnowledgeTopic[] = Object.freeze([
  ...hotpatchBasicsTopics,
  ...restartTopics,
  ...onDeviceCheckTopics,
  ...intuneAdminTopics,
  ...licensingTopics,
  ...notOfferedTopics,
  ...osVersionTopics,
  ...calendarTopics,
  ...qmrTopics,
  ...windowsServerTopics,
  ...graphAutomationTopics,
  ...confusionTopics,
]);

const byId = new Map(allTopics.map((t) => [t.id, t]));
const compiled = compileTopics(allTopics);

/** The topic an intent shows when the question names nothing more specific. */
const DEFAULT_TOPIC: Partial<Record<Intent, string>> = {
  'explain-hotpatch': 'what-is-hotpatch',
  'explain-qmr': 'what-is-qmr',
  'why-restarted': 'why-restarted',
  'how-to-check': 'how-to-check',
  'admin-setup': 'admin-setup',
  automation: 'automation',
  'windows-server': 'windows-server',
};

export function getTopic(id: string): KnowledgeTopic | undefined {
  return byId.get(id);
}

export function topicsForIntent(intent: Intent): KnowledgeTopic[] {
  return allTopics.filter((t) => t.intent === intent);
}

export function defaultTopicForIntent(intent: Intent): KnowledgeTopic | undefined {
  const id = DEFAULT_TOPIC[intent];
  return id ? byId.get(id) : undefined;
}

/**
 * The best topic for a question, by keyword/phrase scoring (accent- and case-insensitive, light
 * stemming, EN+FR). `intent`, when known, favours topics of that intent. Undefined when nothing fits.
 */
export function matchTopic(text: string, locale: Locale, intent?: Intent): { topic: KnowledgeTopic; score: number } | undefined {
  return matchCompiled(compiled, text, locale, intent);
}
