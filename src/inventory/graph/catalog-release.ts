/**
 * With GRAPH_READ_CATALOG=true, the Windows Update catalog (Microsoft Graph beta, G-CAT-1..4) fills the
 * current month of the release data when Microsoft has published it and the shipped data has not
 * caught up: a monthly security ("B") entry released in the month becomes a released entry, a
 * hotpatch month when it carries a hotpatch revision for 26100/26200, a baseline otherwise (G-CAT-3).
 */
import { mergeReleaseData, type ReleaseData, type ReleaseEntry } from '../../core/calendar';
import { CATALOG_PATH, isHotpatchRevision, type CatalogEntry } from './catalog-baseline';
import type { GraphApi } from './graph-http';

export const CATALOG_SOURCE = 'https://learn.microsoft.com/en-us/graph/api/windowsupdates-catalog-list-entries?view=graph-rest-beta';

type Revision = NonNullable<CatalogEntry['productRevisions']>[number] & { knowledgeBaseArticle?: { id?: string | null } | null };

function buildOf(r: Revision): string | undefined {
  const m = /^10\.0\.(\d{5})\.(\d+)$/.exec(r.id ?? '');
  if (m) return `${m[1]}.${m[2]}`;
  const b = r.osBuild;
  return b?.buildNumber && b.updateBuildRevision !== undefined && b.updateBuildRevision !== null ? `${b.buildNumber}.${b.updateBuildRevision}` : undefined;
}

/** The month's B release as the catalog lists it, or undefined when the catalog has none (yet). */
export function releaseFromCatalog(entries: readonly CatalogEntry[], month: string): ReleaseEntry | undefined {
  const e = entries.find(
    (x) =>
      (x.releaseDateTime ?? '').slice(0, 7) === month &&
      (x.qualityUpdateCadence ?? '').toLowerCase() === 'monthly' &&
      (x.qualityUpdateClassification ?? 'security').toLowerCase() === 'security',
  );
  if (!e) return undefined;
  const revs = ((e.productRevisions ?? []) as Revision[]).filter(
    (r) => /^(?:10\.0\.)?2(6100|6200|6300)\./.test(r.id ?? '') || [26100, 26200, 26300].includes(r.osBuild?.buildNumber ?? 0),
  );
  if (revs.length === 0) return undefined;
  const hot = revs.filter(isHotpatchRevision);
  const chosen = hot.length ? hot : revs;
  const kb = chosen.map((r) => r.knowledgeBaseArticle?.id).find((k): k is string => typeof k === 'string' && /^KB\d{6,8}$/.test(k));
  const builds = [...new Set(chosen.map(buildOf).filter((b): b is string => b !== undefined))];
  return {
    month,
    date: e.releaseDateTime!.slice(0, 10),
    kind: hot.length ? 'hotpatch' : 'baseline',
    status: 'released',
    ...(kb ? { kb } : {}),
    ...(builds.length ? { builds } : {}),
    certainty: 'confirmed',
    factIds: ['G-CAT-1', 'G-CAT-3', 'CAL-10'],
    sources: [CATALOG_SOURCE],
    note: 'Filled from the Windows Update catalog (Microsoft Graph) because the release data had no released entry for this month.',
  };
}

/** Reads the catalog and merges the current month in when the data lacks it; returns the data unchanged otherwise. */
export async function fillCurrentMonthFromCatalog(api: GraphApi, data: ReleaseData, today: string): Promise<{ data: ReleaseData; filled?: ReleaseEntry }> {
  const month = today.slice(0, 7);
  const known = data.releases.some((e) => e.month === month && !e.outOfBand && (e.status ?? 'released') === 'released');
  if (known) return { data };
  const page = await api.get<{ value?: CatalogEntry[] }>(CATALOG_PATH, 'beta');
  const entry = releaseFromCatalog(Array.isArray(page?.value) ? page.value : [], month);
  if (!entry || entry.date > today) return { data };
  // The shipped data's as-of stays: the catalog adds one month, it does not re-check the rest.
  return { data: mergeReleaseData(data, { asOf: data.asOf, releases: [entry] }), filled: entry };
}
