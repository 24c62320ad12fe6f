/**
 * Teams messages arrive as HTML with <at>mentions</at>, entities and &nbsp;: the language layer
 * works on plain text. The pipeline cleans a question once, where it enters (issue 13); the length
 * is capped so a pasted log cannot slow recognition down.
 */
export const MAX_TEXT_LENGTH = 2000;

const namedEntities: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  laquo: '«',
  raquo: '»',
  rsquo: '’',
  lsquo: '‘',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  agrave: 'à',
  acirc: 'â',
  ccedil: 'ç',
  ocirc: 'ô',
  ucirc: 'û',
  ugrave: 'ù',
  icirc: 'î',
  iuml: 'ï',
  Eacute: 'É',
};

function codePointOrSpace(n: number): string {
  // Control characters and invalid code points become a space rather than throwing.
  if (!Number.isFinite(n) || n < 32 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return ' ';
  return String.fromCodePoint(n);
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const n = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return codePointOrSpace(n);
    }
    return namedEntities[body] ?? namedEntities[body.toLowerCase()] ?? whole;
  });
}

/** Strip mentions, tags and entities; collapse whitespace; cap the length. */
export function cleanText(raw: string): string {
  let text = String(raw ?? '');
  // Bound the work on huge inputs before any regex runs.
  if (text.length > MAX_TEXT_LENGTH * 4) text = text.slice(0, MAX_TEXT_LENGTH * 4);
  text = text
    .replace(/<at\b[^>]*>[\s\S]*?<\/at>/gi, ' ')
    .replace(/<br\s*\/?>|<\/(p|div|li|tr)>/gi, '\n')
    .replace(/<\/?[a-z][^<>]*>/gi, ' ');
  text = decodeEntities(text);
  text = text
    // A decoded "&lt;at&gt;" must not survive as a tag either.
    .replace(/<at\b[^>]*>[\s\S]*?<\/at>/gi, ' ')
    .replace(/\r\n?/g, '\n')
    // Control, zero-width and bidi-override characters (a common spoofing trick) become spaces; a line break stays one
    // (a post's title line, its bullet points: claims and questions are read per line, issue 11).
    // eslint-disable-next-line no-control-regex -- matching control characters is this cleaner's job
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g, ' ')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n[\s]*/g, '\n')
    .trim();
  if (text.length > MAX_TEXT_LENGTH) {
    text = text.slice(0, MAX_TEXT_LENGTH);
    // Do not leave half a surrogate pair at the cut.
    if (/[\ud800-\udbff]$/.test(text)) text = text.slice(0, -1);
    text = text.trim();
  }
  return text;
}
