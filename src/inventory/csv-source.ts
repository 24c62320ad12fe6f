import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { DeviceProfile, ProfileOrigins } from '../core/device-profile';
import type { DeviceSource, Requester, SourcedDevice } from '../core/device-source';
import { HbError, isHbError } from '../errors';
import type { InvalidRow } from '../core/fleet/fleet-summary';
import { readInventoryCsv } from './csv-inventory';
import { INV } from './errors';

export interface CsvSourceOptions {
  path: string;
  now: () => Date;
  cacheSeconds: number;
  helpdeskAdminIds: readonly string[];
  baselineUbr?: () => number | undefined;
}

interface Loaded {
  mtimeMs: number;
  loadedAt: number;
  devices: Array<SourcedDevice & { ownerId?: string }>;
  invalidRows: InvalidRow[];
}

function originsOf(p: DeviceProfile, asOf: string): ProfileOrigins {
  const o: ProfileOrigins = {};
  for (const k of Object.keys(p) as Array<keyof DeviceProfile>) o[k] = { source: 'csv', asOf };
  return o;
}

/**
 * DEVICE_SOURCE=csv: an inventory file (same columns as `hotpatch-bot fleet`). Facts are "as of" the
 * file's modification time; the file is re-read when it changes or the cache expires. An optional
 * `ownerId` column (Entra object id) tells whose devices they are.
 */
export class CsvDeviceSource implements DeviceSource {
  readonly kind = 'csv' as const;
  private loaded?: Loaded;
  constructor(private readonly o: CsvSourceOptions) {}

  /** Rows skipped at the last load, for the admin (never dropped silently). */
  get invalidRows(): readonly InvalidRow[] {
    return this.loaded?.invalidRows ?? [];
  }

  private async load(): Promise<Loaded> {
    let mtimeMs: number;
    try {
      mtimeMs = (await stat(this.o.path)).mtimeMs;
    } catch (e) {
      throw new HbError(
        INV.unreadableFile,
        `Cannot read the inventory file INVENTORY_CSV_PATH=${this.o.path} (${(e as NodeJS.ErrnoException).code ?? 'error'}).`,
      );
    }
    const now = this.o.now().getTime();
    const l = this.loaded;
    if (l && l.mtimeMs === mtimeMs && now - l.loadedAt < this.o.cacheSeconds * 1000) return l;
    const asOf = new Date(mtimeMs).toISOString();
    const next: Loaded = { mtimeMs, loadedAt: now, devices: [], invalidRows: [] };
    try {
      for await (const r of readInventoryCsv(createReadStream(this.o.path), { baselineUbr: this.o.baselineUbr?.() })) {
        if (!r.ok) next.invalidRows.push({ line: r.line, error: r.error });
        else {
          const name = r.profile.deviceName;
          next.devices.push({
            id: `line-${r.line}`,
            ...(name ? { deviceName: name } : {}),
            profile: r.profile,
            origins: originsOf(r.profile, asOf),
            asOf,
            ...(r.ownerId ? { ownerId: r.ownerId } : {}),
          });
        }
      }
    } catch (e) {
      if (isHbError(e)) throw e;
      throw new HbError(INV.unreadableFile, `Cannot read the inventory file INVENTORY_CSV_PATH=${this.o.path}: ${(e as Error).message}`);
    }
    this.loaded = next;
    return next;
  }

  private requireHelpdesk(r: Requester): void {
    if (r.isHelpdesk || (r.aadObjectId !== undefined && this.o.helpdeskAdminIds.includes(r.aadObjectId))) return;
    throw new HbError(INV.forbidden, 'Sorry, you can only look up your own devices. Ask your helpdesk to check another device for you.');
  }

  async devicesOf(r: Requester): Promise<SourcedDevice[]> {
    if (!r.aadObjectId) return [];
    const owner = r.aadObjectId.toLowerCase();
    return (await this.load()).devices.filter((d) => d.ownerId?.toLowerCase() === owner).map(({ ownerId: _o, ...d }) => d);
  }

  async deviceByName(name: string, r: Requester): Promise<SourcedDevice | undefined> {
    const wanted = name.trim().toLowerCase();
    const hit = (await this.load()).devices.find((d) => d.deviceName?.toLowerCase() === wanted);
    // Anyone may name one of their own devices; any other name gets the same polite refusal.
    const own = hit?.ownerId !== undefined && hit.ownerId.toLowerCase() === r.aadObjectId?.toLowerCase();
    if (!own) this.requireHelpdesk(r);
    if (!hit) return undefined;
    const { ownerId: _o, ...d } = hit;
    return d;
  }

  async *allDevices(r: Requester): AsyncIterable<SourcedDevice> {
    this.requireHelpdesk(r);
    for (const { ownerId: _o, ...d } of (await this.load()).devices) yield d;
  }
}
