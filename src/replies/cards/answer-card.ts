import type { DocRow, DocSection, ReplyDoc, Tone } from '../doc';
import { adaptiveCard, heading, labelled, textBlock, type AdaptiveCard, type CardAction, type CardElement, type Color, type Container } from './elements';

const COLORS: Record<Tone, Color> = { good: 'Good', warning: 'Warning', attention: 'Attention', accent: 'Accent', default: 'Default' };

/** Teams shows at most 6 card actions; the rest stay as suggested actions. */
const MAX_CARD_ACTIONS = 5;

function row(r: DocRow, sourceLabel: string): CardElement {
  const details: CardElement[] = [
    textBlock(r.label, { weight: 'Bolder', wrap: true }),
    ...r.lines.map((l) => textBlock(l, { wrap: true, spacing: 'None', isSubtle: true })),
  ];
  if (r.source) details.push(textBlock(`[${sourceLabel}](${r.source})`, { wrap: true, spacing: 'None', size: 'Small' }));
  return {
    type: 'ColumnSet',
    spacing: 'Small',
    columns: [
      { type: 'Column', width: 'auto', items: [textBlock(r.icon, { color: COLORS[r.tone], weight: 'Bolder', wrap: true })] },
      { type: 'Column', width: 'stretch', items: details },
    ],
  };
}

function section(s: DocSection, sourceLabel: string): Container {
  const items: CardElement[] = [];
  if (s.heading) items.push(textBlock(s.heading, { weight: 'Bolder', wrap: true }));
  if (s.facts?.length) items.push({ type: 'FactSet', facts: s.facts.map((f) => ({ title: f.title, value: f.value })) });
  for (const l of s.lines ?? []) items.push(textBlock(l, { wrap: true, spacing: 'Small' }));
  for (const r of s.rows ?? []) items.push(row(r, sourceLabel));
  for (const c of s.code ?? []) {
    items.push({
      type: 'Container',
      spacing: 'Small',
      items: [
        textBlock(c.label, { wrap: true, size: 'Small', isSubtle: true }),
        { type: 'Container', style: 'emphasis', items: [textBlock(c.code, { fontType: 'Monospace', wrap: true })] },
      ],
    });
  }
  return { type: 'Container', separator: true, spacing: 'Medium', items };
}

/**
 * The one answer layout (title, status, the user's words, intro, sections, hedges, as-of, sources,
 * buttons). Every string lands in a `text` property as it is: text from the user only in TextRuns,
 * which Teams never reads as markdown.
 */
export function answerCard(doc: ReplyDoc): AdaptiveCard {
  const colon = doc.locale === 'fr' ? ' : ' : ': ';
  const sourceLabel = doc.sourceLabel ?? 'Source';
  const body: CardElement[] = [heading(doc.title)];
  if (doc.status) body.push(textBlock(doc.status.text, { color: COLORS[doc.status.tone], weight: 'Bolder', wrap: true }));
  for (const u of doc.userText ?? []) body.push(labelled(u.label, u.value, colon));
  for (const l of doc.intro ?? []) body.push(textBlock(l, { wrap: true }));
  for (const s of doc.sections) body.push(section(s, sourceLabel));
  if (doc.hedges?.length) {
    body.push({ type: 'Container', style: 'warning', spacing: 'Medium', items: doc.hedges.map((h) => textBlock(`⚠ ${h}`, { wrap: true })) });
  }
  if (doc.asOf) body.push(textBlock(doc.asOf, { isSubtle: true, size: 'Small', wrap: true, spacing: 'Medium' }));
  if (doc.sources?.length) {
    body.push(textBlock(doc.sourcesHeading ?? 'Sources', { weight: 'Bolder', size: 'Small', wrap: true }));
    for (const s of doc.sources) body.push(textBlock(`[${s.title}](${s.url})`, { size: 'Small', wrap: true, spacing: 'None' }));
  }
  const actions: CardAction[] = (doc.suggestions ?? [])
    .slice(0, MAX_CARD_ACTIONS)
    .map((a) => ({ type: 'Action.Submit', title: a.title, data: { msteams: { type: 'imBack', value: a.value } } }));
  return adaptiveCard(doc.summary, body, actions);
}
