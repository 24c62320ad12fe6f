import type { Locale } from '../core/vocabulary';
import type { SuggestedAction } from './render-types';
import type { CheckStatus } from '../core/eligibility/types';
import type { Tone } from './doc';

type L = { en: string; fr: string };
export const t = (l: L, locale: Locale): string => l[locale];

export const LABELS = {
  sources: { en: 'Sources', fr: 'Sources' },
  source: { en: 'Source', fr: 'Source' },
  device: { en: 'Device', fr: 'Appareil' },
  today: { en: 'Today', fr: "Aujourd'hui" },
  timeZone: { en: 'Time zone', fr: 'Fuseau horaire' },
  alsoClose: { en: 'Also close to your question', fr: 'Également proche de votre question' },
} satisfies Record<string, L>;

/** Icon + word, so the checklist reads without colour (accessibility) and in plain text. */
export const STATUS_WORDS: Record<CheckStatus, { en: string; fr: string; tone: Tone }> = {
  pass: { en: '✅ Pass', fr: '✅ Conforme', tone: 'good' },
  fail: { en: '❌ Fail', fr: '❌ Non conforme', tone: 'attention' },
  unknown: { en: '❓ Unknown', fr: '❓ Inconnu', tone: 'warning' },
};

/** Example questions per intent: the value is sent back as the user's message, so it must parse. */
export const INTENT_EXAMPLES: Partial<Record<string, L>> = {
  eligibility: { en: 'Is my device eligible for Hotpatch?', fr: 'Mon appareil est-il éligible au Hotpatch ?' },
  'next-reboot': { en: 'When is my next reboot?', fr: 'Quand aura lieu mon prochain redémarrage ?' },
  calendar: { en: 'Show the patch calendar', fr: 'Affiche le calendrier des correctifs' },
  'explain-hotpatch': { en: 'What is Hotpatch?', fr: "Qu'est-ce que le Hotpatch ?" },
  'explain-qmr': { en: 'What is Quick Machine Recovery?', fr: "Qu'est-ce que Quick Machine Recovery ?" },
  'why-restarted': { en: 'Why did my device restart?', fr: 'Pourquoi mon appareil a-t-il redémarré ?' },
  'how-to-check': { en: 'How do I check that VBS is running?', fr: 'Comment vérifier que VBS est actif ?' },
  'admin-setup': { en: 'How do I enable Hotpatch in Intune?', fr: 'Comment activer le Hotpatch dans Intune ?' },
  'windows-server': { en: 'Hotpatch on Windows Server', fr: 'Hotpatch sur Windows Server' },
  'reminders-subscribe': { en: 'Remind this channel every Monday at 9:00', fr: 'Rappelle ce canal chaque lundi à 9h' },
  help: { en: 'help', fr: 'aide' },
  escalate: { en: 'Contact the helpdesk', fr: 'Contacter le support' },
};

export function suggestion(intent: string, locale: Locale): SuggestedAction | undefined {
  const ex = INTENT_EXAMPLES[intent];
  return ex ? { title: ex[locale], value: ex[locale] } : undefined;
}

export function suggestions(intents: string[], locale: Locale): SuggestedAction[] {
  return intents.flatMap((i) => {
    const s = suggestion(i, locale);
    return s ? [s] : [];
  });
}

/** Titles for the source URLs the replies cite (data/facts/register.json). Unknown URLs show their path. */
const SOURCE_TITLES: Record<string, string> = {
  'windows-autopatch-hotpatch-updates': 'Microsoft Learn — Hotpatch updates (Windows Autopatch)',
  'windows-autopatch-faq': 'Microsoft Learn — Windows Autopatch FAQ',
  'device-updates/windows/configure-hotpatch': 'Microsoft Learn — Hotpatch (Intune)',
  'manage-quality-updates': 'Microsoft Learn — Quality updates (Intune)',
  '3-update-schedules': 'Microsoft Learn — Hotpatch update schedules',
  'windows11-release-information': 'Microsoft Learn — Windows 11 release information',
  'policy-csp-system': 'Microsoft Learn — Policy CSP System (DisableCHPE)',
  'enable-virtualization-based-protection': 'Microsoft Learn — Virtualization-based security',
  'quick-machine-recovery': 'Microsoft Learn — Quick machine recovery',
  'remoteremediation-csp': 'Microsoft Learn — RemoteRemediation CSP',
  'hotpatch-quality-update-report': 'Microsoft Learn — Hotpatch quality updates report',
};

export function sourceTitle(url: string): string {
  for (const [k, v] of Object.entries(SOURCE_TITLES)) if (url.includes(k)) return v;
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname}`;
  } catch {
    return url;
  }
}

export function sourcesOf(urls: string[]): { title: string; url: string }[] {
  return [...new Set(urls.filter(Boolean))].map((url) => ({ title: sourceTitle(url), url }));
}
