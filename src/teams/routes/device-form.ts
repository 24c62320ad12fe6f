import { DEVICE_FORM_VERB, invalidFormMessage } from '../../replies';
import { localeOf } from '../conversation';
import { parseDeviceForm } from '../device-form-values';
import type { RouteDeps } from '../route-deps';
import { askFromTurn } from './ask';

/**
 * Device form submit: the facts go to the pipeline with the form's purpose as the intent,
 * and the verdict (or next reboot) comes back. Bad values get a clear message, never an exception.
 */
export function registerDeviceFormAction(deps: RouteDeps): void {
  deps.hooks.onAction(DEVICE_FORM_VERB, async (context, data) => {
    const parsed = parseDeviceForm(data);
    if (!parsed.ok) {
      deps.logger.info({ invalid: parsed.invalid }, 'device form rejected');
      const locale = data.locale === 'fr' || data.locale === 'en' ? data.locale : localeOf(context.activity, deps.defaultLocale);
      return { text: invalidFormMessage(parsed.invalid, locale) };
    }
    const clientLocale = parsed.locale ?? context.activity.locale;
    const reply = await askFromTurn(context, deps, { text: '', intent: parsed.purpose, device: parsed.device, clientLocale });
    const card = reply.attachments[0]?.content as Record<string, unknown> | undefined;
    return { text: reply.text, card, suggestedActions: reply.suggestedActions };
  });
}
