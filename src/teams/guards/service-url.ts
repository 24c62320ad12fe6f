import { HbError } from '../../errors';

/**
 * Where the bot may send (issue 15 finding 5: server-side request forgery through `serviceUrl`).
 * Every outbound Bot Connector call — replies, proactive reminders from stored references, helpdesk
 * tickets — is built from a service URL, so one rule is checked at the connector factory
 * (connector-cache.ts), on inbound activities, in `reminders add` and at start for HELPDESK_SERVICE_URL:
 *
 * - production (BOT_ID set): `https:` only, and the host is one of the Bot Framework / Teams service
 *   hosts (public cloud, GCC, GCC High, DoD, China, Web Chat / Direct Line);
 * - local mode (no auth): the same Bot Framework hosts, or loopback (`localhost`, 127.0.0.0/8, ::1)
 *   over http or https — the Agents Playground and the emulator run on this machine. Loopback is
 *   allowed only in local mode; no other host (an intranet address, 169.254.169.254 …) is reachable.
 *   Local mode's outbound calls carry no token, so a Bot Framework host answers them 401.
 *
 * Any other scheme (`javascript:`, `file:`, `data:` …), credentials in the URL, or an unparsable
 * URL is refused in both modes.
 */
export type ServiceUrlMode = 'production' | 'local';

const BOT_FRAMEWORK_HOSTS: RegExp[] = [
  /^smba\.trafficmanager\.net$/,
  /^smba\.infra\.gcc\.teams\.microsoft\.com$/,
  /^smba\.infra\.(gov|dod)\.teams\.microsoft\.us$/,
  /^([a-z0-9-]+\.)*botframework\.com$/,
  /^([a-z0-9-]+\.)*botframework\.azure\.(us|cn)$/,
  /^([a-z0-9-]+\.)*botframework\.us$/,
];

export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

/** Why `url` may not be used as a service URL in `mode`, or undefined when it may. */
export function serviceUrlProblem(url: string, mode: ServiceUrlMode): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'not a URL';
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return `scheme ${u.protocol} is not allowed`;
  if (u.username || u.password) return 'credentials in the URL are not allowed';
  const host = u.hostname.toLowerCase();
  if (mode === 'local' && isLoopbackHost(host)) return undefined;
  if (u.protocol !== 'https:')
    return mode === 'local' ? 'local mode sends only to this machine or to a Bot Framework host over https' : 'https is required in production';
  if (u.port && u.port !== '443') return 'a Bot Framework service URL uses the default https port';
  return BOT_FRAMEWORK_HOSTS.some((p) => p.test(host)) ? undefined : `${host} is not a Bot Framework service host`;
}

export function assertServiceUrl(url: string, mode: ServiceUrlMode): void {
  const problem = serviceUrlProblem(url, mode);
  if (problem) throw Object.assign(new HbError('HB-TEAMS-403', `service URL refused: ${problem}`), { statusCode: 403 });
}
