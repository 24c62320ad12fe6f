import { cliSettings } from '../../config';
import type { CliCommand } from './types';
import { cliNotices } from '../../replies';
import { parseCommand, usageError } from './usage';

export const SERVE_HELP = `Usage: hotpatch-bot serve [--port N]

Runs the Teams bot: POST /api/messages, GET /healthz, GET /readyz, GET /calendar.ics.
With BOT_ID empty it runs in local mode (no authentication) for the Agents Playground
(npm run playground) or any Bot Framework client. Configuration: see the README table.
`;

export const serveCommand: CliCommand = async (argv, io) => {
  const parsed = parseCommand(argv, { port: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, SERVE_HELP, io);
  if (typeof parsed === 'number') return parsed;
  const values = parsed.values;
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535))
    return usageError(io, `--port must be 0-65535 (got "${values.port}")`, SERVE_HELP);
  // Loaded lazily: the other commands never pay for botbuilder.
  const { startServer } = require('../main') as typeof import('../main');
  const built = await startServer(io.env, port === undefined ? {} : { port });
  io.err(cliNotices.listening(built.url, port ?? cliSettings(io.env).port ?? 3978));
  // Keep running: the server holds the event loop; graceful shutdown ends the process.
  return new Promise<number>(() => {});
};
