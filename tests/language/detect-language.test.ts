import { describe, expect, it } from 'vitest';
import { detectLocale } from '../../src/language/detect-language';

describe('detectLocale', () => {
  it.each<[string, string | undefined, 'en' | 'fr']>([
    ['mon PC Famille peut-il avoir le hotpatch ?', undefined, 'fr'],
    ['do we reboot in april??', undefined, 'en'],
    ['do we reboot in april??', 'fr-FR', 'en'],
    ['quand est mon prochain redémarrage ?', 'en-US', 'fr'],
    ['bonjour', 'en-GB', 'fr'],
    ['merci', 'en-US', 'fr'],
    ['hello', 'fr-FR', 'en'],
    // Short or neutral texts keep the client's language, else English.
    ['Surface Pro X ARM, VBS on, E3 — ok?', 'fr-FR', 'fr'],
    ['E3 24H2 x64', 'fr-CA', 'fr'],
    ['E3 24H2 x64', undefined, 'en'],
    ['ok', 'fr-FR', 'fr'],
    ['', 'de-DE', 'en'],
    // Mixed: the language that dominates.
    ['when is mon prochain redémarrage ?', 'fr-FR', 'fr'],
    ['pourquoi my PC a reboot hier ?', undefined, 'fr'],
    [
      'Windows 11 Enterprise 25H2, x64, E3 licence, VBS running, in a quality update policy with hotpatch = Allow, on the latest baseline. Eligible?',
      'fr-FR',
      'en',
    ],
    ['Les appareils joints hybrides Microsoft Entra sont-ils exclus du hotpatch ?', 'en-US', 'fr'],
    // Technical English the n-gram model reads as French.
    ['IoT Enterprise LTSC and quality update policies', undefined, 'en'],
    ['LTSC et stratégies de mise à jour qualité', undefined, 'fr'],
    // A French question with no accent and no stop word: the inverted subject and French words say it.
    ['QMR fonctionne-t-il en Wi-Fi entreprise ?', undefined, 'fr'],
    ['QMR fonctionne-t-il en Wi-Fi entreprise ?', 'en-US', 'fr'],
    ['Surface marche en Wi-Fi ?', undefined, 'fr'],
    ['Does QMR work on enterprise Wi-Fi?', 'fr-FR', 'en'],
  ])('%j (client %s) → %s', (text, client, want) => {
    expect(detectLocale(text, client)).toBe(want);
  });

  // "Patch Tuesday" is a name, not English; the deployment's default language is a fallback, never a client's
  // locale that a French question must outweigh (the pipeline used to pass DEFAULT_LOCALE as the client's).
  it.each<[string, 'en' | 'fr', 'en' | 'fr']>([
    ['Quand a lieu le Patch Tuesday ?', 'en', 'fr'],
    ['Le Patch Tuesday de décembre redémarre-t-il ?', 'en', 'fr'],
    ['When is Patch Tuesday?', 'fr', 'en'],
    ['E3 24H2 x64', 'fr', 'fr'],
    ['E3 24H2 x64', 'en', 'en'],
  ])('%j with default %s → %s', (text, fallback, want) => {
    expect(detectLocale(text, undefined, fallback)).toBe(want);
  });
});

describe('chat French and the admin’s French nouns', () => {
  it.each([['c koi QMR ?'], ['Ecoles : Windows 11 Pro Education + licences A5, hotpatch ok ?'], ['pk le serveur a reboot ?']])(
    '"%s" is French with no client locale',
    (text) => {
      expect(detectLocale(text)).toBe('fr');
    },
  );

  it.each([['what is QMR?'], ['Windows 11 Pro Education with A5 licences, hotpatch ok?']])('"%s" stays English', (text) => {
    expect(detectLocale(text)).toBe('en');
  });
});
