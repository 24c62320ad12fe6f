/** beta Windows Update catalog (G-CAT-1..4): quality entries with their product revisions. */
export interface CatalogEntry {
  id?: string;
  releaseDateTime?: string | null;
  qualityUpdateCadence?: string | null;
  qualityUpdateClassification?: string | null;
  productRevisions?: Array<{
    id?: string | null;
    isHotpatchUpdate?: boolean | string | null;
    /** Older doc name of the same flag (G-CAT-4). */
    isHotpatchEnabled?: boolean | string | null;
    osBuild?: { buildNumber?: number | null; updateBuildRevision?: number | null } | null;
  }> | null;
}

export const CATALOG_PATH =
  "/admin/windows/updates/catalog/entries?$filter=isof('microsoft.graph.windowsUpdates.qualityUpdateCatalogEntry')" +
  '&$expand=microsoft.graph.windowsUpdates.qualityUpdateCatalogEntry/productRevisions&$orderby=releaseDateTime desc&$top=24';

/** G-CAT-4: the flag is a boolean or the string "true"/"false". */
export function isHotpatchRevision(r: NonNullable<CatalogEntry['productRevisions']>[number]): boolean {
  const v = r.isHotpatchUpdate ?? r.isHotpatchEnabled;
  return v === true || (typeof v === 'string' && v.toLowerCase() === 'true');
}

function revisionBuild(r: NonNullable<CatalogEntry['productRevisions']>[number]): { build?: number; ubr?: number } {
  if (r.osBuild?.buildNumber && r.osBuild.updateBuildRevision !== undefined && r.osBuild.updateBuildRevision !== null) {
    return { build: r.osBuild.buildNumber, ubr: r.osBuild.updateBuildRevision };
  }
  const m = /^10\.0\.(\d{5})\.(\d+)$/.exec(r.id ?? '');
  return m ? { build: Number(m[1]), ubr: Number(m[2]) } : {};
}

/**
 * The latest baseline UBR of the 24H2/25H2 branch, released by `nowIso`: the newest monthly security
 * ("B") entry with no hotpatch revision for 26100/26200 (a baseline month or an unplanned baseline,
 * CAL-1/CAL-6). A month that offers a hotpatch revision is a hotpatch month (G-CAT-3, G-REP-4).
 */
export function baselineUbrFromCatalog(entries: readonly CatalogEntry[], nowIso: string): number | undefined {
  const sorted = [...entries]
    .filter((e) => e.releaseDateTime && e.releaseDateTime <= nowIso)
    .filter((e) => (e.qualityUpdateCadence ?? '').toLowerCase() === 'monthly' && (e.qualityUpdateClassification ?? 'security').toLowerCase() === 'security')
    .sort((a, b) => (a.releaseDateTime! < b.releaseDateTime! ? 1 : -1));
  for (const e of sorted) {
    const revs = (e.productRevisions ?? []).map((r) => ({ ...revisionBuild(r), hot: isHotpatchRevision(r) }));
    const branch = revs.filter((r) => r.build === 26100 || r.build === 26200);
    if (branch.length === 0 || branch.some((r) => r.hot)) continue;
    const ubr = branch.find((r) => r.ubr !== undefined)?.ubr;
    if (ubr !== undefined) return ubr;
  }
  return undefined;
}
