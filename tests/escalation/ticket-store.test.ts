import { describe, expect, it } from 'vitest';
import { ExchangeStore, TicketStore, ticketKey, transition } from '../../src/escalation';
import { isHbError } from '../../src/errors';
import { InMemoryStorage } from './in-memory-storage';
import { T1, alex, sam, ticketIn } from './fixtures';

function setup() {
  const storage = new InMemoryStorage();
  return { storage, store: new TicketStore(storage) };
}

describe('TicketStore', () => {
  it('creates and reads a ticket under a tenant-scoped key', async () => {
    const { storage, store } = setup();
    const t = ticketIn('unassigned');
    await store.create(t);
    expect([...storage.items.keys()]).toEqual([ticketKey('tenant-a', t.id)]);
    expect(await store.get('tenant-a', t.id)).toEqual(t);
    expect(await store.get('tenant-b', t.id)).toBeUndefined();
  });

  it('encodes key parts, so ids with separators cannot escape their tenant', () => {
    expect(ticketKey('a/b', 'HB-1')).toBe('escalation/tickets/a%2Fb/HB-1');
    expect(ticketKey('t', '../x')).not.toContain('/../');
  });

  it('refuses to create the same ticket id twice (HB-ESC-005)', async () => {
    const { store } = setup();
    await store.create(ticketIn('unassigned'));
    await expect(store.create(ticketIn('unassigned'))).rejects.toMatchObject({ code: 'HB-ESC-005' });
  });

  it('throws HB-ESC-001 when updating a ticket that does not exist in this tenant', async () => {
    const { store } = setup();
    await store.create(ticketIn('unassigned'));
    const e = await store.update('tenant-b', 'HB-7K3Q9P2M', (t) => ({ ticket: t, result: 0 })).catch((x) => x);
    expect(isHbError(e) && e.code).toBe('HB-ESC-001');
  });

  it('re-reads and re-applies after an eTag conflict: a competing close makes the late assign see "closed"', async () => {
    const { storage, store } = setup();
    await store.create(ticketIn('unassigned'));
    // Between Sam's read and Sam's write, Alex closes the ticket.
    storage.beforeWrite = async () => {
      const other = new TicketStore(storage);
      await other.update('tenant-a', 'HB-7K3Q9P2M', (t) => {
        const r = transition(t, { verb: 'ticket-close' }, alex, T1);
        return r.ok ? { ticket: r.ticket, result: null } : { result: null };
      });
    };
    const out = await store.update('tenant-a', 'HB-7K3Q9P2M', (t) => {
      const r = transition(t, { verb: 'ticket-assign' }, sam, T1);
      return r.ok ? { ticket: r.ticket, result: 'assigned' } : { result: r.reason };
    });
    expect(out).toEqual({ ok: false, result: 'closed' });
    expect((await store.get('tenant-a', 'HB-7K3Q9P2M'))?.state).toBe('closed');
  });

  it('keeps both replies when two replies race (no lost update)', async () => {
    const { storage, store } = setup();
    await store.create(ticketIn('assigned', alex));
    const reply = (text: string) =>
      store.update('tenant-a', 'HB-7K3Q9P2M', (t) => {
        const r = transition(t, { verb: 'ticket-reply', text }, alex, T1);
        return r.ok ? { ticket: r.ticket, result: null } : { result: null };
      });
    storage.beforeWrite = async () => {
      await reply('first');
    };
    await reply('second');
    const t = await store.get('tenant-a', 'HB-7K3Q9P2M');
    expect(t?.replies.map((r) => r.text)).toEqual(['first', 'second']);
  });

  it('gives up with HB-ESC-002 when every attempt conflicts', async () => {
    const storage = new InMemoryStorage();
    const store = new TicketStore(storage, 3);
    await store.create(ticketIn('unassigned'));
    let competing = 0;
    const bump = async () => {
      competing++;
      const item = (await storage.read([ticketKey('tenant-a', 'HB-7K3Q9P2M')]))[ticketKey('tenant-a', 'HB-7K3Q9P2M')];
      await storage.write({ [ticketKey('tenant-a', 'HB-7K3Q9P2M')]: { ...item, eTag: '*' } });
      storage.beforeWrite = competing < 10 ? bump : undefined;
    };
    storage.beforeWrite = bump;
    const e = await store.update('tenant-a', 'HB-7K3Q9P2M', (t) => ({ ticket: { ...t, question: 'changed' }, result: null })).catch((x) => x);
    expect(isHbError(e) && e.code).toBe('HB-ESC-002');
    expect(competing).toBe(3);
  });

  it('writes nothing when the change is refused', async () => {
    const { storage, store } = setup();
    await store.create(ticketIn('closed', alex));
    const before = storage.writes;
    const out = await store.update('tenant-a', 'HB-7K3Q9P2M', () => ({ result: 'no' }));
    expect(out).toEqual({ ok: false, result: 'no' });
    expect(storage.writes).toBe(before);
  });
});

describe('ExchangeStore', () => {
  it('recalls the last exchange for the same tenant, conversation and user only, while recent', async () => {
    const store = new ExchangeStore(new InMemoryStorage(), 60_000);
    const at = '2026-11-25T12:00:00.000Z';
    await store.remember('t1', 'a:conv', '29:u', { question: 'q1', botAttempt: 'b1', at });
    await store.remember('t1', 'a:conv', '29:u', { question: 'q2', botAttempt: 'b2', at });
    const now = new Date('2026-11-25T12:00:30Z');
    expect(await store.recall('t1', 'a:conv', '29:u', now)).toEqual({ question: 'q2', botAttempt: 'b2', at });
    expect(await store.recall('t2', 'a:conv', '29:u', now)).toBeUndefined();
    expect(await store.recall('t1', 'a:conv', '29:other', now)).toBeUndefined();
    expect(await store.recall('t1', 'a:conv', '29:u', new Date('2026-11-25T12:02:00Z'))).toBeUndefined();
  });
});
