import type { ReplyDoc } from './doc';

/** The plain-text rendering of a ReplyDoc: everything the card shows, in reading order. */
export function docToText(doc: ReplyDoc): string {
  const colon = doc.locale === 'fr' ? ' : ' : ': ';
  const out: string[] = [doc.title];
  if (doc.status) out.push(doc.status.text);
  // The card's first screen (issue 14): its lines that the rest of the doc does not already say.
  const a = doc.answer;
  const front: string[] = [];
  if (a) {
    if (a.text !== doc.status?.text && a.text !== doc.title) front.push(a.text);
    if (a.why) front.push(a.why);
    for (const f of a.facts ?? []) front.push(`- ${f.title}${colon}${f.value}`);
    for (const l of a.lines ?? []) front.push(l);
    if (a.next) front.push(`${doc.locale === 'fr' ? 'Prochaine étape' : 'Next step'}${colon}${a.next}`);
    if (a.assumed) front.push(a.assumed);
  }
  const head = out.length;
  for (const u of doc.userText ?? []) out.push(`${u.label}${colon}${u.value}`);
  for (const line of doc.intro ?? []) out.push(line);
  for (const s of doc.sections) {
    out.push('');
    if (s.heading) out.push(s.heading);
    for (const f of s.facts ?? []) out.push(`- ${f.title}${colon}${f.value}`);
    for (const line of s.lines ?? []) out.push(line);
    for (const r of s.rows ?? []) {
      out.push(`${r.icon} ${r.label}`);
      for (const line of r.lines) out.push(`    ${line}`);
      if (r.source) out.push(`    ${r.source}`);
    }
    for (const c of s.code ?? []) {
      out.push(`${c.label}${colon.trimEnd()}`);
      out.push('```');
      out.push(c.code);
      out.push('```');
    }
  }
  if (doc.hedges?.length) {
    out.push('');
    for (const h of doc.hedges) out.push(`⚠ ${h}`);
  }
  if (doc.asOf) out.push('', doc.asOf);
  if (doc.sources?.length) {
    out.push('');
    if (doc.sourcesHeading) out.push(doc.sourcesHeading);
    for (const s of doc.sources) out.push(`${s.title}${colon}${s.url}`);
  }
  const rest = new Set(out.slice(head).map((l) => l.trim()));
  out.splice(head, 0, ...front.filter((l) => !rest.has(l.trim())));
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
