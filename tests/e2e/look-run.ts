import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadReleaseData } from '../../src/data/load-release-data';
import { startServer } from '../../src/app/main';
import { renderReminder } from '../../src/replies/reminder-card';
import { calendarContent } from '../../src/reminders/content';
import { DEFAULT_SETTINGS } from '../../src/reminders/types';
import type { Locale } from '../../src/language/types';
import { freePort, Playground } from './playground-driver';
import { PlaygroundUi, type CardCheck } from './playground-ui';

/**
 * One question per card kind, EN and FR (issue 14 §6), asked in the Agents Playground's web UI against
 * the real bot in local mode (no auth): a verdict, the calendar, a next reboot, a knowledge answer, the
 * fleet summary (the user is a helpdesk admin, inventory from the fixture CSV), a ticket (the helpdesk
 * channel is the Playground's "General") and the weekly reminder.
 */
export interface LookCase {
  kind: 'verdict' | 'calendar' | 'next-reboot' | 'knowledge' | 'fleet' | 'ticket' | 'reminder';
  locale: Locale;
  /** What the user types in the personal chat (the reminder is sent by the scheduler, not asked). */
  ask?: string;
  /** The conversation where the card shows up. */
  where: 'Personal Chat' | 'General';
  /** The answer line the card must open with. */
  answer: RegExp;
}

export const LOOK_CASES: LookCase[] = [
  {
    kind: 'verdict',
    locale: 'en',
    where: 'Personal Chat',
    ask: 'Windows 11 Enterprise 24H2, x64, E3 licence, VBS running, in a quality update policy with hotpatch = Allow. Eligible?',
    answer: /^✅ Eligible for Hotpatch$/,
  },
  {
    kind: 'verdict',
    locale: 'fr',
    where: 'Personal Chat',
    ask: 'Windows 11 Pro 24H2 x64, VBS actif, sans abonnement Enterprise — éligible au hotpatch ?',
    answer: /^❌ Non éligible au Hotpatch/,
  },
  { kind: 'calendar', locale: 'en', where: 'Personal Chat', ask: 'Show the patch calendar', answer: /^Patch calendar: \d+ months/ },
  { kind: 'calendar', locale: 'fr', where: 'Personal Chat', ask: 'Affiche le calendrier des correctifs', answer: /^Calendrier des correctifs : \d+ mois/ },
  { kind: 'next-reboot', locale: 'en', where: 'Personal Chat', ask: 'When is my next planned reboot for Windows security updates?', answer: /^Next reboot: / },
  {
    kind: 'next-reboot',
    locale: 'fr',
    where: 'Personal Chat',
    ask: 'Quand aura lieu mon prochain redémarrage prévu pour les mises à jour de sécurité ?',
    answer: /^Prochain redémarrage : /,
  },
  { kind: 'knowledge', locale: 'en', where: 'Personal Chat', ask: 'Does hotpatch change our update ring deadlines or deferrals?', answer: /\S/ },
  {
    kind: 'knowledge',
    locale: 'fr',
    where: 'Personal Chat',
    ask: 'Le hotpatch modifie-t-il les échéances ou reports de nos anneaux de mise à jour ?',
    answer: /\S/,
  },
  { kind: 'fleet', locale: 'en', where: 'Personal Chat', ask: 'How ready is our fleet for hotpatch?', answer: /^Fleet readiness: \d+ of \d+ devices eligible/ },
  {
    kind: 'fleet',
    locale: 'fr',
    where: 'Personal Chat',
    ask: "Quel est l'état de préparation de notre parc pour le hotpatch ?",
    answer: /^État du parc : \d+ appareils sur \d+ éligibles/,
  },
  { kind: 'ticket', locale: 'en', where: 'General', ask: 'Contact the helpdesk', answer: /^Helpdesk ticket HB-[0-9A-Z]{8} — Unassigned$/ },
  { kind: 'ticket', locale: 'fr', where: 'General', ask: 'Contacter le support', answer: /^Ticket support HB-[0-9A-Z]{8} — Non attribué$/ },
  { kind: 'reminder', locale: 'en', where: 'General', answer: /^(Next Patch Tuesday (today|tomorrow|in \d+ days)|Patch Tuesday is this week): / },
  {
    kind: 'reminder',
    locale: 'fr',
    where: 'General',
    answer: /^(Prochain Patch Tuesday (aujourd'hui|demain|dans \d+ jours)|Le Patch Tuesday est cette semaine) : /,
  },
];

export interface LookResult extends Omit<CardCheck, 'card'> {
  case: LookCase;
  screenshot?: string;
  /** The first screen of the window: from the card's top to the bottom of the viewport. */
  viewport: number;
}

const CSV = resolve(__dirname, '../fixtures/inventory/fleet-ground-truth.csv');

export interface LookOptions {
  headless?: boolean;
  /** Where the pictures go (docs/screenshots for `npm run look`); none when undefined. */
  outDir?: string;
  /** The bot's clock (the e2e test pins it; `npm run look` uses the real one). */
  now?: () => Date;
  cases?: LookCase[];
  log?: (line: string) => void;
}

/** Runs every case: the Playground once, the bot once per locale (the helpdesk speaks that locale). */
export async function runLook(opts: LookOptions = {}): Promise<LookResult[]> {
  const log = opts.log ?? (() => undefined);
  const cases = opts.cases ?? LOOK_CASES;
  const botPort = await freePort();
  const pg = new Playground(await freePort(), `http://127.0.0.1:${botPort}/api/messages`);
  const results: LookResult[] = [];
  let ui: PlaygroundUi | undefined;
  try {
    await pg.start();
    const cfg = await pg.config();
    const channel: string = cfg.teams[0].channels[0].id;
    if (opts.outDir) mkdirSync(opts.outDir, { recursive: true });
    for (const locale of ['en', 'fr'] as const) {
      const mine = cases.filter((c) => c.locale === locale);
      if (!mine.length) continue;
      // The bot as `npm start` runs it (startServer: escalation and reminders wired), in local mode.
      const bot = await startServer(
        {
          BOT_ID: '',
          STORAGE: 'memory',
          DEVICE_SOURCE: 'csv',
          INVENTORY_CSV_PATH: CSV,
          HELPDESK_ADMIN_IDS: cfg.currentUser.aadObjectId,
          // Local mode trusts no identity from requests: the person at this machine is the Playground's user.
          LOCAL_USER_AAD_ID: cfg.currentUser.aadObjectId,
          HELPDESK_CONVERSATION_ID: channel,
          HELPDESK_LOCALE: locale,
          LOG_LEVEL: 'warn',
        },
        { port: botPort, host: '127.0.0.1', handleSignals: false, scheduleReminders: false, ...(opts.now ? { extend: { now: opts.now } } : {}) },
      );
      try {
        ui = await PlaygroundUi.open(pg, { headless: opts.headless ?? true });
        for (const c of mine) {
          log(`${c.kind} (${c.locale})${c.ask ? `: ${c.ask}` : ''}`);
          await ui.openConversation('Personal Chat');
          let card;
          if (c.kind === 'reminder') {
            await sendReminder(pg, cfg, channel, locale, (opts.now ?? (() => new Date()))());
            await ui.openConversation(c.where);
            card = await ui.lastCardWith(c.answer);
          } else if (c.where === 'General') {
            await ui.send(c.ask!);
            await ui.page.waitForTimeout(3000);
            await ui.openConversation(c.where);
            card = await ui.lastCardWith(c.answer);
          } else {
            card = await ui.ask(c.ask!);
          }
          const check = await ui.check(card);
          const vp = ui.page.viewportSize()!.height;
          const { card: _c, ...rest } = check;
          const result: LookResult = { ...rest, case: c, viewport: vp };
          if (opts.outDir) {
            result.screenshot = join(opts.outDir, `${c.kind}-${c.locale}.png`);
            await ui.shoot(card, result.screenshot);
            if (c.kind === 'verdict') {
              // The same card with its details open: the checklist, assumptions, caveats and sources.
              await ui.openDetails(card);
              await ui.shoot(card, join(opts.outDir, `${c.kind}-${c.locale}-details.png`));
            }
          }
          results.push(result);
        }
      } finally {
        await ui?.close();
        ui = undefined;
        await bot.close();
      }
    }
  } finally {
    await ui?.close();
    await pg.stop();
  }
  return results;
}

/**
 * The weekly reminder as the scheduler sends it (src/teams/proactive-sender.ts: summary + the card of
 * renderReminder, no text), posted to the Playground's mock Bot Connector for the channel.
 */
async function sendReminder(pg: Playground, cfg: any, channel: string, locale: Locale, now: Date): Promise<void> {
  const today = now.toISOString().slice(0, 10);
  const message = renderReminder({
    week: calendarContent(loadReleaseData()).week(today),
    sub: {
      id: 'look0001',
      tenantId: cfg.tenantId,
      conversationId: channel,
      day: 1,
      time: '09:00',
      timeZone: 'Europe/Paris',
      locale,
      options: {},
      createdAt: now.toISOString(),
    },
    settings: { ...DEFAULT_SETTINGS, calendarUrl: 'http://127.0.0.1/calendar.ics' },
  });
  await pg.post(`/_connector/v3/conversations/${encodeURIComponent(channel)}/activities`, {
    type: 'message',
    from: { id: cfg.bot.id, name: cfg.bot.name },
    conversation: { id: channel },
    summary: message.summary,
    attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: message.card }],
  });
}
