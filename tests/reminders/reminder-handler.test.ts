import { describe, expect, it } from 'vitest';
import { TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { MemoryStorage } from '../../src/storage/memory-storage';
import { handleReminderAction, handleReminderIntent, recordConversation } from '../../src/teams/reminder-handler';
import { parseWithinDays } from '../../src/reminders/commands';
import { listSubscriptions, readConversation } from '../../src/reminders/subscriptions';
import type { Question } from '../../src/language/types';
import type { ReminderDeps } from '../../src/reminders/types';
import { FakeSender, makeDeps } from './helpers';

const NOW = new Date('2026-11-25T10:00:00Z');

function activity(over: Partial<Activity> = {}): Partial<Activity> {
  return {
    type: 'message',
    text: 'remind this channel every Monday at 9:00',
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    channelId: 'msteams',
    conversation: { id: '19:abc@thread.tacv2', conversationType: 'channel', isGroup: true, name: '' } as Activity['conversation'],
    from: { id: 'user-1', name: 'Alex', aadObjectId: 'aad-alex' },
    recipient: { id: 'bot-1', name: 'Hotpatch bot' },
    channelData: { tenant: { id: 'tenant-x' } },
    ...over,
  };
}

function question(intent: Question['intent'], over: Partial<Question> = {}): Question {
  return { intent, slots: { reminder: { day: 1, time: '09:00' } }, confidence: 0.9, locale: 'en', text: 'remind this channel every Monday at 9:00', ...over };
}

/** Runs `fn` in a real TurnContext over botbuilder's TestAdapter and returns the bot's replies. */
async function turn(act: Partial<Activity>, fn: (ctx: TurnContext) => Promise<void>): Promise<string[]> {
  const replies: string[] = [];
  const adapter = new TestAdapter(async (ctx) => fn(ctx));
  await adapter.send(act as Activity);
  for (const a of adapter.activeQueue) replies.push(a.text ?? '');
  return replies;
}

function deps(over: Partial<ReminderDeps['settings']> = {}) {
  return makeDeps(new MemoryStorage(), new FakeSender(), { clock: () => NOW, settings: over });
}

describe('reminders from chat', () => {
  it('subscribes a channel (EN) with the config zone, stores the reference with the tenant, and lists it', async () => {
    const d = deps({ defaultTimeZone: 'Europe/Paris' });
    const [reply] = await turn(activity(), (ctx) => handleReminderIntent(ctx, question('reminders-subscribe'), d));
    expect(reply).toMatch(/every Monday at 09:00 \(Europe\/Paris\)/);
    const [sub] = await listSubscriptions(d.storage);
    expect(sub).toMatchObject({
      tenantId: 'tenant-x',
      conversationId: '19:abc@thread.tacv2',
      day: 1,
      time: '09:00',
      timeZone: 'Europe/Paris',
      locale: 'en',
      createdBy: 'aad-alex',
    });
    const conv = await readConversation(d.storage, 'tenant-x', '19:abc@thread.tacv2');
    expect(conv?.reference.serviceUrl).toBe('https://smba.trafficmanager.net/emea/');
    const [list] = await turn(activity(), (ctx) => handleReminderIntent(ctx, question('reminders-list'), d));
    expect(list).toContain(`id ${sub!.id}`);
  });

  it('French, a named zone and "only within N days"; the same request twice is not duplicated', async () => {
    const d = deps();
    const q = question('reminders-subscribe', {
      locale: 'fr',
      text: 'rappelle ce canal chaque lundi à 9h seulement si le Patch Tuesday est dans les 7 jours',
      slots: { reminder: { day: 1, time: '09:00', timeZone: 'America/New_York' } },
    });
    const [reply] = await turn(activity(), (ctx) => handleReminderIntent(ctx, q, d));
    expect(reply).toContain('chaque lundi à 09 h 00 (America/New_York)');
    expect(reply).toContain('dans les 7 jours');
    const [again] = await turn(activity(), (ctx) => handleReminderIntent(ctx, q, d));
    expect(again).toMatch(/existe déjà/);
    expect(await listSubscriptions(d.storage)).toHaveLength(1);
    expect((await listSubscriptions(d.storage))[0]!.options).toEqual({ onlyIfWithinDays: 7 });
  });

  it('refuses a bad zone politely and personal chats for subscriptions', async () => {
    const d = deps();
    const [bad] = await turn(activity(), (ctx) =>
      handleReminderIntent(ctx, question('reminders-subscribe', { slots: { reminder: { timeZone: 'Mars/Olympus' } } }), d),
    );
    expect(bad).toMatch(/time zone "Mars\/Olympus"/);
    const personal = activity({ conversation: { id: 'a:1', conversationType: 'personal' } as Activity['conversation'] });
    const [p] = await turn(personal, (ctx) => handleReminderIntent(ctx, question('reminders-subscribe'), d));
    expect(p).toMatch(/channel or group chat/);
    expect(await listSubscriptions(d.storage)).toHaveLength(0);
  });

  it('only admins may change reminders when a list is configured (by Entra object id); anyone may list', async () => {
    const d = deps({ admins: ['aad-admin'] });
    const [denied] = await turn(activity(), (ctx) => handleReminderIntent(ctx, question('reminders-subscribe'), d));
    expect(denied).toMatch(/Only reminder admins/);
    const admin = activity({ from: { id: 'u2', name: 'Admin', aadObjectId: 'aad-admin' } });
    await turn(admin, (ctx) => handleReminderIntent(ctx, question('reminders-subscribe'), d));
    expect(await listSubscriptions(d.storage)).toHaveLength(1);
    const [stopDenied] = await turn(activity(), (ctx) => handleReminderIntent(ctx, question('reminders-unsubscribe'), d));
    expect(stopDenied).toMatch(/Only reminder admins/);
    const [stopped] = await turn(admin, (ctx) => handleReminderIntent(ctx, question('reminders-unsubscribe', { locale: 'fr' }), d));
    expect(stopped).toBe('1 rappel(s) arrêté(s).');
    expect(await listSubscriptions(d.storage)).toHaveLength(0);
  });

  it('card buttons: snooze for a week, unsubscribe; a button from another conversation does nothing', async () => {
    const d = deps();
    await turn(activity(), (ctx) => handleReminderIntent(ctx, question('reminders-subscribe'), d));
    const [sub] = await listSubscriptions(d.storage);
    const other = activity({ conversation: { id: '19:other@thread.tacv2', conversationType: 'channel' } as Activity['conversation'] });
    const [ignored] = await turn(other, (ctx) => handleReminderAction(ctx, { verb: 'reminder-unsubscribe', subscriptionId: sub!.id }, d));
    expect(ignored).toMatch(/No active reminder/);
    const [snoozed] = await turn(activity(), (ctx) => handleReminderAction(ctx, { verb: 'reminder-snooze', subscriptionId: sub!.id }, d));
    expect(snoozed).toMatch(/Reminder snoozed until Wednesday,? 2 December 2026/);
    expect((await listSubscriptions(d.storage))[0]!.snoozedUntil).toBe('2026-12-02T10:00:00.000Z');
    await turn(activity(), (ctx) => handleReminderAction(ctx, { verb: 'reminder-unsubscribe', subscriptionId: sub!.id }, d));
    expect(await listSubscriptions(d.storage)).toHaveLength(0);
  });

  it('recordConversation refreshes a changed serviceUrl, and an uninstall forgets the conversation and stops its reminders', async () => {
    const d = deps();
    await turn(activity(), (ctx) => handleReminderIntent(ctx, question('reminders-subscribe'), d));
    await turn(activity({ serviceUrl: 'https://smba.trafficmanager.net/amer/' }), (ctx) => recordConversation(ctx, d));
    expect((await readConversation(d.storage, 'tenant-x', '19:abc@thread.tacv2'))?.reference.serviceUrl).toBe('https://smba.trafficmanager.net/amer/');
    await turn(activity({ type: 'installationUpdate', action: 'remove', text: undefined }), (ctx) => recordConversation(ctx, d));
    expect((await readConversation(d.storage, 'tenant-x', '19:abc@thread.tacv2'))?.removed?.reason).toBe('uninstalled');
    expect(await listSubscriptions(d.storage)).toHaveLength(0);
  });

  it('recordConversation reads storage once an hour per conversation for messages, always for installs', async () => {
    const storage = new MemoryStorage();
    let reads = 0;
    const read = storage.read.bind(storage);
    storage.read = (keys: string[]) => {
      reads += 1;
      return read(keys);
    };
    let now = NOW.getTime();
    const d = makeDeps(storage, new FakeSender(), { clock: () => new Date(now) });
    const record = (over: Partial<Activity> = {}) => turn(activity(over), (ctx) => recordConversation(ctx, d));
    await record();
    const afterFirst = reads;
    expect(afterFirst).toBeGreaterThan(0);
    now += 10 * 60_000;
    await record();
    await record();
    expect(reads).toBe(afterFirst);
    await record({ type: 'installationUpdate', action: 'add', text: undefined });
    expect(reads).toBeGreaterThan(afterFirst);
    const afterInstall = reads;
    await record({ serviceUrl: 'https://smba.trafficmanager.net/amer/' });
    expect((await readConversation(storage, 'tenant-x', '19:abc@thread.tacv2'))?.reference.serviceUrl).toBe('https://smba.trafficmanager.net/amer/');
    const afterMove = reads;
    expect(afterMove).toBeGreaterThan(afterInstall);
    now += 61 * 60_000;
    await record({ serviceUrl: 'https://smba.trafficmanager.net/amer/' });
    expect(reads).toBeGreaterThan(afterMove);
  });

  it('a reinstall after an uninstall clears the removed mark even if this process saw the conversation recently', async () => {
    const d = deps();
    await turn(activity(), (ctx) => recordConversation(ctx, d));
    await turn(activity({ type: 'installationUpdate', action: 'remove', text: undefined }), (ctx) => recordConversation(ctx, d));
    expect((await readConversation(d.storage, 'tenant-x', '19:abc@thread.tacv2'))?.removed).toBeDefined();
    await turn(activity({ type: 'installationUpdate', action: 'add', text: undefined }), (ctx) => recordConversation(ctx, d));
    expect((await readConversation(d.storage, 'tenant-x', '19:abc@thread.tacv2'))?.removed).toBeUndefined();
  });

  it.each([
    ['only when a restart is due within 5 days', 5],
    ['seulement dans les 3 jours', 3],
    ['every Monday', undefined],
  ])('parseWithinDays(%s) = %s', (text, n) => expect(parseWithinDays(text)).toBe(n));
});
