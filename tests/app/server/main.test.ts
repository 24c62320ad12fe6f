import { describe, expect, it } from 'vitest';
import { startServer } from '../../../src/app/main';
import { HbError } from '../../../src/errors';
import { activity, cardTitle, messages, post } from './helpers';

describe('startServer (npm start)', () => {
  it('reads the environment, serves health, readiness and a real answer', async () => {
    const built = await startServer({ STORAGE: 'memory', LOG_LEVEL: 'silent' }, { port: 0, host: '127.0.0.1', handleSignals: false });
    try {
      expect((await fetch(`${built.url}/healthz`)).status).toBe(200);
      const ready = await fetch(`${built.url}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ ready: true, checks: { storage: 'ok' } });
      const r = await post(built.url!, activity({ text: 'bonjour', locale: 'fr-FR' }));
      expect(cardTitle(messages(r.json)[0])).toMatch(/^Bonjour ! Je réponds/); // answer first (issue 14): the welcome opens with its greeting
    } finally {
      await built.close();
    }
  });

  it('refuses to start half-configured', async () => {
    await expect(startServer({ BOT_PASSWORD: 'x', STORAGE: 'memory' }, { port: 0, handleSignals: false })).rejects.toBeInstanceOf(HbError);
  });
});
