import type { DeviceSource, Requester, SourcedDevice } from '../../core/device-source';
import type { License } from '../../core/device-profile';
import { HbError, isHbError } from '../../errors';
import { INV } from '../errors';
import { TtlCache } from '../ttl-cache';
import type { GraphApi } from './graph-http';
import { mapIntuneDevice, type GraphDeviceDetails, type GraphManagedDevice } from './intune-mapper';
import { hotpatchPolicyFor, type QualityUpdatePolicy } from './hotpatch-policies';
import { baselineUbrFromCatalog, CATALOG_PATH, type CatalogEntry } from './catalog-baseline';
import { licensesOfSkus } from './license-skus';

export interface IntuneSourceOptions {
  api: GraphApi;
  now: () => Date;
  cacheSeconds: number;
  helpdeskAdminIds: readonly string[];
  helpdeskGroupId?: string;
  /** G-CAT-5: only when the app was granted WindowsUpdates.*; else `baselineUbr` (release data). */
  readCatalog: boolean;
  baselineUbr?: () => number | undefined;
  /** Parallel per-device calls (Graph throttles per app and tenant). */
  concurrency?: number;
}

const V1_SELECT = '$select=id,deviceName,operatingSystem,osVersion,azureADDeviceId,managementAgent,userId,lastSyncDateTime';
// G-MD-3: hardwareInformation is only real on a single GET that selects it.
const BETA_SELECT = '$select=id,hardwareInformation,skuFamily,processorArchitecture,joinType';
const EMPTY_GUID = '00000000-0000-0000-0000-000000000000';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const enc = encodeURIComponent;
const ifNotFound =
  <T>(fallback: T) =>
  (e: unknown): T => {
    if (isHbError(e) && e.code === INV.notFound) return fallback;
    throw e;
  };
const isWindows = (d: GraphManagedDevice) => (d.operatingSystem ?? '').toLowerCase() === 'windows';

/** Intune devices through Microsoft Graph (G-MD-1..G-MD-4, G-QUP-2), as DeviceSource. */
export class IntuneDeviceSource implements DeviceSource {
  readonly kind = 'intune' as const;
  private readonly cache: TtlCache<unknown>;
  constructor(private readonly o: IntuneSourceOptions) {
    this.cache = new TtlCache(o.cacheSeconds * 1000, o.now);
  }

  private cached<T>(key: string, load: () => Promise<T>): Promise<{ value: T; fetchedAt: Date }> {
    return this.cache.get(key, load) as Promise<{ value: T; fetchedAt: Date }>;
  }

  /** Helpdesk = flagged by the caller, in HELPDESK_ADMIN_IDS, or a (transitive) member of HELPDESK_GROUP_ID. */
  async isHelpdesk(r: Requester): Promise<boolean> {
    if (r.isHelpdesk) return true;
    const id = r.aadObjectId;
    if (!id || !GUID.test(id)) return false;
    if (this.o.helpdeskAdminIds.includes(id)) return true;
    const group = this.o.helpdeskGroupId;
    if (!group) return false;
    const { value } = await this.cached(`member:${id}`, async () => {
      const res = await this.o.api.post<{ value?: string[] }>(`/users/${enc(id)}/checkMemberGroups`, { groupIds: [group] });
      return Array.isArray(res?.value) && res.value.includes(group);
    });
    return value;
  }

  private async requireHelpdesk(r: Requester): Promise<void> {
    if (!(await this.isHelpdesk(r))) {
      throw new HbError(INV.forbidden, 'Sorry, you can only look up your own devices. Ask your helpdesk to check another device for you.');
    }
  }

  async devicesOf(r: Requester): Promise<SourcedDevice[]> {
    const id = r.aadObjectId;
    if (!id || !GUID.test(id)) return [];
    const { value } = await this.cached(`devicesOf:${id}`, async () => {
      const list: GraphManagedDevice[] = [];
      try {
        for await (const d of this.o.api.list<GraphManagedDevice>(`/users/${enc(id)}/managedDevices?${V1_SELECT}`)) if (isWindows(d)) list.push(d);
      } catch (e) {
        return ifNotFound<SourcedDevice[]>([])(e); // a user unknown to the tenant has no devices
      }
      return this.enrichAll(list);
    });
    return value;
  }

  async deviceByName(name: string, r: Requester): Promise<SourcedDevice | undefined> {
    const n = name.trim();
    if (n === '' || n.length > 256) throw new HbError(INV.notFound, 'Give a device name of 1 to 256 characters.');
    if (!(await this.isHelpdesk(r))) {
      // Anyone may name one of their own devices; any other name gets the same polite refusal.
      const own = (await this.devicesOf(r)).find((d) => d.deviceName?.toLowerCase() === n.toLowerCase());
      if (own) return own;
      await this.requireHelpdesk(r);
    }
    const filter = enc(`deviceName eq '${n.replace(/'/g, "''")}'`);
    const found: GraphManagedDevice[] = [];
    for await (const d of this.o.api.list<GraphManagedDevice>(`/deviceManagement/managedDevices?$filter=${filter}&${V1_SELECT}`)) {
      if (isWindows(d)) found.push(d);
    }
    if (found.length === 0) return undefined;
    // Several records with one name (re-enrolments): the most recently synced one describes the device today.
    found.sort((a, b) => (b.lastSyncDateTime ?? '').localeCompare(a.lastSyncDateTime ?? ''));
    return (await this.enrichAll([found[0]]))[0];
  }

  async *allDevices(r: Requester): AsyncIterable<SourcedDevice> {
    await this.requireHelpdesk(r);
    let batch: GraphManagedDevice[] = [];
    const filter = enc("operatingSystem eq 'Windows'");
    for await (const d of this.o.api.list<GraphManagedDevice>(`/deviceManagement/managedDevices?$filter=${filter}&${V1_SELECT}`)) {
      if (!isWindows(d)) continue;
      batch.push(d);
      if (batch.length >= 50) {
        yield* await this.enrichAll(batch);
        batch = [];
      }
    }
    if (batch.length) yield* await this.enrichAll(batch);
  }

  private async enrichAll(devices: GraphManagedDevice[]): Promise<SourcedDevice[]> {
    const out: SourcedDevice[] = new Array(devices.length);
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < devices.length; i = next++) out[i] = await this.enrich(devices[i]);
    };
    await Promise.all(Array.from({ length: Math.min(this.o.concurrency ?? 4, devices.length) }, worker));
    return out;
  }

  private async enrich(md: GraphManagedDevice): Promise<SourcedDevice> {
    if (typeof md?.id !== 'string' || md.id === '') throw new HbError(INV.malformed, 'Microsoft Graph returned a managed device without an id.');
    const readAt = this.o.now().toISOString();
    const [details, licenses, hotpatchPolicy, baselineUbr] = await Promise.all([
      this.details(md.id),
      this.licensesOf(md.userId),
      this.policyOf(md),
      this.baselineUbr(),
    ]);
    return mapIntuneDevice(md, details, { readAt, licenses, hotpatchPolicy, baselineUbr });
  }

  private async details(id: string): Promise<GraphDeviceDetails | undefined> {
    const { value } = await this.cached(`details:${id}`, () =>
      // A device removed between the list and this GET (404) keeps its v1.0 facts only.
      this.o.api.get<GraphDeviceDetails>(`/deviceManagement/managedDevices/${enc(id)}?${BETA_SELECT}`, 'beta').catch(ifNotFound(undefined)),
    );
    return value && typeof value === 'object' ? value : undefined;
  }

  /** Licences are assigned to the primary user; subscription activation applies them to the device (HP-LIC-7). */
  private async licensesOf(userId: string | null | undefined): Promise<License[] | undefined> {
    if (!userId || !GUID.test(userId) || userId === EMPTY_GUID) return undefined;
    const { value } = await this.cached(`licenses:${userId}`, async () => {
      const skus: string[] = [];
      for await (const l of this.o.api.list<{ skuPartNumber?: string }>(`/users/${enc(userId)}/licenseDetails?$select=skuPartNumber`)) {
        if (typeof l?.skuPartNumber === 'string') skus.push(l.skuPartNumber);
      }
      return licensesOfSkus(skus);
    });
    return value;
  }

  private async policyOf(md: GraphManagedDevice) {
    const { value: policies } = await this.cached('policies', async () => {
      const list: QualityUpdatePolicy[] = [];
      for await (const p of this.o.api.list<QualityUpdatePolicy>('/deviceManagement/windowsQualityUpdatePolicies?$expand=assignments', 'beta')) {
        list.push(Array.isArray(p.assignments) ? p : { ...p, assignments: await this.assignments(p.id) });
      }
      return list;
    });
    return hotpatchPolicyFor(policies, await this.groupsOf(md));
  }

  private async assignments(policyId: string): Promise<QualityUpdatePolicy['assignments']> {
    const out: NonNullable<QualityUpdatePolicy['assignments']> = [];
    for await (const a of this.o.api.list<NonNullable<QualityUpdatePolicy['assignments']>[number]>(
      `/deviceManagement/windowsQualityUpdatePolicies/${enc(policyId)}/assignments`,
      'beta',
    ))
      out.push(a);
    return out;
  }

  /** The device's Entra groups and its primary user's (policies target either); undefined when unknown. */
  private async groupsOf(md: GraphManagedDevice): Promise<Set<string> | undefined> {
    const deviceId = md.azureADDeviceId;
    if (!deviceId || !GUID.test(deviceId) || deviceId === EMPTY_GUID) return undefined;
    const ids = new Set<string>();
    const paths = [`/devices(deviceId='${deviceId}')/transitiveMemberOf/microsoft.graph.group?$select=id`];
    if (md.userId && GUID.test(md.userId)) paths.push(`/users/${enc(md.userId)}/transitiveMemberOf/microsoft.graph.group?$select=id`);
    for (const path of paths) {
      const { value } = await this.cached(`groups:${path}`, async () => {
        const list: string[] = [];
        for await (const g of this.o.api.list<{ id?: string }>(path)) if (typeof g?.id === 'string') list.push(g.id);
        return list;
      });
      value.forEach((g) => ids.add(g));
    }
    return ids;
  }

  private async baselineUbr(): Promise<number | undefined> {
    if (!this.o.readCatalog) return this.o.baselineUbr?.();
    const { value } = await this.cached('catalog', async () => {
      const page = await this.o.api.get<{ value?: CatalogEntry[] }>(CATALOG_PATH, 'beta');
      return Array.isArray(page?.value) ? baselineUbrFromCatalog(page.value, this.o.now().toISOString()) : undefined;
    });
    return value ?? this.o.baselineUbr?.();
  }
}
