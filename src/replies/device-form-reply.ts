import type { DeviceFormAnswer } from '../answers';
import { architectures, editions, licenses, managementKinds, vbsStates } from '../core/device-profile';
import type { Locale } from '../core/vocabulary';
import type { RenderContext } from './render-types';
import { EDITION_WORDS, LICENSE_WORDS, MANAGEMENT_WORDS, VBS_WORDS } from './device-words';
import { pick } from './format';
import type { DeviceFormCardData, DeviceFormField as Field } from './cards/device-form-card';

/** The verb of the form's Action.Execute and of its Action.Submit fallback (src/teams handles both). */
export const DEVICE_FORM_VERB = 'device-form-submit';
/** Choice value for "I don't know": parsed back to "missing" (unknown, never fail). */
export const UNKNOWN_CHOICE = 'unknown';
export const VERSION_CHOICES = ['25H2', '24H2', '23H2', '22H2', 'windows-10'] as const;

function field(id: string, label: string, choices: { title: string; value: string }[], value: string | undefined, locale: Locale, multi = false): Field {
  const dontKnow = { title: pick(locale, "I don't know", 'Je ne sais pas'), value: UNKNOWN_CHOICE };
  return { id, label, multi, value: value ?? (multi ? '' : UNKNOWN_CHOICE), choices: multi ? choices : [...choices, dontKnow] };
}

function choiceTitles(f: Field): string {
  const values = f.value ? f.value.split(',') : [];
  return values.map((v) => f.choices.find((c) => c.value === v)?.title ?? v).join(', ') || '—';
}

export interface DeviceFormDoc {
  card: DeviceFormCardData;
  text: string;
  summary: string;
}

/** Form for eligibility / next reboot when facts are missing, pre-filled with what the text gave. */
export function renderDeviceForm(a: DeviceFormAnswer, ctx: RenderContext): DeviceFormDoc {
  const { locale } = ctx;
  const p = a.prefill;
  const version = p.osFamily === 'windows-10' ? 'windows-10' : p.osVersion;
  const fields: Field[] = [
    field(
      'edition',
      pick(locale, 'Windows edition', 'Édition de Windows'),
      editions.map((e) => ({ title: EDITION_WORDS[e][locale], value: e })),
      p.edition,
      locale,
    ),
    field(
      'version',
      pick(locale, 'Windows version', 'Version de Windows'),
      VERSION_CHOICES.map((v) => ({ title: v === 'windows-10' ? 'Windows 10' : `Windows 11 ${v}`, value: v })),
      version,
      locale,
    ),
    field(
      'architecture',
      pick(locale, 'Processor architecture', 'Architecture du processeur'),
      architectures.map((x) => ({ title: x, value: x })),
      p.architecture,
      locale,
    ),
    field(
      'vbs',
      pick(locale, 'Virtualization-based security (msinfo32)', 'Sécurité basée sur la virtualisation (msinfo32)'),
      vbsStates.map((v) => ({ title: VBS_WORDS[v][locale], value: v })),
      p.vbs,
      locale,
    ),
    field(
      'licenses',
      pick(locale, 'Licences (several allowed)', 'Licences (plusieurs possibles)'),
      licenses.map((l) => ({ title: LICENSE_WORDS[l] === 'other' ? pick(locale, 'Other', 'Autre') : LICENSE_WORDS[l], value: l })),
      p.licenses?.join(','),
      locale,
      true,
    ),
    field(
      'management',
      pick(locale, 'Managed by', 'Géré par'),
      managementKinds.map((m) => ({ title: MANAGEMENT_WORDS[m][locale], value: m })),
      p.management,
      locale,
    ),
  ];
  const title =
    a.purpose === 'eligibility'
      ? pick(locale, 'Check Hotpatch eligibility', "Vérifier l'éligibilité au Hotpatch")
      : pick(locale, 'Find your next reboot', 'Trouver votre prochain redémarrage');
  const intro = pick(
    locale,
    'I need a few facts about the device. Leave "I don\'t know" where you are not sure: I will say what stays unknown.',
    "J'ai besoin de quelques informations sur l'appareil. Laissez « Je ne sais pas » en cas de doute : je dirai ce qui reste inconnu.",
  );
  const note = pick(
    locale,
    'Tip: msinfo32 shows the edition, version and "Virtualization-based security: Running".',
    'Astuce : msinfo32 affiche l’édition, la version et « Sécurité basée sur la virtualisation : En cours d’exécution ».',
  );
  const submitTitle = pick(locale, 'Check', 'Vérifier');
  const colon = locale === 'fr' ? ' : ' : ': ';
  const summary = `${title}${colon}${intro}`;
  const text = [title, intro, ...fields.map((f) => `- ${f.label}${colon}${choiceTitles(f)}`), note].join('\n');
  return { card: { title, intro: [intro], fields, note, submitTitle, verb: DEVICE_FORM_VERB, purpose: a.purpose, locale, summary }, text, summary };
}
