import type { Classification } from './classifier';
import type { CueScores } from './cues';
import type { Intent } from './types';

/**
 * Combine precise cues with the classifier's distribution. Cues carry domain meaning, the
 * classifier generalises phrasing; the domain-specific skills (QMR, Server, Graph, reminders,
 * escalation) win over generic verbs such as "how do I enable".
 */
export const CONFIDENCE_THRESHOLD = 0.5;

const CLASSIFIER_WEIGHT = 2;
const MIN_SCORE = 1.2;
const specific: Intent[] = [
  'explain-qmr',
  'windows-server',
  'automation',
  'escalate',
  'reminders-unsubscribe',
  'reminders-list',
  'reminders-subscribe',
  'fleet-summary',
];

/**
 * Intents whose classifier score counts only in part without their own cue. Small talk has few, short
 * examples; reminders act on a channel, and a question that never says remind/rappel/subscribe (a real
 * post: "true or false: a hot patch requires a system reboot") is not asking for one (issue 11).
 */
const smallTalk: Partial<Record<Intent, number>> = {
  greeting: 0.3,
  thanks: 0.3,
  help: 0.3,
  escalate: 0.6,
  'reminders-subscribe': 0.3,
  'reminders-unsubscribe': 0.3,
  'reminders-list': 0.3,
};

export interface Decision {
  intent: Intent;
  confidence: number;
}

// Skills that need no domain word: "hi", "thanks", "talk to a human", reminders, a device name.
const domainFree: Intent[] = ['greeting', 'thanks', 'help', 'escalate', 'reminders-subscribe', 'reminders-unsubscribe', 'reminders-list', 'device-lookup'];

export function decide(cues: CueScores, classes: Classification[], inDomain = true): Decision {
  const scores = new Map<Intent, number>();
  for (const [k, v] of Object.entries(cues)) {
    if (k === 'noise' || v === undefined) continue;
    const boost = specific.includes(k as Intent) && v >= 3 ? 0.5 : 0;
    scores.set(k as Intent, v + boost);
  }
  // A request to stop or list reminders is not a request to subscribe.
  if ((cues['reminders-unsubscribe'] ?? 0) >= 3 || (cues['reminders-list'] ?? 0) >= 3) scores.delete('reminders-subscribe');
  if ((cues['reminders-unsubscribe'] ?? 0) >= 3) scores.delete('reminders-list');
  let pNone = 0;
  for (const c of classes) {
    if (c.intent === 'None') {
      pNone = c.score;
      continue;
    }
    // Small-talk intents have few, short examples: their perceptrons learn a large bias and win on
    // any unfamiliar words. They need their own cue ("hi", "merci", "help") to count fully.
    const damp = smallTalk[c.intent] !== undefined && cues[c.intent] === undefined ? smallTalk[c.intent]! : 1;
    scores.set(c.intent, (scores.get(c.intent) ?? 0) + CLASSIFIER_WEIGHT * c.score * damp);
  }
  // Ties break on the intent name (plain code-unit order: intents are ASCII kebab-case; localeCompare
  // built a collator per call).
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const [best, second] = [ranked[0], ranked[1]];
  const strongestCue = Math.max(
    0,
    ...Object.entries(cues)
      .filter(([k]) => k !== 'noise')
      .map(([, v]) => v ?? 0),
  );
  const noise = cues.noise ?? 0;
  // Injection/off-topic wins over a weaker product cue; secret-seeking (4) wins over any.
  const noisy = noise >= 4 || (noise >= 2 && noise > strongestCue) || (noise >= 2 && strongestCue < 3 && noise >= strongestCue);
  // A decisive cue (a Graph path, "quick machine recovery"…) is in the domain by itself.
  const offTopic = !inDomain && strongestCue < 3 && best !== undefined && !domainFree.includes(best[0]);
  if (!best || best[1] < MIN_SCORE || noisy || offTopic) {
    return { intent: 'unknown', confidence: round(0.3 * (1 - pNone) * Math.min(1, (best?.[1] ?? 0) / MIN_SCORE)) };
  }
  const s1 = best[1];
  const s2 = second?.[1] ?? 0;
  const confidence = clamp01((s1 - 0.6 * s2) / (s1 + 0.5)) * (1 - 0.5 * pNone);
  return { intent: best[0], confidence: round(confidence) };
}

const clamp01 = (x: number) => Math.max(0, Math.min(1, x));
const round = (x: number) => Math.round(clamp01(x) * 1000) / 1000;
