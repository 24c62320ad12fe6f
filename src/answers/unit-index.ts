import MiniSearch, { type SearchOptions } from 'minisearch';
import { oncePerDocument } from './once-per-document';

/** A unit's id and its MiniSearch score (BM25+ with the field and document boosts). */
export interface RankedId {
  id: string;
  score: number;
}

/**
 * One term's postings, in the order MiniSearch visits them: field by field (in `fields` order), then units
 * in its own order; three numbers each — the unit's short id, the field's boost, the term's BM25+ in that
 * field of that unit as MiniSearch's own search returns it (no boost). One array per term, of its exact
 * length: 8,782 postings over 1,828 terms, ≈ 0.5 MB of heap when every term has been read (three growable
 * arrays per term took 1.3 MB).
 */
type TermPostings = Float64Array;

/** The postings read so far, for the documents as they were: forgotten when a document is added or removed. */
interface Postings {
  documents: number;
  nextId: number;
  /** Per unit (short id): its id and stored fields, as `boostDocument` receives them. */
  ids: unknown[];
  stored: (Record<string, unknown> | undefined)[];
  /** Only terms of the index: at most `termCount` entries, whatever users type. */
  terms: Map<string, TermPostings>;
}

/**
 * Per-unit sums for one ranking, kept between rankings: five typed arrays allocated per question were
 * ≈ 15% of `rank`'s time (profiled). Only the entries a ranking touched are reset after it.
 */
interface Scratch {
  busy: boolean;
  boosts: Float64Array;
  totals: Float64Array;
  partial: Float64Array;
  quality: Uint32Array;
  inTerm: Uint8Array;
}

const scratchOf = (size: number): Scratch => ({
  busy: false,
  boosts: new Float64Array(size).fill(Number.NaN),
  totals: new Float64Array(size),
  partial: new Float64Array(size),
  quality: new Uint32Array(size),
  inTerm: new Uint8Array(size),
});

/**
 * The answer-unit index: MiniSearch, with `rank`, the same results as `search` (same ids, same scores to
 * the last bit, same order, ties included) at a fraction of its cost per question. Profiled in bench:turn
 * (session 4, 2026-12-07): `search` was ≈ 75% of retrieval's CPU, itself ≈ 40% of a turn — per (query
 * term, field, matching unit) it calls `boostDocument`, spreads its options and builds `match`/`terms`
 * records that retrieval never reads (a device question visits ≈ 660 such triples). The units do not
 * change, so each term's BM25+ per field and unit is read once from MiniSearch's own `search` (one field,
 * no boost), the first time a question uses the term (≈ 20 µs per field; all 1,828 terms at once would
 * cost ≈ 50 ms at start-up, paid by every one-shot `hotpatch-bot ask`), and kept. A question then only
 * multiplies by the boosts and adds, in MiniSearch's order of operations: ((field boost × document boost)
 * × BM25+), summed field by field, then term by term, times the number of distinct terms matched, sorted
 * by score (a stable sort, in the order units were first matched). tests/answers/unit-index.test.ts
 * compares both over every unit's questions. Options this does not reproduce (prefix, fuzzy, filter,
 * boostTerm, AND) fall back to `search`.
 */
export class UnitIndex<Doc> extends MiniSearch<Doc> {
  private postings: Postings | undefined;
  private scratch: Scratch | undefined;

  /**
   * Units matching `query`, best first: `search(query, options)`'s ids and scores, the first `limit` of them
   * (all by default). Only the best few are read: picking them costs less than sorting ~200 matches.
   */
  rank(query: string, options: Pick<SearchOptions, 'boostDocument'> & { limit?: number } = {}): RankedId[] {
    const global = this._options.searchOptions;
    const exact = !global.prefix && !global.fuzzy && !global.filter && !global.boostTerm && String(global.combineWith).toLowerCase() === 'or';
    if (!exact) {
      const boostDocument = options.boostDocument && oncePerDocument(options.boostDocument);
      return this.search(query, { boostDocument })
        .slice(0, options.limit)
        .map((r) => ({ id: String(r.id), score: r.score }));
    }
    const postings = this.currentPostings();
    const { ids, stored } = postings;
    // As MiniSearch's executeQuery: the search options' tokenize and processTerm, else the index's.
    const { tokenize, processTerm } = { tokenize: this._options.tokenize, processTerm: this._options.processTerm, ...global };
    const terms = tokenize(query)
      .flatMap((term) => processTerm(term))
      .filter((term): term is string => !!term);
    const size = this._nextId;
    // A boostDocument that ranks again (re-entrant) gets its own sums.
    let scratch = this.scratch;
    if (!scratch || scratch.busy || scratch.boosts.length !== size) {
      scratch = scratchOf(size);
      if (!this.scratch?.busy) this.scratch = scratch;
    }
    const { boosts, totals, partial, quality, inTerm } = scratch;
    scratch.busy = true;
    const boosted: number[] = [];
    try {
      const order: number[] = [];
      const touched: number[] = [];
      const seen = new Set<string>();
      for (const term of terms) {
        const distinct = !seen.has(term);
        seen.add(term);
        const p = this.termPostings(postings, term);
        if (!p) continue;
        touched.length = 0;
        for (let i = 0; i < p.length; i += 3) {
          const d = p[i]!;
          let boost = boosts[d]!;
          if (Number.isNaN(boost)) {
            boost = boosts[d] = options.boostDocument ? options.boostDocument(ids[d], term, stored[d]) : 1;
            boosted.push(d);
          }
          if (!boost) continue;
          // MiniSearch: termWeight (1) × termBoost (1) × fieldBoost × docBoost × rawScore, left to right.
          const weighted = p[i + 1]! * boost * p[i + 2]!;
          if (inTerm[d]) partial[d] += weighted;
          else {
            inTerm[d] = 1;
            partial[d] = weighted;
            touched.push(d);
          }
        }
        for (const d of touched) {
          inTerm[d] = 0;
          if (!quality[d]) {
            totals[d] = partial[d]!;
            quality[d] = 1;
            order.push(d);
          } else {
            totals[d] = totals[d]! + partial[d]!;
            if (distinct) quality[d] += 1;
          }
        }
      }
      return best(order, (d) => totals[d]! * quality[d]!, options.limit ?? order.length).map((d) => ({
        id: String(ids[d]),
        score: totals[d]! * quality[d]!,
      }));
    } finally {
      for (const d of boosted) {
        boosts[d] = Number.NaN;
        quality[d] = 0;
        inTerm[d] = 0;
      }
      scratch.busy = false;
    }
  }

  /** The postings read so far, started again when documents were added or removed since. */
  private currentPostings(): Postings {
    const p = this.postings;
    if (p && p.documents === this._documentCount && p.nextId === this._nextId) return p;
    return (this.postings = {
      documents: this._documentCount,
      nextId: this._nextId,
      ids: Array.from({ length: this._nextId }, (_, d) => this._documentIds.get(d)),
      stored: Array.from({ length: this._nextId }, (_, d) => this._storedFields.get(d)),
      terms: new Map(),
    });
  }

  /** A term's postings with its BM25+ per field and unit, read from MiniSearch's search the first time; undefined for a term not in the index. */
  private termPostings(postings: Postings, term: string): TermPostings | undefined {
    const known = postings.terms.get(term);
    if (known) return known;
    const byField = this._index.get(term);
    if (!byField) return undefined;
    const global = this._options.searchOptions;
    const triples: number[] = [];
    for (const field of global.fields || this._options.fields) {
      const inField = byField.get(this._fieldIds[field]!);
      if (!inField) continue;
      const raw = new Map(
        this.search(term, { fields: [field], boost: {}, boostDocument: undefined, tokenize: () => [term], processTerm: (t) => t }).map((r) => [r.id, r.score]),
      );
      const fieldBoost = Object.hasOwn(global.boost, field) ? global.boost[field]! || 1 : 1;
      for (const d of inField.keys()) {
        const score = raw.get(this._documentIds.get(d));
        if (score === undefined) continue;
        triples.push(d, fieldBoost, score);
      }
    }
    const p = Float64Array.from(triples);
    postings.terms.set(term, p);
    return p;
  }
}

/**
 * The `limit` best of `items` by `score`, as a stable sort by descending score would list them first
 * (MiniSearch's `results.sort(byScore)`): equal scores keep their order.
 */
function best(items: readonly number[], score: (item: number) => number, limit: number): number[] {
  const top: number[] = [];
  const scores: number[] = [];
  for (const item of items) {
    const s = score(item);
    if (top.length === limit && !(s > scores[limit - 1]!)) continue;
    let j = top.length;
    while (j > 0 && scores[j - 1]! < s) j--;
    top.splice(j, 0, item);
    scores.splice(j, 0, s);
    if (top.length > limit) {
      top.pop();
      scores.pop();
    }
  }
  return top;
}
