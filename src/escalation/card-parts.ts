/**
 * Adaptive Card 1.5 building blocks. Anything that comes from people (questions, replies, names) goes
 * in a RichTextBlock TextRun: TextRuns are never parsed as markdown, so "[x](https://…)" or "**" stay
 * literal. TextBlocks only carry the bot's own fixed words.
 */
import { CARD_SCHEMA } from '../replies';

export type CardElement = Record<string, unknown>;

export function card(body: CardElement[], actions: CardElement[] = []): CardElement {
  return {
    type: 'AdaptiveCard',
    $schema: CARD_SCHEMA,
    version: '1.5',
    msteams: { width: 'Full' },
    body,
    ...(actions.length ? { actions } : {}),
  };
}

/** Fixed bot words only. */
export function label(text: string, opts: { size?: string; color?: string; subtle?: boolean } = {}): CardElement {
  return {
    type: 'TextBlock',
    text,
    wrap: true,
    weight: 'Bolder',
    ...(opts.size ? { size: opts.size } : {}),
    ...(opts.color ? { color: opts.color } : {}),
    ...(opts.subtle ? { isSubtle: true } : {}),
  };
}

/** Any text that may contain user input: plain, never markdown. */
export function plain(text: string, opts: { color?: string; subtle?: boolean; bold?: boolean } = {}): CardElement {
  return {
    type: 'RichTextBlock',
    inlines: [
      {
        type: 'TextRun',
        text,
        ...(opts.color ? { color: opts.color } : {}),
        ...(opts.subtle ? { isSubtle: true } : {}),
        ...(opts.bold ? { weight: 'Bolder' } : {}),
      },
    ],
  };
}

/** "Label: value" on one line, value plain: the same block the answer cards use. */
export { labelled } from '../replies';

/** "2026-11-25T12:30:00.000Z" → "2026-11-25 12:30 UTC" (the helpdesk spans zones; UTC is unambiguous). */
export function utcStamp(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
