import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDates, type DateContext } from '../../src/language/extract-dates';

const today = '2026-11-25'; // a Wednesday, in Q4 (the example cases' today)
type Row = [string, Partial<DateContext>, Record<string, unknown>];

const rows: Row[] = [
  // Absolute days.
  ['Will I need to reboot on 14 April 2026?', { locale: 'en' }, { date: '2026-04-14', month: '2026-04' }],
  ['Faudra-t-il redémarrer le 14 avril 2026 ?', { locale: 'fr' }, { date: '2026-04-14', month: '2026-04' }],
  ['le 14 avril', { locale: 'fr' }, { date: '2027-04-14', month: '2027-04' }],
  ['2027-01-12', { locale: 'en' }, { date: '2027-01-12' }],
  // A day named without its year takes the year said with its month (not the next 1 December after today).
  ["Is December 2026's Patch Tuesday on December 1st?", { locale: 'en' }, { date: '2026-12-01', month: '2026-12' }],
  ['Le Patch Tuesday de décembre 2026, c’est le 1er décembre ?', { locale: 'fr' }, { date: '2026-12-01', month: '2026-12' }],
  // "Jan 12", "Oct 13": a month then its day (never January 2012).
  ['Will I have to reboot on Jan 12?', { locale: 'en' }, { date: '2027-01-12', month: '2027-01' }],
  ['restart on Oct 13?', { locale: 'en' }, { date: '2027-10-13', month: '2027-10' }],
  // A year before what it dates, or after a schedule word; a product's year ("Server 2025") is none.
  ['list 2027 restart months', { locale: 'en' }, { period: { from: '2027-01-01', to: '2027-12-31', label: '2027' } }],
  ['calendrier 2027 des redémarrages', { locale: 'fr' }, { period: { from: '2027-01-01', to: '2027-12-31', label: '2027' } }],
  ['Windows Server 2025 hotpatch months', { locale: 'en' }, {}],
  // "mon prochain redémarrage" is "my next restart": "mon" is no Monday in French word order.
  ['C’est quand mon prochain redémarrage ?', { locale: 'fr' }, {}],
  ['ton prochain redémarrage et mon prochain patch', { locale: 'fr' }, {}],
  ['14/04/2026', { locale: 'fr', clientLocale: 'fr-FR' }, { date: '2026-04-14' }],
  ['14/04/2026', { locale: 'en', clientLocale: 'en-US' }, { date: '2026-04-14' }],
  ['04/14/2026', { locale: 'en', clientLocale: 'en-US' }, { date: '2026-04-14' }],
  ['05/04/2026', { locale: 'en', clientLocale: 'en-GB' }, { date: '2026-04-05' }],
  ['05/04/2026', { locale: 'en', clientLocale: 'en-US' }, {}],
  ['31/02/2026', { locale: 'fr' }, {}],
  ['2027/01/12', { locale: 'en' }, { date: '2027-01-12' }],
  ['12-01-2027', { locale: 'en', clientLocale: 'en-GB' }, { date: '2027-01-12' }],
  ['12.01.2027', { locale: 'fr' }, { date: '2027-01-12' }],
  ['1/13/2027', { locale: 'en', clientLocale: 'en-US' }, { date: '2027-01-13' }],
  ['in two weeks', { locale: 'en' }, { date: '2026-12-09' }],
  ['2026-02-30', { locale: 'en' }, {}],
  // Relative.
  ['next Tuesday', { locale: 'en' }, { date: '2026-12-01' }],
  ['mardi prochain', { locale: 'fr' }, { date: '2026-12-01' }],
  // Relative weekdays from Wednesday 2026-11-25: "last" is strictly before, "next" strictly after.
  ['mardi dernier', { locale: 'fr', past: true }, { date: '2026-11-24' }],
  ['last Tuesday', { locale: 'en', past: true }, { date: '2026-11-24' }],
  ['last Wednesday', { locale: 'en', past: true }, { date: '2026-11-18' }],
  ['next Wednesday', { locale: 'en' }, { date: '2026-12-02' }],
  ['this Friday', { locale: 'en' }, { date: '2026-11-27' }],
  ['dimanche dernier', { locale: 'fr', past: true }, { date: '2026-11-22' }],
  ['dans 3 semaines', { locale: 'fr' }, { date: '2026-12-16' }],
  ['in 3 weeks', { locale: 'en' }, { date: '2026-12-16' }],
  ['tomorrow', { locale: 'en' }, { date: '2026-11-26' }],
  ['next month', { locale: 'en' }, { month: '2026-12' }],
  ['le mois prochain', { locale: 'fr' }, { month: '2026-12' }],
  ['this month', { locale: 'en' }, { month: '2026-11' }],
  ['ce mois-ci', { locale: 'fr' }, { month: '2026-11' }],
  ['this week', { locale: 'en' }, { period: { from: '2026-11-23', to: '2026-11-29', label: 'this-week' } }],
  ['cette semaine', { locale: 'fr' }, { period: { from: '2026-11-23', to: '2026-11-29', label: 'this-week' } }],
  ['next week', { locale: 'en' }, { period: { from: '2026-11-30', to: '2026-12-06', label: 'next-week' } }],
  ['last week', { locale: 'en', past: true }, { period: { from: '2026-11-16', to: '2026-11-22', label: 'last-week' } }],
  ['la semaine dernière', { locale: 'fr', past: true }, { period: { from: '2026-11-16', to: '2026-11-22', label: 'last-week' } }],
  // Months: the next occurrence on or after this month; the last one in past-tense questions.
  ['in March', { locale: 'en' }, { month: '2027-03' }],
  ['en mars', { locale: 'fr' }, { month: '2027-03' }],
  ['in November', { locale: 'en' }, { month: '2026-11' }],
  ['December 2026', { locale: 'en' }, { month: '2026-12' }],
  ['restarted in August', { locale: 'en', past: true }, { month: '2026-08' }],
  ['a redémarré en décembre', { locale: 'fr', past: true }, { month: '2025-12' }],
  ['in may', { locale: 'en' }, { month: '2027-05' }],
  ['may I reboot please', { locale: 'en' }, {}],
  // Quarters and years.
  ['Q3', { locale: 'en' }, { period: { from: '2027-07-01', to: '2027-09-30', label: 'Q3 2027' } }],
  ['Q4', { locale: 'en' }, { period: { from: '2026-10-01', to: '2026-12-31', label: 'Q4 2026' } }],
  ['T1 2027', { locale: 'fr' }, { period: { from: '2027-01-01', to: '2027-03-31', label: 'Q1 2027' } }],
  ['3e trimestre', { locale: 'fr' }, { period: { from: '2027-07-01', to: '2027-09-30', label: 'Q3 2027' } }],
  ['troisième trimestre 2027', { locale: 'fr' }, { period: { from: '2027-07-01', to: '2027-09-30', label: 'Q3 2027' } }],
  ['second quarter of 2027', { locale: 'en' }, { period: { from: '2027-04-01', to: '2027-06-30', label: 'Q2 2027' } }],
  ['next quarter', { locale: 'en' }, { period: { from: '2027-01-01', to: '2027-03-31', label: 'Q1 2027' } }],
  // "last quarter" is the previous quarter (a post: "it worked last quarter"); "the last quarter of 2026" is Q4.
  ['it worked last quarter', { locale: 'en' }, { period: { from: '2026-07-01', to: '2026-09-30', label: 'Q3 2026' } }],
  ['restarts in the last quarter of 2026', { locale: 'en' }, { period: { from: '2026-10-01', to: '2026-12-31', label: 'Q4 2026' } }],
  ['in 2027', { locale: 'en' }, { period: { from: '2027-01-01', to: '2027-12-31', label: '2027' } }],
  ['en 2027', { locale: 'fr' }, { period: { from: '2027-01-01', to: '2027-12-31', label: '2027' } }],
  // Not dates.
  ['Windows 11 Enterprise LTSC 2024', { locale: 'en' }, {}],
  ['Windows Server 2025 Standard', { locale: 'en' }, {}],
  ['build 26100.4349 and 10.0.26200.7781, 24H2', { locale: 'en' }, {}],
  ['every Monday at 9:00', { locale: 'en' }, {}],
  ['chaque lundi à 9h', { locale: 'fr' }, {}],
  ['patch tuesday', { locale: 'en' }, {}],
  ['12345 67890 [31m', { locale: 'en' }, {}],
  ['E3 A5 F3 licences', { locale: 'en' }, {}],
  // A span of months from this one: "the next 3 months" is November to January from 25 November.
  ['patch calendar for the next 3 months', { locale: 'en' }, { period: { from: '2026-11-01', to: '2027-01-31', label: 'next-3-months' } }],
  ['restarts over the coming six months?', { locale: 'en' }, { period: { from: '2026-11-01', to: '2027-04-30', label: 'next-6-months' } }],
  ['les trois prochains mois', { locale: 'fr' }, { period: { from: '2026-11-01', to: '2027-01-31', label: 'next-3-months' } }],
  ['dans les 12 prochains mois', { locale: 'fr' }, { period: { from: '2026-11-01', to: '2027-10-31', label: 'next-12-months' } }],
];

describe('extractDates', () => {
  it.each(rows)('%j %j', (text, ctx, want) => {
    expect(extractDates(text, { today, locale: 'en', ...ctx })).toEqual(want);
  });

  it('does not depend on the host time zone', () => {
    for (const tz of ['Pacific/Kiritimati', 'America/Los_Angeles', 'UTC']) {
      process.env.TZ = tz;
      expect(extractDates('tomorrow', { today: '2026-12-31', locale: 'en' })).toEqual({ date: '2027-01-01' });
      expect(extractDates('demain', { today: '2026-12-31', locale: 'fr' })).toEqual({ date: '2027-01-01' });
    }
    delete process.env.TZ;
  });

  it('returns nothing for an invalid today', () => {
    expect(extractDates('next month', { today: 'yesterday', locale: 'en' })).toEqual({});
  });
});

describe('after the holidays (said from November to January) is the January that follows', () => {
  it.each([
    ['apres les fetes on va devoir redemarrer ?', '2026-12-07', '2027-01'],
    ['will our laptops restart after the holidays?', '2026-11-20', '2027-01'],
    ['après Noël, y a-t-il un redémarrage ?', '2026-12-30', '2027-01'],
    ['after the holidays, do we reboot?', '2027-01-04', '2027-01'],
  ])('"%s" on %s → %s', (text, today, month) => {
    expect(extractDates(text, { today, locale: 'en' }).month).toBe(month);
  });

  it('in summer "after the holidays" names no month (which holidays is unclear)', () => {
    expect(extractDates('will we reboot after the holidays?', { today: '2026-07-10', locale: 'en' }).month).toBeUndefined();
  });
});

describe('a day of the month alone', () => {
  it.each([
    ['will I have to reboot on the 12th?', '2026-12-07', {}, '2026-12-12'],
    ['on redémarre le 12 ?', '2026-12-07', { locale: 'fr' as const }, '2026-12-12'],
    ['le 3, il faudra redémarrer ?', '2026-12-07', { locale: 'fr' as const }, '2027-01-03'],
    ['reboot on the 31st?', '2027-02-10', {}, '2027-03-31'],
    ['did it reboot on the 2nd?', '2026-12-07', { past: true }, '2026-12-02'],
    ['did it reboot on the 20th?', '2026-12-07', { past: true }, '2026-11-20'],
  ])('"%s" on %s → %s', (text, today, ctx, date) => {
    expect(extractDates(text, { today, locale: 'en', ...ctx }).date).toBe(date);
  });

  it.each([['Patch Tuesday is the 2nd Tuesday'], ['is the update on the 2nd Tuesday of the month?'], ['we have 12 devices'], ['le 12 janvier']])(
    '"%s" names no lone day',
    (text) => {
      const d = extractDates(text, { today: '2026-12-07', locale: 'en' }).date;
      expect(d === undefined || d.endsWith('-01-12')).toBe(true);
    },
  );

  it('property: "on the Nth?" is day N, never before today, within three months', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2025-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }), fc.integer({ min: 1, max: 31 }), (d, n) => {
        const today = d.toISOString().slice(0, 10);
        const suffix = n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th';
        const got = extractDates(`will we reboot on the ${n}${suffix}?`, { today, locale: 'en' }).date;
        expect(got).toBeDefined();
        expect(Number(got!.slice(8))).toBe(n);
        expect(got! >= today).toBe(true);
        const days = (Date.parse(got!) - Date.parse(today)) / 86_400_000;
        expect(days).toBeLessThan(3 * 31);
      }),
    );
  });
});

describe('a product’s number is no day', () => {
  it('"Windows 11 December 2026 Patch Tuesday" names December 2026, not 11 December', () => {
    const d = extractDates('Windows 11 December 2026 Patch Tuesday: KB5072033 Update Released', { today: '2026-12-07', locale: 'en' });
    expect(d.date).toBeUndefined();
    expect(d.month).toBe('2026-12');
  });

  it('"will windows 11 reboot on 12 January?" keeps its day', () => {
    expect(extractDates('will windows 11 reboot on 12 January?', { today: '2026-12-07', locale: 'en' }).date).toBe('2027-01-12');
  });
});

describe('a release asked names the nearest such month', () => {
  it.each([
    ['is the november update out?', 'en', '2026-11'],
    ['has the october security update been released?', 'en', '2026-10'],
    ['is the january update out yet?', 'en', '2027-01'],
    ['la maj de novembre est sortie ?', 'fr', '2026-11'],
    ['la mise à jour de février est dispo ?', 'fr', '2027-02'],
    // Not a release asked: the next such month, as before.
    ['will we restart in november?', 'en', '2027-11'],
    ['out-of-band update in november?', 'en', '2027-11'],
  ] as const)('"%s" (asked on 7 December 2026) → %s', (text, locale, month) => {
    expect(extractDates(text, { today: '2026-12-07', locale }).month).toBe(month);
  });

  const monthNamesEn = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
  // ("of May": "may" alone is a verb to the parser.)
  it('is never more than six months away from today, gone by or to come', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2025, max: 2030 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 11 }),
        (y, m, d, k) => {
          const today = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          const month = extractDates(`is the security update of ${monthNamesEn[k]} out yet?`, { today, locale: 'en' }).month!;
          const distance = (Number(month.slice(0, 4)) - y) * 12 + Number(month.slice(5, 7)) - m;
          expect(Math.abs(distance)).toBeLessThanOrEqual(6);
          expect(Number(month.slice(5, 7))).toBe(k + 1);
        },
      ),
    );
  });
});
