import { describe, expect, it } from 'vitest';
import { asksOpenQuestion, isStatement } from '../../src/language';

describe('isStatement: a message that asks nothing', () => {
  it.each([
    ['As of 2024, hotpatching is available for Windows Server 2022 Datacenter Azure Edition and Windows 11 multi-session'],
    ['Windows Autopatch est un service payant destiné aux clients disposant d’abonnements Microsoft Entreprise.'],
    ['Hotpatching goes default in Windows Autopatch whether you like it or not, starting with the May update'],
  ])('%j is a claim', (text) => {
    expect(isStatement(text)).toBe(true);
  });

  it.each([
    ['Is hotpatch on by default since May 2026'],
    ['how do I turn off hotpatch for one group of devices in Intune'],
    ['Est-ce que le hotpatch est payant pour les postes Entreprise'],
    ['est ce que windows 11 famille a le hotpatch'],
    ['Explique-moi la récupération rapide de la machine pour un poste Famille'],
    ['We enabled hotpatch last month, some laptops still restarted. Is that expected?'],
    // A few words typed as a search ask something, mark or not.
    ['hotpatch server 2025 pricing'],
  ])('%j asks something', (text) => {
    expect(isStatement(text)).toBe(false);
  });
});

describe('asksOpenQuestion: a question a yes or a no does not answer', () => {
  it.each([
    ['When will hotpatch devices restart?', true],
    ['Hi, how do I turn hotpatch off for one group?', true],
    ['our ring has a 7 day deferral and a 2 day deadline, when will devices restart in January?', true],
    ['Quand les postes redémarrent-ils ?', true],
    ['Combien coûte le hotpatch pour Server 2025 ?', true],
    ['Is hotpatch on by default?', false],
    ['Est-ce que le hotpatch est gratuit ?', false],
    ['Does Server 2025 need Azure Arc for hotpatch?', false],
  ])('%j → %s', (text, want) => {
    expect(asksOpenQuestion(text)).toBe(want);
  });
});

describe('French open questions that a yes or a no does not answer', () => {
  it.each([['que deviennent nos postes encore en 23H2 ?'], ['Que faire si le hotpatch échoue ?'], ['que se passe-t-il si le PC est éteint ?']])(
    '"%s" asks an open question',
    (text) => {
      expect(asksOpenQuestion(text)).toBe(true);
    },
  );

  it('« que » inside a yes/no question does not make it open', () => {
    expect(asksOpenQuestion('est-ce que le hotpatch redémarre ?')).toBe(false);
  });
});
