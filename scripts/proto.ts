import { loadConfig } from '../src/config';
import { pipelineFromConfig } from '../src/app/composition';
import { getUnit } from '../src/core/knowledge/units';
import { coverageOf } from '../src/answers/retrieve';
import { loadRealQuestions, halfOf, judge, DEFAULT_TODAY } from '../tests/questions/evaluate';
(async () => {
  const p = pipelineFromConfig(loadConfig({ STORAGE: 'memory' }));
  const half = process.argv[2] ?? 'tuning';
  for (const q of loadRealQuestions()) {
    if (halfOf(q.url) !== half) continue;
    const r = await p.ask({ text: q.text, today: q.today ?? DEFAULT_TODAY, now: new Date('2026-12-07T10:00:00Z'), clientLocale: q.clientLocale, timeZone: 'Europe/Paris' });
    const j = judge(q, r);
    const a: any = r.answer;
    const u = a.kind === 'knowledge' ? getUnit(a.topic.id) : undefined;
    const c = u ? coverageOf(q.text, u) : { words: 0, coverage: -1 };
    console.log([q.expected.scope.padEnd(7), j.outcome.padEnd(9), a.kind.padEnd(10), c.coverage.toFixed(2), String(c.words).padStart(3), half === 'tuning' ? q.id : ''].join(' '));
  }
})();
