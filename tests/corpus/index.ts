import { corpusEn } from './corpus-en';
import { corpusFr } from './corpus-fr';
import { corpusNoisy } from './corpus-noisy';
import { corpusExtra } from './corpus-extra';
import type { CorpusItem } from './corpus-types';

export type { CorpusItem } from './corpus-types';

export const DEFAULT_TODAY = '2026-11-25';

/** The whole labelled corpus, with the expected locale filled in. */
export const corpus: CorpusItem[] = [
  ...corpusEn.map((i) => ({ locale: 'en' as const, clientLocale: 'en-US', ...i })),
  ...corpusFr.map((i) => ({ locale: 'fr' as const, clientLocale: 'fr-FR', ...i })),
  ...corpusNoisy,
  ...corpusExtra,
];
