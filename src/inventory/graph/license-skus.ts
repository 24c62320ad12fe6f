import type { License } from '../../core/device-profile';

/**
 * Entra `licenseDetails.skuPartNumber` → HP-LIC-1 entitlement (Microsoft's "Product names and service
 * plan identifiers for licensing" list). Prefix rules cover the many Windows 365 Enterprise sizes.
 * Anything else is "other": a licence that grants no hotpatch entitlement we know of.
 */
const EXACT: Record<string, License> = {
  SPE_E3: 'e3',
  SPE_E3_USGOV_GCCHIGH: 'e3',
  SPE_E3_USGOV_DOD: 'e3',
  WIN10_VDA_E3: 'e3',
  WIN_ENT_E3: 'e3',
  Microsoft_365_E3: 'e3',
  SPE_E5: 'e5',
  WIN10_VDA_E5: 'e5',
  WIN_ENT_E5: 'e5',
  Microsoft_365_E5: 'e5',
  // HP-LIC-4: "Microsoft 365 F3" (SKU SPE_F1) = the F3 entitlement.
  SPE_F1: 'f3',
  M365_F3: 'f3',
  M365EDU_A3_FACULTY: 'a3',
  M365EDU_A3_STUDENT: 'a3',
  M365EDU_A3_STUUSEBNFT: 'a3',
  WIN10_ENT_A3_FAC: 'a3',
  WIN10_ENT_A3_STU: 'a3',
  M365EDU_A5_FACULTY: 'a5',
  M365EDU_A5_STUDENT: 'a5',
  M365EDU_A5_STUUSEBNFT: 'a5',
  WIN10_ENT_A5_FAC: 'a5',
  SPB: 'business-premium',
  O365_BUSINESS_PREMIUM: 'business-standard',
  O365_BUSINESS_ESSENTIALS: 'business-basic',
  STANDARDPACK: 'e1',
};

export function licenseOfSku(skuPartNumber: string): License {
  const exact = EXACT[skuPartNumber];
  if (exact) return exact;
  if (/^CPC_E_/i.test(skuPartNumber)) return 'w365-enterprise';
  if (/^CPC_B_/i.test(skuPartNumber)) return 'w365-business';
  return 'other';
}

export function licensesOfSkus(skus: readonly string[]): License[] {
  return [...new Set(skus.map(licenseOfSku))];
}
