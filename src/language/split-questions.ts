/**
 * Several questions in one message (issue 11): "How do I test QMR? Is it reagentc /SetRecoverySettings?"
 * → two questions, answered in order. A fragment that only continues the previous question
 * ("And AVD?", "Et en France ?", "or 25H2?") stays with it. At most MAX_QUESTIONS; a long post
 * (context, logs, quotes) is one question.
 */
export const MAX_QUESTIONS = 3;
const MAX_CHARS = 400;
const CONTINUATION = /^(and|or|et|ou|also|aussi|what about|how about|et pour|et si|sinon|else)\b/i;

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
    if (out.length && (CONTINUATION.test(p) || words < 3 || !/\?\s*$/.test(out[out.length - 1]!))) out[out.length - 1] = `${out[out.length - 1]} ${p}`;
    else out.push(p);
  }
  // Statements around questions (greetings, context, thanks) make one message, not several questions.
  if (out.length > MAX_QUESTIONS || out.some((q) => !/\?\s*$/.test(q))) return [t];
  return out;
}
