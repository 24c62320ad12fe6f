import { isHbError } from '../errors';
import type { Answer } from './types';
import type { AnswerDeps, AnswerInput } from './deps';
import { eligibilityFor } from './eligibility-answer';

const words = {
  noSource: {
    en: 'No device inventory is configured, so I cannot look devices up. Describe the device (edition, version, architecture, VBS, licence) and I will check it.',
    fr: "Aucun inventaire d'appareils n'est configuré : je ne peux pas rechercher d'appareil. Décrivez l'appareil (édition, version, architecture, VBS, licence) et je le vérifie.",
  },
  notFound: { en: 'I found no device with that name in the inventory.', fr: "Je n'ai trouvé aucun appareil de ce nom dans l'inventaire." },
  forbidden: {
    en: 'Only helpdesk staff can look up other devices. I can check your own devices: ask "is my device eligible?".',
    fr: "Seul le support peut rechercher d'autres appareils. Je peux vérifier vos propres appareils : demandez « mon appareil est-il éligible ? ».",
  },
};

/** "Is LAPTOP-4F2K eligible?" — from the inventory, for helpdesk staff only (DeviceSource enforces it). */
export async function answerDeviceLookup(input: AnswerInput, deps: AnswerDeps): Promise<Answer> {
  const name = input.question.slots.deviceName;
  const source = deps.deviceSource;
  if (!source || source.kind === 'none' || !name) return { kind: 'custom', intent: 'device-lookup', text: words.noSource };
  try {
    const found = await source.deviceByName(name, input.requester ?? { isHelpdesk: false });
    if (!found) return { kind: 'custom', intent: 'device-lookup', text: words.notFound };
    return eligibilityFor({ ...found.profile, deviceName: found.deviceName ?? name }, input.today, deps, found.origins);
  } catch (e) {
    if (isHbError(e) && e.code === 'HB-INV-403') return { kind: 'custom', intent: 'device-lookup', text: words.forbidden };
    throw e;
  }
}
