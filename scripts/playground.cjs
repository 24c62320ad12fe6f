#!/usr/bin/env node
// npm run playground [-- --with-bot] [-- --port 56150]
// Starts the Microsoft 365 Agents Playground (offline mock of Teams) against the bot on
// BOT_ENDPOINT (default http://127.0.0.1:3978/api/messages). With --with-bot it also starts the bot
// in local mode (BOT_ID empty: no auth). Open http://localhost:<port> to chat.
const { spawn } = require('node:child_process');
const { resolve } = require('node:path');

const root = resolve(__dirname, '..');
const args = process.argv.slice(2);
const withBot = args.includes('--with-bot');
const portArg = args.indexOf('--port');
const pgPort = portArg >= 0 ? args[portArg + 1] : process.env.PLAYGROUND_PORT || '56150';
const botPort = process.env.PORT || '3978';
const endpoint = process.env.BOT_ENDPOINT || `http://127.0.0.1:${botPort}/api/messages`;
const children = [];

async function waitHealthy(url, ms) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`the bot did not answer ${url} within ${ms / 1000} s`);
}

function stopAll(code) {
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  process.exitCode = code;
}

(async () => {
  if (withBot) {
    const bot = spawn(process.execPath, [resolve(root, 'bin/run-ts.cjs'), resolve(root, 'src/app/main.ts')], {
      env: { ...process.env, BOT_ID: '', BOT_PASSWORD: '', BOT_TYPE: '', BOT_TENANT_ID: '', PORT: botPort },
      stdio: 'inherit',
    });
    children.push(bot);
    bot.on('exit', (code) => stopAll(code ?? 1));
    await waitHealthy(`http://127.0.0.1:${botPort}/healthz`, 60_000);
  }
  const cli = resolve(root, 'node_modules/@microsoft/m365agentsplayground/cli.js');
  const pg = spawn(process.execPath, [cli, '--disable-telemetry', '-p', pgPort, '-c', 'msteams'], {
    env: { TEAMSAPPTESTER_BROWSER: 'none', ...process.env, BOT_ENDPOINT: endpoint },
    stdio: 'inherit',
  });
  children.push(pg);
  pg.on('exit', (code) => stopAll(code ?? 0));
  console.log(`Agents Playground: http://localhost:${pgPort}  →  bot ${endpoint}`);
})().catch((err) => {
  console.error(err.message);
  stopAll(1);
});
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));
