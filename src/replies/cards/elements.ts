// Typed Adaptive Card 1.5 elements (https://adaptivecards.io/explorer/): only the properties the bot
// uses. Builders instead of templates: a card is plain data built in one pass, so a turn does not pay
// for expression evaluation (adaptivecards-templating was a quarter of the in-process turn, bench:turn).
export type Color = 'Default' | 'Good' | 'Warning' | 'Attention' | 'Accent';

export interface TextBlock {
  type: 'TextBlock';
  text: string;
  size?: 'Small' | 'Medium' | 'Large';
  weight?: 'Bolder';
  color?: Color;
  wrap?: boolean;
  style?: 'heading';
  spacing?: 'None' | 'Small' | 'Medium';
  isSubtle?: boolean;
  id?: string;
  fontType?: 'Monospace';
}

// Type aliases (not interfaces) so the blocks also fit the untyped Record<string, unknown> card parts
// of src/escalation.
export type TextRun = {
  type: 'TextRun';
  text: string;
  weight?: 'Bolder';
};

export type RichTextBlock = {
  type: 'RichTextBlock';
  inlines: TextRun[];
};

export interface FactSet {
  type: 'FactSet';
  spacing?: 'Small' | 'Medium';
  facts: { title: string; value: string }[];
}

export interface Column {
  type: 'Column';
  width: 'auto' | 'stretch';
  items: CardElement[];
}

export interface ColumnSet {
  type: 'ColumnSet';
  spacing?: 'Small';
  columns: Column[];
}

/** Container styles follow the Teams theme (light, dark, high contrast): no fixed colours. */
export type ContainerStyle = 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';

export interface Container {
  type: 'Container';
  id?: string;
  isVisible?: boolean;
  separator?: boolean;
  spacing?: 'None' | 'Small' | 'Medium';
  style?: ContainerStyle;
  bleed?: boolean;
  items: CardElement[];
}

export interface ToggleVisibilityAction {
  type: 'Action.ToggleVisibility';
  title: string;
  targetElements: string[];
}

export interface ActionSet {
  type: 'ActionSet';
  spacing?: 'Small' | 'Medium';
  actions: (ToggleVisibilityAction | SubmitAction)[];
}

export interface ChoiceSetInput {
  type: 'Input.ChoiceSet';
  id: string;
  label: string;
  style: 'compact';
  isMultiSelect: boolean;
  value: string;
  choices: { title: string; value: string }[];
}

/** Elements other modules add as they are (e.g. the fleet card's Chart.Donut with its fallback). */
export interface OtherElement {
  type: string;
  [key: string]: unknown;
}

export type CardElement = TextBlock | RichTextBlock | FactSet | ColumnSet | Container | ActionSet | ChoiceSetInput | OtherElement;

export interface SubmitAction {
  type: 'Action.Submit';
  title: string;
  data: Record<string, unknown>;
}

export interface ExecuteAction {
  type: 'Action.Execute';
  verb: string;
  title: string;
  style?: 'positive';
  data: Record<string, unknown>;
  fallback?: SubmitAction;
}

export type CardAction = SubmitAction | ExecuteAction;

export interface AdaptiveCard {
  $schema: string;
  type: 'AdaptiveCard';
  version: '1.5';
  fallbackText: string;
  speak: string;
  msteams: { width: 'Full' };
  body: CardElement[];
  actions?: CardAction[];
  [key: string]: unknown;
}

export const CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';

/** Every card opens the same way: full width in Teams, the summary for notifications and screen readers. */
export function adaptiveCard(summary: string, body: CardElement[], actions: CardAction[]): AdaptiveCard {
  const card: AdaptiveCard = {
    $schema: CARD_SCHEMA,
    type: 'AdaptiveCard',
    version: '1.5',
    fallbackText: summary,
    speak: summary,
    msteams: { width: 'Full' },
    body,
  };
  // An empty "actions" array is valid but noisy; leave it out.
  if (actions.length) card.actions = actions;
  return card;
}

export function textBlock(text: string, props: Omit<TextBlock, 'type' | 'text'> = {}): TextBlock {
  return { type: 'TextBlock', text, ...props };
}

export function heading(text: string): TextBlock {
  return textBlock(text, { size: 'Large', weight: 'Bolder', wrap: true, style: 'heading' });
}

/** "Label: value" on one line; the value in a plain TextRun (never markdown: it may come from a user). */
export function labelled(name: string, value: string, colon: string): RichTextBlock {
  return {
    type: 'RichTextBlock',
    inlines: [
      { type: 'TextRun', text: `${name}${colon}`, weight: 'Bolder' },
      { type: 'TextRun', text: value },
    ],
  };
}
