import { z } from 'zod';

// Owned by the inventory area.
export const inventorySchema = z.object({
  DEVICE_SOURCE: z.enum(['none', 'csv', 'intune'], { message: 'must be none, csv or intune' }).default('none'),
  INVENTORY_CSV_PATH: z.string().optional(),
});
