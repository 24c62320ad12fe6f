import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { pipelineFromConfig } from '../../src/app/composition';
import { allTopics } from '../../src/core/knowledge';
import { SRC } from '../../src/core/eligibility/sources';
import { summarizeFleet } from '../../src/core/fleet/fleet-summary';
import { lifecycleData } from '../../src/data/load-lifecycle';
import { DeviceProfile } from '../../src/core/device-profile';

/**
 * The corrections of the 2026-12-06 check, each named by its fact ID, through the whole pipeline (the
 * path of Teams and `hotpatch-bot ask`), in English and French. Today = 2026-12-07 unless a row says.
 */
const pipeline = pipelineFromConfig(loadConfig({ STORAGE: 'memory' }));
const at = (day: string) => new Date(`${day}T10:00:00Z`);

type Row = {
  id: string;
  en: string;
  fr: string;
  today?: string;
  /** Must match in both languages. */
  both?: RegExp[];
  en_has?: RegExp[];
  fr_has?: RegExp[];
  /** Must NOT match. */
  en_not?: RegExp[];
  fr_not?: RegExp[];
};

const FULL = './Device/Vendor/MSFT/RemoteRemediation/CloudRemediationSettings';

const rows: Row[] = [
  {
    id: 'QMR-10: every RemoteRemediation OMA-URI nests under CloudRemediationSettings',
    en: 'How do I enable QMR with auto-remediation across Pro devices with Intune, and what values?',
    fr: 'Comment activer QMR avec correction automatique sur des appareils Pro via Intune, et quelles valeurs ?',
    both: [
      new RegExp(`${FULL.replace(/[./]/g, '\\$&')}/EnableCloudRemediation`),
      new RegExp(`${FULL.replace(/[./]/g, '\\$&')}/AutoRemediationSettings/SetTimeToReboot`),
      new RegExp(`${FULL.replace(/[./]/g, '\\$&')}/AutoRemediationSettings/SetRetryInterval`),
      new RegExp(`${FULL.replace(/[./]/g, '\\$&')}/NetworkSettings/NetworkCredentials/NetworkSSID`),
    ],
    en_not: [/RemoteRemediation\/(AutoRemediationSettings|NetworkSettings)/],
    fr_not: [/RemoteRemediation\/(AutoRemediationSettings|NetworkSettings)/],
  },
  {
    id: 'LIFE-1: Enterprise 23H2 ended 2026-11-10 — upgrade, never "keep the standard monthly updates"',
    en: 'Windows 11 Enterprise 23H2 x64, E3 licence, VBS running — eligible for hotpatch?',
    fr: 'Windows 11 Enterprise 23H2 x64, licence E3, VBS actif — éligible au hotpatch ?',
    both: [/25H2 or 26H2|25H2 ou 26H2/, /2026-11-10/],
    en_has: [/end of servicing/i, /baseline month/i],
    fr_has: [/fin de maintenance/i, /mois de baseline/i],
    en_not: [/Keep standard monthly updates/i],
    fr_not: [/Conserver les mises à jour mensuelles classiques/i],
  },
  {
    id: 'LIFE-2: 24H2 Pro ended 2026-10-13 — the next-reboot answer announces no update restart',
    en: 'When is my next reboot? Windows 11 Pro 24H2',
    fr: 'Quand aura lieu mon prochain redémarrage ? Windows 11 Pro 24H2',
    both: [/2026-10-13/, /25H2 or 26H2|25H2 ou 26H2/],
    en_has: [/No update restart to plan/, /no update at all/],
    fr_has: [/Aucun redémarrage de mise à jour/, /plus aucune mise à jour/],
  },
  {
    id: 'WS-3: Arc hotpatch pricing never opens with "Yes" and says it is at no extra cost now',
    en: 'Can our on-prem Windows Server 2025 Standard get hotpatch, and what does it cost?',
    fr: 'Notre Windows Server 2025 Standard sur site peut-il recevoir le hotpatch, et combien ça coûte ?',
    en_has: [/no (extra|additional) cost/i],
    fr_has: [/sans (coût|frais) supplémentaires?/i],
    en_not: [/^\s*Yes\b/m],
    fr_not: [/^\s*Oui\b/m],
  },
  {
    id: 'HP-ED-1: Enterprise multi-session is unknown — verify, never a plain pass',
    en: 'Windows 11 Enterprise multi-session 24H2 x64, E3 licence, VBS running — eligible for hotpatch?',
    fr: 'Windows 11 Enterprise multisession 24H2 x64, licence E3, VBS actif — éligible au hotpatch ?',
    both: [/Hotpatch quality updates/],
    en_has: [/verify/i],
    fr_has: [/vérifier/i],
  },
  {
    id: 'HP-LIC-8: Pro Education with A3 — activate Education with the A3/A5 licence',
    en: 'Windows 11 Pro Education 25H2 x64 with an A3 licence, VBS running — eligible for hotpatch?',
    fr: 'Windows 11 Pro Éducation 25H2 x64 avec une licence A3, VBS actif — éligible au hotpatch ?',
    en_has: [/Activate Education with the A3\/A5 licence/i],
    fr_has: [/Activer Education avec la licence A3\/A5/i],
    en_not: [/without an eligible/i],
    fr_not: [/sans licence éligible/i],
  },
  {
    id: 'HP-LIC-8/HP-LIC-6: a Pro verdict is never worded "Pro without an eligible licence"',
    en: 'Windows 11 Pro 25H2 x64, VBS running, no Enterprise subscription — eligible for hotpatch?',
    fr: 'Windows 11 Pro 25H2 x64, VBS actif, sans abonnement Enterprise — éligible au hotpatch ?',
    en_has: [/whatever the licence/i],
    fr_has: [/quelle que soit la licence/i],
    en_not: [/without an eligible/i],
    fr_not: [/sans licence éligible/i],
  },
  {
    id: 'HP-OS-8: 26H2 passes the version rule with a hedge ("24H2 or later")',
    en: 'Windows 11 Enterprise 26H2, x64, E3 licence, VBS running, in a quality update policy with hotpatch = Allow, on the latest baseline. Eligible?',
    fr: 'Windows 11 Enterprise 26H2, x64, licence E3, VBS actif, dans une stratégie de mises à jour qualité avec hotpatch = Autoriser, sur la dernière baseline. Éligible ?',
    en_has: [/24H2 or later/, /26H2/, /baseline month/i],
    fr_has: [/24H2 ou ultérieur/, /26H2/, /mois de baseline/i],
  },
  {
    id: 'HP-MGT-2: devices in no quality update policy get hotpatch through the tenant default',
    en: 'Tenant default = Block, but one group is in a quality update policy with hotpatch = Allow. What happens?',
    fr: 'Paramètre du locataire = Bloquer, mais un groupe est dans une stratégie de mises à jour qualité avec hotpatch = Autoriser. Que se passe-t-il ?',
    en_has: [/in no quality update policy at all get hotpatch/i],
    fr_has: [/dans aucune stratégie de mise à jour qualité reçoivent aussi le hotpatch/i],
  },
  {
    id: 'CAL-9/CAL-10: December 2026 is planned, has no optional preview, and needs the October 2026 baseline',
    en: 'Show me the patch calendar for December 2026',
    fr: 'Montre-moi le calendrier des correctifs de décembre 2026',
    en_has: [/planned/, /none in December/, /needs the latest baseline \(October 2026\)/, /unplanned baseline/i, /Driver, firmware/],
    fr_has: [/prévu/, /aucune en décembre/, /exige la dernière baseline \(octobre 2026\)/, /baseline non planifiée/i, /pilotes/],
    en_not: [/(?<!not )\bconfirmed\b/],
    fr_not: [/(?<!non )\bconfirmé\b/],
  },
  {
    id: 'CAL-7/CAL-10: every calendar answer carries the caveats (next Patch Tuesdays)',
    en: 'When is the next Patch Tuesday?',
    fr: 'Quand est le prochain Patch Tuesday ?',
    en_has: [/unplanned baseline/i, /feature update/i, /needs the latest baseline \(October 2026\)/],
    fr_has: [/baseline non planifiée/i, /mise à jour de fonctionnalités/i, /exige la dernière baseline \(octobre 2026\)/],
  },
  {
    id: 'R-8/CAL-3: "why did my device restart" is ordered for today\'s month (missed baseline first, not "baseline month")',
    en: 'Why did my hotpatch device restart?',
    fr: 'Pourquoi mon appareil hotpatch a-t-il redémarré ?',
    en_has: [/1\. It missed the latest baseline \(October 2026\)/, /26H2/, /not eligible|ineligible/i],
    fr_has: [/1\. L’appareil n’avait pas la dernière baseline \(octobre 2026\)/, /26H2/, /non éligible|pas éligible/i],
    en_not: [/1\. .*is a baseline month/],
    fr_not: [/1\. .*est un mois de baseline/],
  },
  {
    id: 'HP-LIC-3: Microsoft 365 F3 was already on the April 2025 list',
    en: 'Do I need an extra licence for hotpatch? Which entitlements include it?',
    fr: "Ai-je besoin d'une licence supplémentaire pour le hotpatch ? Quelles licences l'incluent ?",
    en_has: [/April 2025\) the list was Enterprise E3\/E5\/F3/],
    fr_has: [/avril 2025\), la liste comprenait Enterprise E3\/E5\/F3/],
    en_not: [/F3 appear from July 2025/],
    fr_not: [/F3 apparaissent à partir de juillet 2025/],
  },
  {
    id: 'WS-2: the KB5070881 known issue is dated as past',
    en: 'When do Windows Server hotpatch machines still need a restart?',
    fr: 'Quand les serveurs Windows en hotpatch doivent-ils encore redémarrer ?',
    en_has: [/Past known issue \(October 2025\)/],
    fr_has: [/Problème connu passé \(octobre 2025\)/],
  },
];

describe('2026-12-06 corrections through the pipeline', () => {
  for (const r of rows) {
    for (const locale of ['en', 'fr'] as const) {
      it(`${r.id} (${locale.toUpperCase()})`, async () => {
        const reply = await pipeline.ask({ text: r[locale], now: at(r.today ?? '2026-12-07'), timeZone: 'Europe/Paris' });
        expect(reply.locale).toBe(locale);
        const has = [...(r.both ?? []), ...((locale === 'en' ? r.en_has : r.fr_has) ?? [])];
        const not = (locale === 'en' ? r.en_not : r.fr_not) ?? [];
        for (const re of has) expect(reply.text, `${r.id} ${locale} should match ${re}`).toMatch(re);
        for (const re of not) expect(reply.text, `${r.id} ${locale} should not match ${re}`).not.toMatch(re);
      });
    }
  }

  it('HP-ED-1: the multi-session verdict is unknown, never eligible', async () => {
    const reply = await pipeline.ask({ text: rows.find((r) => r.id.startsWith('HP-ED-1'))!.en, now: at('2026-12-07') });
    expect(reply.answer.kind).toBe('eligibility');
    if (reply.answer.kind === 'eligibility') expect(reply.answer.verdict.status).toBe('unknown');
  });
});

describe('LIFE-5: the fleet summary counts end of servicing as a blocker of its own', () => {
  it.each([
    ['23H2 Enterprise on 2026-12-07 (LIFE-1)', { edition: 'enterprise', osVersion: '23H2' }, '2026-12-07', true],
    ['23H2 Enterprise on 2026-11-10, its last Patch Tuesday (LIFE-1)', { edition: 'enterprise', osVersion: '23H2' }, '2026-11-10', false],
    ['24H2 Pro on 2026-12-07 (LIFE-2)', { edition: 'pro', osVersion: '24H2' }, '2026-12-07', true],
    ['24H2 Enterprise on 2026-12-07 (LIFE-2: to 2027-10-12)', { edition: 'enterprise', osVersion: '24H2' }, '2026-12-07', false],
    ['25H2 Pro on 2027-10-13 (LIFE-3)', { edition: 'pro', osVersion: '25H2' }, '2027-10-13', true],
  ] as const)('%s', async (_n, device, today, ended) => {
    const s = await summarizeFleet([DeviceProfile.parse({ architecture: 'x64', vbs: 'running', licenses: ['e3'], ...device })], {
      today,
      lifecycle: lifecycleData(),
    });
    expect(s.byBlocker['end-of-servicing'] ?? 0).toBe(ended ? 1 : 0);
  });
});

describe('Intune hotpatch page: the current slug is configure-hotpatch', () => {
  it('no source link uses the old …/device-updates/windows/hotpatch slug', () => {
    const urls = [...Object.values(SRC), ...allTopics.flatMap((t) => t.sources.map((s) => s.url))];
    expect(urls.filter((u) => /device-updates\/windows\/hotpatch\b/.test(u))).toEqual([]);
    expect(urls).toContain('https://learn.microsoft.com/en-us/intune/device-updates/windows/configure-hotpatch');
  });
});
