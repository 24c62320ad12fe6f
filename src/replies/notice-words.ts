import type { Notice } from '../answers';
import type { Locale } from '../core/vocabulary';

/** The words of each notice answer (src/answers returns only the code, issue 13). */
const NOTICES: Record<Notice, Record<Locale, string>> = {
  'lookup-no-inventory': {
    en: 'No device inventory is configured, so I cannot look devices up. Describe the device (edition, version, architecture, VBS, licence) and I will check it.',
    fr: "Aucun inventaire d'appareils n'est configuré : je ne peux pas rechercher d'appareil. Décrivez l'appareil (édition, version, architecture, VBS, licence) et je le vérifie.",
  },
  'lookup-not-found': { en: 'I found no device with that name in the inventory.', fr: "Je n'ai trouvé aucun appareil de ce nom dans l'inventaire." },
  'lookup-forbidden': {
    en: 'Only helpdesk staff can look up other devices. I can check your own devices: ask "is my device eligible?".',
    fr: "Seul le support peut rechercher d'autres appareils. Je peux vérifier vos propres appareils : demandez « mon appareil est-il éligible ? ».",
  },
  'fleet-no-inventory': {
    en: 'Fleet readiness needs a device inventory (DEVICE_SOURCE=csv or intune). Operators can run `hotpatch-bot fleet devices.csv`.',
    fr: "L'état du parc nécessite un inventaire d'appareils (DEVICE_SOURCE=csv ou intune). Les opérateurs peuvent lancer `hotpatch-bot fleet devices.csv`.",
  },
  'fleet-forbidden': {
    en: 'The fleet summary is for helpdesk staff and admins. I can check your own devices: ask "is my device eligible?".',
    fr: 'Le résumé du parc est réservé au support et aux administrateurs. Je peux vérifier vos propres appareils : demandez « mon appareil est-il éligible ? ».',
  },
  'reminders-elsewhere': {
    en: 'Reminders are set up in a Teams channel or group chat: mention me there with "remind this channel every Monday at 9:00". Operators can use `hotpatch-bot reminders add`.',
    fr: 'Les rappels se configurent dans un canal ou une conversation de groupe Teams : mentionnez-moi avec « rappelle ce canal chaque lundi à 9h ». Les opérateurs peuvent utiliser `hotpatch-bot reminders add`.',
  },
  'escalate-elsewhere': {
    en: 'I will pass your question to the helpdesk from Teams; from here, please contact your IT helpdesk.',
    fr: "Je transmets votre question au support depuis Teams ; d'ici, contactez votre support informatique.",
  },
  'fleet-elsewhere': {
    en: 'Fleet readiness: run `hotpatch-bot fleet devices.csv`, or ask in Teams when an inventory is configured.',
    fr: 'État du parc : lancez `hotpatch-bot fleet devices.csv`, ou demandez dans Teams quand un inventaire est configuré.',
  },
};

export function noticeText(notice: Notice, locale: Locale): string {
  return NOTICES[notice][locale];
}
