import { BlobsStorage } from 'botbuilder-azure-blobs';
import { ContainerClient } from '@azure/storage-blob';
import type { Storage, StoreItems } from './types';
import { CREATE_ONLY } from './types';
import { StorageConflictError } from './errors';

/**
 * Azure Blob storage: botbuilder-azure-blobs `BlobsStorage` for read/write/delete, so the bot's state
 * lives where botbuilder expects it. One thing BlobsStorage does not do is added here: create-only
 * writes (`If-None-Match: *`, same blob name and JSON as BlobsStorage), needed for cross-process claims.
 */
export class BlobsStore implements Storage {
  private readonly blobs: BlobsStorage;
  private readonly container: ContainerClient;
  private ready?: Promise<unknown>;

  constructor(connectionString: string, containerName: string) {
    this.blobs = new BlobsStorage(connectionString, containerName);
    this.container = new ContainerClient(connectionString, containerName);
  }

  read(keys: string[]): Promise<StoreItems> {
    return this.blobs.read(keys) as Promise<StoreItems>;
  }

  async write(changes: StoreItems): Promise<void> {
    const viaBotbuilder: StoreItems = {};
    const own: Array<[string, StoreItems[string]]> = [];
    for (const [key, item] of Object.entries(changes)) {
      if (item.eTag === CREATE_ONLY) own.push([key, item]);
      else viaBotbuilder[key] = item;
    }
    await Promise.all(own.map(([key, item]) => this.upload(key, item)));
    if (Object.keys(viaBotbuilder).length === 0) return;
    try {
      await this.blobs.write(viaBotbuilder);
    } catch (e) {
      if (e instanceof Error && /eTag conflict/.test(e.message)) {
        throw new StorageConflictError(/"(.*)"/.exec(e.message)?.[1] ?? Object.keys(viaBotbuilder).join(','));
      }
      throw e;
    }
  }

  delete(keys: string[]): Promise<void> {
    return this.blobs.delete(keys);
  }

  private async upload(key: string, item: StoreItems[string]): Promise<void> {
    this.ready ??= this.container.createIfNotExists();
    await this.ready;
    const { eTag: _ignored, ...value } = item;
    const body = Buffer.from(JSON.stringify(value), 'utf8');
    try {
      await this.container.getBlockBlobClient(blobName(key)).upload(body, body.length, {
        conditions: { ifNoneMatch: '*' },
        blobHTTPHeaders: { blobContentType: 'application/json' },
      });
    } catch (e) {
      const status = (e as { statusCode?: number }).statusCode;
      if (status === 409 || status === 412) throw new StorageConflictError(key);
      throw e;
    }
  }
}

/** Same name BlobsStorage gives a key (botbuilder-azure-blobs sanitizeBlobKey), so both paths meet. */
function blobName(key: string): string {
  const joined = key.split('/').reduce((acc, part, idx) => (part ? [acc, part].join(idx < 255 ? '/' : '') : acc));
  return encodeURIComponent(joined).substring(0, 1024);
}
