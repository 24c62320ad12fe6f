// The baseline for `npm run bench:http`: a bare botbuilder echo bot on the same stack as hotpatch-bot
// (CloudAdapter in local mode behind restify 11 with its body parser), answering each message with
// its text. Nothing else: no guards, no language, no cards. Run alone: node bin/run-ts.cjs bench/echo-bot.ts
import restify from 'restify';
import type { AddressInfo } from 'node:net';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export async function startEchoBot(port = 0, host = '127.0.0.1'): Promise<RunningServer> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const server = restify.createServer({ name: 'echo-bot', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ mapParams: false }));
  server.post('/api/messages', async (req: restify.Request, res: restify.Response) => {
    await adapter.process(req, res, async (context: TurnContext) => {
      if (context.activity.type === 'message') await context.sendActivity(`Echo: ${context.activity.text ?? ''}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, host, () => resolve()));
  const url = `http://${host}:${(server.address() as AddressInfo).port}`;
  return { url, close: () => new Promise<void>((r) => server.close(() => r())) };
}

if (process.argv[1] === __filename) {
  void startEchoBot(Number(process.argv[2] ?? 0)).then((s) => console.log(`READY ${s.url}`));
}
