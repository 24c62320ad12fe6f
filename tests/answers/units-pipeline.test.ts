import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { pipelineFromConfig } from '../../src/app/composition';
import { splitQuestions } from '../../src/language/split-questions';
import { understand } from '../../src/language';
import { knowledgeAnswer } from '../../src/answers/knowledge-answer';
import { getUnit } from '../../src/core/knowledge/units';

/**
 * Issue 11 behaviour through the whole pipeline, on phrasings written for these tests (not taken
 * from tests/questions/real): the opener answers the predicate asked, out-of-register subjects get a
 * plain "can't answer" with the helpdesk, several questions are answered in order, French chat.
 */
const pipeline = pipelineFromConfig(loadConfig({ STORAGE: 'memory' }));
const today = '2026-12-07';
const ask = (text: string, clientLocale?: string) => pipeline.ask({ text, today, now: new Date(`${today}T10:00:00Z`), clientLocale, timeZone: 'Europe/Paris' });
const opener = (text: string) => text.split('\n').find((l, i) => i > 0 && l.trim())!;

describe('the opener answers the predicate asked', () => {
  it('a Patch Tuesday of a hotpatch month needs no restart', async () => {
    const r = await ask('Will my laptop have to reboot on 8 December 2026?');
    expect(r.answer.kind).toBe('date-check');
    expect(opener(r.text)).toMatch(/^No, not for eligible hotpatch devices/);
    expect(r.text).toMatch(/12 January 2027/);
    const fr = await ask('Faudra-t-il redémarrer le 8 décembre 2026 ?');
    expect(opener(fr.text)).toMatch(/^Non, pas pour les appareils Hotpatch éligibles/);
  });

  it('a Patch Tuesday of a baseline month needs a restart; "is it Patch Tuesday?" keeps its own yes', async () => {
    expect(opener((await ask('Do we need to restart on 12 January 2027?')).text)).toMatch(/^Yes: .*baseline month/);
    expect(opener((await ask('Is 12 January 2027 Patch Tuesday?')).text)).toMatch(/^Yes: .* is Patch Tuesday\.$/);
  });

  it('a product that exists but costs nothing: no "Yes" to "do I have to pay?"', async () => {
    for (const text of ['Is Windows Server 2025 hotpatch via Azure Arc still billed per core?', 'Est-ce que le hotpatch de Windows Server 2025 est payant ?']) {
      const r = await ask(text);
      expect(r.answer.kind).toBe('knowledge');
      expect(opener(r.text)).not.toMatch(/^(Yes|Oui)\b/);
      expect(r.text).toMatch(/no extra cost|sans coût supplémentaire/);
    }
  });
});

describe('out of register and nothing close', () => {
  it('says plainly it cannot answer and offers the helpdesk', async () => {
    for (const text of ['How do I rotate the Secure Boot KEK on my Ubuntu dual-boot laptop?', 'Which pizza place near the office delivers after 10 pm?']) {
      const r = await ask(text);
      expect(r.answer.kind).toBe('unknown');
      expect(r.text).toMatch(/can't answer|cannot answer/i);
      expect(r.text).toMatch(/helpdesk/i);
    }
    const fr = await ask('Comment mettre à jour le BIOS de mon portable Lenovo ?');
    expect(fr.answer.kind).toBe('unknown');
    expect(fr.text).toMatch(/Je ne peux pas répondre/);
    expect(fr.text).toMatch(/support informatique/);
  });
});

describe('several questions in one message', () => {
  it('splits only real questions, keeps continuations together', () => {
    expect(splitQuestions('How do I test QMR? Which Windows versions have QMR?')).toHaveLength(2);
    expect(splitQuestions('Is a Windows 365 Cloud PC eligible? And AVD?')).toHaveLength(1);
    expect(splitQuestions('Hi! Is hotpatch free? Thanks.')).toHaveLength(1);
    expect(splitQuestions('A? B c d e? F g h i? J k l m?')).toHaveLength(1);
  });

  it('a question of its own after "and"/"et" is answered too, with the first question’s product carried', async () => {
    expect(splitQuestions('What is QMR? And is hotpatch free?')).toHaveLength(2);
    expect(splitQuestions('quand est le prochain reboot ? et est-ce que mon pc est éligible ?')).toHaveLength(2);
    const r = await ask('How do I test quick machine recovery? And which Windows versions have it?');
    expect(r.answer.kind).toBe('multi');
    expect(r.text).toMatch(/SetRecoveryTestmode/);
    expect(r.text).toMatch(/24H2/);
  });

  it('an eligibility question beside another gets its device form, the other its answer', async () => {
    for (const text of ['is my pc eligible for hotpatch? when is the next reboot?', 'quand est le prochain reboot ? et est-ce que mon pc est éligible ?']) {
      const r = await ask(text);
      expect(r.answer.kind, text).toBe('multi');
      const kinds = r.answer.kind === 'multi' ? r.answer.answers.map((a) => a.kind).sort() : [];
      expect(kinds, text).toEqual(['device-form', 'next-reboot']);
    }
    // Two questions that only ask for the form are the form once.
    expect((await ask('Is my device eligible? Can it get hotpatch?')).answer.kind).toBe('device-form');
  });

  it('answers each, in order', async () => {
    const two = await ask('How do I test quick machine recovery? Which Windows versions have QMR?');
    expect(two.answer.kind).toBe('multi');
    const i = two.text.search(/SetRecoveryTestmode/i);
    const j = two.text.search(/24H2/);
    expect(i).toBeGreaterThanOrEqual(0);
    expect(j).toBeGreaterThan(i);
  });
});

describe('dates, tense and French chat', () => {
  it('"la semaine pro" is next week, not Windows Pro', () => {
    const q = understand({ text: 'Est-ce que mon PC va redémarrer la semaine pro ?', today });
    expect(q.slots.device?.edition).toBeUndefined();
    expect(q.slots.period?.from).toBe('2026-12-14');
  });

  it('a past month is the last one, and the tense ranks the restart history', async () => {
    const r = await ask('Pourquoi mon poste a redémarré en juin ?');
    expect(r.question.slots.month).toBe('2026-06');
    expect(r.text).toMatch(/KB5094126/);
  });

  it('replies in the language of the question, with French edition names', async () => {
    const r = await ask('Mon PC Windows 11 Famille 24H2 peut-il avoir le hotpatch ?', 'en-US');
    expect(r.locale).toBe('fr');
    expect(r.text).toMatch(/Famille/);
    const en = await ask('Can my Windows 11 Home 24H2 laptop get hotpatch?', 'fr-FR');
    expect(en.locale).toBe('en');
  });

  it('device facts alone do not force a verdict: a lifecycle question gets its date', async () => {
    const r = await ask('Until when is Windows 11 24H2 Enterprise supported?');
    expect(r.answer.kind).toBe('knowledge');
    expect(r.text).toMatch(/12 October 2027/);
  });
});

describe('a year asked about', () => {
  it('lists that year’s restart months, not six months from today', async () => {
    for (const text of ['List the 2027 restart months', 'Quels mois de 2027 demandent un redémarrage ?']) {
      const r = await ask(text);
      expect(r.answer.kind).toBe('calendar');
      if (r.answer.kind === 'calendar') {
        expect(r.answer.months.map((m) => m.month)).toEqual(Array.from({ length: 12 }, (_, i) => `2027-${String(i + 1).padStart(2, '0')}`));
        expect(r.answer.months.filter((m) => m.restart).map((m) => m.month)).toEqual(['2027-01', '2027-04', '2027-07', '2027-10']);
      }
    }
    expect(understand({ text: 'Can Windows Server 2025 get hotpatch?', today }).slots.period).toBeUndefined();
  });
});

describe('close candidates', () => {
  it('answers the best and offers the next two close ones first as buttons; a far one is not offered', () => {
    const [a, b, c, d] = ['server-2025-hotpatch-cost', 'windows-server', 'server-2025-registry-key', 'qmr-defaults'].map((id) => getUnit(id)!);
    const close = knowledgeAnswer(a!, today, [
      { unit: a!, score: 100 },
      { unit: b!, score: 90 },
      { unit: c!, score: 70 },
      { unit: d!, score: 65 },
    ]);
    expect(close.related.slice(0, 2).map((r) => r.id)).toEqual(['windows-server', 'server-2025-registry-key']);
    const far = knowledgeAnswer(a!, today, [
      { unit: a!, score: 100 },
      { unit: d!, score: 20 },
    ]);
    expect(far.related.map((r) => r.id)).not.toContain('qmr-defaults');
  });
});

describe('short questions and one sentence with two questions', () => {
  it('answers the basic questions with their unit', async () => {
    const cases: [string, string][] = [
      ['What is QMR?', 'what-is-qmr'],
      ["C'est quoi QMR ?", 'what-is-qmr'],
      ['What is hotpatch?', 'what-is-hotpatch'],
      ["Qu'est-ce que le hotpatch ?", 'what-is-hotpatch'],
      ['How does hotpatch work?', 'how-hotpatch-works'],
    ];
    for (const [text, id] of cases) {
      const r = await ask(text);
      expect(r.answer.kind, text).toBe('knowledge');
      if (r.answer.kind === 'knowledge') expect(r.answer.topic.id, text).toBe(id);
    }
  });

  it('splits "A, and what does it cost?" and carries the product to the second question', async () => {
    expect(splitQuestions('Can our on-prem Windows Server 2025 Standard get hotpatch, and what does it cost?')).toEqual([
      'Can our on-prem Windows Server 2025 Standard get hotpatch?',
      'what does it cost?',
    ]);
    const r = await ask('Does Windows Server 2025 get hotpatch through Azure Arc, and do I have to pay for it?');
    expect(r.text).toMatch(/Azure Arc/);
    expect(r.text).toMatch(/no extra cost/);
  });
});

describe('the second batch of units answers its questions (issue 11)', () => {
  it('routes questions phrased for this test to the unit that answers them, opener first', async () => {
    const cases: [string, string, RegExp][] = [
      ['is HVCI needed for hotpatching or only VBS?', 'hvci-not-required', /^No, not according to Microsoft/],
      ['Le hotpatch est-il dispo via SCCM ?', 'configmgr-deploy-hotpatch', /^Non :/],
      ['Is QMR switched on out of the box on Windows 11 Home?', 'qmr-default-home', /^Yes, partly/],
      ['Does Server 2019 get hotpatching?', 'server-2019-2016-no', /^No:/],
      ['which build number is 25H2?', 'build-number-per-version', /25H2 = build 26200/],
      ["Why is my hotpatched laptop on a lower build than my colleague's?", 'hotpatch-build-lower-number', /numbered lower/],
      ['Do I need Intune P1 to use hotpatch?', 'intune-plan-1', /^Yes:/],
      ['Can QMR connect to our 802.1X Wi-Fi during recovery?', 'qmr-enterprise-wifi', /^No:/],
      ['QMR sur Windows 10 ?', 'qmr-windows-10', /^Non :/],
    ];
    for (const [text, id, first] of cases) {
      const r = await ask(text);
      expect(r.answer.kind, text).toBe('knowledge');
      if (r.answer.kind === 'knowledge') expect(r.answer.topic.id, text).toBe(id);
      expect(opener(r.text), text).toMatch(first);
    }
  });

  it('a memory-integrity question that does not name hotpatch is still not answered with a hotpatch unit', async () => {
    const r = await ask("memory integrity can't be enabled, incompatible driver on my home-built PC");
    expect(r.answer.kind).toBe('unknown');
    expect(r.text).toMatch(/helpdesk/i);
  });
});
