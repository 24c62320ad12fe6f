import { src } from '../sources';
import { dateWords, endOfServicing, FAMILY_NAMES, servicingEndedFor } from '../units';
import { compare } from '../../dates';
import { claimSentences } from './check-claims';
import type { ClaimFound } from './types';

/**
 * A post that says a Windows 11 version still gets its monthly updates ("23H2 just keeps getting the normal monthly
 * updates", « la 24H2 Pro reçoit toujours les correctifs ») after its end of servicing on the day asked: out of date,
 * it gets no update at all (LIFE-1/2 dates, LIFE-5). The edition said decides the date (Home/Pro: 24 months;
 * Enterprise/Education: 36); with none said, only a version ended for both. Computed for `today`.
 */
const VERSION = /\b(2[34]h2)\b/;
const STILL_GETS =
  /\b(still|keeps?|continues? to|continue|toujours|encore|continue(nt)? (a|de))\b.{0,25}\b(gets?|getting|receives?|receiving|get|receive|recoit|recoivent|recevoir|patched|corrige\w*|supported|serviced|maintenue?s?)\b|\b(still|toujours|encore) (supported|serviced|patched|maintenue?s?|pris en charge)\b|\b(recoit|recoivent|est|sont) (toujours|encore)\b/;
const NEGATED = /\b(no longer|not|n'|ne|plus|never|jamais|ended|end of|fin de)\b/;
const CONSUMER = /\b(home|pro|famille|professionnel)\b/;
const ENTERPRISE = /\b(enterprise|education|entreprise|education)\b/;

export function stillServicedClaim(text: string, today: string): ClaimFound | undefined {
  for (const { raw: sentence, folded: f } of claimSentences(text)) {
    const v = VERSION.exec(f);
    if (!v || !STILL_GETS.test(f) || NEGATED.test(f)) continue;
    const version = v[1]!.toUpperCase();
    const families =
      CONSUMER.test(f) && !ENTERPRISE.test(f)
        ? (['consumer'] as const)
        : ENTERPRISE.test(f)
          ? (['enterprise'] as const)
          : (['consumer', 'enterprise'] as const);
    if (!families.every((fam) => servicingEndedFor(version, fam, today))) continue;
    const last = families.map((fam) => endOfServicing(version, fam)!).reduce((a, b) => (compare(a, b) >= 0 ? a : b));
    // A version ended for both families is named alone; otherwise with the family the sentence said.
    const who = (locale: 'en' | 'fr') => (families.length === 2 ? '' : ` ${FAMILY_NAMES[locale][families[0]]}`);
    return {
      sentence,
      check: {
        id: 'version-still-serviced',
        says: () => true,
        verdict: 'outdated',
        correction: {
          en: `Windows 11 ${version}${who('en')} reached its end of servicing on ${dateWords(last, 'en')}: since then it gets no update at all, neither hotpatch nor the monthly cumulative update — upgrade it to a serviced version.`,
          fr: `Windows 11 ${version}${who('fr')} est en fin de service depuis le ${dateWords(last, 'fr')} : depuis, il ne reçoit plus aucune mise à jour, ni hotpatch ni mise à jour cumulative mensuelle — passez à une version maintenue.`,
        },
        unit: 'past-end-of-servicing-no-updates',
        factIds: ['LIFE-1', 'LIFE-2', 'LIFE-5'],
        sources: [src.releaseInfo],
        asOf: '2026-12-06',
      },
    };
  }
  return undefined;
}
