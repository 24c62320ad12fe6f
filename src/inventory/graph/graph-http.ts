import { Client, HTTPMessageHandler, type Context, type Middleware } from '@microsoft/microsoft-graph-client';
import { HbError } from '../../errors';
import { INV } from '../errors';
import { describePath, toInventoryError } from './graph-errors';

export interface GraphHttpOptions {
  /** Returns a bearer token for https://graph.microsoft.com/.default (see graph-auth.ts). */
  getToken: () => Promise<string>;
  /** Injected so tests do not wait; defaults to setTimeout. */
  sleep?: (ms: number) => Promise<void>;
  /** Per attempt. */
  timeoutMs?: number;
  /** Retries of 429/503/504 (bounded; Graph throttling guidance: honour Retry-After). */
  maxRetries?: number;
  /** Upper bound of one wait, so a huge Retry-After cannot hang a Teams turn. */
  maxDelayMs?: number;
  /** Upper bound of pages read by one list (a runaway nextLink loop stops here). */
  maxPages?: number;
}

const RETRY_STATUS = new Set([429, 503, 504]);

export function retryDelayMs(retryAfter: string | null, attempt: number, maxDelayMs: number, nowMs: number): number {
  let ms: number | undefined;
  if (retryAfter !== null && retryAfter.trim() !== '') {
    const s = Number(retryAfter);
    ms = Number.isFinite(s) ? s * 1000 : Date.parse(retryAfter) - nowMs;
  }
  if (ms === undefined || !Number.isFinite(ms) || ms < 0) ms = 1000 * 2 ** attempt;
  return Math.min(ms, maxDelayMs);
}

/** Token, timeout and bounded retries around the graph client's own HTTP handler. */
class InventoryPipeline implements Middleware {
  private next?: Middleware;
  constructor(private readonly o: Required<Omit<GraphHttpOptions, 'maxPages'>>) {}
  setNext(m: Middleware): void {
    this.next = m;
  }
  async execute(context: Context): Promise<void> {
    const token = await this.o.getToken();
    for (let attempt = 0; ; attempt++) {
      const headers = new Headers(context.options?.headers as ConstructorParameters<typeof Headers>[0]);
      headers.set('Authorization', `Bearer ${token}`);
      context.options = { ...context.options, headers, signal: AbortSignal.timeout(this.o.timeoutMs) } as Context['options'];
      try {
        await this.next!.execute(context);
      } catch (e) {
        const name = (e as Error).name;
        if (name === 'TimeoutError' || name === 'AbortError') {
          throw new HbError(
            INV.timeout,
            `Microsoft Graph did not answer within ${this.o.timeoutMs} ms for ${describePath(String(context.request))}. Try again later.`,
          );
        }
        throw e;
      }
      const res = context.response!;
      if (!RETRY_STATUS.has(res.status) || attempt >= this.o.maxRetries) return;
      await res.arrayBuffer().catch(() => undefined);
      await this.o.sleep(retryDelayMs(res.headers.get('retry-after'), attempt, this.o.maxDelayMs, Date.now()));
    }
  }
}

export interface GraphApi {
  get<T>(path: string, version?: 'v1.0' | 'beta'): Promise<T>;
  post<T>(path: string, body: unknown, version?: 'v1.0' | 'beta'): Promise<T>;
  /** Every item of a collection, following @odata.nextLink. */
  list<T>(path: string, version?: 'v1.0' | 'beta'): AsyncGenerator<T>;
}

export function createGraphApi(options: GraphHttpOptions): GraphApi {
  const o = {
    getToken: options.getToken,
    sleep: options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms))),
    timeoutMs: options.timeoutMs ?? 15_000,
    maxRetries: options.maxRetries ?? 3,
    maxDelayMs: options.maxDelayMs ?? 30_000,
  };
  const maxPages = options.maxPages ?? 1000;
  const client = Client.initWithMiddleware({ middleware: [new InventoryPipeline(o), new HTTPMessageHandler()], defaultVersion: 'v1.0' });
  const call = async <T>(path: string, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (e) {
      throw toInventoryError(e, path);
    }
  };
  return {
    get: (path, version = 'v1.0') => call(path, () => client.api(path).version(version).get()),
    post: (path, body, version = 'v1.0') => call(path, () => client.api(path).version(version).post(body)),
    async *list<T>(path: string, version: 'v1.0' | 'beta' = 'v1.0') {
      let next: string | undefined = path;
      for (let page = 0; next !== undefined; page++) {
        if (page >= maxPages)
          throw new HbError(INV.malformed, `Stopped after ${maxPages} pages of ${describePath(path)}: the collection is larger than expected.`);
        const url: string = next;
        const body = await call(url, () => (url.startsWith('https://') ? client.api(url).get() : client.api(url).version(version).get()));
        if (!body || !Array.isArray(body.value)) {
          throw new HbError(INV.malformed, `Microsoft Graph returned a page without "value" for ${describePath(path)}.`);
        }
        yield* body.value as T[];
        next = typeof body['@odata.nextLink'] === 'string' ? body['@odata.nextLink'] : undefined;
      }
    },
  };
}
