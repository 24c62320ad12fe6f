import type { DocAnswer, DocRow, DocSection, ReplyDoc, Tone } from '../doc';
import {
  adaptiveCard,
  heading,
  labelled,
  textBlock,
  type AdaptiveCard,
  type CardAction,
  type CardElement,
  type Color,
  type Container,
  type ContainerStyle,
} from './elements';

const COLORS: Record<Tone, Color> = { good: 'Good', warning: 'Warning', attention: 'Attention', accent: 'Accent', default: 'Default' };
/** Teams' container styles follow the theme (light, dark, high contrast); 'accent' reads as emphasis. */
export const TONE_STYLE: Record<Tone, ContainerStyle> = { good: 'good', warning: 'warning', attention: 'attention', accent: 'emphasis', default: 'emphasis' };

/**
 * Buttons under the card. One next step is said in words up front; two follow-up questions as buttons
 * keep the first screen short (all of them stay as suggested actions in personal chats).
 */
export const MAX_CARD_ACTIONS = 2;
/** The id of the container "Show details" opens (Action.ToggleVisibility). */
export const DETAILS_ID = 'details';

const WORDS = {
  en: { details: 'Show details', next: 'Next step' },
  fr: { details: 'Afficher les détails', next: 'Prochaine étape' },
} as const;

/**
 * Cards say dates in words only (issue 14 §3): "Tuesday 8 December 2026 (2026-12-08)" becomes
 * "Tuesday 8 December" in the year of the question, "Tuesday 12 January 2027" otherwise. The plain
 * text and --json keep the ISO date for tools.
 */
const DATED = /(?:(\p{L}+), )?(\d{1,2}(?:er)? \p{L}+) (\d{4}) \(\d{4}-\d{2}-\d{2}\)/gu;
const ISO_IN_PARENTHESES = /\(\d{4}-\d{2}-\d{2}\)/;

export function cardDates(text: string, today?: string): string {
  // Most lines hold no date: DATED's optional weekday makes it try every word (≈ 13 % of a turn's CPU, bench:turn profile).
  if (!ISO_IN_PARENTHESES.test(text)) return text;
  const year = today?.slice(0, 4);
  return text.replace(DATED, (_m, weekday: string | undefined, dayMonth: string, y: string) => {
    // en-GB writes "Tuesday, 8 December"; people (and the issue) write "Tuesday 8 December".
    const words = weekday ? `${weekday} ${dayMonth}` : dayMonth;
    return y === year ? words : `${words} ${y}`;
  });
}

/** Longest answer line, why and next step shown up front; the whole sentence stays in the details and the text. */
export const FRONT_MAX = { answer: 160, why: 160, next: 140 } as const;

/**
 * A long line, said briefly for the first screen: without its parentheses, then cut at the last
 * sentence or clause end that fits (an ellipsis when a clause is cut). Only layout: the full words are
 * in the details and in the plain text.
 */
export function briefly(text: string, max: number): string {
  if (text.length <= max) return text;
  const bare = text.replace(/\s*\([^()]*\)/g, '');
  if (bare.length <= max) return bare;
  const head = bare.slice(0, max);
  const ends = ['. ', '; ', ': ', ' — ', ', '].map((e) => [e, head.lastIndexOf(e)] as const).filter(([, i]) => i > max / 3);
  const sentence = ends.find(([e]) => e === '. ');
  if (sentence) return bare.slice(0, sentence[1] + 1);
  const clause = ends.sort((a, b) => b[1] - a[1])[0];
  const space = head.lastIndexOf(' ');
  const at = clause ? clause[1] : space > max / 3 ? space : max - 1;
  return `${bare
    .slice(0, at)
    .replace(/\s*[:;,—]$/, '')
    .trimEnd()}…`;
}

function row(r: DocRow, sourceLabel: string, d: (s: string) => string): CardElement {
  const details: CardElement[] = [
    textBlock(d(r.label), { weight: 'Bolder', wrap: true }),
    ...r.lines.map((l) => textBlock(d(l), { wrap: true, spacing: 'None', isSubtle: true })),
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

function section(s: DocSection, sourceLabel: string, d: (s: string) => string): Container {
  const items: CardElement[] = [];
  if (s.heading) items.push(textBlock(d(s.heading), { weight: 'Bolder', wrap: true }));
  if (s.facts?.length) items.push({ type: 'FactSet', facts: s.facts.map((f) => ({ title: d(f.title), value: d(f.value) })) });
  for (const l of s.lines ?? []) items.push(textBlock(d(l), { wrap: true, spacing: 'Small' }));
  for (const r of s.rows ?? []) items.push(row(r, sourceLabel, d));
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

/** The answer of a doc: its own, or its status line, or its first intro line, or its title. */
export function answerOf(doc: ReplyDoc): DocAnswer {
  if (doc.answer) return doc.answer;
  if (doc.status) return { text: doc.status.text, tone: doc.status.tone };
  return { text: doc.intro?.[0] ?? doc.title, tone: 'default' };
}

/**
 * The first screen: the answer line (first text of the card) and one line of why in a container styled
 * by the verdict, up to three key facts, the one next step. This is what the size budget measures.
 */
export function frontElements(doc: ReplyDoc, d: (s: string) => string = (s) => cardDates(s, doc.today)): CardElement[] {
  const a = answerOf(doc);
  const w = WORDS[doc.locale ?? 'en'];
  const top: CardElement[] = [textBlock(briefly(d(a.text), FRONT_MAX.answer), { size: 'Medium', weight: 'Bolder', wrap: true, style: 'heading' })];
  if (a.why) top.push(textBlock(briefly(d(a.why), FRONT_MAX.why), { wrap: true, spacing: 'Small' }));
  const out: CardElement[] = [{ type: 'Container', style: TONE_STYLE[a.tone], bleed: true, items: top }];
  if (a.facts?.length) out.push({ type: 'FactSet', spacing: 'Small', facts: a.facts.map((f) => ({ title: d(f.title), value: d(f.value) })) });
  for (const l of a.lines ?? []) out.push(textBlock(d(l), { wrap: true, spacing: 'Small' }));
  if (a.next) out.push(textBlock(`**${w.next}${doc.locale === 'fr' ? ' :' : ':'}** ${briefly(d(a.next), FRONT_MAX.next)}`, { wrap: true, spacing: 'Small' }));
  return out;
}

/** Everything else, behind "Show details": title, the user's words, assumptions, sections, hedges, as-of, sources. */
function detailElements(doc: ReplyDoc, d: (s: string) => string): CardElement[] {
  const colon = doc.locale === 'fr' ? ' : ' : ': ';
  const sourceLabel = doc.sourceLabel ?? 'Source';
  const a = answerOf(doc);
  const body: CardElement[] = [];
  if (doc.status && doc.status.text !== a.text) body.push(textBlock(d(doc.status.text), { color: COLORS[doc.status.tone], weight: 'Bolder', wrap: true }));
  for (const u of doc.userText ?? []) body.push(labelled(u.label, u.value, colon));
  if (a.assumed) body.push(textBlock(d(a.assumed), { wrap: true, isSubtle: true }));
  // Intro lines already up front (the answer, its why) are not said twice.
  const shown = (l: string | undefined, max: number) => l !== undefined && briefly(l, max) === l;
  for (const l of doc.intro ?? [])
    if (!((l === a.text && shown(l, FRONT_MAX.answer)) || (l === a.why && shown(l, FRONT_MAX.why)))) body.push(textBlock(d(l), { wrap: true }));
  for (const s of doc.sections) body.push(section(s, sourceLabel, d));
  if (doc.hedges?.length) {
    body.push({ type: 'Container', style: 'warning', spacing: 'Medium', items: doc.hedges.map((h) => textBlock(`⚠ ${d(h)}`, { wrap: true })) });
  }
  if (doc.asOf) body.push(textBlock(d(doc.asOf), { isSubtle: true, size: 'Small', wrap: true, spacing: 'Medium' }));
  if (doc.sources?.length) {
    body.push(textBlock(doc.sourcesHeading ?? 'Sources', { weight: 'Bolder', size: 'Small', wrap: true }));
    for (const s of doc.sources) body.push(textBlock(`[${s.title}](${s.url})`, { size: 'Small', wrap: true, spacing: 'None' }));
  }
  // The title names the topic over the details; alone it is not worth a "Show details".
  if (body.length && a.text !== doc.title) body.unshift(heading(doc.title));
  return body;
}

/**
 * The one answer layout (issue 14): answer first, then "Show details" (Action.ToggleVisibility) over the
 * rest. Every string lands in a `text` property as it is: text from the user only in TextRuns, which
 * Teams never reads as markdown (issue 7 §3).
 */
export function answerCard(doc: ReplyDoc): AdaptiveCard {
  const d = (s: string) => cardDates(s, doc.today);
  const w = WORDS[doc.locale ?? 'en'];
  const body = frontElements(doc, d);
  const details = detailElements(doc, d);
  if (details.length) {
    body.push({ type: 'ActionSet', spacing: 'Small', actions: [{ type: 'Action.ToggleVisibility', title: w.details, targetElements: [DETAILS_ID] }] });
    body.push({ type: 'Container', id: DETAILS_ID, isVisible: false, spacing: 'Small', items: details });
  }
  const actions: CardAction[] = (doc.suggestions ?? [])
    .slice(0, MAX_CARD_ACTIONS)
    .map((a) => ({ type: 'Action.Submit', title: a.title, data: { msteams: { type: 'imBack', value: a.value } } }));
  return adaptiveCard(d(doc.summary), body, actions);
}
