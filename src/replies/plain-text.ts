import type { ReplyDoc } from './doc';

/** The plain-text rendering of a ReplyDoc: everything the card shows, in reading order. */
export function docToText(doc: ReplyDoc): string {
  const colon = doc.locale === 'fr' ? ' : ' : ': ';
  const out: string[] = [doc.title];
  if (doc.status) out.push(doc.status.text);
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
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}
