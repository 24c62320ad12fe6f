import { INVOKE_RESPONSE_KEY, type BotAdapter, type Middleware, type TurnContext } from 'botbuilder';

const INSTALLED = Symbol.for('hotpatch-bot.invoke-fallback');

/**
 * botbuilder answers an invoke that no route handled with 501, which monitoring counts as a server
 * fault and Teams may retry. Issue 7 §3: unknown activities are ignored with 200. This middleware
 * runs around the routes and, when the turn set no invoke response, sets an empty 200.
 */
export function invokeFallback(): Middleware {
  return {
    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
      await next();
      if (context.activity.type === 'invoke' && !context.turnState.get(INVOKE_RESPONSE_KEY)) {
        await context.sendActivity({ type: 'invokeResponse', value: { status: 200 } });
      }
    },
  };
}

/** Adds {@link invokeFallback} to an adapter once (safe to call from build() and from tests). */
export function withInvokeFallback<T extends BotAdapter>(adapter: T): T {
  const a = adapter as T & { [INSTALLED]?: true };
  if (!a[INSTALLED]) {
    adapter.use(invokeFallback());
    a[INSTALLED] = true;
  }
  return adapter;
}
