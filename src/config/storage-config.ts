import { z } from 'zod';

// Owned by the storage/reminders area.
export const storageSchema = z.object({
  STORAGE: z.enum(['sqlite', 'blobs', 'memory'], { message: 'must be sqlite, blobs or memory' }).default('sqlite'),
  SQLITE_PATH: z.string().default('data/hotpatch-bot.db'),
  BLOB_CONNECTION_STRING: z.string().optional(),
  BLOB_CONTAINER: z.string().optional(),
});
