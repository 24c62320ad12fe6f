/** Lower case, no diacritics, typographic quotes folded: the form every matcher works on. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae');
}

/**
 * French chat shortens "prochain(e)" to "pro": "la semaine pro", "le mois pro", "mardi pro" (issue 11:
 * not the Pro edition). After a word of time, "pro" is spelt out so that dates and editions read right.
 */
const FR_TIME_FEMININE = /\b(semaine|fois|annee|année)\s+pro\b/giu;
const FR_TIME_MASCULINE = /\b(mois|trimestre|an|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|patch tuesday|redemarrage|redémarrage)\s+pro\b/giu;

export function expandChatPro(text: string): string {
  return text.replace(FR_TIME_FEMININE, '$1 prochaine').replace(FR_TIME_MASCULINE, '$1 prochain');
}
