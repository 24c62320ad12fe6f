import { CARD_SCHEMA } from './cards/elements';
import { cardDates } from './cards/answer-card';
import { type Locale, localeTag } from '../core/vocabulary';
import { dateBoth } from './format';
import type { ReminderMessage, ReminderSettings, ReminderWeek, Subscription } from '../reminders';

/**
 * The weekly reminder: Adaptive Card 1.5 + plain text + a short summary for the notification toast.
 * Words per locale live here. Nothing a user typed
 * is put in a markdown TextBlock: the only user-supplied value, a tag name, goes in a mention entity.
 */
const W = {
  en: {
    title: 'Weekly reboot reminder',
    next: 'Next Patch Tuesday',
    thisWeek: 'Patch Tuesday is this week',
    inDays: (n: number) => (n === 0 ? 'today' : n === 1 ? 'tomorrow' : `in ${n} days`),
    kind: { baseline: 'baseline month (restart)', hotpatch: 'hotpatch month (no restart)' },
    hotpatchDevices: 'Devices on Hotpatch',
    noRestart: 'no restart this month',
    restartAt: (d: string) => `restart with this baseline, by ${d}`,
    others: 'Everyone else',
    restartBy: (d: string) => `restart by ${d}`,
    following: 'The one after',
    nextHotpatchRestart: 'Next restart for Hotpatch devices',
    caveat: 'Unless Microsoft issues an unplanned baseline, or other updates (drivers, firmware, apps, feature update) need a restart.',
    uncertain: "This month's classification is not confirmed by Microsoft yet: check the hotpatch calendar.",
    calendar: 'Open the calendar',
    snooze: 'Snooze 1 week',
    unsubscribe: 'Unsubscribe',
    summary: (n: string, k: string, when: string) => `Patch Tuesday ${when} (${n}): ${k}`,
    details: 'Show details',
    whyHotpatch: 'Hotpatch month: devices on Hotpatch do not restart.',
    whyBaseline: (d: string) => `Baseline month: devices on Hotpatch restart too, by ${d}.`,
  },
  fr: {
    title: 'Rappel hebdomadaire des redémarrages',
    next: 'Prochain Patch Tuesday',
    thisWeek: 'Le Patch Tuesday est cette semaine',
    inDays: (n: number) => (n === 0 ? "aujourd'hui" : n === 1 ? 'demain' : `dans ${n} jours`),
    kind: { baseline: 'mois de baseline (redémarrage)', hotpatch: 'mois de hotpatch (sans redémarrage)' },
    hotpatchDevices: 'Appareils en Hotpatch',
    noRestart: 'pas de redémarrage ce mois-ci',
    restartAt: (d: string) => `redémarrage avec cette baseline, au plus tard le ${d}`,
    others: 'Tous les autres',
    restartBy: (d: string) => `redémarrage au plus tard le ${d}`,
    following: 'Le suivant',
    nextHotpatchRestart: 'Prochain redémarrage des appareils en Hotpatch',
    caveat:
      "Sauf si Microsoft publie une baseline imprévue, ou si d'autres mises à jour (pilotes, firmware, applications, mise à jour de fonctionnalités) demandent un redémarrage.",
    uncertain: "La nature de ce mois n'est pas encore confirmée par Microsoft : consultez le calendrier hotpatch.",
    calendar: 'Ouvrir le calendrier',
    snooze: 'Reporter d’une semaine',
    unsubscribe: 'Se désabonner',
    summary: (n: string, k: string, when: string) => `Patch Tuesday ${when} (${n}) : ${k}`,
    details: 'Afficher les détails',
    whyHotpatch: 'Mois de hotpatch : les appareils en Hotpatch ne redémarrent pas.',
    whyBaseline: (d: string) => `Mois de baseline : les appareils en Hotpatch redémarrent aussi, au plus tard le ${d}.`,
  },
} as const;

/** "Tuesday 8 December 2026 (2026-12-08)" — plain dates are formatted in UTC, never shifted by a zone. */
export function reminderDate(iso: string, locale: Locale): string {
  return dateBoth(iso, locale, true);
}

export function renderReminder(input: { week: ReminderWeek; sub: Subscription; settings: ReminderSettings }): ReminderMessage {
  const { week, sub, settings } = input;
  const w = W[sub.locale] ?? W.en;
  const date = (iso: string) => reminderDate(iso, sub.locale);
  const n = week.next;
  const colon = sub.locale === 'fr' ? ' : ' : ': '; // French typography: space before the colon
  const head = n.thisWeek ? `${w.thisWeek}${colon}${date(n.date)}` : `${w.next} ${w.inDays(n.daysToGo)}`;
  const facts: Array<[string, string]> = [
    [w.next, `${date(n.date)} — ${w.kind[n.kind]}`],
    [w.hotpatchDevices, n.kind === 'hotpatch' ? w.noRestart : w.restartAt(date(week.hotpatchNextRestart))],
    [w.others, w.restartBy(date(week.othersRestartBy))],
    [w.nextHotpatchRestart, date(week.hotpatchNextRestart)],
    [w.following, `${date(week.following.date)} — ${w.kind[week.following.kind]}`],
  ];
  const notes = [w.caveat, ...(n.certainty === 'confirmed' ? [] : [w.uncertain])];
  // The tag name is user-supplied and its TextBlock is markdown: keep only characters that format nothing.
  const mention = sub.options.mentionTag && {
    id: sub.options.mentionTag.id,
    name:
      sub.options.mentionTag.name
        .replace(/[^\p{L}\p{N} .'’&@-]/gu, '')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 100) || 'tag',
  };
  // Answer first (issue 14): when Patch Tuesday is and whether Hotpatch devices restart, in a container
  // styled by the month (theme colours); three facts; the rest behind "Show details". Dates in words
  // only (the ISO date stays in the text); the year only when it is not the year of this Patch Tuesday.
  const inWords = (iso: string) => cardDates(date(iso), n.date);
  const answerLine = `${n.thisWeek ? w.thisWeek : `${w.next} ${w.inDays(n.daysToGo)}`}${colon}${inWords(n.date)}`;
  const why = n.kind === 'hotpatch' ? w.whyHotpatch : w.whyBaseline(inWords(week.hotpatchNextRestart));
  const front: Array<[string, string]> = [
    [w.others, w.restartBy(inWords(week.othersRestartBy))],
    [w.nextHotpatchRestart, inWords(week.hotpatchNextRestart)],
    // "The one after" only when it says something new (not the same baseline as the next restart).
    ...(week.following.date === week.hotpatchNextRestart
      ? []
      : ([[w.following, `${inWords(week.following.date)} — ${w.kind[week.following.kind]}`]] as Array<[string, string]>)),
  ];
  const body: Array<Record<string, unknown>> = [
    {
      type: 'Container',
      style: n.certainty !== 'confirmed' ? 'warning' : n.kind === 'baseline' ? 'attention' : 'good',
      bleed: true,
      items: [
        { type: 'TextBlock', text: answerLine, weight: 'Bolder', size: 'Medium', wrap: true, style: 'heading' },
        { type: 'TextBlock', text: why, wrap: true, spacing: 'Small' },
      ],
    },
    ...(mention ? [{ type: 'TextBlock', text: `<at>${mention.name}</at>`, wrap: true }] : []),
    { type: 'FactSet', spacing: 'Small', facts: front.map(([title, value]) => ({ title, value })) },
    { type: 'ActionSet', actions: [{ type: 'Action.ToggleVisibility', title: w.details, targetElements: ['details'] }] },
    {
      type: 'Container',
      id: 'details',
      isVisible: false,
      items: [
        { type: 'TextBlock', text: w.title, weight: 'Bolder', wrap: true },
        ...notes.map((text) => ({ type: 'TextBlock', text, wrap: true, isSubtle: true, size: 'Small' })),
      ],
    },
  ];
  const card: Record<string, unknown> = {
    type: 'AdaptiveCard',
    $schema: CARD_SCHEMA,
    version: '1.5',
    body,
    actions: [
      { type: 'Action.OpenUrl', title: w.calendar, url: settings.calendarUrl },
      { type: 'Action.Submit', title: w.snooze, data: { verb: 'reminder-snooze', subscriptionId: sub.id } },
      { type: 'Action.Submit', title: w.unsubscribe, data: { verb: 'reminder-unsubscribe', subscriptionId: sub.id } },
    ],
    msteams: {
      width: 'Full',
      ...(mention ? { entities: [{ type: 'mention', text: `<at>${mention.name}</at>`, mentioned: { id: mention.id, name: mention.name, type: 'tag' } }] } : {}),
    },
  };
  const text = [w.title, head, ...facts.map(([t, v]) => `${t}${colon}${v}`), ...notes, `${w.calendar}${colon}${settings.calendarUrl}`].join('\n');
  const summary = w.summary(n.date, w.kind[n.kind], w.inDays(n.daysToGo));
  return { text, summary, card };
}

const DAYS = {
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
};

/** What the reminder chat commands answer, per locale (plain text: nothing here is parsed as markdown by us). */
export function reminderWords(locale: Locale) {
  const fr = locale === 'fr';
  const describe = (s: Subscription) =>
    fr
      ? `chaque ${DAYS.fr[s.day - 1]} à ${s.time.replace(':', ' h ')} (${s.timeZone})${s.options.onlyIfWithinDays !== undefined ? `, seulement si le Patch Tuesday est dans les ${s.options.onlyIfWithinDays} jours` : ''}`
      : `every ${DAYS.en[s.day - 1]} at ${s.time} (${s.timeZone})${s.options.onlyIfWithinDays !== undefined ? `, only when Patch Tuesday is within ${s.options.onlyIfWithinDays} days` : ''}`;
  return {
    describe,
    subscribed: (s: Subscription, defaulted: boolean) =>
      fr
        ? `C'est noté : ce canal recevra le rappel des redémarrages ${describe(s)}.${defaulted ? ' (Jour ou heure non précisés : lundi 9 h par défaut.)' : ''} Dites « arrête les rappels » pour l'arrêter.`
        : `Done: this conversation will get the reboot reminder ${describe(s)}.${defaulted ? ' (No day or time given: Monday 09:00 by default.)' : ''} Say "stop reminders" to stop it.`,
    already: (s: Subscription) => (fr ? `Ce rappel existe déjà : ${describe(s)}.` : `That reminder already exists: ${describe(s)}.`),
    listHeader: fr ? 'Rappels de cette conversation :' : 'Reminders in this conversation:',
    morePages: (next: number, pages: number) =>
      fr
        ? `… page ${next - 1} sur ${pages} : dites « liste des rappels page ${next} » pour la suite.`
        : `… page ${next - 1} of ${pages}: say "list reminders page ${next}" for more.`,
    capReached: (max: number) =>
      fr
        ? `Cette conversation a déjà ${max} rappels actifs, le maximum. Arrêtez-en un (« arrête les rappels ») avant d'en ajouter.`
        : `This conversation already has ${max} active reminders, the maximum. Stop one ("stop reminders") before adding another.`,
    none: fr ? 'Aucun rappel actif dans cette conversation.' : 'No active reminder in this conversation.',
    stopped: (n: number) => (fr ? `${n} rappel(s) arrêté(s).` : `Stopped ${n} reminder(s).`),
    notAllowed: fr
      ? 'Seuls les administrateurs des rappels peuvent les modifier. Demandez à votre équipe informatique.'
      : 'Only reminder admins can change reminders here. Please ask your IT team.',
    personalChat: fr
      ? "Les rappels hebdomadaires se programment dans un canal ou une conversation de groupe : ajoutez-moi à l'équipe et demandez-le là-bas."
      : 'Weekly reminders are set up in a channel or group chat: add me to the team and ask there.',
    badZone: (z: string) =>
      fr
        ? `Je ne connais pas le fuseau « ${z} ». Utilisez un nom IANA, par exemple Europe/Paris.`
        : `I don't know the time zone "${z}". Use an IANA name, for example Europe/Paris.`,
    snoozed: (until: Date, timeZone: string) => {
      const when = new Intl.DateTimeFormat(localeTag(locale, 'dates'), { dateStyle: 'full', timeZone }).format(until);
      return fr ? `Rappel mis en pause jusqu'au ${when}.` : `Reminder snoozed until ${when}.`;
    },
  };
}
