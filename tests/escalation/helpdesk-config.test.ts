import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { canEscalate, helpdeskSchema, helpdeskSettings } from '../../src/config/helpdesk-config';
import { conversationLink, formatTicketId, newTicket } from '../../src/escalation';

describe('helpdesk configuration', () => {
  it('reads the channel, service URL, contact text and locale', () => {
    const c = helpdeskSchema.parse({
      HELPDESK_CONVERSATION_ID: '19:abc123@thread.tacv2',
      HELPDESK_SERVICE_URL: 'https://smba.trafficmanager.net/emea/',
      HELPDESK_CONTACT_TEXT: 'Call 1234',
      HELPDESK_LOCALE: 'fr',
    });
    expect(helpdeskSettings(c)).toEqual({
      conversationId: '19:abc123@thread.tacv2',
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      contactText: 'Call 1234',
      locale: 'fr',
    });
    expect(canEscalate(helpdeskSettings(c))).toBe(true);
  });

  it('defaults to English cards and no escalation when nothing is set', () => {
    const s = helpdeskSettings(helpdeskSchema.parse({}));
    expect(s).toEqual({ locale: 'en' });
    expect(canEscalate(s)).toBe(false);
    expect(canEscalate({ locale: 'en', contactText: 'Call 1234' })).toBe(true);
  });

  it('accepts http only for localhost (Agents Playground)', () => {
    expect(helpdeskSchema.safeParse({ HELPDESK_SERVICE_URL: 'http://localhost:56150/_connector/' }).success).toBe(true);
    expect(helpdeskSchema.safeParse({ HELPDESK_SERVICE_URL: 'http://example.com/' }).success).toBe(false);
  });

  it.each([
    [{ HELPDESK_SERVICE_URL: 'not a url' }, 'HELPDESK_SERVICE_URL'],
    [{ HELPDESK_CONVERSATION_ID: '19:abc def' }, 'HELPDESK_CONVERSATION_ID'],
    [{ HELPDESK_LOCALE: 'de' }, 'HELPDESK_LOCALE'],
  ])('fails at start with HB-CONFIG-001 naming the variable and an example: %j', (env, name) => {
    let message = '';
    try {
      loadConfig(env);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('HB-CONFIG-001');
    expect(message).toContain(name);
    expect(message).toMatch(/e\.g\./);
  });
});

describe('ticket ids and links', () => {
  it('formats 5 bytes as HB- + 8 Crockford characters, distinct bytes → distinct ids', () => {
    expect(formatTicketId(new Uint8Array([0, 0, 0, 0, 0]))).toBe('HB-00000000');
    expect(formatTicketId(new Uint8Array([255, 255, 255, 255, 255]))).toBe('HB-ZZZZZZZZ');
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 5, maxLength: 5 }), fc.uint8Array({ minLength: 5, maxLength: 5 }), (a, b) => {
        const [x, y] = [formatTicketId(a), formatTicketId(b)];
        expect(x).toMatch(/^HB-[0-9A-HJKMNP-TV-Z]{8}$/);
        expect(x === y).toBe(Buffer.from(a).equals(Buffer.from(b)));
      }),
    );
  });

  it('links channel and group-chat messages, not personal bot chats', () => {
    const ref = (id: string) => ({ channelId: 'msteams', serviceUrl: 'https://s/', conversation: { id } });
    expect(conversationLink(ref('19:abc@thread.tacv2;messageid=17'), '18')).toBe('https://teams.microsoft.com/l/message/19%3Aabc%40thread.tacv2/18');
    expect(conversationLink(ref('a:1xyz'), '18')).toBeUndefined();
    expect(conversationLink(ref('19:abc@thread.v2'), undefined)).toBeUndefined();
  });

  it('clips long questions and drops an empty bot attempt', () => {
    const t = newTicket({
      id: 'HB-00000000',
      tenantId: 't',
      locale: 'en',
      requester: { id: 'u' },
      question: 'x'.repeat(5000),
      botAttempt: '   ',
      userRef: { channelId: 'msteams', serviceUrl: 'https://s/', conversation: { id: 'a:1' } },
      now: '2026-11-25T12:00:00.000Z',
    });
    expect(t.question).toHaveLength(2000);
    expect(t.botAttempt).toBeUndefined();
    expect(t.state).toBe('unassigned');
  });
});
