/** Words for `hotpatch-bot data status`, the start-up log and /readyz (EN, FR). */
import type { DataStatus, DataWarning } from '../core/data-status';
import type { ReleaseEntry } from '../core/calendar';
import type { Locale } from '../core/vocabulary';

export function dataWarningText(w: DataWarning, locale: Locale = 'en'): string {
  const fr = locale === 'fr';
  switch (w.code) {
    case 'current-month-missing':
      return fr
        ? `Le Patch Tuesday de ${w.month} (${w.patchTuesday}) est passé depuis ${w.daysPast} jours et les données de publication n'ont pas d'entrée publiée pour ce mois : ajoutez-la dans le fichier de surcharge (RELEASES_OVERRIDE_PATH) ou activez GRAPH_READ_CATALOG.`
        : `Patch Tuesday of ${w.month} (${w.patchTuesday}) was ${w.daysPast} days ago and the release data has no released entry for that month: add it to the override file (RELEASES_OVERRIDE_PATH) or turn on GRAPH_READ_CATALOG.`;
    case 'releases-stale':
      return fr
        ? `Les données de publication datent du ${w.asOf} (${w.ageDays} jours, plus de 45) : mettez à jour data/releases.json ou le fichier de surcharge.`
        : `The release data is as of ${w.asOf} (${w.ageDays} days old, more than 45): update data/releases.json or the override file.`;
    case 'lifecycle-stale':
      return fr
        ? `Les données de cycle de vie datent du ${w.asOf} (${w.ageDays} jours, plus de 45) : vérifiez data/lifecycle.json.`
        : `The lifecycle data is as of ${w.asOf} (${w.ageDays} days old, more than 45): check data/lifecycle.json.`;
  }
}

export function dataStatusText(s: DataStatus, locale: Locale = 'en', filled?: ReleaseEntry): string {
  const fr = locale === 'fr';
  const lines = fr
    ? [
        `État des données (au ${s.today})`,
        `  Données de publication : au ${s.releasesAsOf}`,
        `  Données de cycle de vie : ${s.lifecycleAsOf ? `au ${s.lifecycleAsOf}` : 'non chargées'}`,
        `  Dernier mois publié : ${s.lastReleasedMonth ?? 'aucun'}`,
        `  Mois en cours : ${s.currentMonth}, Patch Tuesday ${s.currentPatchTuesday} — ${s.currentMonthReleased ? 'publié' : 'prévu / pas encore enregistré'}`,
      ]
    : [
        `Data status (today ${s.today})`,
        `  Release data:   as of ${s.releasesAsOf}`,
        `  Lifecycle data: ${s.lifecycleAsOf ? `as of ${s.lifecycleAsOf}` : 'not loaded'}`,
        `  Last released month: ${s.lastReleasedMonth ?? 'none'}`,
        `  Current month: ${s.currentMonth}, Patch Tuesday ${s.currentPatchTuesday} — ${s.currentMonthReleased ? 'released' : 'planned / not recorded yet'}`,
      ];
  if (filled) {
    lines.push(
      fr
        ? `  Rempli depuis le catalogue Windows Update (Graph) : ${filled.month} ${filled.kind}${filled.kb ? ` ${filled.kb}` : ''}`
        : `  Filled from the Windows Update catalog (Graph): ${filled.month} ${filled.kind}${filled.kb ? ` ${filled.kb}` : ''}`,
    );
  }
  if (s.warnings.length === 0) lines.push(fr ? 'Aucun avertissement.' : 'No warnings.');
  for (const w of s.warnings) lines.push(`${fr ? 'AVERTISSEMENT' : 'WARNING'}: ${dataWarningText(w, locale)}`);
  return lines.join('\n');
}
