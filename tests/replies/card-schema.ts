import * as AC from 'adaptivecards';

/** Parses a card with the adaptivecards SDK (schema 1.5) and returns every parse warning/error. */
export function cardProblems(card: unknown, userText?: string): string[] {
  const ac = new AC.AdaptiveCard();
  const ctx = new AC.SerializationContext(AC.Versions.v1_5);
  ac.parse(card as AC.PropertyBag, ctx);
  const out: string[] = [];
  for (let i = 0; i < ctx.eventCount; i++) out.push(ctx.getEventAt(i).message);
  // Unexpanded template expressions would show "${…}" to the user (user text may carry one literally).
  const json = JSON.stringify(card);
  if ((userText ? json.split(JSON.stringify(userText).slice(1, -1)).join('') : json).includes('${')) out.push('unexpanded template expression');
  return out;
}
