import type { KnowledgeAnswer } from '../answers';
import type { RenderContext } from './render-types';
import type { ReplyDoc } from './doc';
import { LABELS, t } from './common-words';
import { asOfLine, kv } from './format';
import { restartIntro, restartLines } from './restart-words';
import { CLAIM_VERDICT_WORDS } from './claim-words';

/** A second body line longer than this stays in the details. */
const WHY_MAX = 200;

/** A helpdesk topic: title, body lines, commands as code, hedge, as-of, sources; follow-ups as suggestions. */
export function renderKnowledge(a: KnowledgeAnswer, ctx: RenderContext): ReplyDoc {
  const { locale } = ctx;
  const topic = a.topic;
  // "Why did my device restart?": the causes ordered for the month (src/core/calendar/restart-causes.ts).
  const [said, ...rest] = a.restart ? [restartIntro(a.restart, locale), ...restartLines(a.restart, locale)] : topic.body[locale];
  // No yes/no was asked: "Yes:" would read as agreeing with a claim, "No." answers no "when?" (issue 11, items 5–6).
  const unitFirst = a.noYesNo && said ? withoutYesNo(said) : said;
  // A claim the register contradicts is answered first: "Out of date: hotpatch is no longer in preview…" (claims/).
  const corrected = (a.corrections ?? []).map((c) => kv(locale, t(CLAIM_VERDICT_WORDS[c.verdict], locale), c.line[locale]));
  const first = corrected[0] ?? unitFirst;
  const code = (topic.commands ?? []).map((c) => ({ label: c.label[locale], code: c.code }));
  // Answer first (issue 14): the topic's first line answers; a short second line says why.
  const why = corrected.length ? undefined : rest[0] && rest[0].length <= WHY_MAX ? rest[0] : undefined;
  return {
    answer: { text: first ?? topic.title[locale], tone: corrected.length ? 'warning' : 'default', why },
    title: topic.title[locale],
    intro: [...corrected, ...(unitFirst ? [unitFirst] : [])],
    sections: [
      { lines: rest },
      ...(code.length ? [{ code }] : []),
      // The next unit was close too: its direct answer, behind the details (its button is in the suggestions).
      ...(a.close
        ? [{ heading: t(LABELS.alsoClose, locale), lines: [`${a.close.title[locale]} — ${a.close.line[locale]}`, ...(a.close.more?.body[locale] ?? [])] }]
        : []),
    ],
    hedges: topic.hedge ? [topic.hedge[locale]] : [],
    asOf: asOfLine(topic.asOf, locale),
    sourcesHeading: t(LABELS.sources, locale),
    sources: uniqueByUrl([...(a.corrections ?? []).flatMap((c) => c.sources), ...topic.sources, ...(a.close?.more?.sources ?? [])]),
    suggestions: a.related.slice(0, 4).map((r) => ({ title: r.title[locale], value: r.title[locale] })),
    summary: first ? kv(locale, topic.title[locale], first) : topic.title[locale],
  };
}

/** "Yes: hotpatches follow…" → "Hotpatches follow…"; "Non, ce n’est pas documenté…" → "Ce n’est pas documenté…". */
function withoutYesNo(line: string): string {
  const rest = line.replace(/^\s*(yes|no|oui|non)\s*[,.:;!—–-]\s*/i, '');
  return rest === line || !rest ? line : rest.charAt(0).toUpperCase() + rest.slice(1);
}

function uniqueByUrl<T extends { url: string }>(links: readonly T[]): T[] {
  const seen = new Set<string>();
  return links.filter((l) => !seen.has(l.url) && !!seen.add(l.url));
}
