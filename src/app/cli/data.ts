import { dataStatus } from '../../core/data-status';
import type { ReleaseEntry } from '../../core/calendar';
import { cliSettings, catalogSettings } from '../../config';
import { lifecycleData } from '../../data/load-lifecycle';
import { isHbError } from '../../errors';
import { createCredential, tokenGetter } from '../../inventory/graph/graph-auth';
import { createGraphApi, type GraphApi } from '../../inventory/graph/graph-http';
import { fillCurrentMonthFromCatalog } from '../../inventory/graph/catalog-release';
import { dataStatusText, cliNotices } from '../../replies';
import { loadData, resolveContext } from './context';
import type { CliCommand, CliIo } from './types';
import { parseCommand, usageError } from './usage';

export const DATA_HELP = `Usage: hotpatch-bot data status [--json] [--today YYYY-MM-DD] [--tz Area/City] [--locale en|fr]
                               [--releases override.json]

How old the bot's data is: the as-of date of the release data (data/releases.json + override) and of
the lifecycle data (data/lifecycle.json), the last released month, and a WARNING when the current
month's Patch Tuesday is more than 2 days past with no released entry, or when a data file is older
than 45 days. Exit code 0 either way (a warning is not a failure).

With GRAPH_READ_CATALOG=true and Graph credentials (GRAPH_TENANT_ID, GRAPH_CLIENT_ID, and a secret or
certificate), the Windows Update catalog fills the current month when the data lacks it.

  --releases FILE   admin override of the release data (default: RELEASES_OVERRIDE_PATH)
`;

const options = {
  json: { type: 'boolean' },
  today: { type: 'string' },
  tz: { type: 'string' },
  locale: { type: 'string' },
  releases: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** A Graph client when the admin turned the catalog on (G-CAT-5: WindowsUpdates.* must be granted). */
function catalogApi(io: CliIo, graphApi?: GraphApi): GraphApi | undefined {
  const graph = catalogSettings(io.env);
  if (!graph) return undefined;
  return graphApi ?? createGraphApi({ getToken: tokenGetter(createCredential(graph)) });
}

export function makeDataCommand(deps: { graphApi?: GraphApi } = {}): CliCommand {
  return async (argv, io) => {
    const [sub, ...rest] = argv;
    if (sub === '--help' || sub === '-h' || sub === undefined) {
      io[sub === undefined ? 'err' : 'out'](DATA_HELP);
      return sub === undefined ? 2 : 0;
    }
    if (sub !== 'status') return usageError(io, `unknown data command "${sub}" (expected: status)`, DATA_HELP);
    const parsed = parseCommand(rest, options, DATA_HELP, io);
    if (typeof parsed === 'number') return parsed;
    const v = parsed.values;
    const r = resolveContext(v, io);
    if (!r.ok) return usageError(io, r.message, DATA_HELP);
    let data = loadData(v.releases ?? cliSettings(io.env).releasesOverridePath, io);
    if (!data) return 1;
    let filled: ReleaseEntry | undefined;
    const api = catalogApi(io, deps.graphApi);
    if (api) {
      try {
        const f = await fillCurrentMonthFromCatalog(api, data, r.ctx.today);
        data = f.data;
        filled = f.filled;
      } catch (e) {
        // The catalog is a help, not a requirement: say why it was not read and go on.
        io.err(cliNotices.catalogUnreadable(isHbError(e) ? e.message : (e as Error).message));
      }
    }
    const status = dataStatus({ today: r.ctx.today, releases: data, lifecycle: lifecycleData() });
    if (v.json) io.out(JSON.stringify({ ...status, ...(filled ? { filledFromCatalog: filled } : {}) }, null, 2));
    else io.out(dataStatusText(status, r.ctx.locale, filled));
    return 0;
  };
}

export const dataCommand: CliCommand = makeDataCommand();
