import * as AC from 'adaptivecards';
import { describe, expect, it } from 'vitest';
import { helpdeskTicketCard, sentToHelpdeskNotice, ticketUpdateNotice, transition, type Ticket } from '../../src/escalation';
import { T1, alex, sam, ticketIn } from './fixtures';

/** Parse with the adaptivecards SDK at schema 1.5 and collect every parse and validation problem. */
function problems(card: unknown): string[] {
  const ac = new AC.AdaptiveCard();
  const ctx = new AC.SerializationContext(AC.Versions.v1_5);
  ac.parse(card as AC.PropertyBag, ctx);
  const out: string[] = [];
  for (let i = 0; i < ctx.eventCount; i++) out.push(ctx.getEventAt(i).message);
  const v = ac.validateProperties();
  for (let i = 0; i < v.validationEvents.length; i++) out.push(v.validationEvents[i].message);
  return out;
}

function walk(node: unknown, visit: (o: Record<string, unknown>) => void): void {
  if (Array.isArray(node)) node.forEach((n) => walk(n, visit));
  else if (node && typeof node === 'object') {
    visit(node as Record<string, unknown>);
    Object.values(node).forEach((n) => walk(n, visit));
  }
}

const EVIL = '**bold** [click me](https://evil.test) <at>x</at> ${template} {{x}} _i_ # H\n- list';

function withEverything(): Ticket {
  let t = ticketIn('unassigned', undefined, {
    question: EVIL,
    botAttempt: `Bot said: ${EVIL}`,
    requester: { id: '29:u', name: `Mallory ${EVIL}` },
    conversationLink: 'https://teams.microsoft.com/l/message/19%3Aabc%40thread.tacv2/1700000000000',
  });
  const r = transition(t, { verb: 'ticket-reply', text: `Answer ${EVIL}` }, { ...alex, name: `Alex ${EVIL}` }, T1);
  if (!r.ok) throw new Error(r.reason);
  t = r.ticket;
  return t;
}

const states: Ticket[] = [ticketIn('unassigned'), ticketIn('assigned', sam), ticketIn('closed', alex), withEverything()];

describe('ticket cards', () => {
  describe.each(['en', 'fr'] as const)('%s', (locale) => {
    it.each(states.map((t, i) => [`${t.state} #${i}`, t] as const))('helpdesk card %s is a valid Adaptive Card 1.5', (_n, t) => {
      for (const actionType of ['Action.Execute', 'Action.Submit'] as const) {
        const card = helpdeskTicketCard(t, locale, { actionType });
        expect(card.version).toBe('1.5');
        expect(problems(card)).toEqual([]);
        expect(JSON.stringify(card).length).toBeLessThan(28_000);
      }
    });

    it('user notices are valid cards', () => {
      const t = { ...withEverything(), locale };
      for (const card of [
        sentToHelpdeskNotice(t).card,
        ...(['ticket-assign', 'ticket-reply', 'ticket-close'] as const).map((v) => ticketUpdateNotice(t, v, alex).card),
      ]) {
        expect(problems(card)).toEqual([]);
      }
    });
  });

  it('puts user text only in TextRuns (never markdown), verbatim', () => {
    const t = withEverything();
    const cards = [helpdeskTicketCard(t, 'en'), sentToHelpdeskNotice(t).card, ticketUpdateNotice(t, 'ticket-reply', alex).card];
    for (const card of cards) {
      const runs: string[] = [];
      walk(card, (o) => {
        if (o.type === 'TextBlock') expect(String(o.text)).not.toContain('evil.test');
        if (o.type === 'FactSet') throw new Error('FactSet values are markdown in Teams');
        if (o.type === 'TextRun') runs.push(String(o.text));
      });
      expect(runs.some((r) => r.includes(EVIL))).toBe(true);
    }
  });

  it('shows state, buttons and verbs per state (closed: none)', () => {
    const verbs = (t: Ticket) => {
      const out: string[] = [];
      walk(helpdeskTicketCard(t, 'en'), (o) => {
        if (o.type === 'Action.Execute') out.push(String(o.verb));
      });
      return out.sort();
    };
    expect(verbs(ticketIn('unassigned'))).toEqual(['ticket-assign', 'ticket-close', 'ticket-reply']);
    expect(verbs(ticketIn('closed', alex))).toEqual([]);
    const json = JSON.stringify(helpdeskTicketCard(ticketIn('assigned', sam), 'fr'));
    expect(json).toContain('Attribué à Sam Roe');
    expect(json).toContain('Reprendre');
    expect(JSON.stringify(helpdeskTicketCard(ticketIn('unassigned'), 'en'))).toContain('Assign to me');
  });

  it('every button carries the ticket and tenant; the reply input is named replyText', () => {
    const card = helpdeskTicketCard(ticketIn('unassigned'), 'en', { actionType: 'Action.Submit' });
    const datas: Record<string, unknown>[] = [];
    const inputs: string[] = [];
    walk(card, (o) => {
      if (o.type === 'Action.Submit') datas.push(o.data as Record<string, unknown>);
      if (o.type === 'Input.Text') inputs.push(String(o.id));
    });
    expect(datas).toHaveLength(3);
    for (const d of datas) expect(d).toMatchObject({ ticketId: 'HB-7K3Q9P2M', tenantId: 'tenant-a' });
    expect(inputs).toEqual(['replyText']);
  });

  it('stays under 28 KB with maximum-length content', () => {
    let t = ticketIn('assigned', alex, { question: 'q'.repeat(2000), botAttempt: 'b'.repeat(1500) });
    for (let i = 0; i < 12; i++) {
      const r = transition(t, { verb: 'ticket-reply', text: 'é'.repeat(2000) }, alex, T1);
      if (r.ok) t = r.ticket;
    }
    expect(Buffer.byteLength(JSON.stringify(helpdeskTicketCard(t, 'fr')))).toBeLessThan(28_000);
  });
});
