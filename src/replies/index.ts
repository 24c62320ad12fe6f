import type { Answer, AnyAnswer } from '../answers';
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
import { renderSimple, renderUnknown } from './simple-reply';
import { noticeText } from './notice-words';
import { renderFleet } from './fleet-reply';
import { moreDevicesText } from './device-words';

export { DEVICE_FORM_VERB, UNKNOWN_CHOICE } from './device-form-reply';
export { reminderWords, renderReminder } from './reminder-card';
export { LOCAL_HELPDESK_REFUSED, actionDoneText, buttonGoneText, invalidFormMessage, messageTooLongText, turnFailedText } from './teams-notices';
export { nextRebootText } from './cli-next-reboot-words';
export { fleetTable } from './cli-fleet-words';
export { cliNotices } from './cli-notices';
export { dataStatusText } from './data-status-words';
export { checkReport, checkReportLines } from './cli-check-words';
export { calendarTable } from './cli-calendar-words';

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
    case 'notice':
      return { text: noticeText(answer.notice, ctx.locale), suggestedActions: [] };
  }
}

/** What the answers layer returns, composites included: one rendered part per answer (one card per device). */
export function renderAll(a: AnyAnswer, ctx: RenderContext): Rendered[] {
  if (a.kind === 'multi') {
    const parts = a.answers.map((x) => render(x, ctx));
    if (a.more > 0) parts.push({ text: moreDevicesText(a.more, ctx.locale), suggestedActions: [] });
    return parts;
  }
  if (a.kind === 'fleet') return [renderFleet(a, ctx)];
  return [render(a, ctx)];
}

/** The welcome card sent on install (conversationUpdate / installationUpdate). */
export function renderWelcome(ctx: RenderContext): Rendered {
  return render({ kind: 'greeting' }, ctx);
}
export { dataWarningText } from './data-status-words';
export { CARD_SCHEMA, labelled } from './cards/elements';
export { briefly } from './cards/answer-card';
export type { Attachment, SuggestedAction, RenderContext, Rendered } from './render-types';
