import { build, type Built } from '../../src/app/server';
import { loadConfig } from '../../src/config';
import { pipelineFromConfig } from '../../src/app/composition';
import type { AskPipeline } from '../../src/teams/route-deps';
import { createHooks } from '../../src/teams/hooks';
import { createLogger } from '../../src/observability';
import { captureLines } from '../observability/capture';

export const SERVICE_URL = 'https://smba.trafficmanager.net/emea/';
export const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';

/**
 * The real server (build() + listen on 127.0.0.1:0) with counters on the two places a body can be
 * "processed": every activity that reaches the Application (onActivity hook) and every pipeline call.
 */
export async function startBot(env: Record<string, string> = {}) {
  const config = loadConfig({ STORAGE: 'memory', ...env });
  const logs = captureLines();
  const logger = createLogger({ ...config, LOG_LEVEL: 'info' }, logs.stream);
  const real = pipelineFromConfig(config);
  const seen = { activities: 0, asks: 0 };
  const pipeline: AskPipeline = {
    ask: (input) => {
      seen.asks++;
      return real.ask(input);
    },
  };
  const hooks = createHooks().onActivity(async () => {
    seen.activities++;
  });
  const built: Built = await build({ config, pipeline, hooks, logger, typingDelayMs: 60_000, now: () => new Date('2026-11-25T10:00:00Z') });
  const url = await built.listen(0, '127.0.0.1');
  return {
    url,
    built,
    seen,
    logs,
    metrics: built.metrics,
    close: () => built.close(),
    post: (body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
  };
}

let n = 0;
/** A Teams personal-chat message activity asking for the replies in the HTTP response. */
export function message(extra: Record<string, unknown> = {}): Record<string, unknown> {
  n++;
  return {
    type: 'message',
    id: `act-${n}-${Math.random().toString(36).slice(2)}`,
    channelId: 'msteams',
    serviceUrl: SERVICE_URL,
    timestamp: '2026-11-25T10:00:00.000Z',
    conversation: { id: `a:conv-${n}`, conversationType: 'personal', tenantId: TENANT },
    channelData: { tenant: { id: TENANT } },
    from: { id: '29:user', aadObjectId: '00000000-0000-0000-0000-00000000aaaa', name: 'User' },
    recipient: { id: '28:bot', name: 'Hotpatch' },
    text: 'When is the next reboot?',
    locale: 'en-US',
    deliveryMode: 'expectReplies',
    ...extra,
  };
}

export interface ReplyBody {
  activities: Array<{ type: string; text?: string; attachments?: Array<{ content: unknown }> }>;
}
