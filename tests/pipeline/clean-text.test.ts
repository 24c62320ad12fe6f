import { describe, expect, it } from 'vitest';
import { cleanText, decodeEntities, MAX_TEXT_LENGTH } from '../../src/pipeline/clean-text';

describe('cleanText', () => {
  it.each([
    ['<at>Hotpatch Bot</at> when is my next reboot?', 'when is my next reboot?'],
    ['<at id="0">Bot</at>&nbsp;quand&nbsp;?', 'quand ?'],
    // A line break stays one line break (a post's title line, its bullet points), spaces around it dropped.
    ['<p>line one<br/>line two</p>', 'line one\nline two'],
    ['title?  \r\n\r\n\n  body   text\n- point', 'title?\nbody text\n- point'],
    ['Windows&#39;s &amp; &lt;VBS&gt; &eacute;ligible &#x263A;', "Windows's & <VBS> éligible ☺"],
    ['&lt;at&gt;Bot&lt;/at&gt; hello', 'hello'],
    ['a\u0000b\u0007c\r\n\td', 'a b c\nd'],
    ['  spaced \u00a0 out  ', 'spaced out'],
    ['&#0; &#xD800; &#9999999;', ''],
    ['', ''],
  ])('%j → %j', (raw, want) => {
    expect(cleanText(raw)).toBe(want);
  });

  it('caps the length at 2,000 characters without splitting a surrogate pair', () => {
    expect(cleanText('a'.repeat(10_000))).toHaveLength(MAX_TEXT_LENGTH);
    const emoji = cleanText('😀'.repeat(3000));
    expect(emoji.length).toBeLessThanOrEqual(MAX_TEXT_LENGTH);
    expect(/[\ud800-\udbff]$/.test(emoji)).toBe(false);
  });

  it('leaves unknown entities alone', () => {
    expect(decodeEntities('&bogus; &amp;')).toBe('&bogus; &');
  });
});
