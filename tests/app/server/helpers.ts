import { loadConfig } from '../../../src/config';
import { pipelineFromConfig } from '../../../src/app/composition';
import { loadReleaseData } from '../../../src/data/load-release-data';
import { build, type BuildOptions, type Built } from '../../../src/app/server';

export const NOW = new Date('2026-11-25T10:00:00Z');

let seq = 0;
/** A Teams-like activity; expectReplies so the HTTP response carries the bot's activities. */
export function activity(over: Record<string, unknown> = {}): Record<string, unknown> {
  seq += 1;
  return {
    type: 'message',
    id: `act-${seq}-${Date.now()}`,
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/',
    deliveryMode: 'expectReplies',
    conversation: { id: 'personal-conv-1', conversationType: 'personal' },
    from: { id: 'user-1', name: 'Ada', aadObjectId: 'aad-user-1' },
    recipient: { id: 'bot-1', name: 'Hotpatch' },
    locale: 'en-US',
    localTimezone: 'Europe/Paris',
    ...over,
  };
}

export async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: any; text: string }> {
  const res = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, json, text };
}

export type Act = { type: string; text?: string; attachments?: { contentType: string; content: any }[]; suggestedActions?: any };

export const messages = (json: { activities?: Act[] }): Act[] => (json.activities ?? []).filter((a) => a.type === 'message');
export const cardOf = (a: Act | undefined): any => a?.attachments?.[0]?.content;
/** The card's title: its Large heading (behind "Show details" since issue 14), else its first text (the answer line). */
export function cardTitle(a: Act | undefined): string | undefined {
  const texts: { text: string; large: boolean }[] = [];
  const walk = (n: any): void => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!n || typeof n !== 'object') return;
    if (n.type === 'TextBlock') texts.push({ text: n.text, large: n.size === 'Large' });
    else if (n.type === 'RichTextBlock') texts.push({ text: (n.inlines ?? []).map((r: any) => r.text).join(''), large: false });
    for (const k of ['body', 'items', 'columns']) if (n[k]) walk(n[k]);
  };
  walk(cardOf(a));
  return (texts.find((t) => t.large) ?? texts[0])?.text;
}

/** The real server with the real pipeline (language → answers → replies), on 127.0.0.1:0. */
export async function startRealBot(env: Record<string, string> = {}, extra: Partial<BuildOptions> = {}): Promise<Built & { url: string }> {
  const config = loadConfig(env);
  const built = await build({ config, pipeline: pipelineFromConfig(config), releases: loadReleaseData(), now: () => NOW, ...extra });
  await built.listen(0, '127.0.0.1');
  return built as Built & { url: string };
}
