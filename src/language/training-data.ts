import type { Intent } from './types';
import { examplesEn } from './training/examples-en';
import { examplesFr } from './training/examples-fr';
import corpusTrain from './training/corpus-train.json';

/**
 * All training utterances: hand-written examples plus the "train" split of the labelled corpus
 * (tests/corpus), copied into corpus-train.json. The corpus "heldout" split is never trained on.
 */
export interface LabelledText {
  intent: Intent;
  text: string;
}

export function trainingExamples(): LabelledText[] {
  const out: LabelledText[] = [];
  for (const source of [examplesEn, examplesFr]) {
    for (const [intent, texts] of Object.entries(source) as [Intent, string[]][]) {
      for (const text of texts) out.push({ intent, text });
    }
  }
  for (const item of corpusTrain as LabelledText[]) out.push({ intent: item.intent, text: item.text });
  return out;
}
