import { describe, expect, it } from 'vitest';
import { createHooks } from '../../src/teams/hooks';
import { TicketStore, ticketVerbs } from '../../src/escalation';
import { registerEscalation, type EscalationDeps } from '../../src/teams/escalation-handler';
import { InMemoryStorage } from './in-memory-storage';

describe('registerEscalation on the Teams hooks', () => {
  it('registers the escalate intent and the three ticket verbs', () => {
    const hooks = createHooks();
    const deps: EscalationDeps = {
      settings: { locale: 'en' },
      store: new TicketStore(new InMemoryStorage()),
      sender: { send: async () => ({ ok: true }) },
      now: () => new Date(0),
    };
    registerEscalation(hooks, deps);
    expect(hooks.intentHooks('escalate')).toHaveLength(1);
    for (const verb of ticketVerbs) expect(hooks.action(verb)).toBeTypeOf('function');
    // Registering twice is a wiring bug the hooks refuse loudly.
    expect(() => registerEscalation(hooks, deps)).toThrow(/HB-TEAMS-001/);
  });
});
