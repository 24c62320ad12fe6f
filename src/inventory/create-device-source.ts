import type { TokenCredential } from '@azure/identity';
import type { DeviceSource } from '../core/device-source';
import { checkInventoryConfig, type InventoryConfig } from '../config';
import { CsvDeviceSource } from './csv-source';
import { noneDeviceSource } from './none-source';
import { createCredential, tokenGetter } from './graph/graph-auth';
import { createGraphApi, type GraphApi } from './graph/graph-http';
import { IntuneDeviceSource } from './graph/intune-source';

export interface DeviceSourceDeps {
  /** The clock, read at the edge (cache ages, "as of" stamps). */
  now: () => Date;
  /** UBR of the latest baseline from the release data (src/data + latestBaseline()), when known. */
  baselineUbr?: () => number | undefined;
  /** Overrides for tests and special hosting. */
  credential?: TokenCredential;
  graphApi?: GraphApi;
  sleep?: (ms: number) => Promise<void>;
  graphTimeoutMs?: number;
}

/** DEVICE_SOURCE → the DeviceSource the composition root hands to src/answers. */
export function createDeviceSource(config: InventoryConfig, deps: DeviceSourceDeps): DeviceSource {
  checkInventoryConfig(config);
  switch (config.DEVICE_SOURCE) {
    case 'none':
      return noneDeviceSource;
    case 'csv':
      return new CsvDeviceSource({
        path: config.INVENTORY_CSV_PATH!,
        now: deps.now,
        cacheSeconds: config.GRAPH_CACHE_SECONDS,
        helpdeskAdminIds: config.HELPDESK_ADMIN_IDS,
        baselineUbr: deps.baselineUbr,
      });
    case 'intune': {
      const api =
        deps.graphApi ??
        createGraphApi({ getToken: tokenGetter(deps.credential ?? createCredential(config)), sleep: deps.sleep, timeoutMs: deps.graphTimeoutMs });
      return new IntuneDeviceSource({
        api,
        now: deps.now,
        cacheSeconds: config.GRAPH_CACHE_SECONDS,
        helpdeskAdminIds: config.HELPDESK_ADMIN_IDS,
        helpdeskGroupId: config.HELPDESK_GROUP_ID,
        readCatalog: config.GRAPH_READ_CATALOG,
        baselineUbr: deps.baselineUbr,
      });
    }
  }
}
