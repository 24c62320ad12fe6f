import { isValidPlainDate, isValidTimeZone } from '../../core/dates';
import { loadConfig } from '../../config';
import { pipelineFromConfig } from '../composition';
import type { CliCommand } from './types';
import { parseCommand, usageError } from './usage';

export const ASK_HELP = `Usage: hotpatch-bot ask "<question>" [--locale en|fr] [--today YYYY-MM-DD] [--tz Area/City] [--json]

Runs the same pipeline as Teams (language → answers → replies) and prints the reply.
  --locale   the client's language (the question's own language wins when it is plainly the other one)
  --today    answer as if today were this date (default: today in --tz)
  --tz       the user's IANA time zone (default: DEFAULT_TIMEZONE or Europe/Paris)
  --json     print { intent, locale, text, attachments[{contentType, content}] }

Examples:
  hotpatch-bot ask "Windows 11 Pro 24H2 x64, VBS running — eligible for hotpatch?"
  hotpatch-bot ask "Devrai-je redémarrer le 14 avril 2026 ?" --json
`;

export const askCommand: CliCommand = async (argv, io) => {
  const parsed = parseCommand(
    argv,
    { locale: { type: 'string' }, today: { type: 'string' }, tz: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    ASK_HELP,
    io,
    true,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const text = positionals.join(' ').trim();
  if (!text) return usageError(io, 'ask needs a question in quotes', ASK_HELP);
  if (values.locale !== undefined && !/^(en|fr)([-_][A-Za-z]{2})?$/.test(values.locale))
    return usageError(io, `--locale must be en or fr (got "${values.locale}")`, ASK_HELP);
  if (values.today !== undefined && !isValidPlainDate(values.today)) return usageError(io, `--today must be YYYY-MM-DD (got "${values.today}")`, ASK_HELP);
  if (values.tz !== undefined && !isValidTimeZone(values.tz))
    return usageError(io, `--tz must be an IANA time zone such as Europe/Paris (got "${values.tz}")`, ASK_HELP);
  const config = loadConfig(io.env);
  const pipeline = pipelineFromConfig(config);
  const reply = await pipeline.ask({ text, clientLocale: values.locale, now: io.now(), today: values.today, timeZone: values.tz });
  if (values.json) {
    io.out(
      JSON.stringify(
        { intent: reply.intent, locale: reply.locale, text: reply.text, attachments: reply.attachments, suggestedActions: reply.suggestedActions },
        null,
        2,
      ),
    );
  } else {
    io.out(reply.text);
  }
  return 0;
};
