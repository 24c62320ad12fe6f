import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { escalationKeys, reminderKeys, tenantOfReminderKey } from '../../src/storage/keys';
import { MemoryStorage } from '../../src/storage/memory-storage';
import { SqliteStorage } from '../../src/storage/sqlite-storage';
import type { Storage } from '../../src/storage/types';
import { findSubscription, listSubscriptions, readConversation } from '../../src/reminders/subscriptions';
import { tenantReminderStatus } from '../../src/reminders/status';
import { ExchangeStore, TicketStore } from '../../src/escalation';
import { ticketIn } from '../escalation/fixtures';

/**
 * The stores keep the key formats they have written since the first release (docs/storage.md): these
 * tests pin every format byte for byte, so a change to src/storage/keys.ts that would hide stored rows
 * and blobs fails here instead of in production.
 */

// The formulas each store used before the keys moved to src/storage/keys.ts (commit bcf4b22), verbatim.
const before = {
  index: () => '_system/reminders-index',
  runs: () => '_system/reminders-runs',
  conversation: (tenantId: string, conversationId: string) => `${tenantId}/conversations/${conversationId}`,
  tenantIndex: (tenantId: string) => `${tenantId}/reminders/index`,
  subscription: (tenantId: string, id: string) => `${tenantId}/reminders/subscriptions/${id}`,
  outbox: (tenantId: string, subscriptionId: string, occurrence: string) => `${tenantId}/reminders/outbox/${subscriptionId}/${occurrence}`,
  lease: (tenantId: string) => `${tenantId}/reminders/sender-lease`,
  ticket: (tenantId: string, ticketId: string) => `escalation/tickets/${encodeURIComponent(tenantId)}/${encodeURIComponent(ticketId)}`,
  requesterLast: (tenantId: string, userId: string) => `escalation/user-last/${encodeURIComponent(tenantId)}/${encodeURIComponent(userId)}`,
  exchange: (tenantId: string, conversationId: string, userId: string) =>
    ['escalation/last', tenantId, conversationId, userId].map((p, i) => (i === 0 ? p : encodeURIComponent(p))).join('/'),
  exchangeBucket: (start: number) => `escalation/last-expiry/${start}`,
};

describe('storage keys: the formats already in the stores', () => {
  it('reads as it always did, for Teams-shaped ids', () => {
    const tenant = '72f988bf-86f1-41af-91ab-2d7cd011db47';
    const conv = '19:abc@thread.tacv2;messageid=1';
    expect(reminderKeys.index()).toBe('_system/reminders-index');
    expect(reminderKeys.runs()).toBe('_system/reminders-runs');
    expect(reminderKeys.conversation(tenant, conv)).toBe(`${tenant}/conversations/19:abc@thread.tacv2;messageid=1`);
    expect(reminderKeys.tenantIndex(tenant)).toBe(`${tenant}/reminders/index`);
    expect(reminderKeys.subscription(tenant, '3f2a9c10')).toBe(`${tenant}/reminders/subscriptions/3f2a9c10`);
    expect(reminderKeys.outbox(tenant, '3f2a9c10', '2026-11-30T08:00:00.000Z')).toBe(`${tenant}/reminders/outbox/3f2a9c10/2026-11-30T08:00:00.000Z`);
    expect(reminderKeys.lease(tenant)).toBe(`${tenant}/reminders/sender-lease`);
    expect(escalationKeys.ticket(tenant, 'HB-7K3Q9P2M')).toBe(`escalation/tickets/${tenant}/HB-7K3Q9P2M`);
    expect(escalationKeys.requesterLast('a/b', '29:user-1')).toBe('escalation/user-last/a%2Fb/29%3Auser-1');
    expect(escalationKeys.exchange('t', 'a:personal-1', '29:user-1')).toBe('escalation/last/t/a%3Apersonal-1/29%3Auser-1');
    expect(escalationKeys.exchangeBucket(1_795_000_200_000)).toBe('escalation/last-expiry/1795000200000');
    expect(tenantOfReminderKey(reminderKeys.outbox(tenant, 's', 'o'))).toBe(tenant);
  });

  it('property: every key equals the formula its store used before, whatever the ids', () => {
    const id = fc.string({ maxLength: 40 });
    fc.assert(
      fc.property(id, id, id, fc.integer({ min: 0, max: 2 ** 45 }), (a, b, c, n) => {
        expect(reminderKeys.conversation(a, b)).toBe(before.conversation(a, b));
        expect(reminderKeys.tenantIndex(a)).toBe(before.tenantIndex(a));
        expect(reminderKeys.subscription(a, b)).toBe(before.subscription(a, b));
        expect(reminderKeys.outbox(a, b, c)).toBe(before.outbox(a, b, c));
        expect(reminderKeys.lease(a)).toBe(before.lease(a));
        expect(escalationKeys.ticket(a, b)).toBe(before.ticket(a, b));
        expect(escalationKeys.requesterLast(a, b)).toBe(before.requesterLast(a, b));
        expect(escalationKeys.exchange(a, b, c)).toBe(before.exchange(a, b, c));
        expect(escalationKeys.exchangeBucket(n)).toBe(before.exchangeBucket(n));
      }),
      { seed: 13, numRuns: 1000 },
    );
    expect(reminderKeys.index()).toBe(before.index());
    expect(reminderKeys.runs()).toBe(before.runs());
  });
});

const dir = mkdtempSync(join(tmpdir(), 'hb-keys-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const stores: Array<[string, () => Storage & { close?(): void }]> = [
  ['memory', () => new MemoryStorage()],
  ['sqlite (a file on disk)', () => new SqliteStorage(join(dir, `keys-${Math.random().toString(36).slice(2)}.db`))],
];

describe('records written under the literal keys of the previous release are found', () => {
  const TENANT = 'tenant-a';
  const CONV = '19:ops@thread.tacv2';
  const AT = '2026-11-20T10:00:00.000Z';
  const reference = { serviceUrl: 'https://smba.trafficmanager.net/emea/', channelId: 'msteams', conversation: { id: CONV, tenantId: TENANT } };
  const subscription = {
    id: 'ab12cd34',
    tenantId: TENANT,
    conversationId: CONV,
    day: 1,
    time: '09:00',
    timeZone: 'Europe/Paris',
    locale: 'en',
    options: {},
    createdAt: AT,
  };

  it.each(stores)('%s', async (_name, make) => {
    const storage = make();
    const ticket = ticketIn('unassigned');
    // Exactly the keys bcf4b22 wrote, spelled out (not built by the code under test).
    await storage.write({
      '_system/reminders-index': { subs: { ab12cd34: TENANT } },
      'tenant-a/reminders/index': { subs: { ab12cd34: { c: CONV, at: AT } } },
      'tenant-a/reminders/subscriptions/ab12cd34': subscription,
      'tenant-a/conversations/19:ops@thread.tacv2': { tenantId: TENANT, conversationId: CONV, reference, updatedAt: AT },
      'escalation/tickets/tenant-a/HB-7K3Q9P2M': { ...ticket },
      'escalation/user-last/tenant-a/29%3Auser-1': { ticketId: ticket.id, at: AT },
      'escalation/last/tenant-a/a%3Apersonal-1/29%3Auser-1': { question: 'Why did my PC restart?', botAttempt: 'A baseline month.', at: AT },
    });
    expect((await listSubscriptions(storage)).map((s) => s.id)).toEqual(['ab12cd34']);
    expect((await findSubscription(storage, 'ab12cd34'))?.conversationId).toBe(CONV);
    expect((await tenantReminderStatus({ storage, clock: () => new Date(AT) }, TENANT)).items.map((i) => i.id)).toEqual(['ab12cd34']);
    expect((await readConversation(storage, TENANT, CONV))?.reference.serviceUrl).toBe(reference.serviceUrl);
    const tickets = new TicketStore(storage);
    expect((await tickets.get(TENANT, 'HB-7K3Q9P2M'))?.question).toBe(ticket.question);
    expect(await tickets.lastOf(TENANT, '29:user-1')).toEqual({ ticketId: ticket.id, at: AT });
    expect((await new ExchangeStore(storage).recall(TENANT, 'a:personal-1', '29:user-1', new Date(Date.parse(AT) + 60_000)))?.question).toBe(
      'Why did my PC restart?',
    );
    storage.close?.();
  });
});
