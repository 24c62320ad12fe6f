import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import WebSocket from 'ws';

const CLI = resolve(__dirname, '../../node_modules/@microsoft/m365agentsplayground/cli.js');

export async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => res(port));
    });
  });
}

export interface PlaygroundMessage {
  messageId: string;
  text?: string;
  from?: { id: string };
  attachments?: { contentType: string; content: any }[];
}

/**
 * Drives the Microsoft 365 Agents Playground offline through its HTTP API and WebSocket stream
 *: the same mock Bot Connector the web UI uses.
 */
export class Playground {
  readonly base: string;
  private child?: ChildProcess;
  private ws?: WebSocket;
  readonly received: { conversationId: string; message: PlaygroundMessage }[] = [];
  private waiters: (() => void)[] = [];
  output = '';

  constructor(
    readonly port: number,
    private readonly botEndpoint: string,
  ) {
    this.base = `http://127.0.0.1:${port}`;
  }

  async start(timeoutMs = 90_000): Promise<void> {
    this.child = spawn(process.execPath, [CLI, '--disable-telemetry', '-p', String(this.port), '-c', 'msteams'], {
      env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none', BOT_ENDPOINT: this.botEndpoint },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout?.on('data', (d) => (this.output += String(d)));
    this.child.stderr?.on('data', (d) => (this.output += String(d)));
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        const r = await fetch(`${this.base}/_debug/ping`);
        if ((await r.text()).includes('pong')) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`Agents Playground did not start on ${this.port}:\n${this.output}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    this.ws = new WebSocket(`ws://127.0.0.1:${this.port}/_ws_conversation/v1/conversations/stream`);
    this.ws.on('message', (data) => {
      const event = JSON.parse(String(data)) as { action: string; actionConversationId: string; message: PlaygroundMessage };
      if (event.action !== 'createMessage') return;
      this.received.push({ conversationId: event.actionConversationId, message: event.message });
      this.waiters.splice(0).forEach((w) => w());
    });
    await new Promise<void>((res, rej) => {
      this.ws!.once('open', () => res());
      this.ws!.once('error', rej);
    });
  }

  async config(): Promise<any> {
    const body = (await (await fetch(`${this.base}/_internal/v1/config`)).json()) as { config: any };
    return body.config;
  }

  async post(path: string, body: unknown): Promise<any> {
    const r = await fetch(`${this.base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const text = await r.text();
    if (!r.ok) throw new Error(`${path} → ${r.status} ${text}`);
    return text ? JSON.parse(text) : undefined;
  }

  /** Waits for a bot card for which `match` is true, received after index `from`. */
  async waitForCard(match: (card: any) => boolean, from = 0, timeoutMs = 40_000): Promise<PlaygroundMessage> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const hit = this.received
        .slice(from)
        .find((r) => r.message.attachments?.some((a) => a.contentType === 'application/vnd.microsoft.card.adaptive' && match(a.content)));
      if (hit) return hit.message;
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(
          `no matching card; received: ${JSON.stringify(this.received.map((r) => r.message.text ?? r.message.attachments?.[0]?.content?.body?.[0]?.text))}`,
        );
      await new Promise<void>((res) => {
        const t = setTimeout(res, left);
        this.waiters.push(() => {
          clearTimeout(t);
          res();
        });
      });
    }
  }

  async stop(): Promise<void> {
    this.ws?.close();
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((res) => {
      child.once('exit', () => res());
      child.kill('SIGTERM');
      setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 3000).unref();
    });
  }
}
