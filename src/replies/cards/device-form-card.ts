import { adaptiveCard, heading, textBlock, type AdaptiveCard, type ChoiceSetInput } from './elements';

export interface DeviceFormField {
  id: string;
  label: string;
  multi: boolean;
  value: string;
  choices: { title: string; value: string }[];
}

export interface DeviceFormCardData {
  title: string;
  intro: string[];
  fields: DeviceFormField[];
  note: string;
  submitTitle: string;
  verb: string;
  purpose: string;
  locale: string;
  summary: string;
}

/**
 * The device form: one compact choice set per fact. Action.Execute replaces the card in place
 * (Teams, Universal Actions); clients without it fall back to Action.Submit with the same data.
 */
export function deviceFormCard(d: DeviceFormCardData): AdaptiveCard {
  const inputs: ChoiceSetInput[] = d.fields.map((f) => ({
    type: 'Input.ChoiceSet',
    id: f.id,
    label: f.label,
    style: 'compact',
    isMultiSelect: f.multi,
    value: f.value,
    choices: f.choices.map((c) => ({ title: c.title, value: c.value })),
  }));
  const data = () => ({ verb: d.verb, purpose: d.purpose, locale: d.locale });
  return adaptiveCard(
    d.summary,
    [heading(d.title), ...d.intro.map((l) => textBlock(l, { wrap: true })), ...inputs, textBlock(d.note, { isSubtle: true, size: 'Small', wrap: true })],
    [
      {
        type: 'Action.Execute',
        verb: d.verb,
        title: d.submitTitle,
        style: 'positive',
        data: data(),
        fallback: { type: 'Action.Submit', title: d.submitTitle, data: data() },
      },
    ],
  );
}
