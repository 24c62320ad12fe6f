import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { render } from '../../src/replies';
import type { EligibilityAnswer } from '../../src/answers/types';
import { answers } from './fixtures';
import { cardProblems } from './card-schema';

type Node = Record<string, unknown>;

/** Every string a card shows, with the element type that shows it. */
function shownStrings(node: unknown, parentType = ''): { type: string; text: string }[] {
  if (Array.isArray(node)) return node.flatMap((n) => shownStrings(n, parentType));
  if (!node || typeof node !== 'object') return [];
  const n = node as Node;
  const type = typeof n.type === 'string' ? n.type : parentType;
  const own = ['text', 'value', 'title'].flatMap((k) => (typeof n[k] === 'string' ? [{ type, text: n[k] as string }] : []));
  return [...own, ...Object.values(n).flatMap((v) => shownStrings(v, type))];
}

const withName = (deviceName: string): EligibilityAnswer => ({
  ...(answers.eligibility as EligibilityAnswer),
  device: { ...(answers.eligibility as EligibilityAnswer).device, deviceName },
});

describe('user text cannot inject markdown, links or template expressions into cards', () => {
  const evil = ['[click me](https://evil.example)', '**URGENT** _now_', '${title}', '<at>Admin</at> # Heading', '![img](https://evil.example/x.png)'];
  it.each(evil)('device name %j is shown only as a plain TextRun', (name) => {
    const r = render(withName(name), { locale: 'en', today: '2026-11-25', timeZone: 'UTC' });
    const hits = shownStrings(r.card).filter((s) => s.text.includes(name));
    expect(hits).toEqual([{ type: 'TextRun', text: name }]);
    expect(cardProblems(r.card, name)).toEqual([]);
  });

  it('holds for any string (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }).map((s) => `Ω${s}Ω`),
        (name) => {
          const r = render(withName(name), { locale: 'fr', today: '2026-11-25', timeZone: 'UTC' });
          const hits = shownStrings(r.card).filter((s) => s.text.includes(name));
          return hits.length >= 1 && hits.every((h) => h.type === 'TextRun');
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('the card checker itself', () => {
  it('reports unknown elements and unexpanded expressions', () => {
    expect(cardProblems({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'CodeBlock', codeSnippet: 'x' }] })).not.toEqual([]);
    expect(cardProblems({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: '${oops}' }] })).not.toEqual([]);
  });
});
