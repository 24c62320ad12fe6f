import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReplayCache, replayKey, cleanInboundText, checkActivityBody } from '../../src/teams/guards';
import { startBot, message, type ReplyBody } from './harness';

let bot: Awaited<ReturnType<typeof startBot>>;
beforeAll(async () => {
  bot = await startBot({ MAX_BODY_BYTES: String(64 * 1024) });
});
afterAll(() => bot?.close());

const texts = (b: ReplyBody) => b.activities.filter((a) => a.type === 'message').map((a) => a.text ?? '');

describe('HTTP-level refusals', () => {
  it('a body over MAX_BODY_BYTES → 413, nothing processed', async () => {
    const before = { ...bot.seen };
    const res = await bot.post(message({ text: 'x'.repeat(70 * 1024) }));
    expect(res.status).toBe(413);
    expect(bot.seen).toEqual(before);
  });

  it('a chunked body over the limit (no content-length) → 413', async () => {
    const big = JSON.stringify(message({ text: 'y'.repeat(70 * 1024) }));
    const stream = new ReadableStream({
      start(c) {
        for (let i = 0; i < big.length; i += 8192) c.enqueue(new TextEncoder().encode(big.slice(i, i + 8192)));
        c.close();
      },
    });
    const res = await fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
  });

  it.each([
    ['malformed JSON', '{"type":"message",'],
    ['a JSON array', '[1,2,3]'],
    ['a JSON string', '"message"'],
    ['JSON null', 'null'],
  ])('%s → 400 with a JSON error, never 5xx', async (_n, body) => {
    const before = { ...bot.seen };
    const res = await bot.post(body);
    expect(res.status).toBe(400);
    expect(bot.seen).toEqual(before);
  });

  it.each([
    ['no type', { type: undefined }],
    ['a numeric type', { type: 42 }],
    ['no conversation', { conversation: undefined }],
    ['a conversation without id', { conversation: { tenantId: 'x' } }],
    ['a non-string text', { text: { $gt: '' } }],
    ['entities that are not objects', { entities: ['mention'] }],
    ['a timestamp that is not a date', { timestamp: 'yesterday-ish' }],
  ])('an activity with %s → 400 naming the field', async (_n, extra) => {
    const before = { ...bot.seen };
    const res = await bot.post(message(extra));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(/activity|body/i);
    expect(bot.seen).toEqual(before);
  });
});

describe('activities the bot does not answer are ignored with 200', () => {
  it.each(['messageReaction', 'typing', 'endOfConversation', 'event', 'installationUpdate', 'messageUpdate', 'messageDelete', 'x-unknown-type'])(
    '%s → 200, no message sent, pipeline not called',
    async (type) => {
      const before = bot.seen.asks;
      const res = await bot.post(message({ type, text: undefined }));
      expect(res.status).toBe(200);
      expect(texts((await res.json()) as ReplyBody)).toEqual([]);
      expect(bot.seen.asks).toBe(before);
    },
  );

  it.each(['x/unknown', 'composeExtension/query', 'signin/verifyState'])('an unhandled invoke (%s) → 200, not the 501 botbuilder gives', async (name) => {
    const res = await bot.post(message({ type: 'invoke', name, text: undefined, value: {}, deliveryMode: undefined }));
    expect(res.status).toBe(200);
  });
});

describe('hostile text', () => {
  it('a 50 KB message gets a short polite answer, fast, without running the pipeline on it', async () => {
    const before = bot.seen.asks;
    const t0 = Date.now();
    const res = await bot.post(message({ text: 'When is the next reboot? '.repeat(2100).slice(0, 50 * 1024) }));
    expect(res.status).toBe(200);
    const [reply] = texts((await res.json()) as ReplyBody);
    expect(reply).toMatch(/too long/i);
    expect(reply!.length).toBeLessThan(400);
    expect(bot.seen.asks).toBe(before);
    expect(Date.now() - t0).toBeLessThan(5000);
  });

  it("the over-long reply follows the user's language", async () => {
    const res = await bot.post(message({ text: 'é'.repeat(3000), locale: 'fr-FR' }));
    expect(texts((await res.json()) as ReplyBody)[0]).toMatch(/trop long/);
  });

  it('control characters, NUL and bidi overrides are removed before understanding', async () => {
    const res = await bot.post(message({ text: 'When\u0000 is\u202E the next\u0007 reboot?\u200B' }));
    expect(res.status).toBe(200);
    const body = JSON.stringify(await res.json());
    expect(body).not.toMatch(/\\u0000|\\u0007|\u202E|\u200B/);
    expect(body).toMatch(/2027-01-12|January 2027/);
  });

  const injections = [
    '<script>alert(1)</script> is my device eligible?',
    '[click me](https://evil.example.com) is my device eligible?',
    '**IMPORTANT** reboot now ![x](https://evil.example.com/p.png)',
    '{"type":"AdaptiveCard","body":[{"type":"TextBlock","text":"${secret}"}]}',
    '<at>Admin</at> <img src=x onerror=alert(1)> when is the next reboot on DEVICE-<b>42</b>?',
  ];
  it.each(injections)('injection in user text is never echoed raw: %s', async (text) => {
    const res = await bot.post(message({ text }));
    expect(res.status).toBe(200);
    const body = (await res.json()) as ReplyBody;
    const all = JSON.stringify(body.activities);
    expect(all).not.toContain('<script>');
    expect(all).not.toContain('onerror=');
    expect(all).not.toContain('](https://evil.example.com');
    expect(all).not.toContain('${secret}');
    for (const a of body.activities) if (a.type === 'message') expect((a as { textFormat?: string }).textFormat ?? 'plain').toBe('plain');
  });

  it.each([
    ['an unknown verb', { verb: 'drop-tables' }],
    ['a verb with markup', { verb: '<b>x</b>' }],
    ['a known-looking verb with junk data', { verb: 'device-form', edition: { nested: true }, build: 'x'.repeat(5000) }],
  ])('an invalid card submit (%s) gets a clear message, not an error', async (_n, value) => {
    const res = await bot.post(message({ text: undefined, value }));
    expect(res.status).toBe(200);
    const body = (await res.json()) as ReplyBody;
    const [reply] = texts(body);
    expect(reply).toBeTruthy();
    expect(reply).not.toMatch(/HB-TEAMS-500/);
    // User-controlled verbs are not echoed, and replies are plain text (Teams renders no markup then).
    if (value.verb !== 'device-form') expect(reply).not.toContain(value.verb);
    const msg = body.activities.find((a) => a.type === 'message') as { textFormat?: string };
    expect(msg.textFormat).toBe('plain');
  });
});

describe('replayed deliveries are processed once', () => {
  it('the same activity id in the same conversation: the second delivery gets no answer', async () => {
    const act = message({ text: 'When is the next reboot?' });
    const before = bot.seen.asks;
    const first = (await (await bot.post(act)).json()) as ReplyBody;
    const second = await bot.post(act);
    expect(texts(first).length).toBeGreaterThan(0);
    expect(second.status).toBe(200);
    expect(texts((await second.json()) as ReplyBody)).toEqual([]);
    expect(bot.seen.asks).toBe(before + 1);
    expect(bot.metrics.rejectedActivities.get({ reason: 'replay' })).toBeGreaterThanOrEqual(1);
  });

  it('the same id in another conversation is a different activity', async () => {
    const a = message();
    const b = { ...a, conversation: { ...(a.conversation as object), id: 'a:other-conv' } };
    await bot.post(a);
    expect(texts((await (await bot.post(b)).json()) as ReplyBody).length).toBeGreaterThan(0);
  });

  it('concurrent duplicates (a retry racing the original) still answer once', async () => {
    const act = message();
    const before = bot.seen.asks;
    const bodies = await Promise.all([1, 2, 3].map(async () => (await (await bot.post(act)).json()) as ReplyBody));
    expect(bodies.filter((b) => texts(b).length > 0)).toHaveLength(1);
    expect(bot.seen.asks).toBe(before + 1);
  });
});

describe('ReplayCache (LRU + TTL)', () => {
  it('remembers within the TTL, forgets after it', () => {
    let t = 0;
    const c = new ReplayCache({ ttlMs: 1000, now: () => t });
    expect(c.firstSeen('k')).toBe(true);
    t = 999;
    expect(c.firstSeen('k')).toBe(false);
    t = 1999;
    expect(c.firstSeen('k')).toBe(true);
  });

  it('evicts the oldest beyond max and stays bounded', () => {
    let t = 0;
    const c = new ReplayCache({ max: 3, ttlMs: 60_000, now: () => t++ });
    for (const k of ['a', 'b', 'c', 'd']) c.firstSeen(k);
    expect(c.size).toBe(3);
    expect(c.firstSeen('a')).toBe(true);
    expect(c.firstSeen('d')).toBe(false);
    for (let i = 0; i < 10_000; i++) c.firstSeen(`k${i}`);
    expect(c.size).toBe(3);
  });

  it('forget() lets a retry of a failed turn through', () => {
    const c = new ReplayCache();
    c.firstSeen('k');
    c.forget('k');
    expect(c.firstSeen('k')).toBe(true);
  });

  it.each([
    [{ id: 'a', conversation: { id: 'c' } }, 'c\u0000a'],
    [{ conversation: { id: 'c' } }, undefined],
    [{ id: 'a' }, undefined],
    [{ id: '', conversation: { id: 'c' } }, undefined],
  ])('replayKey(%j)', (a, k) => expect(replayKey(a as never)).toBe(k));
});

describe('pure helpers', () => {
  it.each([
    ['  hello\u0000 world\u202E ', 'hello world'],
    ['line1\r\nline2\rline3', 'line1\nline2\nline3'],
    ['e\u0301te\u0301', '\u00e9t\u00e9'],
    ['tab\tkept', 'tab\tkept'],
  ])('cleanInboundText(%j) = %j', (i, o) => expect(cleanInboundText(i)).toBe(o));

  it('checkActivityBody accepts a real Teams message and names the first bad field otherwise', () => {
    expect(checkActivityBody(message())).toEqual({ ok: true });
    const bad = checkActivityBody(message({ recipient: { name: 'no id' } }));
    expect(bad).toMatchObject({ ok: false, status: 400 });
    expect(!bad.ok && bad.error).toContain('recipient.id');
  });
});
