import {
  architectures,
  type Architecture,
  type DeviceProfile,
  type HotpatchPolicy,
  type JoinType,
  type License,
  type Management,
  type ProfileOrigins,
  type VbsState,
} from '../../core/device-profile';
import type { SourcedDevice } from '../../core/device-source';
import { parseOsVersion } from '../../core/os-version';
import { applyOs } from '../inventory-row';
import { isOneOf, joinTypeOfWord, parseEdition } from '../../core/device-values';

/** v1.0 managedDevice (G-MD-1): the fields we read. */
export interface GraphManagedDevice {
  id: string;
  deviceName?: string | null;
  operatingSystem?: string | null;
  osVersion?: string | null;
  azureADDeviceId?: string | null;
  managementAgent?: string | null;
  userId?: string | null;
  lastSyncDateTime?: string | null;
}

/** beta single-device GET (G-MD-2, G-MD-3, G-MD-4). */
export interface GraphDeviceDetails {
  skuFamily?: string | null;
  processorArchitecture?: string | null;
  joinType?: string | null;
  hardwareInformation?: {
    operatingSystemEdition?: string | null;
    deviceGuardVirtualizationBasedSecurityState?: string | number | null;
    tpmVersion?: string | null;
    systemManagementBIOSVersion?: string | null;
  } | null;
}

export interface IntuneExtras {
  licenses?: License[];
  hotpatchPolicy?: HotpatchPolicy;
  /** HP-OS-3: latest baseline UBR (release data or catalog). */
  baselineUbr?: number;
  /** When the source read the data (ISO). */
  readAt: string;
}

/** G-MD-5: Graph's enum, where running = 0 (not WMI's 2, CF-1); names or numbers. */
export function vbsFromGraph(v: string | number | null | undefined): VbsState | undefined {
  if (v === null || v === undefined || v === '') return undefined;
  const key = String(v).trim().toLowerCase();
  if (key === 'running' || key === '0') return 'running';
  if (key === 'rebootrequired' || key === '1') return 'enabled-not-running';
  const others = ['require64bitarchitecture', 'notlicensed', 'notconfigured', 'doesnotmeethardwarerequirements', 'other', '2', '3', '4', '5', '42'];
  return others.includes(key) ? 'off' : undefined;
}

/** processorArchitecture (G-MD-2): Graph spells our values, in its own case ("arM64"); "arm" (32-bit) is none of them. */
export function archFromGraph(v: string | null | undefined): Architecture | undefined {
  const key = (v ?? '').toLowerCase();
  return isOneOf(key, architectures) ? key : undefined;
}

/** joinType (G-MD-2): azureADJoined, hybridAzureADJoined, azureADRegistered, unknown — join-type words of src/core/device-values. */
export function joinFromGraph(v: string | null | undefined): JoinType | undefined {
  return joinTypeOfWord(v ?? '');
}

/** managementAgent values of managedDevice (G-MD-1); a device listed by Intune is at least enrolled. */
export function managementFromGraph(v: string | null | undefined): Management | undefined {
  const key = (v ?? '').toLowerCase();
  if (key.startsWith('configurationmanagerclientmdm')) return 'co-managed';
  if (['mdm', 'easmdm', 'intuneclient', 'microsoft365managedmdm', 'windowsmanagementcloudapi'].includes(key)) return 'intune';
  if (['eas', 'jamf', 'configurationmanagerclient'].includes(key)) return 'other-mdm';
  return undefined;
}

function editionFromGraph(...candidates: Array<string | null | undefined>) {
  for (const c of candidates) {
    if (!c) continue;
    try {
      const e = parseEdition(c);
      if (e) return e;
    } catch {
      // An edition word we do not know stays unknown (never guessed): try the next field.
    }
  }
  return undefined;
}

/**
 * G-MD-3: LIST returns hardwareInformation with default values, and the enum default 0 reads as
 * "running". Only trust the VBS state when the object carries real data.
 */
function hardwareInfoIsReal(h: GraphDeviceDetails['hardwareInformation']): boolean {
  return !!h && !!(h.operatingSystemEdition || h.tpmVersion || h.systemManagementBIOSVersion);
}

export function mapIntuneDevice(md: GraphManagedDevice, details: GraphDeviceDetails | undefined, x: IntuneExtras): SourcedDevice {
  const p: DeviceProfile = {};
  if (md.deviceName) p.deviceName = md.deviceName.slice(0, 256);
  const os = md.osVersion ? parseOsVersion(md.osVersion) : undefined;
  applyOs(p, os, { baselineUbr: x.baselineUbr });
  const hw = details?.hardwareInformation;
  const edition = editionFromGraph(hw?.operatingSystemEdition, details?.skuFamily);
  if (edition) p.edition = edition;
  const vbs = hardwareInfoIsReal(hw) ? vbsFromGraph(hw?.deviceGuardVirtualizationBasedSecurityState) : undefined;
  if (vbs) p.vbs = vbs;
  const arch = archFromGraph(details?.processorArchitecture);
  if (arch) p.architecture = arch;
  const join = joinFromGraph(details?.joinType);
  if (join) p.joinType = join;
  const management = managementFromGraph(md.managementAgent);
  if (management) p.management = management;
  if (x.licenses) p.licenses = x.licenses;
  if (x.hotpatchPolicy) p.hotpatchPolicy = x.hotpatchPolicy;
  // G-QUP-4: the tenant default cannot be read from Graph: tenantDefault stays unknown.

  const synced = md.lastSyncDateTime && !Number.isNaN(Date.parse(md.lastSyncDateTime)) ? new Date(md.lastSyncDateTime).toISOString() : x.readAt;
  const origins: ProfileOrigins = {};
  for (const k of Object.keys(p) as Array<keyof DeviceProfile>) {
    // Device facts are as fresh as the device's last sync; licences and policies as of our read.
    origins[k] = { source: 'intune', asOf: k === 'licenses' || k === 'hotpatchPolicy' || k === 'onLatestBaseline' ? x.readAt : synced };
  }
  return { id: md.id, ...(p.deviceName ? { deviceName: p.deviceName } : {}), profile: p, origins, asOf: x.readAt };
}
