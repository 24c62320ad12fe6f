import type { CloudAdapter } from 'botbuilder';
import { assertServiceUrl, type ServiceUrlMode } from './guards';

// botbuilder's types for these live in botframework-connector; only the shape used here is named.
interface ClaimsIdentityLike {
  getClaimValue(type: string): string | null;
}
interface ConnectorFactoryLike {
  create(serviceUrl: string, audience?: string): Promise<unknown>;
}
interface AuthResultLike {
  connectorFactory?: ConnectorFactoryLike;
  [key: string]: unknown;
}
interface BotFrameworkAuthLike {
  authenticateRequest(activity: unknown, authHeader: string): Promise<AuthResultLike>;
  createConnectorFactory(claims: ClaimsIdentityLike): ConnectorFactoryLike;
  createUserTokenClient(claims: ClaimsIdentityLike): Promise<unknown>;
}

/** Distinct bots × service URLs × audiences kept; service URLs come from activities, so the map is bounded. */
export const MAX_CACHED_CLIENTS = 256;
const PATCHED = Symbol.for('hotpatch-bot.connector-cache');

/** A small LRU of promises: a failed creation is dropped, so the next turn tries again. */
class PromiseLru<T> {
  private readonly map = new Map<string, Promise<T>>();
  constructor(private readonly max: number) {}

  get(key: string, make: () => Promise<T>): Promise<T> {
    const hit = this.map.get(key);
    if (hit) {
      this.map.delete(key);
      this.map.set(key, hit);
      return hit;
    }
    const made = make();
    this.map.set(key, made);
    made.catch(() => {
      if (this.map.get(key) === made) this.map.delete(key);
    });
    while (this.map.size > this.max) this.map.delete(this.map.keys().next().value!);
    return made;
  }

  get size(): number {
    return this.map.size;
  }
}

/** Same logic as botframework-connector's getAppId: the audience claim (channel), else the appid claim (emulator). */
function appIdOf(claims: ClaimsIdentityLike): string {
  return claims.getClaimValue('aud') ?? claims.getClaimValue('appid') ?? '';
}

export interface ConnectorCacheStats {
  connectorClients: number;
  userTokenClients: number;
}

/**
 * CloudAdapter builds a new ConnectorClient and UserTokenClient — each a full HTTP pipeline with its
 * credentials — for every inbound activity (cloudAdapterBase.js processActivity), even when the turn
 * never calls out. That was the largest share of a turn's CPU and garbage (bench:http profile).
 * The clients are stateless between requests and their credentials cache and refresh tokens, so they
 * are reused per (bot app id, service URL, audience) — what BotFrameworkAdapter did with its
 * connector-client cache. Idempotent; returns live counts for tests and /metrics.
 */
export function reuseConnectorClients<T extends CloudAdapter>(adapter: T, max = MAX_CACHED_CLIENTS, serviceUrls?: ServiceUrlMode): ConnectorCacheStats {
  const holder = adapter as unknown as { botFrameworkAuthentication: BotFrameworkAuthLike; [PATCHED]?: ConnectorCacheStats };
  if (holder[PATCHED]) return holder[PATCHED];
  const auth = holder.botFrameworkAuthentication;
  const connectors = new PromiseLru<unknown>(max);
  const tokenClients = new PromiseLru<unknown>(max);

  const caching = (factory: ConnectorFactoryLike, appId: string): ConnectorFactoryLike => ({
    create: (serviceUrl, audience) => {
      // Every outbound call starts here: a refused service URL never gets a client (service-url.ts).
      if (serviceUrls) {
        try {
          assertServiceUrl(serviceUrl, serviceUrls);
        } catch (err) {
          return Promise.reject(err);
        }
      }
      return connectors.get(`${appId}\n${serviceUrl}\n${audience ?? ''}`, () => factory.create(serviceUrl, audience));
    },
  });
  // The factory's app id is what the claims say (parameterizedBotFrameworkAuthentication.js).
  const factoryAppId = (factory: ConnectorFactoryLike) => String((factory as { appId?: unknown }).appId ?? '');

  holder.botFrameworkAuthentication = new Proxy(auth, {
    get(target, prop, receiver) {
      if (prop === 'authenticateRequest') {
        return async (activity: unknown, authHeader: string) => {
          const result = await target.authenticateRequest(activity, authHeader);
          const factory = result.connectorFactory;
          return factory ? { ...result, connectorFactory: caching(factory, factoryAppId(factory)) } : result;
        };
      }
      if (prop === 'createConnectorFactory') {
        return (claims: ClaimsIdentityLike) => {
          const factory = target.createConnectorFactory(claims);
          return caching(factory, factoryAppId(factory));
        };
      }
      if (prop === 'createUserTokenClient') {
        return (claims: ClaimsIdentityLike) => tokenClients.get(appIdOf(claims), () => target.createUserTokenClient(claims));
      }
      const value = Reflect.get(target, prop, receiver) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  const stats: ConnectorCacheStats = {
    get connectorClients() {
      return connectors.size;
    },
    get userTokenClients() {
      return tokenClients.size;
    },
  };
  holder[PATCHED] = stats;
  return stats;
}
