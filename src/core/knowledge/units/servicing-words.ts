import { dateWords } from './words';
import { endOfServicing, SERVICING_START, servicingEndedFor } from './computed';

// What is past its end of servicing on the day asked, in words (LIFE-1/2/3 dates, LIFE-4 Windows 10, LIFE-5:
// such a version gets no update at all). Computed, never written: the list grows as versions end.

type Loc = 'en' | 'fr';
type Family = 'consumer' | 'enterprise';

/** The edition families' names, as the answers write them. */
export const FAMILY_NAMES: Record<Loc, Record<Family, string>> = {
  en: { consumer: 'Home/Pro', enterprise: 'Enterprise/Education' },
  fr: { consumer: 'Famille/Professionnel', enterprise: 'Entreprise/Éducation' },
};

/** "a, b and c" / "a, b et c". */
const joinAnd = (items: string[], locale: Loc) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${locale === 'en' ? 'and' : 'et'} ${items[items.length - 1]}`;

/** Versions whose servicing ended before today, per family ("23H2 Home/Pro (11 November 2025)"). */
export function endedVersions(today: string, locale: Loc): string[] {
  return Object.keys(SERVICING_START).flatMap((v) =>
    (['consumer', 'enterprise'] as const).flatMap((family) => {
      const end = endOfServicing(v, family)!;
      return servicingEndedFor(v, family, today) ? [`${v} ${FAMILY_NAMES[locale][family]} (${dateWords(end, locale)})`] : [];
    }),
  );
}

/**
 * The same, short, for a parenthesis: "Windows 11 23H2, 24H2 Home/Pro, Windows 10 without ESU" (a version is named
 * alone once both families have ended). Windows 10 ended on 2025-10-14 and is serviced only with ESU (LIFE-4).
 */
export function endedVersionsBrief(today: string, locale: Loc): string {
  const w11 = Object.keys(SERVICING_START).flatMap((v) => {
    const consumer = servicingEndedFor(v, 'consumer', today);
    const enterprise = servicingEndedFor(v, 'enterprise', today);
    if (consumer && enterprise) return [v];
    if (consumer) return [`${v} ${FAMILY_NAMES[locale].consumer}`];
    return enterprise ? [`${v} ${FAMILY_NAMES[locale].enterprise}`] : [];
  });
  const w10 = locale === 'en' ? 'Windows 10 without ESU' : 'Windows 10 sans ESU';
  return [...(w11.length ? [`Windows 11 ${w11.join(', ')}`] : []), w10].join(', ');
}

/** Home/Pro versions by servicing state today (LIFE-1/2/3: 24 months), each list in words: "23H2 and 24H2". */
export function consumerVersions(today: string, locale: Loc): { ended: string; firstServiced: string | undefined } {
  const versions = Object.keys(SERVICING_START);
  return {
    ended: joinAnd(
      versions.filter((v) => servicingEndedFor(v, 'consumer', today)),
      locale,
    ),
    firstServiced: versions.find((v) => !servicingEndedFor(v, 'consumer', today)),
  };
}
