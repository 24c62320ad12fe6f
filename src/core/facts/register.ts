/**
 * The facts register (data/facts/register.json): every rule, date and sentence of the bot rests on a
 * fact ID defined there. Parsing and ID scanning only (no I/O); reading the file lives in
 * src/data/load-facts.ts.
 */
import { z } from 'zod';
import { isValidPlainDate } from '../dates';

const plainDate = z.string().refine(isValidPlainDate, { message: 'must be a date YYYY-MM-DD' });

/**
 * certain: stated on a primary page (or several agreeing sources);
 * uncertain: conflicting or single secondary source — every answer resting on it carries a hedge;
 * derived: the project's own conclusion from other facts (cited in the statement).
 */
export const FACT_CERTAINTIES = ['certain', 'uncertain', 'derived'] as const;
export type FactCertainty = (typeof FACT_CERTAINTIES)[number];

export const factSchema = z
  .object({
    id: z.string().regex(/^[A-Z]+(-[A-Z]+)*-[1-9]\d*$/, { message: 'must look like "HP-LIC-1"' }),
    statement: z.string().min(10),
    certainty: z.enum(FACT_CERTAINTIES),
    sources: z.array(z.string().regex(/^https:\/\//, { message: 'must be an https URL' })),
    /** The page's own date (ms.date / publication date) where known. */
    pageDate: plainDate.nullable(),
    /** When the project last checked the fact against its sources. */
    checked: plainDate,
  })
  .strict()
  .refine((f) => f.certainty === 'derived' || f.sources.length > 0, {
    message: 'a certain or uncertain fact needs at least one source URL',
    path: ['sources'],
  });

export const registerSchema = z
  .object({ asOf: plainDate, facts: z.array(factSchema) })
  .strict()
  .superRefine((r, ctx) => {
    const seen = new Set<string>();
    r.facts.forEach((f, i) => {
      if (seen.has(f.id)) ctx.addIssue({ code: 'custom', path: ['facts', i, 'id'], message: `duplicate fact ID ${f.id}` });
      seen.add(f.id);
    });
  });

export type Fact = z.infer<typeof factSchema>;
export interface FactsRegister {
  asOf: string;
  facts: Fact[];
  byId: ReadonlyMap<string, Fact>;
}

export function parseRegister(input: unknown): { ok: true; register: FactsRegister } | { ok: false; issues: string[] } {
  const r = registerSchema.safeParse(input);
  if (!r.success) return { ok: false, issues: r.error.issues.map((i) => `${i.path.join('.') || '$'}: ${i.message}`) };
  return { ok: true, register: { ...r.data, byId: new Map(r.data.facts.map((f) => [f.id, f])) } };
}

/**
 * Fact IDs as the code cites them: "HP-LIC-1", "CAL-REL-2", "R-5", "G-QUP-4", "LIFE-3". Error codes
 * ("HB-CAL-001") and test-case ids ("TC-01") are not facts: the families are listed, the number has no
 * leading zero, and an ID glued to a longer token ("HB-CAL-1") does not count.
 */
export const FACT_ID_PATTERN =
  /(?<![A-Za-z0-9-])(?:HP-(?:DEF|LIC|ED|OS|SEC|CPU|VBS|MGT|INEL)|CAL-(?:REL|NUM|OOB)|CAL|R|G-(?:QUP|WU|CAT|RH|MD|REP)|QMR|WS|CHK|CF|LIFE)-[1-9]\d*(?![\d])/g;

export function factIdsIn(text: string): string[] {
  return [...new Set(text.match(FACT_ID_PATTERN) ?? [])];
}

/** The cited IDs that the register does not define. */
export function missingFactIds(cited: Iterable<string>, register: Pick<FactsRegister, 'byId'>): string[] {
  return [...new Set(cited)].filter((id) => !register.byId.has(id)).sort();
}

/** IDs among `ids` whose fact is uncertain: an answer resting on one of them must carry a hedge. */
export function uncertainFactIds(ids: Iterable<string>, register: Pick<FactsRegister, 'byId'>): string[] {
  return [...new Set(ids)].filter((id) => register.byId.get(id)?.certainty === 'uncertain');
}
