import { fold } from '../core/device-values';

/** The canonical inventory columns (README, Inventory files), plus an optional owner for per-user lookups. */
export const canonicalColumns = [
  'deviceName',
  'edition',
  'osVersion',
  'architecture',
  'vbs',
  'licenses',
  'chpeDisabled',
  'managed',
  'hotpatchPolicy',
  'joinType',
  'ownerId',
] as const;
export type CanonicalColumn = (typeof canonicalColumns)[number];

// Column names of an Intune "All devices" export and of common hand-made sheets (EN/FR), folded.
const ALIASES: Record<CanonicalColumn, string[]> = {
  deviceName: ['device name', 'name', 'computer name', 'computername', 'hostname', 'nom de l appareil', 'nom'],
  edition: ['sku family', 'skufamily', 'os edition', 'operating system edition', 'operatingsystemedition', 'edition du systeme'],
  osVersion: ['os version', 'os build', 'build', 'version du systeme', 'version'],
  architecture: ['processor architecture', 'processorarchitecture', 'arch', 'cpu architecture'],
  vbs: ['vbs state', 'vbs status', 'virtualization based security', 'virtualizationbasedsecuritystatus', 'securite basee sur la virtualisation'],
  licenses: ['licences', 'license', 'licence'],
  chpeDisabled: ['chpe disabled', 'disablechpe', 'hotpatchrestrictions', 'chpe desactive'],
  managed: ['managed by', 'managedby', 'management', 'gere par'],
  hotpatchPolicy: ['hotpatch', 'hotpatch policy', 'hotpatchenabled', 'strategie hotpatch'],
  joinType: ['join type', 'type de jonction'],
  ownerId: ['user id', 'userid', 'primary user id', 'aad object id', 'aadobjectid', 'owner'],
};

const BY_NAME = new Map<string, CanonicalColumn>();
for (const c of canonicalColumns) {
  BY_NAME.set(fold(c), c);
  BY_NAME.set(fold(c).replace(/ /g, ''), c);
  for (const a of ALIASES[c]) BY_NAME.set(a, c);
}

/** Header name → canonical column (case- and accent-insensitive), or undefined for a column we ignore. */
export function canonicalColumn(header: string): CanonicalColumn | undefined {
  const f = fold(header);
  return BY_NAME.get(f) ?? BY_NAME.get(f.replace(/ /g, ''));
}

/** Index of each canonical column in a header row; the first of duplicate aliases wins. */
export function mapHeader(header: readonly string[]): Partial<Record<CanonicalColumn, number>> {
  const out: Partial<Record<CanonicalColumn, number>> = {};
  header.forEach((h, i) => {
    const c = canonicalColumn(h);
    if (c && out[c] === undefined) out[c] = i;
  });
  return out;
}
