import { patchTuesdayOf } from '../../calendar';
import { compare } from '../../dates';
import { foldText } from '../text-normalize';
import { src } from '../sources';
import { dateWords, monthWords } from '../units';
import { claimSentences } from './check-claims';
import type { ClaimFound } from './types';

/**
 * A post that tells a month's Patch Tuesday as released ("Windows 11 December 2026 Patch Tuesday: KB… Update Released",
 * « les mises à jour du Patch Tuesday de décembre 2026 publiées ») while that Patch Tuesday is still to come on the day
 * asked: the month is planned, not released (CAL-2: the second Tuesday; CAL-10: planned until Microsoft publishes it).
 * The facts file warns that some news sites published fabricated KB numbers ahead of the day. Computed for `today`.
 */

/** Month names as the core's own date words spell them, folded ("december", "decembre"), → 1–12. */
const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map(
  (['en', 'fr'] as const).flatMap((locale) =>
    Array.from({ length: 12 }, (_, i) => {
      const name = foldText(monthWords(`2000-${String(i + 1).padStart(2, '0')}`, locale)).replace(/\s*2000\s*/, '');
      return [name, i + 1] as const;
    }),
  ),
);
const MONTH_YEAR = new RegExp(`\\b(${[...MONTH_NUMBERS.keys()].join('|')})\\s+(?:de\\s+|of\\s+)?(20\\d\\d)\\b`);
const RELEASED =
  /\b(released|rolled out|rolls out|has rolled|have rolled|published|shipped|is out|are out|now available|publiees?|publies?|deployees?|deployes?|disponibles?)\b/;
const UPDATES = /\b(patch tuesday|security updates?|cumulative updates?|mises? a jour|hotpatch\w*|kb\d{6,7})\b/;
/** "will be released on the 8th", « seront publiées mardi »: a release announced, not claimed. */
const ANNOUNCED = /\b(will|would|going to|to be|expected|scheduled|planned|upcoming|sera|seront|va|vont|prevue?s?|a venir|attendue?s?)\b/;

export function futureReleaseClaim(text: string, today: string): ClaimFound | undefined {
  for (const { raw: sentence, folded: f } of claimSentences(text)) {
    if (!RELEASED.test(f) || !UPDATES.test(f) || ANNOUNCED.test(f)) continue;
    const m = MONTH_YEAR.exec(f);
    if (!m) continue;
    const month = `${m[2]}-${String(MONTH_NUMBERS.get(m[1]!)).padStart(2, '0')}`;
    const pt = patchTuesdayOf(month);
    if (compare(pt, today) <= 0) continue;
    return {
      sentence,
      check: {
        id: 'future-patch-tuesday-released',
        says: () => true,
        verdict: 'wrong',
        correction: {
          en: `not released yet: ${monthWords(month, 'en')}'s Patch Tuesday is ${dateWords(pt, 'en')}, after today (${dateWords(today, 'en')}); until Microsoft publishes it, that month's update is planned, not released.`,
          fr: `pas encore publié : le Patch Tuesday de ${monthWords(month, 'fr')} tombe le ${dateWords(pt, 'fr')}, après aujourd’hui (${dateWords(today, 'fr')}) ; tant que Microsoft ne l’a pas publiée, la mise à jour de ce mois est prévue, pas publiée.`,
        },
        unit: 'patch-tuesday-second-tuesday',
        factIds: ['CAL-2', 'CAL-10'],
        sources: [src.releaseInfo],
        asOf: '2026-12-06',
      },
    };
  }
  return undefined;
}
