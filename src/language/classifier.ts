import { NeuralNetwork } from '@nlpjs/neural';
import type { Intent } from './types';
import { contentTokens, featuresOf, Vocabulary } from './features';

/**
 * The NLP.js neural classifier (@nlpjs/neural: one-layer perceptron per intent, zero-initialised
 * weights, so training is deterministic) trained once, lazily, on the bilingual examples. Unknown
 * words feed a "None" feature the way @nlpjs/nlu does, so noise scores None instead of a guess.
 */
export interface TrainingExample {
  intent: Intent;
  text: string;
  /** Slot signals of the text (see signalFeatures in understand). */
  signals?: string[];
}

export interface Classification {
  intent: Intent | 'None';
  score: number;
}

export interface Classifier {
  classify(tokens: string[], signals: string[]): Classification[];
  vocabulary: Vocabulary;
}

const NONE_MULTIPLIER = 1.2;

export function trainClassifier(examples: TrainingExample[]): Classifier {
  const tokenLists = examples.map((e) => contentTokens(e.text));
  const vocabulary = new Vocabulary(tokenLists.flat());
  const corpus = examples.map((e, i) => ({
    input: featuresOf(tokenLists[i], e.signals),
    output: { [e.intent]: 1 } as Record<string, number>,
  }));
  const known = new Set<string>();
  for (const c of corpus) for (const k of Object.keys(c.input)) known.add(k);
  const intents = new Set(examples.map((e) => e.intent));
  corpus.push({ input: { nonefeature: 1 }, output: { None: 1 } });
  const net = new NeuralNetwork({ log: false });
  net.train(corpus);
  const noneDelta = intents.size / Math.max(1, known.size);

  return {
    vocabulary,
    classify(tokens, signals) {
      const raw = featuresOf(
        tokens.map((t) => vocabulary.correct(t)),
        signals,
      );
      const input: Record<string, number> = {};
      let unknown = 0;
      for (const k of Object.keys(raw)) {
        if (known.has(k)) input[k] = raw[k];
        else if (!k.startsWith('#')) unknown += 1;
      }
      let none = 0;
      let delta = noneDelta;
      for (let i = 0; i < unknown; i += 1) {
        none += delta;
        delta *= NONE_MULTIPLIER;
      }
      if (none > 0) input.nonefeature = none;
      if (Object.keys(input).length === 0) return [{ intent: 'None', score: 1 }];
      const out = net.run(input) ?? { None: 1 };
      let total = 0;
      const list: Classification[] = Object.keys(out).map((k) => {
        const score = out[k] ** 2;
        total += score;
        return { intent: k as Intent | 'None', score };
      });
      if (total === 0) return [{ intent: 'None', score: 1 }];
      for (const c of list) c.score /= total;
      return list.sort((a, b) => b.score - a.score || a.intent.localeCompare(b.intent));
    },
  };
}
