import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Built } from '../../src/app/server';
import { startRealBot } from '../app/server/helpers';

/** Issue 15 finding 9: `/calendar.ics?from=9999-12&months=36`, `from=0000-01` and `from[]=…` answered 500. */
let bot: Built & { url: string };
beforeAll(async () => {
  bot = await startRealBot();
});
afterAll(() => bot?.close());

describe('GET /calendar.ics with hostile parameters → 400, never 500', () => {
  it.each([
    '?from=9999-12&months=36',
    '?from=0000-01',
    '?from[]=2027-01',
    '?from=2027-01&from=2027-02',
    '?from[a]=2027-01',
    '?months[]=3',
    '?months=1e1',
    '?months=-1',
    '?locale[]=en',
    '?from=2027-13',
    '?from=%00',
  ])('%s → 400 with a code', async (q) => {
    const res = await fetch(`${bot.url}/calendar.ics${q}`);
    expect(res.status).toBe(400);
    expect((await res.json()) as { code: string }).toMatchObject({ code: expect.stringMatching(/^HB-/) });
  });

  it('a good request still works', async () => {
    const res = await fetch(`${bot.url}/calendar.ics?from=2027-01&months=3`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('BEGIN:VCALENDAR');
  });
});
