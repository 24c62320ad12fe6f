import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/core/vocabulary';
import {
  LOCAL_HELPDESK_REFUSED,
  actionDoneText,
  buttonGoneText,
  invalidFormMessage,
  messageTooLongText,
  turnFailedText,
} from '../../src/replies/teams-notices';

describe('what the bot says in Teams outside the pipeline, EN and FR', () => {
  it.each([
    [
      'en',
      turnFailedText,
      "Sorry, I couldn't answer that (error HB-TEAMS-500). Please try again in a moment; if it keeps happening, contact the helpdesk with this code.",
    ],
    [
      'fr',
      turnFailedText,
      "Désolé, je n'ai pas pu répondre (erreur HB-TEAMS-500). Réessayez dans un instant ; si cela persiste, contactez le support avec ce code.",
    ],
    ['en', buttonGoneText, 'This button is no longer available. Please ask your question again.'],
    ['fr', buttonGoneText, "Ce bouton n'est plus disponible. Posez à nouveau votre question."],
    ['en', actionDoneText, 'Done.'],
    ['fr', actionDoneText, 'Bien reçu.'],
  ] as const)('%s: %s', (locale, words, expected) => {
    expect(words(locale)).toBe(expected);
  });

  it.each([
    [
      'en',
      2000,
      'That message is too long for me (more than 2000 characters). Please ask one short question, for example: "Is my device eligible for Hotpatch?"',
    ],
    [
      'fr',
      500,
      'Ce message est trop long pour moi (plus de 500 caractères). Posez une question courte, par exemple : « Mon appareil est-il éligible à Hotpatch ? »',
    ],
  ] as const)('a message over the limit (%s, %i)', (locale, max, expected) => {
    expect(messageTooLongText(max, locale)).toBe(expected);
  });

  it.each([
    ['en', ['edition', 'licenses'], 'Some form values are not valid (edition, licences). Pick from the lists, or "I don\'t know", and send the form again.'],
    [
      'fr',
      ['edition', 'licenses'],
      'Certaines valeurs du formulaire ne sont pas valides (édition, licences). Choisissez dans les listes proposées, ou « Je ne sais pas », puis renvoyez le formulaire.',
    ],
    [
      'en',
      ['purpose', 'version', 'management'],
      'Some form values are not valid (form type, Windows version, management). Pick from the lists, or "I don\'t know", and send the form again.',
    ],
    [
      'fr',
      ['purpose', 'version', 'management'],
      'Certaines valeurs du formulaire ne sont pas valides (type de formulaire, version de Windows, gestion). Choisissez dans les listes proposées, ou « Je ne sais pas », puis renvoyez le formulaire.',
    ],
    [
      'fr',
      ['someNewField'],
      'Certaines valeurs du formulaire ne sont pas valides (someNewField). Choisissez dans les listes proposées, ou « Je ne sais pas », puis renvoyez le formulaire.',
    ],
  ] as const)('a device form with bad values (%s, %j)', (locale, fields, expected) => {
    expect(invalidFormMessage([...fields], locale as Locale)).toBe(expected);
  });

  it('local mode names the setting to fix (English: a developer set-up message)', () => {
    expect(LOCAL_HELPDESK_REFUSED).toBe('Local mode: the helpdesk conversation needs LOCAL_USER_AAD_ID set to an id listed in HELPDESK_ADMIN_IDS.');
  });
});
