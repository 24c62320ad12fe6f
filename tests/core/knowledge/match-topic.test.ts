import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allTopics, matchTopic } from '../../../src/core/knowledge';
import { MATCH_THRESHOLD } from '../../../src/core/knowledge/match-topic';
import { containsPhrase, foldText, keywordTokens, phraseWeight, stem, tokens } from '../../../src/core/knowledge/text-normalize';

describe('text normalisation', () => {
  it('folds accents, case and punctuation', () => {
    expect(foldText('Redémarré ÉTÉ, l’appareil!')).toBe('redemarre ete l appareil');
    expect(foldText('Qu’est-ce que')).toBe('qu est ce que');
  });

  it.each([
    ['restarts', 'restart', 'restarting'],
    ['redémarré', 'redemarrer', 'Redémarre'],
    ['licences', 'licence', 'Licence'],
    ['policies', 'policy', 'POLICY'],
  ])('stems %s / %s / %s to one form', (a, b, c) => {
    const [x, y, z] = [tokens(a)[0], tokens(b)[0], tokens(c)[0]];
    expect(x).toBe(y);
    expect(y).toBe(z);
  });

  it('keeps the past tense apart: "restarted" asks why, "restart" asks when', () => {
    expect(tokens('restarted')[0]).not.toBe(tokens('restart')[0]);
  });

  it('lets "*" in a keyword skip up to three words, and no more', () => {
    const k = keywordTokens('why * restart');
    expect(containsPhrase(tokens('why restart'), k)).toBe(true);
    expect(containsPhrase(tokens('why did my laptop restart'), k)).toBe(true);
    expect(containsPhrase(tokens('why did you ever tell me to restart'), k)).toBe(false);
    expect(phraseWeight(k)).toBe(phraseWeight(tokens('why restart')));
  });

  it('leaves numbers and short words alone', () => {
    expect(stem('26100')).toBe('26100');
    expect(stem('vbs')).toBe('vbs');
  });
});

describe('matchTopic — paraphrases land on the right topic', () => {
  it.each([
    ['en', 'Can you explain hotpatching?', 'what-is-hotpatch'],
    ['fr', 'Explique-moi le correctif à chaud', 'what-is-hotpatch'],
    ['en', 'my laptop rebooted last night even though it is on hotpatch, why?', 'why-restarted'],
    ['fr', 'pourquoi mon PC a redémarré cette nuit alors qu’il est en hotpatch', 'why-restarted'],
    ['en', 'what are the requirements to get hotpatch', 'hotpatch-prerequisites'],
    ['fr', 'quels sont les prérequis du hotpatch', 'hotpatch-prerequisites'],
    ['en', 'how do I verify that VBS is running with PowerShell', 'check-vbs'],
    ['fr', 'comment vérifier que VBS est actif avec msinfo32', 'check-vbs'],
    ['en', 'we use WSUS on premises, can we get hotpatches?', 'hotpatch-wsus'],
    ['fr', 'nos postes passent par WSUS, le hotpatch marche-t-il ?', 'hotpatch-wsus'],
    ['en', 'is hotpatch now enabled by default?', 'default-on-may-2026'],
    ['fr', 'le hotpatch est-il activé par défaut maintenant ?', 'default-on-may-2026'],
    ['en', 'Snapdragon Copilot+ PCs and hotpatch', 'arm64-chpe'],
    ['fr', 'hotpatch sur les PC Snapdragon ARM', 'arm64-chpe'],
    ['en', 'our Cloud PCs on Windows 365 — do they get it?', 'cloud-pc-avd-gcc'],
    ['en', 'quick machine recovery over enterprise 802.1X wifi', 'qmr-network'],
    ['fr', 'QMR fonctionne-t-il avec un portail captif ?', 'qmr-network'],
    ['en', 'uninstall a bad hotpatch', 'hotpatch-rollback'],
    ['fr', 'revenir en arrière après un hotpatch', 'hotpatch-rollback'],
    ['en', 'does Windows 11 26H2 support hotpatch?', 'new-windows-versions'],
    ['fr', 'le hotpatch est-il pris en charge sur 26H2 ?', 'new-windows-versions'],
    ['en', 'Business Premium with Windows 11 Pro, do we get hotpatch?', 'pro-business-premium'],
    ['en', 'was June 2026 a reboot month?', 'june-2026-restart'],
    ['fr', 'Est-ce que juin 2026 a imposé un redémarrage ?', 'june-2026-restart'],
    ['en', 'Is the hotpatch monitoring service vulnerable (CVE-2026-42910)?', 'hotpatch-service-cve'],
    ['en', 'Windows Server 2022 Azure Edition hotpatch on Azure VMs', 'windows-server-2022'],
    ['en', 'VBS shows 0 in Intune but 2 on the PC', 'vbs-numbers-confusion'],
    ['fr', 'configurer QMR en ligne de commande avec reagentc', 'qmr-reagentc'],
  ] as const)('[%s] %s → %s', (locale, text, id) => {
    expect(matchTopic(text, locale)?.topic.id).toBe(id);
  });

  it('is accent- and case-insensitive', () => {
    const a = matchTopic('POURQUOI MON APPAREIL A REDEMARRE', 'fr');
    const b = matchTopic('pourquoi mon appareil a redémarré', 'fr');
    expect(a?.topic.id).toBe('why-restarted');
    expect(b).toEqual(a);
  });

  it('lets a known intent break a near tie', () => {
    const text = 'hotpatch';
    expect(matchTopic(text, 'en')).toBeUndefined();
    expect(matchTopic(text, 'en', 'explain-hotpatch')?.topic.id).toBe('what-is-hotpatch');
  });
});

describe('matchTopic — noise returns undefined', () => {
  it.each([
    ['en', 'what is the weather in Paris tomorrow'],
    ['en', 'lol'],
    ['en', ''],
    ['en', '   ?!  '],
    ['fr', 'bonjour, comment ça va ?'],
    ['fr', 'quelle heure est-il à Montréal'],
    ['en', 'order a pizza for the team'],
    ['en', 'tell me a joke about cats'],
    // Calendar computations are answered by the calendar, not by a topic.
    ['en', 'Will I need to reboot on 14 April 2026?'],
    ['en', 'When is my next planned reboot for Windows security updates?'],
    ['fr', 'Quand aura lieu mon prochain redémarrage prévu ?'],
  ] as const)('[%s] %j', (locale, text) => {
    expect(matchTopic(text, locale)).toBeUndefined();
  });
});

describe('matchTopic — properties', () => {
  it('is total and deterministic on arbitrary text; a score is never below the threshold', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.constantFrom('en' as const, 'fr' as const), (text, locale) => {
        const a = matchTopic(text, locale);
        const b = matchTopic(text, locale);
        expect(b).toEqual(a);
        if (a) expect(a.score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
      }),
      { numRuns: 300 },
    );
  });

  it('every topic is reachable: its own title finds it or a topic it lists as related', () => {
    for (const t of allTopics) {
      for (const loc of ['en', 'fr'] as const) {
        const m = matchTopic(`${t.title[loc]} ${t.keywords[loc][0]}`, loc, t.intent);
        expect(m, `${t.id} ${loc}`).toBeDefined();
      }
    }
  });

  it('the first keyword of each topic, on its own, finds that topic when given the topic intent', () => {
    const misses: string[] = [];
    for (const t of allTopics) {
      for (const loc of ['en', 'fr'] as const) {
        const m = matchTopic(t.keywords[loc][0], loc, t.intent);
        if (m?.topic.id !== t.id) misses.push(`${t.id}/${loc} → ${m?.topic.id}`);
      }
    }
    expect(misses).toEqual([]);
  });
});
