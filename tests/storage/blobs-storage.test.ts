import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlobsStore } from '../../src/storage/blobs-storage';
import { createStorage } from '../../src/storage';
import { startAzurite, type Azurite } from '../helpers/azurite';
import { storageContract } from './storage-contract';

let azurite: Azurite;
let storage: BlobsStore;
beforeAll(async () => {
  azurite = await startAzurite();
  storage = new BlobsStore(azurite.connectionString, 'contract');
});
afterAll(async () => azurite?.stop());

storageContract('blobs (Azurite)', () => storage);

describe('createStorage', () => {
  it('builds a blobs store from config and refuses a half configuration with HB-STORAGE-002', async () => {
    const s = createStorage({ STORAGE: 'blobs', SQLITE_PATH: 'unused', BLOB_CONNECTION_STRING: azurite.connectionString, BLOB_CONTAINER: 'factory' });
    await s.write({ 't/1': { ok: true } });
    expect((await s.read(['t/1']))['t/1']!.ok).toBe(true);
    expect(() => createStorage({ STORAGE: 'blobs', SQLITE_PATH: 'unused' })).toThrow(/HB-STORAGE-002/);
  });
});
