import type { SimpleAnswer, UnknownAnswer } from '../answers';
import { intents } from '../core/vocabulary';
import type { RenderContext, SuggestedAction } from './render-types';
import type { ReplyDoc } from './doc';
import { INTENT_EXAMPLES, suggestion, suggestions } from './common-words';
import { pick } from './format';

const SKILLS = ['eligibility', 'next-reboot', 'calendar', 'explain-hotpatch', 'explain-qmr', 'why-restarted', 'how-to-check', 'reminders-subscribe'];

export function renderSimple(a: SimpleAnswer, ctx: RenderContext): ReplyDoc {
  const { locale } = ctx;
  if (a.kind === 'thanks') {
    const s = pick(
      locale,
      "You're welcome! Ask me anything else about Hotpatch, reboots or Quick Machine Recovery.",
      'Avec plaisir ! Posez-moi une autre question sur le Hotpatch, les redémarrages ou Quick Machine Recovery.',
    );
    return {
      title: pick(locale, "You're welcome", 'Avec plaisir'),
      intro: [s],
      sections: [],
      suggestions: suggestions(['next-reboot', 'help'], locale),
      summary: s,
    };
  }
  const hello = pick(
    locale,
    'Hello! I answer questions about Windows Hotpatch, reboots and Quick Machine Recovery, in English and French.',
    'Bonjour ! Je réponds à vos questions sur le Hotpatch Windows, les redémarrages et Quick Machine Recovery, en français et en anglais.',
  );
  const lines = SKILLS.map((i) => `• ${INTENT_EXAMPLES[i]?.[locale]}`);
  if (a.kind === 'greeting') {
    return {
      answer: { text: hello, tone: 'default', lines: [pick(locale, 'Try for example:', 'Essayez par exemple :'), ...lines.slice(0, 3)] },
      title: pick(locale, 'Hotpatch assistant', 'Assistant Hotpatch'),
      intro: [hello],
      sections: [],
      suggestions: suggestions(SKILLS.slice(0, 4), locale),
      summary: hello,
    };
  }
  return {
    title: pick(locale, 'What I can help with', 'Ce que je sais faire'),
    intro: [hello],
    sections: [
      { heading: pick(locale, 'Questions you can ask', 'Questions possibles'), lines },
      {
        heading: pick(locale, 'Good to know', 'Bon à savoir'),
        lines: [
          pick(
            locale,
            'In a channel or group chat, mention me (@Hotpatch) so I answer.',
            'Dans un canal ou une conversation de groupe, mentionnez-moi (@Hotpatch) pour que je réponde.',
          ),
          pick(
            locale,
            'Give device facts in your question (e.g. "Enterprise 24H2 x64 VBS running E3") or use the form.',
            'Donnez les informations dans la question (ex. « Enterprise 24H2 x64 VBS actif E3 ») ou utilisez le formulaire.',
          ),
        ],
      },
    ],
    suggestions: suggestions(SKILLS.slice(0, 4), locale),
    summary: hello,
  };
}

function topicSuggestion(id: string): SuggestedAction {
  const words = id.replace(/-/g, ' ');
  return { title: words, value: words };
}

/** Unknown: a clarifying question, best guesses, and the helpdesk when it can be offered. */
export function renderUnknown(a: UnknownAnswer, ctx: RenderContext): ReplyDoc {
  const { locale } = ctx;
  const guesses = a.suggestions
    .map((s) => ((intents as readonly string[]).includes(s) ? suggestion(s, locale) : topicSuggestion(s)))
    .filter((s): s is SuggestedAction => !!s);
  // Issue 11: when the question is understood but outside what the bot knows, say so plainly.
  const plain: Record<NonNullable<UnknownAnswer['reason']>, string> = {
    'out-of-scope': pick(
      locale,
      "I can't answer that reliably: it is outside what I know (Windows Hotpatch, the restart calendar and Quick Machine Recovery). Please ask your IT helpdesk.",
      'Je ne peux pas répondre de façon fiable : cela sort de ce que je connais (Hotpatch Windows, calendrier des redémarrages et récupération rapide de la machine). Adressez-vous à votre support informatique.',
    ),
    'no-match': pick(
      locale,
      "I can't answer that: nothing I know about Windows Hotpatch, restarts or Quick Machine Recovery answers this question. Please ask your IT helpdesk, or pick one of these questions.",
      "Je ne peux pas répondre à cela : rien de ce que je sais sur le Hotpatch Windows, les redémarrages ou la récupération rapide de la machine ne répond à cette question. Adressez-vous à votre support informatique, ou choisissez l'une de ces questions.",
    ),
  };
  const ask = a.reason
    ? plain[a.reason]
    : pick(
        locale,
        "I'm not sure I understood. Could you rephrase, or pick one of these questions?",
        "Je ne suis pas sûr d'avoir compris. Pouvez-vous reformuler, ou choisir l'une de ces questions ?",
      );
  const lines = guesses.map((g) => `• ${g.title}`);
  if (a.canEscalate) {
    lines.push(
      pick(
        locale,
        'I can also pass your question to the helpdesk: say "helpdesk".',
        'Je peux aussi transmettre votre question au support : écrivez « support ».',
      ),
    );
  }
  const esc = a.canEscalate ? suggestions(['escalate'], locale) : [];
  return {
    answer: { text: ask, tone: 'default', lines: lines.slice(0, 4) },
    title: a.reason ? pick(locale, "I can't answer that", 'Je ne peux pas répondre') : pick(locale, 'Can you tell me more?', 'Pouvez-vous préciser ?'),
    intro: [ask],
    sections: lines.length > 4 ? [{ lines: lines.slice(4) }] : [],
    suggestions: [...(guesses.length ? guesses : suggestions(['help'], locale)), ...esc],
    summary: ask,
  };
}
