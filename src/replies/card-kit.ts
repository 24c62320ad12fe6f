import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as ACData from 'adaptivecards-templating';
import type { ReplyDoc, Tone } from './doc';

/** Card templates live in cards/*.json (Adaptive Card 1.5), expanded with adaptivecards-templating. */
export const CARDS_DIR = resolve(__dirname, '../../cards');

const cache = new Map<string, ACData.Template>();

function template(name: string): ACData.Template {
  let t = cache.get(name);
  if (!t) {
    t = new ACData.Template(JSON.parse(readFileSync(resolve(CARDS_DIR, `${name}.json`), 'utf8')));
    cache.set(name, t);
  }
  return t;
}

const COLORS: Record<Tone, string> = {
  good: 'Good',
  warning: 'Warning',
  attention: 'Attention',
  accent: 'Accent',
  default: 'Default',
};

/** Expands cards/<name>.json with `data` as $root. */
export function expandCard(name: string, data: Record<string, unknown>): Record<string, unknown> {
  return template(name).expand({ $root: data }) as Record<string, unknown>;
}

/** Teams shows at most 6 card actions; the rest stay as suggested actions. */
const MAX_CARD_ACTIONS = 5;

/**
 * The template data of a ReplyDoc: every array present (an unbound `$data` would leave "${…}" in
 * the card) and booleans for the optional parts.
 */
export function docData(doc: ReplyDoc): Record<string, unknown> {
  return {
    summary: doc.summary,
    colon: doc.locale === 'fr' ? ' : ' : ': ',
    title: doc.title,
    hasStatus: !!doc.status,
    status: doc.status ? { text: doc.status.text, color: COLORS[doc.status.tone] } : { text: '', color: 'Default' },
    userText: doc.userText ?? [],
    intro: doc.intro ?? [],
    sections: doc.sections.map((s) => ({
      hasHeading: !!s.heading,
      heading: s.heading ?? '',
      lines: s.lines ?? [],
      hasFacts: (s.facts ?? []).length > 0,
      facts: s.facts ?? [],
      rows: (s.rows ?? []).map((r) => ({
        icon: r.icon,
        color: COLORS[r.tone],
        label: r.label,
        lines: r.lines,
        hasSource: !!r.source,
        source: r.source ?? '',
        sourceLabel: doc.sourceLabel ?? 'Source',
      })),
      code: s.code ?? [],
    })),
    hasHedges: (doc.hedges ?? []).length > 0,
    hedges: doc.hedges ?? [],
    hasAsOf: !!doc.asOf,
    asOf: doc.asOf ?? '',
    hasSources: (doc.sources ?? []).length > 0,
    sourcesHeading: doc.sourcesHeading ?? 'Sources',
    sources: doc.sources ?? [],
    actions: (doc.suggestions ?? []).slice(0, MAX_CARD_ACTIONS),
  };
}

export function docToCard(doc: ReplyDoc): Record<string, unknown> {
  const card = expandCard(doc.template, docData(doc));
  // An empty "actions" array is valid but noisy; drop it.
  if (Array.isArray(card.actions) && card.actions.length === 0) delete card.actions;
  return card;
}
