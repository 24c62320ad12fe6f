import { ActivityTypes, type TurnContext } from 'botbuilder';

/**
 * Shows "typing…" only when an answer is slow, per turn (teams-ai's own timer is one per Application,
 * so concurrent turns would share it). Teams keeps the indicator ~3 s, hence the repeat.
 */
export async function withTyping<T>(context: TurnContext, work: () => Promise<T>, delayMs: number, repeatMs = 3000): Promise<T> {
  let done = false;
  let timer: NodeJS.Timeout | undefined;
  let pending: Promise<unknown> = Promise.resolve();
  const tick = () => {
    if (done) return;
    pending = context.sendActivity({ type: ActivityTypes.Typing }).catch(() => undefined);
    timer = setTimeout(tick, repeatMs);
  };
  timer = setTimeout(tick, delayMs);
  try {
    return await work();
  } finally {
    done = true;
    clearTimeout(timer);
    await pending;
  }
}
