import { restartContext } from '../core/calendar/restart-causes';
import type { AnyAnswer, Answer, UnknownAnswer } from './types';
import type { AnswerDeps, AnswerInput } from './deps';
import { answerEligibility } from './eligibility-answer';
import { answerNextReboot } from './next-reboot-answer';
import { answerCalendar } from './calendar-answer';
import { answerKnowledge, findTopic, knowledgeAnswer, strongTopic } from './knowledge-answer';
import { answerDeviceLookup } from './device-lookup-answer';
import { answerFleet, eligibilityForDevices, ownDevices } from './inventory-answers';

export type { AnswerDeps, AnswerInput } from './deps';

const KNOWLEDGE_INTENTS = new Set(['explain-hotpatch', 'explain-qmr', 'why-restarted', 'how-to-check', 'admin-setup', 'automation', 'windows-server']);

function unknown(deps: AnswerDeps): UnknownAnswer {
  return { kind: 'unknown', suggestions: ['eligibility', 'next-reboot', 'calendar', 'explain-hotpatch', 'explain-qmr'], canEscalate: deps.canEscalate };
}

/** One function per intent: Question → Answer (plain data). Never invents: low confidence → a topic match or "unknown". */
export async function answer(input: AnswerInput, deps: AnswerDeps): Promise<AnyAnswer> {
  const a = await answerByIntent(input, deps);
  // "Why did my device restart?": order the causes for the month asked about, or today's (CAL-3, CAL-9, HP-OS-5).
  if (a.kind === 'knowledge' && a.topic.id === 'why-restarted') {
    return { ...a, restart: restartContext(input.today, deps.releases, input.question.slots.month) };
  }
  return a;
}

async function answerByIntent(input: AnswerInput, deps: AnswerDeps): Promise<AnyAnswer> {
  const { question } = input;
  const confident = question.confidence >= deps.minConfidence || input.device !== undefined || question.intent === 'unknown';
  if (!confident) {
    // Low confidence: only a strong knowledge match may answer; otherwise ask / offer the helpdesk.
    const topic = findTopic(input, undefined);
    return topic ? knowledgeAnswer(topic) : unknown(deps);
  }
  switch (question.intent) {
    case 'eligibility': {
      const devices = await ownDevices(input, deps);
      if (devices) return eligibilityForDevices(devices, input, deps);
      const result = answerEligibility(input, deps);
      const topic = result.kind === 'device-form' ? strongTopic(input) : undefined;
      return topic ? knowledgeAnswer(topic) : result;
    }
    case 'next-reboot': {
      // Per device when the inventory knows the asker's device (the first one: one restart date per answer).
      const devices = await ownDevices(input, deps);
      return answerNextReboot(devices ? { ...input, device: devices[0]!.profile } : input, deps);
    }
    case 'fleet-summary':
      return answerFleet(input, deps);
    case 'calendar': {
      const { date, month, period } = question.slots;
      // "How many restarts per year does hotpatch save?" is a calendar question with no date: a topic answers it.
      // "When is the next Patch Tuesday?" gets the computed months; only a strong topic match wins.
      if (!date && !month && !period) {
        const topic = strongTopic(input);
        if (topic) return knowledgeAnswer(topic);
      }
      return answerCalendar(input, deps);
    }
    case 'device-lookup':
      return answerDeviceLookup(input, deps);
    case 'help':
    case 'greeting':
    case 'thanks':
      return { kind: question.intent };
    case 'unknown': {
      const topic = findTopic(input, undefined);
      return topic ? knowledgeAnswer(topic) : unknown(deps);
    }
    default:
      if (KNOWLEDGE_INTENTS.has(question.intent)) return answerKnowledge(input) ?? unknown(deps);
      return adapterIntent(question.intent);
  }
}

/** Intents that act on Teams or on stores (reminders, escalation, fleet) are handled by their adapters; elsewhere, say where. */
function adapterIntent(intent: AnswerInput['question']['intent']): Answer {
  const text: Record<string, { en: string; fr: string }> = {
    reminders: {
      en: 'Reminders are set up in a Teams channel or group chat: mention me there with "remind this channel every Monday at 9:00". Operators can use `hotpatch-bot reminders add`.',
      fr: 'Les rappels se configurent dans un canal ou une conversation de groupe Teams : mentionnez-moi avec « rappelle ce canal chaque lundi à 9h ». Les opérateurs peuvent utiliser `hotpatch-bot reminders add`.',
    },
    escalate: {
      en: 'I will pass your question to the helpdesk from Teams; from here, please contact your IT helpdesk.',
      fr: "Je transmets votre question au support depuis Teams ; d'ici, contactez votre support informatique.",
    },
    fleet: {
      en: 'Fleet readiness: run `hotpatch-bot fleet devices.csv`, or ask in Teams when an inventory is configured.',
      fr: "État du parc : lancez `hotpatch-bot fleet devices.csv`, ou demandez dans Teams quand un inventaire est configuré.",
    },
  };
  const key = intent.startsWith('reminders') ? 'reminders' : intent === 'escalate' ? 'escalate' : 'fleet';
  return { kind: 'custom', intent, text: text[key]! };
}
