import type { DeviceProfile } from '../core/device-profile';
import type { Locale } from '../core/vocabulary';
import type { DocFact } from './doc';
import { pick } from './format';

type L = { en: string; fr: string };

export const EDITION_WORDS: Record<string, L> = {
  home: { en: 'Home', fr: 'Famille (Home)' },
  pro: { en: 'Pro', fr: 'Professionnel (Pro)' },
  'pro-education': { en: 'Pro Education', fr: 'Professionnel Éducation' },
  'pro-workstation': { en: 'Pro for Workstations', fr: 'Professionnel pour les Stations de travail' },
  enterprise: { en: 'Enterprise', fr: 'Entreprise (Enterprise)' },
  'enterprise-multi-session': { en: 'Enterprise multi-session', fr: 'Entreprise multisession' },
  education: { en: 'Education', fr: 'Éducation' },
  'enterprise-ltsc': { en: 'Enterprise LTSC', fr: 'Entreprise LTSC' },
  'iot-enterprise': { en: 'IoT Enterprise', fr: 'IoT Entreprise' },
  'iot-enterprise-ltsc': { en: 'IoT Enterprise LTSC', fr: 'IoT Entreprise LTSC' },
  se: { en: 'SE', fr: 'SE' },
};

export const VBS_WORDS: Record<string, L> = {
  running: { en: 'running', fr: 'en cours d’exécution' },
  'enabled-not-running': { en: 'enabled but not running', fr: 'activée mais pas en cours d’exécution' },
  off: { en: 'off', fr: 'désactivée' },
};

export const LICENSE_WORDS: Record<string, string> = {
  e3: 'Windows/Microsoft 365 E3',
  e5: 'Windows/Microsoft 365 E5',
  f3: 'Microsoft 365 F3',
  a3: 'Education A3',
  a5: 'Education A5',
  'business-premium': 'Microsoft 365 Business Premium',
  'w365-enterprise': 'Windows 365 Enterprise',
  'w365-business': 'Windows 365 Business',
  'business-standard': 'Microsoft 365 Business Standard',
  'business-basic': 'Microsoft 365 Business Basic',
  e1: 'Office 365 E1',
  other: 'other',
};

export const MANAGEMENT_WORDS: Record<string, L> = {
  intune: { en: 'Microsoft Intune', fr: 'Microsoft Intune' },
  'co-managed': { en: 'co-managed (Configuration Manager + Intune)', fr: 'cogéré (Configuration Manager + Intune)' },
  'other-mdm': { en: 'another MDM', fr: 'une autre solution MDM' },
  none: { en: 'not managed', fr: 'non géré' },
};

/** The device facts we know, as card facts (enum values only: never free user text). */
export function deviceFacts(d: Partial<DeviceProfile>, locale: Locale): DocFact[] {
  const f: DocFact[] = [];
  if (d.edition) f.push({ title: pick(locale, 'Edition', 'Édition'), value: EDITION_WORDS[d.edition][locale] });
  const os = d.osFamily === 'windows-10' ? 'Windows 10' : d.osVersion || d.build ? 'Windows 11' : undefined;
  const ver = [os, d.osVersion, d.build ? `(build ${d.build}${d.ubr !== undefined ? `.${d.ubr}` : ''})` : undefined].filter(Boolean).join(' ');
  if (ver) f.push({ title: pick(locale, 'Version', 'Version'), value: ver });
  if (d.architecture) f.push({ title: pick(locale, 'Architecture', 'Architecture'), value: d.architecture });
  if (d.vbs) f.push({ title: 'VBS', value: VBS_WORDS[d.vbs][locale] });
  if (d.licenses) {
    const value = d.licenses.length ? d.licenses.map((l) => LICENSE_WORDS[l] ?? l).join(', ') : pick(locale, 'none', 'aucune');
    f.push({ title: pick(locale, 'Licences', 'Licences'), value });
  }
  if (d.management) f.push({ title: pick(locale, 'Management', 'Gestion'), value: MANAGEMENT_WORDS[d.management][locale] });
  return f;
}

/** After the device cards of one reply (MAX_DEVICE_CARDS): how many devices were left out. */
export function moreDevicesText(more: number, locale: Locale): string {
  return locale === 'fr' ? `… et ${more} autres appareils.` : `… and ${more} more devices.`;
}
