import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config';
import { ExchangeStore } from '../../../src/escalation';
import { silentLogger } from '../../../src/observability/logger';
import { MemoryStorage } from '../../../src/storage/memory-storage';
import { wireEscalation } from '../../../src/app/wire-escalation';
import { activity, NOW, post, startRealBot } from './helpers';
import type { Built } from '../../../src/app/server';

// The last question and answer are kept only for a helpdesk ticket channel to quote. Without one,
// nothing would ever read them: the bot does not write users' questions to storage at all.
describe('remembering the last exchange for escalation', () => {
  let built: (Built & { url: string }) | undefined;
  afterEach(async () => {
    await built?.close();
    built = undefined;
  });

  async function askWith(env: Record<string, string>) {
    const storage = new MemoryStorage();
    built = await startRealBot({ STORAGE: 'memory', LOG_LEVEL: 'silent', ...env });
    wireEscalation(built, loadConfig({ STORAGE: 'memory', ...env }), storage, silentLogger(), () => NOW);
    const res = await post(
      built.url,
      activity({
        text: 'Can we roll back a bad hotpatch automatically?',
        conversation: { id: 'a:conv-1', conversationType: 'personal', tenantId: 'tenant-1' },
      }),
    );
    expect(res.status).toBe(200);
    return new ExchangeStore(storage).recall('tenant-1', 'a:conv-1', 'user-1', NOW);
  }

  it('is not written when no helpdesk channel is configured (a contact text alone quotes nothing)', async () => {
    expect(await askWith({ HELPDESK_CONTACT_TEXT: 'Call 1234' })).toBeUndefined();
  });

  it('is written when a ticket channel is configured', async () => {
    const remembered = await askWith({ HELPDESK_CONVERSATION_ID: '19:helpdesk@thread.tacv2', HELPDESK_SERVICE_URL: 'https://smba.example.test/amer' });
    expect(remembered?.question).toBe('Can we roll back a bad hotpatch automatically?');
    expect(remembered?.botAttempt).toMatch(/rollback|uninstall/i);
  });
});
