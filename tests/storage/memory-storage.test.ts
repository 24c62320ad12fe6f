import { MemoryStorage } from '../../src/storage/memory-storage';
import { storageContract } from './storage-contract';

const storage = new MemoryStorage();
storageContract('memory', () => storage);
