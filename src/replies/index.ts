import type { Answer } from '../answers';
import type { RenderContext, Rendered } from './render-types';
import { answerCard } from './cards/answer-card';
import { deviceFormCard } from './cards/device-form-card';
import { docToText } from './plain-text';
import type { ReplyDoc } from './doc';
import { renderEligibility } from './eligibility-reply';
import { renderNextReboot } from './next-reboot-reply';
import { renderCalendar, renderDateCheck } from './calendar-reply';
import { renderKnowledge } from './knowledge-reply';
import { renderQmr } from './qmr-reply';
import { renderDeviceForm } from './device-form-reply';
import { renderCustomText, renderSimple, renderUnknown } from './simple-reply';

export { DEVICE_FORM_VERB, UNKNOWN_CHOICE } from './device-form-reply';
export { briefly } from './cards/answer-card';
export { CARD_SCHEMA, labelled } from './cards/elements';
export { reminderWords, renderReminder } from './reminder-card';
export { dataStatusText, dataWarningText } from './data-status-words';
export { checkFixText, checkReasonText, hedgeText, recommendationText, ruleTitle } from './eligibility-messages';
export { renderFleet } from './fleet-reply';
export type { Attachment, RenderContext, Rendered, SuggestedAction } from './render-types';

function fromDoc(d: ReplyDoc, ctx: RenderContext): Rendered {
  const doc = { ...d, locale: ctx.locale, today: ctx.today };
  return { text: docToText(doc), card: answerCard(doc), suggestedActions: doc.suggestions ?? [] };
}

/** Answer + locale → plain text (everything the card says) + Adaptive Card 1.5 + suggested actions. */
export function render(answer: Answer, ctx: RenderContext): Rendered {
  switch (answer.kind) {
    case 'eligibility':
      return fromDoc(renderEligibility(answer, ctx), ctx);
    case 'next-reboot':
      return fromDoc(renderNextReboot(answer, ctx), ctx);
    case 'calendar':
      return fromDoc(renderCalendar(answer, ctx), ctx);
    case 'date-check':
      return fromDoc(renderDateCheck(answer, ctx), ctx);
    case 'knowledge':
      return fromDoc(renderKnowledge(answer, ctx), ctx);
    case 'qmr-advice':
      return fromDoc(renderQmr(answer, ctx), ctx);
    case 'device-form': {
      const f = renderDeviceForm(answer, ctx);
      return { text: f.text, card: deviceFormCard(f.card), suggestedActions: [] };
    }
    case 'help':
    case 'greeting':
    case 'thanks':
      return fromDoc(renderSimple(answer, ctx), ctx);
    case 'unknown':
      return fromDoc(renderUnknown(answer, ctx), ctx);
    case 'custom':
      return { text: renderCustomText(answer, ctx), card: answer.card, suggestedActions: [] };
  }
}

/** The welcome card sent on install (conversationUpdate / installationUpdate). */
export function renderWelcome(ctx: RenderContext): Rendered {
  return render({ kind: 'greeting' }, ctx);
}
