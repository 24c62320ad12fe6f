/**
 * RFC 5545 §3.1: content lines SHOULD NOT exceed 75 octets. The `ics` package folds by characters, so
 * French text (é, à, –) can exceed 75 octets: unfold, then refold by UTF-8 octets without ever
 * splitting a character.
 */
const LIMIT = 75;

function foldLine(line: string): string[] {
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    // Continuation lines start with one space, which counts toward their 75 octets.
    const limit = out.length === 0 ? LIMIT : LIMIT - 1;
    if (bytes + size > limit) {
      out.push(current);
      current = '';
      bytes = 0;
    }
    current += ch;
    bytes += size;
  }
  out.push(current);
  return out.map((part, i) => (i === 0 ? part : ` ${part}`));
}

export function refoldByOctets(ics: string): string {
  const logical: string[] = [];
  for (const physical of ics.split('\r\n')) {
    if ((physical.startsWith(' ') || physical.startsWith('\t')) && logical.length > 0) {
      logical[logical.length - 1] += physical.slice(1);
    } else {
      logical.push(physical);
    }
  }
  const trailing = logical.at(-1) === '' ? logical.pop() : undefined;
  const body = logical.flatMap(foldLine).join('\r\n');
  return trailing === undefined ? body : `${body}\r\n`;
}
