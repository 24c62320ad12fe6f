import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * Who may read operational endpoints (`/metrics`, `/reminders/status`): a caller on this machine, or
 * one presenting `Authorization: Bearer <METRICS_TOKEN>`. "On this machine" means the socket is
 * loopback AND no proxy header says the request came from elsewhere: a reverse proxy on the same host
 * connects from 127.0.0.1 but adds X-Forwarded-For, Forwarded or X-Real-IP (issue 15 finding 9).
 */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const a = address.startsWith('::ffff:') ? address.slice(7) : address;
  return a === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(a);
}

const PROXY_HEADERS = ['x-forwarded-for', 'forwarded', 'x-real-ip', 'x-forwarded-host', 'x-client-ip', 'true-client-ip', 'cf-connecting-ip'];

/** The request reached us directly from this machine (loopback socket, no proxy header). */
export function isLocalRequest(req: IncomingMessage): boolean {
  return isLoopbackAddress(req.socket?.remoteAddress) && PROXY_HEADERS.every((h) => req.headers[h] === undefined);
}

function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

export function bearerOf(req: IncomingMessage): string | undefined {
  const h = req.headers.authorization;
  const m = h ? /^Bearer\s+(\S+)$/i.exec(h) : null;
  return m?.[1];
}

export type Access = { ok: true } | { ok: false; status: 401 | 403 };

/** Loopback (without proxy headers) or the bearer token; 401 without credentials, 403 with wrong ones. */
export function operationalAccess(req: IncomingMessage, token: string | undefined): Access {
  const given = bearerOf(req);
  if (token && given !== undefined && sameSecret(given, token)) return { ok: true };
  if (isLocalRequest(req)) return { ok: true };
  return { ok: false, status: given === undefined ? 401 : 403 };
}
