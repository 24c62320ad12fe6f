import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from '../../src/replies';
import { renderFleet } from '../../src/replies/fleet-reply';
import { renderReminder } from '../../src/replies/reminder-card';
import { INTENT_EXAMPLES } from '../../src/replies/common-words';
import { allTopics } from '../../src/core/knowledge';
import { evaluate } from '../../src/core/eligibility/evaluate';
import { recommend } from '../../src/core/recommendations';
import { editions, type DeviceProfile } from '../../src/core/device-profile';
import { calendarContent } from '../../src/reminders/content';
import { DEFAULT_SETTINGS, type Subscription } from '../../src/reminders/types';
import { loadReleaseData } from '../../src/data/load-release-data';
import { helpdeskTicketCard, transition } from '../../src/escalation';
import { loadConfig } from '../../src/config';
import { pipelineFromConfig } from '../../src/app/composition';
import type { Locale } from '../../src/language/types';
import type { AnyAnswer } from '../../src/answers/types';
import { answers } from './fixtures';
import { briefly, FRONT_MAX } from '../../src/replies/cards/answer-card';
import { BUDGET, firstText, frontOf, measure, textElements } from './card-budget';
import { T1, alex, ticketIn } from '../escalation/fixtures';

/**
 * Issue 14 §5 and §7: every card a user can get, measured before "Show details" (card-budget.ts says
 * why these numbers), and its answer line first. The cards come from every fixture answer, every
 * knowledge topic, every verdict over a grid of device profiles, the real questions through the whole
 * pipeline, the fleet summary, the weekly reminder and the helpdesk ticket — EN and FR.
 */
const TODAY = '2026-11-25';
const locales: Locale[] = ['en', 'fr'];
const ctx = (locale: Locale) => ({ locale, today: TODAY, timeZone: 'Europe/Paris' });
type Card = Record<string, any>;
const cards: { name: string; card: Card; answer?: string }[] = [];
const add = (name: string, card: unknown, answer?: string) => cards.push({ name, card: card as Card, ...(answer !== undefined ? { answer } : {}) });

for (const locale of locales) {
  for (const [name, a] of Object.entries(answers)) {
    const r = render(a, ctx(locale));
    if (a.kind !== 'notice' && r.card) add(`fixture ${name} ${locale}`, r.card);
  }
  for (const topic of allTopics) {
    const r = render({ kind: 'knowledge', topic, related: [] }, ctx(locale));
    add(`topic ${topic.id} ${locale}`, r.card, topic.body[locale][0]);
  }
}

// Every verdict: a grid over the facts that change the verdict, its why and its next step.
const grid: DeviceProfile[] = [];
for (const edition of [...editions, undefined]) {
  for (const os of [
    { osFamily: 'windows-11', osVersion: '24H2' },
    { osFamily: 'windows-11', osVersion: '23H2' },
    { osFamily: 'windows-10', osVersion: '22H2' },
    {},
  ] as const) {
    for (const architecture of ['x64', 'arm64', undefined] as const) {
      for (const vbs of ['running', 'off', undefined] as const) {
        for (const licenses of [['e3'], ['business-premium'], [], undefined] as const) {
          grid.push({
            edition,
            ...os,
            architecture,
            vbs,
            licenses: licenses && [...licenses],
            management: 'intune',
            deviceName: 'LAPTOP-4F2K-FINANCE-WEST-0042',
          } as DeviceProfile);
        }
      }
    }
  }
}
grid.push({
  edition: 'enterprise',
  osFamily: 'windows-11',
  osVersion: '24H2',
  architecture: 'arm64',
  chpeDisabled: false,
  vbs: 'running',
  licenses: ['e5'],
  management: 'co-managed',
  joinType: 'registered',
  telemetry: 'off',
  signInAssistantRunning: false,
  hotpatchPolicy: 'block',
  onLatestBaseline: false,
  cloud: 'gcc',
});
const verdicts = new Set<string>();
for (const device of grid) {
  const verdict = evaluate(device, { today: TODAY });
  verdicts.add(verdict.status);
  for (const locale of locales) {
    const r = render({ kind: 'eligibility', device, verdict, recommendations: recommend(device, verdict), asOf: TODAY }, ctx(locale));
    add(`verdict ${verdict.status} ${JSON.stringify(device)} ${locale}`, r.card);
  }
}

// The fleet, the weekly reminder (a year of weeks), the helpdesk ticket in each state.
const fleet = {
  total: 1240,
  eligible: 812,
  notEligible: 301,
  unknown: 127,
  byBlocker: { 'vbs-running': 140, edition: 96, 'os-version': 60, 'arm64-chpe': 12, license: 40, 'latest-baseline': 22 },
  byMissing: {},
  temporarilyBlocked: 22,
  invalidRows: [],
};
for (const locale of locales) {
  add(`fleet ${locale}`, renderFleet({ kind: 'fleet', summary: fleet, source: 'csv', today: TODAY, asOf: TODAY } as never, ctx(locale)).card);
}
const content = calendarContent(loadReleaseData());
const sub = (locale: Locale, mention = false): Subscription => ({
  id: 'abc12345',
  tenantId: 't',
  conversationId: 'c',
  day: 1,
  time: '09:00',
  timeZone: 'Europe/Paris',
  locale,
  options: mention ? { mentionTag: { id: 'tag-1', name: 'IT Operations West' } } : {},
  createdAt: '2026-01-01T00:00:00Z',
});
for (const locale of locales) {
  for (let d = 0; d < 365; d += 3) {
    const today = new Date(Date.UTC(2026, 10, 25 + d)).toISOString().slice(0, 10);
    add(
      `reminder ${today} ${locale}`,
      renderReminder({
        week: content.week(today),
        sub: sub(locale, d % 2 === 0),
        settings: { ...DEFAULT_SETTINGS, calendarUrl: 'https://bot.example/calendar.ics' },
      }).card,
    );
  }
}
const long = 'x'.repeat(2000);
let busy = ticketIn('assigned', alex, { question: long, botAttempt: long });
for (let i = 0; i < 5; i++) {
  const r = transition(busy, { verb: 'ticket-reply', text: long }, alex, T1);
  if (r.ok) busy = r.ticket;
}
for (const locale of ['en', 'fr'] as const) {
  for (const t of [ticketIn('unassigned'), ticketIn('assigned', alex), ticketIn('closed', alex), busy])
    add(`ticket ${t.state} ${locale}`, helpdeskTicketCard(t, locale));
}

// Real questions (tests/questions/real) and the example questions, through the whole pipeline.
const pipeline = pipelineFromConfig(loadConfig({ STORAGE: 'memory' }));
const real = (lang: string) =>
  (JSON.parse(readFileSync(resolve(__dirname, `../questions/real/${lang}.json`), 'utf8')) as { text: string }[]).map((q) => q.text);
const questions = [...real('en'), ...real('fr'), ...Object.values(INTENT_EXAMPLES).flatMap((e) => (e ? [e.en, e.fr] : []))];

describe('card size budget (issue 14 §5)', () => {
  it('the pipeline answers the real and example questions with cards', async () => {
    const now = new Date(`${TODAY}T10:00:00Z`);
    const kinds = new Set<string>();
    for (const text of questions) {
      const reply = await pipeline.ask({ text: text.slice(0, 2000), now, today: TODAY });
      kinds.add((reply.answer as AnyAnswer).kind);
      for (const a of reply.attachments) add(`question "${text.slice(0, 60)}" ${reply.locale}`, a.content);
    }
    expect(kinds.size).toBeGreaterThan(4);
    expect(verdicts).toEqual(new Set(['eligible', 'not-eligible', 'unknown']));
  }, 120_000);

  it('every card: first screen within the budget, whole card well under 28 KB', () => {
    const over: string[] = [];
    let worst = { chars: 0, elements: 0, bytes: 0, answer: 0 };
    for (const { name, card } of cards) {
      const m = measure(card);
      worst = {
        chars: Math.max(worst.chars, m.chars),
        elements: Math.max(worst.elements, m.elements),
        bytes: Math.max(worst.bytes, m.bytes),
        answer: Math.max(worst.answer, m.answer.length),
      };
      if (m.chars > BUDGET.frontChars) over.push(`${name}: ${m.chars} characters before details`);
      if (m.elements > BUDGET.frontElements) over.push(`${name}: ${m.elements} text elements before details`);
      if (m.answer.length > BUDGET.answerChars) over.push(`${name}: answer line of ${m.answer.length} characters`);
      if (m.bytes > BUDGET.cardBytes) over.push(`${name}: ${m.bytes} bytes`);
    }
    // Printed so the numbers in the README can be checked (npx vitest run tests/replies/card-budget.test.ts).
    console.log(
      `card budget: ${cards.length} cards; largest first screen ${worst.chars} characters / ${worst.elements} elements; longest answer line ${worst.answer}; largest card ${worst.bytes} bytes`,
    );
    const byKind = new Map<string, { bytes: number; chars: number }>();
    for (const { name, card } of cards) {
      const kind = name.split(' ')[0]!;
      const m = measure(card);
      const k = byKind.get(kind) ?? { bytes: 0, chars: 0 };
      byKind.set(kind, { bytes: Math.max(k.bytes, m.bytes), chars: Math.max(k.chars, m.chars) });
    }
    console.log(`per kind (largest card bytes / first-screen characters): ${[...byKind].map(([k, v]) => `${k} ${v.bytes}/${v.chars}`).join(', ')}`);
    expect(over).toEqual([]);
    expect(cards.length).toBeGreaterThan(500);
  });
});

describe('answer first (issue 14 §7)', () => {
  it('the answer line is the first text element of every card, in a container styled by the answer', () => {
    const wrong: string[] = [];
    for (const { name, card, answer } of cards) {
      const first = firstText(card);
      if (!first) wrong.push(`${name}: no text`);
      if (answer !== undefined && first !== briefly(answer, FRONT_MAX.answer))
        wrong.push(`${name}: first text ${JSON.stringify(first)}, answer ${JSON.stringify(answer)}`);
      // The answer and its why open the card in a theme-aware container (good/attention/warning/emphasis).
      const top = card.body?.[0];
      if (!name.startsWith('question') || card.body?.some((b: Card) => b.id === 'details')) {
        if (top?.type !== 'Container' || !['good', 'attention', 'warning', 'emphasis', 'accent'].includes(top.style)) {
          if (!/form/i.test(name)) wrong.push(`${name}: first element ${top?.type}/${top?.style}`);
        }
      }
    }
    expect(wrong.slice(0, 20)).toEqual([]);
  });

  const firstLines: [string, Locale, RegExp][] = [
    ['eligibility', 'en', /^❌ Not eligible for Hotpatch/],
    ['eligibility', 'fr', /^❌ Non éligible au Hotpatch/],
    ['nextReboot', 'en', /^Next reboot: Tuesday 19 January 2027 \(Hotpatch device\) · Tuesday 15 December \(not eligible\)$/],
    ['nextReboot', 'fr', /^Prochain redémarrage : mardi 19 janvier 2027 \(appareil Hotpatch\) · mardi 15 décembre \(non éligible\)$/],
    ['calendar', 'en', /^Patch calendar: 3 months/],
    ['dateCheck', 'en', /^Yes: Tuesday 12 January 2027 is Patch Tuesday/],
    ['dateCheckNo', 'fr', /^Non : mardi 1er décembre n'est pas un Patch Tuesday/],
    ['knowledge', 'en', /^Open msinfo32\.$/],
    ['qmr', 'fr', /^Quick Machine Recovery complète les mises à jour/],
    ['greeting', 'en', /^Hello!/],
    ['unknown', 'fr', /^Je ne suis pas sûr d'avoir compris/],
  ];
  it.each(firstLines)('%s (%s) opens with its answer', (name, locale, re) => {
    expect(firstText(render(answers[name]!, ctx(locale)).card!)).toMatch(re);
  });

  it('the reminder, the fleet and the ticket open with theirs', () => {
    const week = content.week('2026-11-30');
    expect(firstText(renderReminder({ week, sub: sub('en', true), settings: DEFAULT_SETTINGS }).card)).toBe('Next Patch Tuesday in 8 days: Tuesday 8 December');
    expect(firstText(renderReminder({ week, sub: sub('fr'), settings: DEFAULT_SETTINGS }).card)).toBe('Prochain Patch Tuesday dans 8 jours : mardi 8 décembre');
    expect(firstText(renderFleet({ kind: 'fleet', summary: fleet, source: 'csv', today: TODAY, asOf: TODAY } as never, ctx('en')).card!)).toMatch(
      /^Fleet readiness: 812 of 1240 devices eligible/,
    );
    expect(firstText(helpdeskTicketCard(ticketIn('unassigned'), 'en'))).toBe('Helpdesk ticket HB-7K3Q9P2M — Unassigned');
    expect(firstText(helpdeskTicketCard(ticketIn('assigned', alex), 'fr'))).toBe('Ticket support HB-7K3Q9P2M — Attribué à Alex Doe');
  });

  it('details hold the checklist, the grouped assumptions, caveats and sources (Action.ToggleVisibility)', () => {
    const en = render(answers.eligibility!, ctx('en')).card!;
    const front = JSON.stringify(frontOf(en));
    const all = JSON.stringify(en);
    expect(front).not.toContain('✅ Pass');
    expect(front).not.toContain('Sources');
    expect(all).toContain('✅ Pass');
    expect(all).toContain('"Action.ToggleVisibility"');
    expect(all).toContain('Show details');
    expect(JSON.stringify(render(answers.eligibility!, ctx('fr')).card)).toContain('Afficher les détails');
  });

  it('every image has alt text; every chart has a text fallback', () => {
    const walk = (n: unknown, visit: (o: Card) => void): void => {
      if (Array.isArray(n)) n.forEach((x) => walk(x, visit));
      else if (n && typeof n === 'object') {
        visit(n as Card);
        Object.values(n).forEach((x) => walk(x, visit));
      }
    };
    const bad: string[] = [];
    for (const { name, card } of cards) {
      walk(card, (o) => {
        if (o.type === 'Image' && !o.altText) bad.push(`${name}: image without altText`);
        if (typeof o.type === 'string' && o.type.startsWith('Chart.') && o.fallback?.type !== 'TextBlock') bad.push(`${name}: chart without a text fallback`);
      });
    }
    expect(bad).toEqual([]);
    expect(textElements(frontOf(renderFleet({ kind: 'fleet', summary: fleet, source: 'csv', today: TODAY, asOf: TODAY } as never, ctx('fr')).card!))).toContain(
      'Éligibles 812 · Non éligibles 301 · Inconnus 127',
    );
  });
});
