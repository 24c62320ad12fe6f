import { z } from 'zod';

// Owned by the helpdesk/escalation area.
export const helpdeskSchema = z.object({
  HELPDESK_CONTACT_TEXT: z.string().optional(),
});
