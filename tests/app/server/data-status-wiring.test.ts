import { describe, expect, it } from 'vitest';
import { startServer } from '../../../src/app/main';
import { createLogger } from '../../../src/observability/logger';
import { captureLines } from '../../observability/capture';

/** The data-age warning (HB-DATA-006) in the start-up log and in /readyz's body, never failing readiness. */
async function withServer(nowIso: string, fn: (url: string, logs: ReturnType<typeof captureLines>) => Promise<void>) {
  const logs = captureLines();
  const logger = createLogger({ LOG_LEVEL: 'info' } as never, logs.stream);
  const built = await startServer(
    { STORAGE: 'memory', LOG_LEVEL: 'info' },
    { port: 0, host: '127.0.0.1', handleSignals: false, scheduleReminders: false, extend: { logger, now: () => new Date(nowIso) } },
  );
  try {
    await fn(built.url!, logs);
  } finally {
    await built.close();
  }
}

describe('data status at start-up and in /readyz', () => {
  it('stale data (2027-01-21): a warning in the log, /readyz stays 200 with checks.data = warning', async () => {
    await withServer('2027-01-21T10:00:00Z', async (url, logs) => {
      const warn = logs
        .lines()
        .filter((l) => l.code === 'HB-DATA-006')
        .map((l) => l.warning);
      expect(warn).toEqual(['current-month-missing', 'releases-stale', 'lifecycle-stale']);
      const r = await fetch(`${url}/readyz`);
      expect(r.status).toBe(200);
      const body = (await r.json()) as { ready: boolean; checks: Record<string, string> };
      expect(body.ready).toBe(true);
      expect(body.checks.data).toMatch(/^warning: Patch Tuesday of 2027-01 \(2027-01-12\)/);
      expect(body.checks.data).toMatch(/older than 45|more than 45/);
    });
  });

  it('fresh data (2026-12-07): no warning, checks.data = ok', async () => {
    await withServer('2026-12-07T10:00:00Z', async (url, logs) => {
      expect(logs.lines().filter((l) => l.code === 'HB-DATA-006')).toEqual([]);
      const body = (await (await fetch(`${url}/readyz`)).json()) as { checks: Record<string, string> };
      expect(body.checks.data).toBe('ok');
    });
  });
});
