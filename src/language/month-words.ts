/** Month and weekday names in English and French, in folded form (lower case, no accents). */
export const monthNames: Record<string, number> = {
  january: 1, jan: 1, janvier: 1, janv: 1,
  february: 2, feb: 2, fevrier: 2, fev: 2, fevr: 2,
  march: 3, mar: 3, mars: 3,
  april: 4, apr: 4, avril: 4, avr: 4,
  may: 5, mai: 5,
  june: 6, jun: 6, juin: 6,
  july: 7, jul: 7, juillet: 7, juil: 7,
  august: 8, aug: 8, aout: 8,
  september: 9, sept: 9, sep: 9, septembre: 9,
  october: 10, oct: 10, octobre: 10,
  november: 11, nov: 11, novembre: 11,
  december: 12, dec: 12, decembre: 12,
};

// Long names only: abbreviations like "mar" or "may" are too ambiguous on their own.
export const monthPattern =
  'january|february|march|april|may|june|july|august|september|october|november|december|' +
  'janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|' +
  'jan|feb|apr|jun|jul|aug|sept|oct|nov|dec|janv|fevr|avr|juil';

export const weekdayNames: Record<string, number> = {
  monday: 1, mon: 1, lundi: 1, lun: 1,
  tuesday: 2, tue: 2, tues: 2, mardi: 2,
  wednesday: 3, wed: 3, mercredi: 3,
  thursday: 4, thu: 4, thurs: 4, jeudi: 4,
  friday: 5, fri: 5, vendredi: 5, ven: 5,
  saturday: 6, sat: 6, samedi: 6,
  sunday: 7, sun: 7, dimanche: 7,
};

export const weekdayPattern =
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thu|fri|sat|sun|' +
  'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche';

export const ordinalWords: Record<string, number> = {
  first: 1, '1st': 1, premier: 1, '1er': 1, '1re': 1, '1e': 1, '1': 1,
  second: 2, '2nd': 2, deuxieme: 2, second_fr: 2, '2e': 2, '2eme': 2, '2': 2,
  third: 3, '3rd': 3, troisieme: 3, '3e': 3, '3eme': 3, '3': 3,
  fourth: 4, '4th': 4, quatrieme: 4, '4e': 4, '4eme': 4, '4': 4,
  last: 4, dernier: 4,
};
