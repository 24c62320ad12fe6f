import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { pipelineFromConfig } from '../../src/app/composition';
import { withClaimCorrections } from '../../src/answers/claim-corrections';
import { questionTermsOf } from '../../src/answers/retrieve';
import type { AnswerInput } from '../../src/answers/deps';
import type { AnyAnswer } from '../../src/answers';

/**
 * Claims the register contradicts are corrected first, through the whole pipeline (language, answers, replies),
 * on phrasings written for these tests (not taken from tests/questions/real).
 */
const pipeline = pipelineFromConfig(loadConfig({ STORAGE: 'memory' }));
const today = '2026-12-07';
const ask = (text: string, clientLocale?: string) =>
  pipeline.ask({ text, today, now: new Date(`${today}T10:00:00Z`), timeZone: 'Europe/Paris', ...(clientLocale ? { clientLocale } : {}) });
const corrections = (a: AnyAnswer) => (a.kind === 'knowledge' ? (a.corrections ?? []).map((c) => c.id) : []);
/** The reply's lines after its title. */
const bodyLines = (text: string) => text.split('\n').slice(1);

describe('a stale claim is answered by its correction first', () => {
  it('English: "Out of date: …" opens the answer, then the unit, with the correction’s sources', async () => {
    const r = await ask('Our vendor says hotpatch for Windows 11 Enterprise is still in technical preview and not ready for production.');
    expect(corrections(r.answer)).toEqual(['hotpatch-in-preview']);
    expect(bodyLines(r.text)[0]).toMatch(/^Out of date: hotpatch is no longer in preview — it has been generally available .* since April 2025/);
    expect(r.text).toMatch(/learn\.microsoft\.com\/en-us\/windows\/deployment\/windows-autopatch\/manage\/windows-autopatch-hotpatch-updates/);
  });

  it('French: "Dépassé : …" with the French typography of the colon, in French whatever the client locale', async () => {
    const r = await ask("Chez nous, l'administrateur doit d'abord activer le hotpatch avec une stratégie dans Intune, sinon rien ne se passe.", 'en-US');
    expect(r.locale).toBe('fr');
    expect(corrections(r.answer)).toEqual(['hotpatch-opt-in']);
    expect(bodyLines(r.text)[0]).toMatch(/^Dépassé : depuis la mise à jour de sécurité de mai 2026, le hotpatch est activé par défaut/);
  });

  it('two claims in one post: both corrections, in the catalogue’s order, before the unit', async () => {
    const r = await ask(
      'Hotpatch is still a preview feature. On top of that it works only on x64 processors from Intel and AMD, which rules out our Surface fleet.',
    );
    expect(corrections(r.answer)).toEqual(['hotpatch-in-preview', 'hotpatch-x64-only']);
    const [first, second] = bodyLines(r.text);
    expect(first).toMatch(/^Out of date: hotpatch is no longer in preview/);
    expect(second).toMatch(/^Out of date: 64-bit Arm PCs \(Snapdragon\) get hotpatch too since July 2025/);
  });

  it('a claim no unit was close to gets the unit of its check, not "I can’t answer"', async () => {
    const r = await ask('Apparently these days the hotpatch thing is a technical preview limited to a handful of pilot tenants, nothing more.');
    expect(r.answer.kind).toBe('knowledge');
    expect(corrections(r.answer)).toEqual(['hotpatch-in-preview']);
  });

  it('a claim never opens with a yes/no', async () => {
    const r = await ask('Hotpatch for Windows Server 2025 on Azure Arc costs 1.50 USD per core per month.');
    expect(corrections(r.answer)).toEqual(['server-hotpatch-paid']);
    expect(bodyLines(r.text)[0]).toMatch(/^Out of date: hotpatch for Windows Server 2025 .* now at no extra cost/);
    expect(r.text).not.toMatch(/^(Yes|No)\b/m);
  });
});

describe('what is not corrected', () => {
  it.each([['Is hotpatch still in preview?'], ['Le hotpatch de Windows Server 2025 est-il payant ?'], ['do I have to opt in to hotpatch?']])(
    'a chat question is answered, not corrected: "%s"',
    async (text) => {
      expect(corrections((await ask(text)).answer)).toEqual([]);
    },
  );

  it('a bulleted post is read line by line: "- Rollback mechanism: automatic reversion if issues are detected"', async () => {
    const r = await ask(
      'How hotpatch works, in short:\n- Memory patching: modifies running code without disrupting sessions\n- Rollback mechanism: automatic reversion if issues are detected',
    );
    expect(corrections(r.answer)).toEqual(['automatic-rollback']);
  });

  it('a post that already says the correction gets none', async () => {
    const r = await ask('Hotpatch was in preview until April 2025; since then it is generally available for Windows 11 Enterprise 24H2 and later.');
    expect(corrections(r.answer)).toEqual([]);
  });

  it('a stale claim is corrected even in a post the bot would decline (the claim is about hotpatch); other answers are left as they are', () => {
    const input = {
      question: { intent: 'unknown', slots: {}, confidence: 0.9, locale: 'en', text: 'Hotpatch is still in technical preview for everyone, they say.' },
      today,
      timeZone: 'Europe/Paris',
    } as AnswerInput;
    const words = questionTermsOf(input.question.text).length;
    const declined: AnyAnswer = { kind: 'unknown', suggestions: [], canEscalate: false, reason: 'out-of-scope' };
    expect(corrections(withClaimCorrections(declined, input, words))).toEqual(['hotpatch-in-preview']);
    const greeting: AnyAnswer = { kind: 'greeting' };
    expect(withClaimCorrections(greeting, input, words)).toBe(greeting);
    const noMatch: AnyAnswer = { kind: 'unknown', suggestions: [], canEscalate: false, reason: 'no-match' };
    expect(corrections(withClaimCorrections(noMatch, input, words))).toEqual(['hotpatch-in-preview']);
  });
});
