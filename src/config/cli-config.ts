// No imports: `fleet` reads this in the main thread, which stays small (see src/app/cli/fleet-command.ts).
type Env = Readonly<Record<string, string | undefined>>;

/**
 * The environment as the one-shot commands read it (check, calendar, next-reboot, fleet, data, and serve's
 * start-up line). They do not load the whole Config: `hotpatch-bot check` answers on a machine whose bot
 * settings are incomplete. Values are as set (not trimmed, "" kept): each command checks the one it uses
 * and names it in its message, as it always has.
 */
export interface CliSettings {
  /** DEFAULT_TIMEZONE: the zone of "today" when --tz is not given. */
  defaultTimeZone?: string;
  /** RELEASES_OVERRIDE_PATH: the admin override of the release data. */
  releasesOverridePath?: string;
  /** PORT, as serve names it when the server reports no URL. */
  port?: string;
  /** HOTPATCH_FLEET_IN_PROCESS=1: `fleet` runs in the main thread, without the worker's heap limits. */
  fleetInProcess: boolean;
}

export function cliSettings(env: Env): CliSettings {
  return {
    defaultTimeZone: env.DEFAULT_TIMEZONE,
    releasesOverridePath: env.RELEASES_OVERRIDE_PATH,
    port: env.PORT,
    fleetInProcess: env.HOTPATCH_FLEET_IN_PROCESS === '1',
  };
}
