/**
 * MiniSearch calls `boostDocument` once per (query term, field, matching unit): 100–800 times for one
 * question over the 218 answer units (bench:turn, session 4), always with the same answer for the same
 * unit. Wrapped in this, each unit's boost is computed once per search and then looked up: the same
 * number, so the same scores, at a fraction of the cost. A fresh wrapper per search (the boost reads
 * that question's words), so nothing outlives the search.
 */
export function oncePerDocument<Id, Rest extends unknown[]>(boost: (id: Id, ...rest: Rest) => number): (id: Id, ...rest: Rest) => number {
  const known = new Map<Id, number>();
  return (id, ...rest) => {
    let b = known.get(id);
    if (b === undefined) {
      b = boost(id, ...rest);
      known.set(id, b);
    }
    return b;
  };
}
