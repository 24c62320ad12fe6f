/**
 * What a card shows before "Show details" (issue 14 §5), measured the same way for every card kind:
 * the body elements before the first ActionSet holding an Action.ToggleVisibility (or the whole body
 * when there is none). A "text element" is a TextBlock, a RichTextBlock, one fact of a FactSet, or a
 * chart; characters are those the user reads (TextBlock text, TextRuns, fact titles and values).
 */

/**
 * The budget, per card, before details:
 * - 480 characters: a Teams message pane on a laptop shows about 90 characters a line and a card's first
 *   screen about 8–10 lines before the next message pushes it up; on a phone (about 40 a line) 480
 *   characters are 12 lines, one screen. At 200–250 words a minute, 480 characters (≈ 80 words) read in
 *   about 20 seconds in full, while the answer line alone (≤ 160) reads in the two seconds the issue
 *   asks for.
 * - 9 text elements: the answer line, its why, three key facts, one next step, and room for a mention,
 *   a chart and a lead-in line; more than that and the eye hunts for the answer.
 * - answer line ≤ 200 characters: it must fit in two phone lines of large text or a toast.
 * - the whole card ≤ 16 KB: well under the 28 KB Teams limit for cards in webhooks and message extensions.
 */
export const BUDGET = { frontChars: 480, frontElements: 9, answerChars: 200, cardBytes: 16 * 1024 } as const;

type El = Record<string, any>;

function isToggle(el: El): boolean {
  return el.type === 'ActionSet' && (el.actions ?? []).some((a: El) => a.type === 'Action.ToggleVisibility');
}

/** The body elements shown before details. */
export function frontOf(card: El): El[] {
  const body: El[] = card.body ?? [];
  const i = body.findIndex(isToggle);
  return i < 0 ? body : body.slice(0, i);
}

/** Text elements in reading order, each with its text. */
export function textElements(elements: El[]): string[] {
  const out: string[] = [];
  const walk = (el: El) => {
    if (!el || el.isVisible === false) return;
    switch (el.type) {
      case 'TextBlock':
        out.push(String(el.text));
        return;
      case 'RichTextBlock':
        out.push((el.inlines ?? []).map((r: El) => (typeof r === 'string' ? r : r.text)).join(''));
        return;
      case 'FactSet':
        for (const f of el.facts ?? []) out.push(`${f.title} ${f.value}`);
        return;
      case 'Container':
        (el.items ?? []).forEach(walk);
        return;
      case 'ColumnSet':
        for (const c of el.columns ?? []) (c.items ?? []).forEach(walk);
        return;
      default:
        if (String(el.type).startsWith('Chart.')) {
          // Teams draws the chart; other clients show its fallback text: count the text.
          out.push(el.fallback?.text ?? String(el.title ?? ''));
        } else if (el.type?.startsWith('Input.')) {
          out.push(String(el.label ?? ''));
        }
    }
  };
  elements.forEach(walk);
  return out;
}

export interface FrontSize {
  chars: number;
  elements: number;
  answer: string;
  bytes: number;
}

export function measure(card: El): FrontSize {
  const texts = textElements(frontOf(card));
  return { chars: texts.reduce((n, t) => n + t.length, 0), elements: texts.length, answer: texts[0] ?? '', bytes: Buffer.byteLength(JSON.stringify(card)) };
}

/** The first text of the card, wherever it sits (inside the answer container). */
export function firstText(card: El): string | undefined {
  return textElements(card.body ?? [])[0];
}
