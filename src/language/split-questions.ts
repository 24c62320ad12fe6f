/**
 * Several questions in one message (issue 11): "How do I test QMR? Is it reagentc /SetRecoverySettings?"
 * → two questions, answered in order. A fragment that only continues the previous question
 * ("And AVD?", "Et en France ?", "or 25H2?") stays with it. At most MAX_QUESTIONS; a long post
 * (context, logs, quotes) is one question.
 */
export const MAX_QUESTIONS = 3;
const MAX_CHARS = 400;
const CONTINUATION = /^(and|or|et|ou|also|aussi|what about|how about|et pour|et si|sinon|else)\b/i;
/** …unless it asks a whole question of its own after the conjunction: "and is hotpatch free?", "et est-ce que mon PC est éligible ?". */
const OWN_QUESTION =
  /^(?:and|or|et|ou)\s+(?:what|how|when|where|why|which|who|did|does|do|is|are|was|were|can|will|would|should|est-ce|combien|comment|quand|pourquoi|quel(?:le)?s?|faut-il|peut-on|y a-t-il)\b/i;

export function splitQuestions(text: string): string[] {
  const t = text.trim();
  if (t.length > MAX_CHARS || t.includes('\n\n')) return [t];
  const parts = t
    .split(/(?<=\?)\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
  const out: string[] = [];
  for (const p of parts) {
    const words = p.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    const continues = CONTINUATION.test(p) && !(OWN_QUESTION.test(p) && words >= 4);
    if (out.length && (continues || words < 3 || !/\?\s*$/.test(out[out.length - 1]!))) out[out.length - 1] = `${out[out.length - 1]} ${p}`;
    else out.push(p);
  }
  // Statements around questions (greetings, context, thanks) make one message, not several questions.
  if (out.length > MAX_QUESTIONS || out.some((q) => !/\?\s*$/.test(q))) return [t];
  // One sentence, two questions: "What is QMR, and did it ship in June?", "…, et combien ça coûte ?".
  if (out.length === 1 && (out[0]!.match(/\?/g) ?? []).length === 1) {
    const m = JOINED.exec(out[0]!);
    if (m && m.index > 10) return [`${out[0]!.slice(0, m.index).replace(/[,;\s]+$/, '')}?`, out[0]!.slice(m.index + m[1]!.length).trim()];
  }
  return out;
}

/** ", and what/how/when/did/does/is…" — a second question joined to the first. */
const JOINED =
  /(,?\s+(?:and|et)\s+)(?=(?:what|how|when|where|why|which|who|did|does|do|is|are|was|were|can|will|would|should|est-ce|combien|comment|quand|pourquoi|quel(?:le)?s?|a-t-(?:il|elle)|est-(?:il|elle)|faut-il|peut-on|peut-il|y a-t-il)\b)/i;
