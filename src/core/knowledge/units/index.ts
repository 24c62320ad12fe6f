import type { Intent } from '../../vocabulary';
import type { Architecture, Edition } from '../../device-profile';
import type { KnowledgeTopic } from '../types';
import { allTopics } from '../index';
import { preciseUnits } from './precise';
import { declineUnits } from './declines';
import { moreHotpatchUnits } from './more-hotpatch';
import { moreEligibilityUnits } from './more-eligibility';
import { moreVbsUnits } from './more-vbs';
import { moreCalendarUnits } from './more-calendar';
import { moreAdminUnits } from './more-admin';
import { moreGraphUnits } from './more-graph';
import { moreQmrUnits } from './more-qmr';
import { moreQmrSetupUnits } from './more-qmr-setup';
import { moreServerUnits } from './more-server';
import type { AnswerUnit, Opener, Product, UnitContext } from './types';
import { TOPIC_ASKS } from './topic-asks';

export type { AnswerUnit, Opener, Product, UnitContext } from './types';
export { nextBaseline, latestBaseline, nextPatchTuesday, endOfServicing, servicingEnded, servicingEndedFor } from './computed';
export { FAMILY_NAMES } from './servicing-words';
export { dateWords, monthWords } from './words';

const PRODUCT_OF_INTENT: Partial<Record<Intent, Product>> = {
  'explain-qmr': 'qmr',
  'windows-server': 'server',
  automation: 'graph',
  calendar: 'calendar',
  'next-reboot': 'calendar',
};

/** The opener a body's first sentence makes (Yes/Oui, No/Non, a date), read from its words. */
export function openerOf(line: string): Opener {
  const s = line.trim();
  // "Yes," / "No:" / "Non :" answer a question; "No automatic rollback" / "Non disponible" do not.
  if (/^(yes|oui)\s*[,.:;!—–-]/i.test(s)) return 'yes';
  if (/^(no|non)\s*[,.:;!—–-]/i.test(s)) return 'no';
  if (/^(it depends|ça dépend|cela dépend)\b/i.test(s)) return 'depends';
  if (/^\d{1,2}(er)? [\p{L}]+ \d{4}\b|^\d{4}-\d{2}-\d{2}\b/u.test(s)) return 'date';
  return 'fact';
}

/** The editions a topic is about (HP-LIC-7, HP-OS-6: LTSC, Home and Pro are not eligible; Business Premium licenses Pro). */
const TOPIC_EDITIONS: Record<string, Edition[]> = {
  ltsc: ['enterprise-ltsc', 'iot-enterprise-ltsc'],
  'pro-home-not-eligible': ['home', 'pro', 'pro-workstation'],
  'pro-business-premium': ['pro'],
};

/** The processors a topic is about (HP-CPU-1..4: x64 supported, Arm64 with CHPE disabled; HotPatchRestrictions is Arm64-only). */
const TOPIC_ARCHITECTURES: Record<string, Architecture[]> = {
  'arm64-chpe': ['arm64', 'x64'],
  'hotpatch-restrictions-intel': ['x64'],
};

/** The Windows versions a topic is about (HP-OS-7, HP-OS-8: 26H1 and 26H2). */
const TOPIC_VERSIONS: Record<string, string[]> = { 'new-windows-versions': ['26H1', '26H2'] };

/** The month a topic is about (CAL-REL-2: June 2026, a restart month). */
const TOPIC_MONTHS: Record<string, string[]> = { 'june-2026-restart': ['2026-06'] };

/**
 * The broad topics, kept as data, each also a unit: it answers the question of its title. Their
 * keywords keep describing what they answer; their opener is read from the first line.
 */
function topicUnit(t: KnowledgeTopic): AnswerUnit {
  const product: Product = PRODUCT_OF_INTENT[t.intent] ?? (/qmr|recovery/.test(t.id) ? 'qmr' : /graph/.test(t.id) ? 'graph' : 'hotpatch');
  const asks = TOPIC_ASKS[t.id];
  return {
    ...t,
    product,
    broad: true,
    ...(TOPIC_MONTHS[t.id] ? { months: TOPIC_MONTHS[t.id] } : {}),
    ...(TOPIC_VERSIONS[t.id] ? { versions: TOPIC_VERSIONS[t.id] } : {}),
    ...(TOPIC_EDITIONS[t.id] ? { editions: TOPIC_EDITIONS[t.id] } : {}),
    ...(TOPIC_ARCHITECTURES[t.id] ? { architectures: TOPIC_ARCHITECTURES[t.id] } : {}),
    asks: { en: [t.title.en, ...(asks?.en ?? [])], fr: [t.title.fr, ...(asks?.fr ?? [])] },
    opener: openerOf(t.body.en[0] ?? ''),
  };
}

/** The second batch of precise units (issue 11, written from the facts register). */
export const secondBatchUnits: readonly AnswerUnit[] = [
  ...moreHotpatchUnits,
  ...moreEligibilityUnits,
  ...moreVbsUnits,
  ...moreCalendarUnits,
  ...moreAdminUnits,
  ...moreGraphUnits,
  ...moreQmrUnits,
  ...moreQmrSetupUnits,
  ...moreServerUnits,
];

/** Every unit: the precise ones first (ties go to them), the topics, then the subjects the bot declines. */
export const allUnits: readonly AnswerUnit[] = Object.freeze([...preciseUnits, ...secondBatchUnits, ...allTopics.map(topicUnit), ...declineUnits]);

const byId = new Map(allUnits.map((u) => [u.id, u]));

export function getUnit(id: string): AnswerUnit | undefined {
  return byId.get(id);
}

/** The unit as shown today: a computed body is computed now (dates are never written into units). */
export function materialize(u: AnswerUnit, ctx: UnitContext): AnswerUnit {
  return u.compose ? { ...u, body: u.compose(ctx) } : u;
}
