import { HbError } from '../errors';
import { type Storage, type StoreItem, CREATE_ONLY, isStorageConflict, escalationKeys } from '../storage';
import { ESC } from './errors';
import type { Ticket } from './ticket';

/** Keys are tenant-scoped: one tenant can never read or change another tenant's ticket by id. */
export const ticketKey = escalationKeys.ticket;
const lastKey = escalationKeys.requesterLast;

export type UpdateOutcome<R> = { ok: true; ticket: Ticket; result: R } | { ok: false; result: R };

/**
 * Tickets over the Storage port with optimistic concurrency: an update reads the item with its eTag,
 * applies a pure change and writes with that eTag; on a conflict (someone clicked at the same time) it
 * re-reads and re-applies, so the second click sees the first one's result (e.g. "already assigned").
 */
export class TicketStore {
  constructor(
    private readonly storage: Storage,
    private readonly maxAttempts = 4,
  ) {}

  async create(ticket: Ticket): Promise<void> {
    try {
      await this.storage.write({ [ticketKey(ticket.tenantId, ticket.id)]: { ...ticket, eTag: CREATE_ONLY } });
    } catch (e) {
      if (isStorageConflict(e)) throw new HbError(ESC.duplicate, `Ticket ${ticket.id} already exists; create it again with a new id.`);
      throw e;
    }
  }

  async get(tenantId: string, ticketId: string): Promise<Ticket | undefined> {
    const key = ticketKey(tenantId, ticketId);
    const item = (await this.storage.read([key]))[key];
    return item ? toTicket(item) : undefined;
  }

  /**
   * `change` returns the new ticket (written) or undefined (nothing to write), plus a result for the
   * caller. Throws HB-ESC-001 when the ticket does not exist, HB-ESC-002 after repeated conflicts.
   */
  async update<R>(tenantId: string, ticketId: string, change: (t: Ticket) => { ticket?: Ticket; result: R }): Promise<UpdateOutcome<R>> {
    const key = ticketKey(tenantId, ticketId);
    for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
      const item = (await this.storage.read([key]))[key];
      if (!item) throw new HbError(ESC.notFound, `Ticket ${ticketId} was not found in this tenant.`, { ticketId });
      const { ticket, result } = change(toTicket(item));
      if (!ticket) return { ok: false, result };
      try {
        await this.storage.write({ [key]: { ...ticket, eTag: item.eTag ?? '*' } });
        return { ok: true, ticket, result };
      } catch (e) {
        if (!isStorageConflict(e)) throw e;
      }
    }
    throw new HbError(ESC.conflict, `Ticket ${ticketId} kept changing while we updated it; please try the action again.`, { ticketId });
  }

  async delete(tenantId: string, ticketId: string): Promise<void> {
    await this.storage.delete([ticketKey(tenantId, ticketId)]);
  }

  /** The requester's latest ticket (id and ISO time), to stop a double click from opening two. */
  async lastOf(tenantId: string, userId: string): Promise<{ ticketId: string; at: string } | undefined> {
    const key = lastKey(tenantId, userId);
    const item = (await this.storage.read([key]))[key] as { ticketId?: unknown; at?: unknown } | undefined;
    return item && typeof item.ticketId === 'string' && typeof item.at === 'string' ? { ticketId: item.ticketId, at: item.at } : undefined;
  }

  async setLastOf(tenantId: string, userId: string, ticketId: string, at: string): Promise<void> {
    await this.storage.write({ [lastKey(tenantId, userId)]: { ticketId, at, eTag: '*' } });
  }
}

function toTicket(item: StoreItem): Ticket {
  const { eTag: _eTag, ...rest } = item;
  return rest as unknown as Ticket;
}
