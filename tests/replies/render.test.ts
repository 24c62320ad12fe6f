import { describe, expect, it } from 'vitest';
import { render } from '../../src/replies';
import type { Locale } from '../../src/language/types';
import { answers } from './fixtures';
import { cardProblems } from './card-schema';

const ctx = (locale: Locale) => ({ locale, today: '2026-11-25', timeZone: 'Europe/Paris' });
const locales: Locale[] = ['en', 'fr'];

describe('render() — every Answer kind, EN and FR', () => {
  for (const [name, answer] of Object.entries(answers)) {
    for (const locale of locales) {
      it(`${name} (${locale}) gives text and a valid Adaptive Card 1.5`, () => {
        const r = render(answer, ctx(locale));
        expect(r.text.length).toBeGreaterThan(5);
        if (answer.kind === 'notice') return;
        expect(r.card).toBeDefined();
        expect(r.card!.version).toBe('1.5');
        expect(typeof r.card!.fallbackText).toBe('string');
        expect((r.card!.fallbackText as string).length).toBeGreaterThan(5);
        expect(cardProblems(r.card)).toEqual([]);
      });
    }
  }
});

describe('dates: words and ISO in the plain text, words only in the card (issue 14 §3)', () => {
  // [answer, locale, in the text, in the card]. Cards leave out the year of the question (today: 2026-11-25).
  const cases: [string, Locale, string[], string[]][] = [
    [
      'nextReboot',
      'en',
      ['12 January 2027', '2027-01-12', '19 January 2027', '2027-01-19', 'Europe/Paris'],
      ['12 January 2027', '19 January 2027', 'Europe/Paris'],
    ],
    ['nextReboot', 'fr', ['12 janvier 2027', '2027-01-12', '19 janvier 2027', 'Europe/Paris'], ['12 janvier 2027', '19 janvier 2027', 'Europe/Paris']],
    [
      'calendar',
      'en',
      ['January 2027', '12 January 2027', '2027-01-12', '8 December 2026', '2026-12-08', 'KB5094126'],
      ['January 2027', '12 January 2027', 'Tuesday 8 December', 'KB5094126'],
    ],
    ['calendar', 'fr', ['janvier 2027', '12 janvier 2027', '2027-01-12', '8 décembre 2026'], ['janvier 2027', '12 janvier 2027', 'mardi 8 décembre']],
    ['dateCheck', 'en', ['Yes', '12 January 2027', '2027-01-12', 'baseline month'], ['Yes', '12 January 2027', 'baseline month']],
    ['dateCheckNo', 'fr', ['Non', '1er décembre 2026', '8 décembre 2026', '2026-12-08'], ['Non', 'mardi 1er décembre', 'mardi 8 décembre']],
  ];
  it.each(cases)('%s (%s)', (name, locale, inText, inCard) => {
    const r = render(answers[name]!, ctx(locale));
    const card = JSON.stringify(r.card);
    for (const f of inText) expect(r.text).toContain(f);
    for (const f of inCard) expect(card).toContain(f);
    expect(card).not.toMatch(/\(\d{4}-\d{2}-\d{2}\)/);
  });
});

describe('content promises', () => {
  it('eligibility: checklist with icon words, fix, source, as-of and hedge', () => {
    const en = render(answers.eligibility!, ctx('en'));
    expect(en.text).toMatch(/❌ Not eligible/);
    expect(en.text).toContain('✅ Pass');
    expect(en.text).toContain('❌ Fail');
    expect(en.text).toContain('❓ Unknown');
    expect(en.text).toContain('According to Microsoft documentation as of 25 November 2026 (2026-11-25)');
    expect(en.text).toContain('windows-autopatch-hotpatch-updates');
    expect(en.text).toContain('⚠');
    expect(en.text).toContain('LAPTOP-4F2K');
    const fr = render(answers.eligibility!, ctx('fr'));
    expect(fr.text).toContain('Non éligible');
    expect(fr.text).toContain('25 novembre 2026');
    expect(fr.text).toContain('✅ Conforme');
  });

  it('next reboot: every scenario, caveats (CAL-7) and the uncertain month hedged', () => {
    const r = render(answers.nextReboot!, ctx('en'));
    expect(r.text).toContain('If the device gets Hotpatch');
    expect(r.text).toContain('If the device is not eligible');
    expect(r.text).toMatch(/unplanned baseline/i);
    expect(r.text).toMatch(/not confirmed by Microsoft/);
    expect(r.text).toContain('Restart by');
  });

  it('calendar marks restart vs no restart and uncertainty', () => {
    const r = render(answers.calendar!, ctx('en'));
    expect(r.text).toContain('🔁 Restart');
    expect(r.text).toContain('✅ No restart');
    expect(r.text).toMatch(/Certainty: uncertain/);
    expect(r.text).toMatch(/Not confirmed by Microsoft: June 2026/);
  });

  it('knowledge: commands in code blocks, sources, as-of, hedge, follow-ups as suggestions', () => {
    const r = render(answers.knowledge!, ctx('fr'));
    expect(r.text).toContain('```\nGet-CimInstance');
    expect(r.text).toContain('25 novembre 2026');
    expect(r.text).toContain('Les valeurs Intune diffèrent');
    expect(r.suggestedActions).toEqual([{ title: "Qu'est-ce que le Hotpatch ?", value: "Qu'est-ce que le Hotpatch ?" }]);
    expect(JSON.stringify(r.card)).toContain('Monospace');
  });

  it('QMR: defaults per edition (QMR-4), three ways to enable, and "does not reduce restarts" (QMR-16)', () => {
    const all = render(answers.qmrAll!, ctx('en'));
    expect(all.text).toMatch(/Home: cloud remediation on, auto remediation off/);
    expect(all.text).toMatch(/Pro: cloud remediation off, auto remediation off/);
    expect(all.text).toContain('System > Recovery > Quick machine recovery');
    expect(all.text).toContain('Remote Remediation');
    expect(all.text).toContain('reagentc.exe /setrecoverysettings');
    expect(all.text).toMatch(/does not reduce restarts/);
    const fr = render(answers.qmr!, ctx('fr'));
    expect(fr.text).toMatch(/ne réduit pas les redémarrages/);
    expect(fr.text).not.toContain('Famille');
  });

  it('device form: Action.Execute verb with an Action.Submit fallback, prefilled', () => {
    const r = render(answers.deviceForm!, ctx('en'));
    const card = r.card as { body: { id?: string; value?: string; isMultiSelect?: boolean }[]; actions: Record<string, any>[] };
    const action = card.actions[0]!;
    expect(action.type).toBe('Action.Execute');
    expect(action.verb).toBe('device-form-submit');
    expect(action.fallback).toMatchObject({ type: 'Action.Submit', data: { verb: 'device-form-submit', purpose: 'eligibility' } });
    const byId = Object.fromEntries(card.body.filter((b) => b.id).map((b) => [b.id, b]));
    expect(Object.keys(byId)).toEqual(['edition', 'version', 'architecture', 'vbs', 'licenses', 'management']);
    expect(byId.edition!.value).toBe('enterprise');
    expect(byId.version!.value).toBe('24H2');
    expect(byId.architecture!.value).toBe('unknown');
    expect(byId.licenses!.value).toBe('e3,e5');
    expect(byId.licenses!.isMultiSelect).toBe(true);
    expect(byId.edition!.isMultiSelect).toBe(false);
  });

  it('unknown offers the helpdesk only when it can', () => {
    expect(render(answers.unknown!, ctx('en')).text).toContain('helpdesk');
    expect(render(answers.unknownNoHelpdesk!, ctx('en')).text).not.toContain('helpdesk');
    expect(render(answers.unknown!, ctx('fr')).suggestedActions.map((s) => s.value)).toContain('Mon appareil est-il éligible au Hotpatch ?');
  });

  it('a notice is its words alone: no card, no buttons', () => {
    const r = render({ kind: 'notice', intent: 'escalate', notice: 'escalate-elsewhere' }, ctx('fr'));
    expect(r.text).toBe("Je transmets votre question au support depuis Teams ; d'ici, contactez votre support informatique.");
    expect([r.card, r.suggestedActions]).toEqual([undefined, []]);
  });
});

describe('size', () => {
  it('a 12-month calendar card stays under the 28 KB card limit', () => {
    const base = (answers.calendar as Extract<typeof answers.calendar, { kind: 'calendar' }>).months;
    const months = Array.from({ length: 12 }, (_, i) => ({ ...base[i % base.length]!, month: `2027-${String(i + 1).padStart(2, '0')}` }));
    for (const locale of locales) {
      const r = render({ kind: 'calendar', months, today: '2026-11-25', asOf: '2026-11-25' }, ctx(locale));
      expect(Buffer.byteLength(JSON.stringify(r.card))).toBeLessThan(28 * 1024);
    }
  });
});

describe('next reboot headline', () => {
  it('gives every scenario date when eligibility is unknown, not just the first', () => {
    const r = render(answers.nextReboot!, ctx('en'));
    const status = r.text.split('\n')[1]!;
    expect(status).toContain('Hotpatch device 19 January 2027 (2027-01-19)');
    expect(status).toContain('not eligible 15 December 2026 (2026-12-15)');
  });
});
