import { loadConfig } from '../src/config';
import { pipelineFromConfig } from '../src/app/composition';
import { allUnits } from '../src/core/knowledge/units';
import { coverageOf, termsOf } from '../src/answers/retrieve';
import { retrieve } from '../src/answers/knowledge-answer';
import { isStopword } from '../src/language/stemmers';
import { loadRealQuestions, halfOf, judge, DEFAULT_TODAY } from '../tests/questions/evaluate';
import { readFileSync } from 'node:fs';
const tok = (t: string) => t.split(/[^\p{L}\p{N}._+#]+/u).map((w) => w.replace(/^[._]+|[._]+$/g, '')).filter(Boolean);
const reg = readFileSync('data/facts/register.json', 'utf8');
const globalV = new Set<string>();
for (const u of allUnits) {
  if (u.decline) continue;
  const text = [...u.asks.en, ...u.asks.fr, u.title.en, u.title.fr, ...u.keywords.en, ...u.keywords.fr, ...u.body.en, ...u.body.fr].join(' ');
  for (const w of tok(text)) for (const t of termsOf(w) ?? []) globalV.add(t);
}
for (const w of tok(reg)) for (const t of termsOf(w) ?? []) globalV.add(t);
function gcov(text: string) {
  const words = new Set(tok(text).map((w) => w.toLowerCase()));
  let n = 0, c = 0;
  for (const w of words) { if (isStopword(w)) continue; const t = termsOf(w); if (!t) continue; n++; if (t.some((x) => globalV.has(x))) c++; }
  return n ? c / n : 0;
}
(async () => {
  const p = pipelineFromConfig(loadConfig({ STORAGE: 'memory' }));
  for (const q of loadRealQuestions()) {
    if (halfOf(q.url) !== 'tuning') continue;
    const r = await p.ask({ text: q.text, today: q.today ?? DEFAULT_TODAY, now: new Date('2026-12-07T10:00:00Z'), clientLocale: q.clientLocale, timeZone: 'Europe/Paris' });
    const j = judge(q, r);
    const rt = retrieve(r.question.text, r.question.slots);
    const b = rt.best?.unit;
    const c = b ? coverageOf(q.text, b) : { words: 0, coverage: -1 };
    console.log([q.expected.scope.padEnd(7), j.outcome.padEnd(9), r.answer.kind.padEnd(10), c.coverage.toFixed(2), String(c.words).padStart(3), String(Math.round(rt.best?.score ?? 0)).padStart(5), gcov(q.text).toFixed(2), (b?.decline ? 'D ' : '  ') + (b?.id ?? '').slice(0, 28).padEnd(28), q.id].join(' '));
  }
})();
