import type { Storage } from '../storage';
import type { Locale } from '../core/vocabulary';
import type { RecentReferences, TickCache } from './caches';

/**
 * Where a proactive message goes: botbuilder's ConversationReference shape, declared here so that
 * src/reminders never imports botbuilder (README, Architecture). Stored as-is, refreshed on each turn.
 */
export interface ConversationRef {
  serviceUrl: string;
  channelId: string;
  conversation: { id: string; tenantId?: string; conversationType?: string; isGroup?: boolean; name?: string };
  bot?: { id: string; name?: string };
  user?: { id: string; name?: string; aadObjectId?: string };
  activityId?: string;
  locale?: string;
  [extra: string]: unknown;
}

export interface ConversationRecord {
  tenantId: string;
  conversationId: string;
  reference: ConversationRef;
  updatedAt: string;
  /** Set when the bot left the conversation: uninstall, removal, or a 403/404 on send. */
  removed?: { reason: string; at: string };
}

export interface ReminderOptions {
  /** Post only when the next Patch Tuesday is at most this many days away. */
  onlyIfWithinDays?: number;
  /** A Teams tag to mention at the top of the message (from the <at> mention in the request). */
  mentionTag?: { id: string; name: string };
}

export interface Subscription {
  id: string;
  tenantId: string;
  conversationId: string;
  /** ISO weekday 1 = Monday … 7 = Sunday. */
  day: number;
  /** HH:mm, local to timeZone. */
  time: string;
  timeZone: string;
  locale: Locale;
  options: ReminderOptions;
  createdAt: string;
  createdBy?: string;
  /** Occurrences before this instant are skipped (Snooze on the card). */
  snoozedUntil?: string;
  /** Stopped subscriptions stay for the record (who/why), but are never due. */
  stopped?: { reason: string; at: string; by?: string };
}

export type OutboxStatus = 'pending' | 'sending' | 'retry' | 'sent' | 'failed' | 'skipped' | 'possibly-sent';
export const TERMINAL: readonly OutboxStatus[] = ['sent', 'failed', 'skipped', 'possibly-sent'];

/** One delivery: keyed by (subscription, occurrence) so a due occurrence exists once in the store. */
export interface OutboxEntry {
  subscriptionId: string;
  tenantId: string;
  conversationId: string;
  /** The scheduled instant, ISO UTC. */
  occurrence: string;
  status: OutboxStatus;
  attempts: number;
  createdAt: string;
  updatedAt: string;
  nextAttemptAt?: string;
  /** While 'sending': the claim holder and the instant after which a crash is assumed. */
  owner?: string;
  leaseUntil?: string;
  activityId?: string;
  statusCode?: number;
  reason?: string;
  history: Array<{ at: string; status: OutboxStatus; statusCode?: number; reason?: string }>;
}

/** What the engine sends; rendered by src/replies/reminder-card.ts. */
export interface ReminderMessage {
  text: string;
  summary: string;
  card: Record<string, unknown>;
}

/** `error`: what was thrown (for the caller's log); absent when the send did not run and nothing failed. */
export type SendResult = { ok: true; activityId?: string } | { ok: false; statusCode?: number; retryAfterMs?: number; reason: string; error?: unknown };

/** Implemented by src/teams/proactive-sender.ts `reminderSender` over the one proactive sender; wired by the root. */
export interface Sender {
  send(reference: ConversationRef, message: ReminderMessage): Promise<SendResult>;
}

/** The week's facts a card shows, in the subscriber's zone (computed by a ReminderContentSource). */
export interface ReminderWeek {
  today: string;
  next: { date: string; month: string; kind: 'baseline' | 'hotpatch'; daysToGo: number; thisWeek: boolean; certainty: string };
  following: { date: string; month: string; kind: 'baseline' | 'hotpatch' };
  /** Devices not on Hotpatch: restart by this date (next Patch Tuesday + ring policy). */
  othersRestartBy: string;
  /** Devices on Hotpatch: their next restart (next baseline). */
  hotpatchNextRestart: string;
  factIds: string[];
}

export interface ReminderContentSource {
  week(today: string): ReminderWeek;
}

export interface ReminderSettings {
  /** Per-tenant sends per second; Teams allows 50/s per app per tenant, budget below it (Teams rate limits: https://learn.microsoft.com/en-us/microsoftteams/platform/bots/how-to/rate-limit). */
  tenantPerSecond: number;
  /** Sends in flight at once per process: also the bound on "possibly sent" entries after a crash. */
  maxInFlight: number;
  maxAttempts: number;
  /** How long a tenant lease and an entry's 'sending' claim last without renewal. */
  leaseMs: number;
  /** Occurrences older than this at tick time are not sent any more. */
  catchUpMs: number;
  /** How long a `tick` keeps working on retries before it returns. */
  maxTickMs: number;
  calendarUrl: string;
  defaultTimeZone: string;
  defaultLocale: Locale;
  /** Entra object ids allowed to change reminders; empty = everyone. */
  admins: string[];
  /** Active reminders one conversation may have (default 10). */
  maxPerConversation?: number;
}

export interface ReminderLogger {
  info(obj: Record<string, unknown>, msg: string): void;
  warn(obj: Record<string, unknown>, msg: string): void;
  error(obj: Record<string, unknown>, msg: string): void;
}

/** Per-process caches, created once at start-up (src/app) — never module state, so two engines never share one by accident. */
export interface ReminderCaches {
  tick: TickCache<Subscription>;
  references: RecentReferences;
}

export interface ReminderDeps {
  storage: Storage;
  sender: Sender;
  content: ReminderContentSource;
  /** Words and card for a reminder: src/replies/reminder-card.ts `renderReminder`. */
  render: RenderReminder;
  settings: ReminderSettings;
  /** The clock, read at the edge (README, Architecture). */
  clock: () => Date;
  /** Names this process in claims and leases. */
  instanceId: string;
  caches: ReminderCaches;
  log?: ReminderLogger;
  /** Test hook: slow a send down or count it; production leaves it unset. */
  sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_SETTINGS: ReminderSettings = Object.freeze({
  tenantPerSecond: 48,
  maxInFlight: 16,
  maxAttempts: 6,
  leaseMs: 60_000,
  catchUpMs: 12 * 3600_000,
  maxTickMs: 10 * 60_000,
  calendarUrl: '/calendar.ics',
  defaultTimeZone: 'Europe/Paris',
  defaultLocale: 'en',
  admins: [],
}) as ReminderSettings;

/** Turns the week's facts into words and a card; src/replies/reminder-card.ts implements it. */
export type RenderReminder = (input: { week: ReminderWeek; sub: Subscription; settings: ReminderSettings }) => ReminderMessage;
