import type { Locale } from '../core/vocabulary';

/**
 * What the bot says in Teams when a turn is not answered by the pipeline: a failed turn, an over-long
 * message, a form sent back with bad values, a button the bot no longer knows. src/teams sends these.
 */
const FIELD_WORDS: Record<string, { en: string; fr: string }> = {
  purpose: { en: 'form type', fr: 'type de formulaire' },
  edition: { en: 'edition', fr: 'édition' },
  version: { en: 'Windows version', fr: 'version de Windows' },
  architecture: { en: 'architecture', fr: 'architecture' },
  vbs: { en: 'VBS', fr: 'VBS' },
  licenses: { en: 'licences', fr: 'licences' },
  management: { en: 'management', fr: 'gestion' },
};

/** The device form came back with values outside its lists (field names as src/teams/device-form-values.ts reports them). */
export function invalidFormMessage(invalid: string[], locale: Locale): string {
  const names = invalid.map((f) => FIELD_WORDS[f]?.[locale] ?? f).join(', ');
  return locale === 'fr'
    ? `Certaines valeurs du formulaire ne sont pas valides (${names}). Choisissez dans les listes proposées, ou « Je ne sais pas », puis renvoyez le formulaire.`
    : `Some form values are not valid (${names}). Pick from the lists, or "I don't know", and send the form again.`;
}

/** The turn threw: the code HB-TEAMS-500 is the one the log line carries, for the helpdesk. */
export function turnFailedText(locale: Locale): string {
  return locale === 'fr'
    ? "Désolé, je n'ai pas pu répondre (erreur HB-TEAMS-500). Réessayez dans un instant ; si cela persiste, contactez le support avec ce code."
    : "Sorry, I couldn't answer that (error HB-TEAMS-500). Please try again in a moment; if it keeps happening, contact the helpdesk with this code.";
}

export function messageTooLongText(max: number, locale: Locale): string {
  return locale === 'fr'
    ? `Ce message est trop long pour moi (plus de ${max} caractères). Posez une question courte, par exemple : « Mon appareil est-il éligible à Hotpatch ? »`
    : `That message is too long for me (more than ${max} characters). Please ask one short question, for example: "Is my device eligible for Hotpatch?"`;
}

/** A card button whose verb no handler knows (an old card): the verb comes from the client and is not echoed. */
export function buttonGoneText(locale: Locale): string {
  return locale === 'fr'
    ? "Ce bouton n'est plus disponible. Posez à nouveau votre question."
    : 'This button is no longer available. Please ask your question again.';
}

/** Action.Execute whose handler returned neither a card nor a text. */
export function actionDoneText(locale: Locale): string {
  return locale === 'fr' ? 'Bien reçu.' : 'Done.';
}

/** Local mode (no authentication) only: for the developer running the Playground, in English like the rest of the set-up. */
export const LOCAL_HELPDESK_REFUSED = 'Local mode: the helpdesk conversation needs LOCAL_USER_AAD_ID set to an id listed in HELPDESK_ADMIN_IDS.';
