import type { Intent, Locale, Slots } from '../../src/language/types';

/** One labelled utterance. Expected slots are checked key by key (device: each listed field). */
export interface CorpusItem {
  text: string;
  intent: Intent;
  /** Expected answer language; defaults to the corpus file's language. */
  locale?: Locale;
  clientLocale?: string;
  /** Defaults to 2026-11-25 (the example cases' today). */
  today?: string;
  slots?: Slots;
  /** Slot keys that must be absent ("no date in 'LTSC 2024'"). */
  absent?: (keyof Slots)[];
  /** train: also in the classifier's training data; heldout: never trained on. */
  split: 'train' | 'heldout';
}

type Opts = Partial<Pick<CorpusItem, 'locale' | 'clientLocale' | 'today' | 'absent'>>;

export const t = (intent: Intent, text: string, slots?: Slots, opts: Opts = {}): CorpusItem => ({
  intent,
  text,
  slots,
  split: 'train',
  ...opts,
});
export const h = (intent: Intent, text: string, slots?: Slots, opts: Opts = {}): CorpusItem => ({
  intent,
  text,
  slots,
  split: 'heldout',
  ...opts,
});
