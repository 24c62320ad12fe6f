import { describe, expect, it } from 'vitest';
import { intents } from '../../../src/language/types';
import { allTopics, defaultTopicForIntent, getTopic, topicsForIntent } from '../../../src/core/knowledge';
import { factIdsInFile, registerUrls } from './facts-file';

const knownFacts = factIdsInFile();
// The register's last check: no topic can be newer than the facts it rests on.
const COMPILED = '2026-12-06';

describe('knowledge topics — structure', () => {
  it('reads the facts register (sanity: the ID set is large and has every family)', () => {
    expect(knownFacts.size).toBeGreaterThan(120);
    for (const id of ['HP-DEF-1', 'HP-LIC-6', 'CAL-REL-2', 'CAL-NUM-1', 'R-5', 'CHK-9', 'G-QUP-4', 'QMR-16', 'WS-3', 'CF-7']) {
      expect(knownFacts.has(id), id).toBe(true);
    }
  });

  it('has at least 40 topics with unique kebab-case ids', () => {
    expect(allTopics.length).toBeGreaterThanOrEqual(40);
    const ids = allTopics.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  describe.each(allTopics.map((t) => [t.id, t] as const))('%s', (_id, topic) => {
    it('has both languages non-empty (title, body, labels, hedge, keywords)', () => {
      for (const loc of ['en', 'fr'] as const) {
        expect(topic.title[loc].trim()).not.toBe('');
        expect(topic.body[loc].length).toBeGreaterThan(0);
        for (const line of topic.body[loc]) expect(line.trim()).not.toBe('');
        for (const c of topic.commands ?? []) expect(c.label[loc].trim()).not.toBe('');
        if (topic.hedge) expect(topic.hedge[loc].trim()).not.toBe('');
        expect(topic.keywords[loc].length).toBeGreaterThan(0);
      }
      expect(topic.body.fr.join(' ')).not.toBe(topic.body.en.join(' '));
      expect(topic.intent && (intents as readonly string[]).includes(topic.intent)).toBe(true);
    });

    it('cites fact IDs that exist in the facts register', () => {
      expect(topic.factIds.length).toBeGreaterThan(0);
      for (const id of topic.factIds) expect(knownFacts.has(id), `${topic.id} cites ${id}`).toBe(true);
    });

    it('cites https sources that the facts register lists', () => {
      expect(topic.sources.length).toBeGreaterThan(0);
      for (const s of topic.sources) {
        expect(s.url).toMatch(/^https:\/\//);
        expect(s.title.trim()).not.toBe('');
        expect(registerUrls.has(s.url.replace(/\/$/, '')), `${s.url} not in data/facts/register.json`).toBe(true);
      }
      const primary = topic.sources[0].url;
      // Primary first: Microsoft pages lead whenever the topic has one.
      if (topic.sources.some((s) => /learn\.microsoft\.com|support\.microsoft\.com|techcommunity\.microsoft\.com/.test(s.url))) {
        expect(primary).toMatch(/learn\.microsoft\.com|support\.microsoft\.com|techcommunity\.microsoft\.com/);
      }
    });

    it('has a real asOf date, not after the facts were compiled', () => {
      expect(topic.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const d = new Date(`${topic.asOf}T00:00:00Z`);
      expect(d.toISOString().slice(0, 10)).toBe(topic.asOf);
      expect(topic.asOf <= COMPILED).toBe(true);
      expect(topic.asOf >= '2022-01-01').toBe(true);
    });

    it('has follow-ups that point to other existing topics', () => {
      for (const f of topic.followUps) {
        expect(getTopic(f), `${topic.id} → ${f}`).toBeDefined();
        expect(f).not.toBe(topic.id);
      }
    });
  });
});

describe('knowledge topics — hedges for §7 uncertainties', () => {
  it.each([
    ['pro-business-premium', 'HP-LIC-6'],
    ['f3-naming', 'HP-LIC-4'],
    ['june-2026-restart', 'CAL-REL-2'],
    ['windows-server', 'WS-3'],
    ['new-windows-versions', 'HP-OS-7'],
    ['ltsc', 'HP-OS-6'],
    ['cloud-pc-avd-gcc', 'HP-LIC-2'],
    ['hotpatch-report', 'G-REP-3'],
    ['graph-catalog-hotpatch', 'G-CAT-5'],
  ])('%s carries a hedge and cites %s', (id, fact) => {
    const t = getTopic(id);
    expect(t?.hedge?.en).toBeTruthy();
    expect(t?.hedge?.fr).toBeTruthy();
    expect(t?.factIds).toContain(fact);
  });
});

describe('knowledge API', () => {
  it.each([
    ['explain-hotpatch', 'what-is-hotpatch'],
    ['explain-qmr', 'what-is-qmr'],
    ['why-restarted', 'why-restarted'],
    ['how-to-check', 'how-to-check'],
    ['admin-setup', 'admin-setup'],
    ['automation', 'automation'],
    ['windows-server', 'windows-server'],
  ] as const)('defaultTopicForIntent(%s) = %s, and it answers that intent', (intent, id) => {
    const t = defaultTopicForIntent(intent);
    expect(t?.id).toBe(id);
    expect(t?.intent).toBe(intent);
  });

  it('has no default topic for computed or conversational intents', () => {
    for (const i of ['eligibility', 'next-reboot', 'greeting', 'unknown', 'reminders-list'] as const) {
      expect(defaultTopicForIntent(i)).toBeUndefined();
    }
  });

  it('topicsForIntent returns exactly the topics of that intent', () => {
    for (const intent of intents) {
      const list = topicsForIntent(intent);
      expect(list.every((t) => t.intent === intent)).toBe(true);
      expect(list.length).toBe(allTopics.filter((t) => t.intent === intent).length);
    }
    expect(topicsForIntent('explain-qmr').length).toBeGreaterThanOrEqual(5);
  });

  it('getTopic returns undefined for an unknown id', () => {
    expect(getTopic('no-such-topic')).toBeUndefined();
  });

  it('every fact family of the brief is covered by some topic', () => {
    const cited = new Set(allTopics.flatMap((t) => t.factIds));
    const must = [
      'HP-DEF-1',
      'CAL-1',
      'R-5',
      'CHK-1',
      'CHK-2',
      'CHK-3',
      'CHK-4',
      'CHK-5',
      'CHK-6',
      'CHK-7',
      'CHK-8',
      'CHK-9',
      'HP-MGT-1',
      'HP-MGT-2',
      'HP-MGT-3',
      'HP-MGT-9',
      'G-QUP-1',
      'G-MD-1',
      'G-CAT-3',
      'G-RH-2',
      'G-REP-1',
      'WS-2',
      'WS-3',
      'QMR-5',
      'QMR-9',
      'QMR-10',
      'QMR-12',
      'QMR-13',
      'QMR-16',
      'CF-1',
      'CF-2',
      'CF-3',
      'CF-4',
      'CF-5',
      'CF-6',
      'CF-7',
      'HP-LIC-4',
      'HP-LIC-6',
      'HP-OS-7',
      'HP-OS-8',
      'HP-SEC-1',
      'HP-CPU-4',
      'HP-OS-6',
      'HP-MGT-5',
      'HP-MGT-8',
    ];
    for (const id of must) expect(cited.has(id), id).toBe(true);
  });
});
