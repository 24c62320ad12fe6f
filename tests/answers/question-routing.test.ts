import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { pipelineFromConfig } from '../../src/app/composition';
import { anchored, rankUnits } from '../../src/answers/retrieve';

/**
 * Routing rules of the third round of issue 11, on phrasings written for these tests (not taken from
 * tests/questions/real): a verdict answers an eligibility question, a requirement question gets the
 * unit that states the requirement, a restart in the past is the bot's subject, a unit about some
 * editions answers questions about those editions, a question that names no product word is answered
 * by a unit that speaks most of its words.
 */
const pipeline = pipelineFromConfig(loadConfig({ STORAGE: 'memory' }));
const today = '2026-12-07';
const ask = (text: string) => pipeline.ask({ text, today, now: new Date(`${today}T10:00:00Z`), timeZone: 'Europe/Paris' });
const topicOf = (a: { kind: string; topic?: { id: string } }) => (a.kind === 'knowledge' ? a.topic?.id : a.kind);

describe('a device form only for a question a verdict answers', () => {
  it.each([['How can I roll back to a restore point on Windows 11?'], ['Comment revenir à un point de restauration sous Windows 11 ?']])(
    '"%s" names Windows 11 but asks no verdict: no device form',
    async (text) => {
      const r = await ask(text);
      expect(r.answer.kind).not.toBe('device-form');
      expect(r.answer.kind).not.toBe('eligibility');
    },
  );

  it.each([['is my device eligible for hotpatch?'], ['Mon poste est-il éligible au hotpatch ?']])('"%s" still gets the device form', async (text) => {
    expect((await ask(text)).answer.kind).toBe('device-form');
  });

  it.each([
    ['do hotpatch updates need VBS?', /VBS|virtuali[sz]ation-based security/i],
    ['Faut-il la VBS pour recevoir le hotpatch ?', /VBS|virtualisation/i],
    ['do we need an E5 licence for hotpatch', /E3|E5|licen/i],
  ])('"%s" asks a requirement: the unit that states it, not a device form', async (text, mention) => {
    const r = await ask(text);
    expect(r.answer.kind).toBe('knowledge');
    expect(r.text).toMatch(mention);
  });

  it.each([
    ['can hotpatch run on Snapdragon Arm laptops?', /Arm|CHPE/],
    ['le hotpatch fonctionne-t-il sur les processeurs Intel ?', /x64|Intel/],
  ])('"%s" asks about a kind of device, not the asker’s: the unit about it', async (text, mention) => {
    const r = await ask(text);
    expect(r.answer.kind).toBe('knowledge');
    expect(r.text.split('\n').slice(0, 2).join(' ')).toMatch(mention);
  });
});

describe('a unit about other editions does not answer for the edition named', () => {
  it('"can IoT Enterprise get hotpatch?" is not answered by the Home/Pro unit', async () => {
    const r = await ask('can Windows 11 IoT Enterprise get hotpatch');
    expect(topicOf(r.answer)).not.toBe('pro-home-not-eligible');
  });
});

describe('a long post that lists device facts', () => {
  it('is answered by the unit about what it says, not by a verdict on a device nobody asked about', async () => {
    const post =
      'According to the article, the rebootless security updates only reach Windows 11 Enterprise 24H2 machines covered by ' +
      'Windows Enterprise E3 or E5, Education A3 or A5 or Microsoft 365 F3 licences, and the administrators must also enrol ' +
      'them with the right management policies before the monthly releases start arriving without interruptions.';
    const r = await ask(post);
    expect(r.answer.kind).not.toBe('eligibility');
    expect(r.answer.kind).not.toBe('device-form');
  });

  it('about the asker’s own devices, still gets the verdict', async () => {
    const r = await ask('Our laptops run Windows 11 Enterprise 24H2 x64 with E3 licences, VBS running and Intune: are my devices eligible for hotpatch?');
    expect(r.answer.kind).toBe('eligibility');
  });
});

describe('a restart in the past is the bot subject', () => {
  it.each([['why did my notebook reboot last night'], ['why did the laptop restart yesterday?']])('"%s" explains why devices restart', async (text) => {
    const r = await ask(text);
    expect(topicOf(r.answer)).toBe('why-restarted');
  });

  it.each([['Why does my PC restart on its own?'], ['Pourquoi mon PC redémarre tout seul ?']])(
    '"%s" (present tense, few words) explains why devices restart',
    async (text) => {
      expect(topicOf((await ask(text)).answer)).toBe('why-restarted');
    },
  );

  it.each([['my computer keeps restarting randomly, why?'], ['mon ordinateur redémarre aléatoirement']])(
    '"%s" is a hardware subject the bot declines, not a Windows update restart',
    async (text) => {
      expect((await ask(text)).answer.kind).toBe('unknown');
    },
  );

  it('a long script post that mentions a pending reboot in the past tense is not anchored by it', async () => {
    const post =
      'The helper function returned several properties instead of one boolean, so our wrapper script always reported a pending ' +
      'reboot. I changed the parser to read only the first value and the pipeline worked again for the remaining servers in the list.';
    expect((await ask(post)).answer.kind).toBe('unknown');
  });
});

describe('units about some editions', () => {
  const scoreOf = (edition?: 'home' | 'pro') =>
    rankUnits('is quick machine recovery on by default on this edition?', 10, edition ? { edition } : {}).find((r) => r.unit.id === 'qmr-default-home')
      ?.score ?? 0;

  it('weighs the unit up when its edition is named, down when another edition or none is named', () => {
    expect(scoreOf('home')).toBeGreaterThan(scoreOf());
    expect(scoreOf()).toBeGreaterThan(scoreOf('pro'));
  });

  it('a question that names no edition gets the general unit, not one edition', () => {
    expect(rankUnits('is QMR enabled by default?', 1)[0]!.unit.id).toBe('qmr-defaults');
  });

  it('a question that names the edition gets that edition’s unit', () => {
    expect(rankUnits('is quick machine recovery on by default on Windows 11 Home?', 1, { edition: 'home' })[0]!.unit.id).toBe('qmr-default-home');
  });
});

describe('a question that names no product word', () => {
  it('is answered when one unit speaks most of its words', async () => {
    const r = await ask('Est-ce que les mises à jour de Windows 11 vont devenir payantes ?');
    expect(r.answer.kind).toBe('knowledge');
    expect(r.text).toMatch(/gratuit/i);
  });

  it('is not answered when it is about something else', async () => {
    expect((await ask('Which printer driver should we deploy to the new office?')).answer.kind).toBe('unknown');
  });
});

describe('several questions in one message', () => {
  it('one unit far ahead for the whole message answers it whole, not split into lesser neighbours', async () => {
    const r = await ask('Do we need extra licences for hotpatch? Which ones include it?');
    expect(r.answer.kind).toBe('knowledge');
    expect(r.answer.kind === 'knowledge' && r.answer.topic.id).toBe('hotpatch-licences');
  });

  it.each([
    ['What is quick machine recovery, and is it switched on by default on Windows 11 Pro?'],
    ['C’est quoi la récupération rapide, et est-elle activée par défaut sur Pro ?'],
  ])('"%s": a part that asks what something is gets its own answer, before the other part’s', async (text) => {
    const r = await ask(text);
    expect(r.answer.kind).toBe('multi');
    const ids = r.answer.kind === 'multi' ? r.answer.answers.map((a) => (a.kind === 'knowledge' ? a.topic.id : a.kind)) : [];
    expect(ids[0]).toBe('what-is-qmr');
    expect(ids[1]).toMatch(/^qmr-default/);
  });
});

describe('a neighbouring subject named decisively', () => {
  it.each([
    ['Our hotpatch devices show a warning that the Secure Boot certificates (UEFI CA 2011) expire next year. What do we do?'],
    ['Can we buy ESU for our Windows Server 2012 R2 machines through Azure Arc like hotpatch?'],
    ['This pull request adds a hotpatch column to the reporting script of our module.'],
  ])('"%s" is declined even though it names hotpatch or Arc', async (text) => {
    expect((await ask(text)).answer.kind).toBe('unknown');
  });

  it('"Secure Boot 2023" (the certificate change) names the certificates subject', async () => {
    const r = await ask('Windows 11 keeps restarting several times after updates because of the Secure Boot 2023 certificate change, is that normal?');
    expect(r.answer.kind).toBe('unknown');
  });

  it('Secure Boot as a VBS prerequisite is the bot’s subject, not the certificates one', async () => {
    const r = await ask('Does hotpatch need Secure Boot and VBS turned on?');
    expect(r.answer.kind).toBe('knowledge');
  });
});

describe('restart questions about another kind of update', () => {
  it('"does the optional preview need a restart?" gets the unit about previews, not the computed next reboot', async () => {
    const r = await ask('Will installing the optional preview update force a restart?');
    expect(topicOf(r.answer)).toBe('optional-preview-not-hotpatch');
  });

  it('the next reboot itself stays computed', async () => {
    expect((await ask('When is my next reboot?')).answer.kind).toBe('next-reboot');
  });

  it('out-of-band updates are the bot subject (unplanned baselines)', async () => {
    const r = await ask('À quoi servent les mises à jour hors bande ?');
    expect(r.answer.kind).toBe('knowledge');
    expect(r.text).toMatch(/hors bande|non planifi/i);
  });
});

describe('what end users ask about update restarts', () => {
  it.each([
    ['Does Windows reboot the PC by itself when it installs updates?', /cumulative/i],
    ['Est-ce que Windows redémarre tout seul quand il installe les mises à jour ?', /cumulative/i],
  ])('"%s" gets the unit that says yes for the monthly update, and which devices skip it', async (text, mention) => {
    const r = await ask(text);
    expect(topicOf(r.answer)).toBe('updates-restart-automatically');
    expect(r.text).toMatch(mention);
    expect(r.text).toMatch(/hotpatch/i);
  });
});

describe('a post whose two best units answer one claim each', () => {
  const post = 'Someone told me hotpatch is free on Windows Server 2025 through Azure Arc now and that Azure Edition already had it';
  it('says the close second unit in full, with its sources', async () => {
    const r = await ask(post);
    const a = r.answer as { kind: string; close?: { id: string; more?: { body: { en: string[] }; sources: { url: string }[] } } };
    expect(a.kind).toBe('knowledge');
    expect(a.close?.more?.body.en.length).toBeGreaterThan(0);
    for (const line of a.close!.more!.body.en) expect(r.text).toContain(line);
    for (const s of a.close!.more!.sources) expect(r.text).toContain(s.url);
  });

  it('a chat question keeps the close unit to its first line', async () => {
    const r = await ask('Is hotpatch free on Arc?');
    const a = r.answer as { kind: string; close?: { more?: unknown } };
    expect(a.kind).toBe('knowledge');
    expect(a.close?.more).toBeUndefined();
  });
});

describe('an Arc-connected Server 2025 that still restarts', () => {
  it.each([
    ['Our Server 2025 boxes are Arc-connected yet the security updates keep needing reboots, why?'],
    ['Nos serveurs 2025 sont connectés à Azure Arc mais les correctifs de sécurité demandent toujours un redémarrage'],
  ])('"%s" gets what to check (portal setting, VBS, build, baseline), not the subscription question', async (text) => {
    const r = await ask(text);
    expect(topicOf(r.answer)).toBe('server-arc-still-restarts');
    expect(r.text).toMatch(/VBS/);
    expect(r.text).toMatch(/26100\.1742/);
  });
});

describe('a claim gets no yes/no opener (nobody asked one)', () => {
  it('the question keeps "Yes:", the same subject stated as a claim does not', async () => {
    const asked = await ask('Do hotpatches come out on the same day as the normal monthly update?');
    const claimed = await ask('Hotpatches come out on the same day as the normal monthly update, every second Tuesday of the month');
    expect(topicOf(asked.answer)).toBe('hotpatch-release-day');
    expect(topicOf(claimed.answer)).toBe('hotpatch-release-day');
    expect(asked.text).toMatch(/^Yes\b/m);
    expect(claimed.text).not.toMatch(/^\s*(Yes|No)\b/m);
    expect(claimed.text).toMatch(/^Hotpatches follow the regular monthly schedule/m);
  });
});

describe('a PC that no longer boots is what quick machine recovery is for (QMR-1)', () => {
  it.each([
    ["the laptop won't start up since this morning's update, any idea?"],
    ['Mon ordinateur ne démarre plus depuis la mise à jour de cette nuit'],
    ['pc stuck at automatic repair after patching'],
    ['after three failed startup attempts the laptop just shows a black screen'],
  ])('"%s" gets what QMR does, without naming it', async (text) => {
    const r = await ask(text);
    expect(topicOf(r.answer)).toBe('what-is-qmr');
  });

  it('Secure Boot is a VBS prerequisite, not a PC that does not boot', () => {
    expect(rankUnits('Does hotpatch need Secure Boot turned on?')[0]?.unit.id).not.toBe('what-is-qmr');
  });
});

describe('a chat question of up to 12 words gets its skill’s default unit', () => {
  it('"why does my pc always want to restart after updates" is about restarts, not "I can\'t answer"', async () => {
    const r = await ask('why does my pc always want to restart after updates');
    expect(r.answer.kind).toBe('knowledge');
  });
});

describe('hotpatch in virtual machines', () => {
  it.each([['is hotpatch supported inside a VMware virtual machine?'], ['Peut-on avoir le hotpatch dans une VM Hyper-V ?']])(
    '"%s" gets the VM unit (VBS in the guest, AVD/Windows 365, Azure Edition), hedged',
    async (text) => {
      const r = await ask(text);
      expect(topicOf(r.answer)).toBe('hotpatch-in-virtual-machines');
      expect(r.text).toMatch(/VBS/);
      expect(r.text).toMatch(/HP-VBS-6/);
    },
  );
});

describe('kinds of question that change which unit answers', () => {
  it('"what is the next baseline?" asks a date, not what a baseline is', async () => {
    expect(topicOf((await ask('what is the next baseline?')).answer)).toBe('next-baseline');
  });
  it.each([
    ['how is a hotpatch different from the regular monthly cumulative update? what is the difference between them'],
    ['Quelle est la différence entre un hotpatch et la cumulative mensuelle ?'],
  ])('"%s" compares: how hotpatch works, not the definition of a baseline', async (text) => {
    expect(topicOf((await ask(text)).answer)).toBe('how-hotpatch-works');
  });
  it('"works with" in French is "marche/fonctionne": WSUS gets the WSUS unit', async () => {
    expect(topicOf((await ask('Est-ce que le hotpatch marche via WSUS ?')).answer)).toBe('hotpatch-wsus');
  });
});

describe('neighbours the register has no facts for', () => {
  it.each([
    ['is there a performance impact from hotpatch, does it slow the PC down?'],
    ['does hotpatching slow down computers'],
    ['hotpatch : combien de temps dure l’installation ?'],
  ])('"%s" (performance) is declined, not answered by a hotpatch unit', async (text) => {
    const r = await ask(text);
    expect(r.answer.kind).toBe('unknown');
  });
  it('a typo of the product name still names it ("hotptach")', async () => {
    const r = await ask('does hotptach need VBS?');
    expect(r.answer.kind).toBe('knowledge');
    expect(r.text).toMatch(/VBS/);
  });
});

describe('claims and restarts to come', () => {
  it.each([['our CFO claims hotpatch comes with Microsoft 365 E5 at no extra cost'], ['notre DSI affirme que le hotpatch est compris dans Microsoft 365 E5']])(
    '"%s" states a claim about a licence: the unit about it, not a device form',
    async (text) => {
      const r = await ask(text);
      expect(r.answer.kind).toBe('knowledge');
      expect(r.text).toMatch(/E5/);
    },
  );
  it.each([
    ['do our Windows 11 laptops really need the Azure Arc agent to get hotpatch?'],
    ['il paraît que nos portables Windows 11 devront avoir l’agent Azure Arc pour le hotpatch'],
  ])('"%s": Arc is the servers’ route, PCs go through Autopatch', async (text) => {
    expect(topicOf((await ask(text)).answer)).toBe('arc-not-for-pcs');
  });
  it('a restart to come (next week) gets the computed calendar, not the reasons past restarts happened', async () => {
    const r = await ask('faudra-t-il redémarrer les postes la semaine prochaine ?');
    expect(['calendar', 'next-reboot', 'date-check']).toContain(r.answer.kind);
  });
  it('"… a quand même tout redémarré" is a restart that happened (past tense across three words)', async () => {
    const r = await ask('le hotpatch est activé mais la mise à jour de janvier a quand même tout redémarré');
    expect(r.question.slots.past).toBe(true);
    expect(r.question.slots.month).toBe('2026-01');
  });
});

describe('Windows versions long out of support', () => {
  it('Server 2003 "hotpatching" is not today’s hotpatch: declined', async () => {
    expect((await ask('How do I use hotpatching for security updates on Windows Server 2003 SP1 machines in our lab?')).answer.kind).toBe('unknown');
  });
  it('a move from Server 2008 to Server 2025 is still about Server 2025', async () => {
    expect((await ask('We are moving our Windows Server 2008 boxes to Windows Server 2025, does 2025 have hotpatch without a reboot?')).answer.kind).toBe(
      'knowledge',
    );
  });
});

describe('a claim that names a month asks no calendar', () => {
  it('"… needed the April 2025 cumulative update before hotpatch" gets a unit, not April 2025’s calendar', async () => {
    const r = await ask('Admins were told their PCs needed the April 2025 cumulative update KB5055523 installed before hotpatch could be turned on');
    expect(r.answer.kind).toBe('knowledge');
  });
  it('a calendar asked for a span of months shows those months', async () => {
    const r = await ask('show me the patch calendar for the next 3 months');
    expect(r.answer.kind === 'calendar' && r.answer.months.length).toBe(3);
  });
});

describe('"without requiring a restart" names hotpatch without its name', () => {
  it.each([
    ['So security fixes can now be installed without needing a reboot at all, is that right'],
    ['Les correctifs de sécurité s’installent maintenant sans avoir besoin d’un redémarrage, vraiment ?'],
  ])('"%s" is the bot’s subject', async (text) => {
    expect((await ask(text)).answer.kind).not.toBe('unknown');
  });
});

describe('no yes/no opener for a question that asks when, what or how (issue 11, item 6)', () => {
  it('"… when will devices restart in January?" is not answered "No."', async () => {
    const r = await ask('our ring has a 7 day deferral and a 2 day deadline, so when will the hotpatch devices restart in January?');
    expect(r.text).not.toMatch(/^\s*(Yes|No)\b/m);
  });
  it('a yes/no question keeps its opener', async () => {
    expect((await ask('Does turning on hotpatch change our update ring deadlines?')).text).toMatch(/^\s*No\b/m);
  });
});

describe('the ring’s numbers said in the question', () => {
  it('compute the next reboot with them (12 Jan 2027 + 7 days deferral + 2 days deadline = 21 Jan)', async () => {
    const r = await ask('our ring has a 7 day deferral and a 2 day deadline, when will hotpatch devices restart?');
    expect(r.answer.kind).toBe('next-reboot');
    expect(r.text).toContain('2027-01-21');
    expect(r.text).toMatch(/deferral 7 days, deadline 2 days/);
  });
});

describe('a restart to come in a month named is the computed calendar’s, even when an edition is named', () => {
  it.each([
    ['Hotpatch on Windows 11 Enterprise: do devices still restart in January?', '2027-01-12'],
    ['Windows 11 Entreprise avec hotpatch : les postes redémarrent-ils encore en janvier ?', '2027-01-12'],
    ['Windows 11 Education and hotpatch, any restart in May?', '2027-05-11'],
  ])('"%s" → the month computed (%s)', async (text, day) => {
    const r = await ask(text);
    expect(r.answer.kind).toBe('calendar');
    expect(r.text).toContain(day);
  });

  it('a restart that happened stays the reasons for it', async () => {
    const r = await ask('Why did my Enterprise laptop restart in October?');
    expect(topicOf(r.answer)).toBe('why-restarted');
  });
});

describe('news and third-party tools are declined by their names', () => {
  it.each([
    ['I use NinjaOne to push Windows patches and it keeps rebooting our hotpatch enabled laptops every month, how do I configure it?'],
    ['We built our Windows 11 Enterprise image with NTLite and now hotpatch never installs on those machines, any idea why?'],
    ['Microsoft had to ship emergency updates after the January Patch Tuesday left PCs stuck at boot, how did they fix it?'],
    ['Le Patch Tuesday de ce mois corrige 72 failles de sécurité dont 6 critiques dans Windows et Office.'],
  ])('"%s" → I can’t answer that (out of scope)', async (text) => {
    const a = (await ask(text)).answer;
    expect(a.kind).toBe('unknown');
    expect(a.kind === 'unknown' && a.reason).toBe('out-of-scope');
  });

  it('a count of fixes in a question about hotpatch is still answered', async () => {
    const a = (await ask('This month’s Patch Tuesday fixes 80 CVEs: will our hotpatch devices get all of them without a reboot?')).answer;
    expect(a.kind).not.toBe('unknown');
  });
});

describe('a unit about doing something "without <Name>" is not the answer to doing it with that name', () => {
  it.each([
    ['How to turn on quick machine recovery via Intune', 'qmr-enable-intune'],
    ['Activer QMR avec Intune', 'qmr-enable-intune'],
    ['How do I enable QMR without Intune?', 'qmr-without-intune'],
    ['Activer QMR sans Intune ?', 'qmr-without-intune'],
  ])('"%s" → %s', async (text, id) => {
    expect(topicOf((await ask(text)).answer)).toBe(id);
  });
});

describe('a consequence asked about a month is a rule, not the month’s calendar', () => {
  it.each([
    ['What happens if a device misses the January baseline?'],
    ['Que se passe-t-il si un poste rate la baseline de janvier ?'],
    ['What if a laptop was offline during the April baseline?'],
  ])('"%s" → behind-baseline', async (text) => {
    expect(topicOf((await ask(text)).answer)).toBe('behind-baseline');
  });

  it('"When is the January baseline?" still gets the computed month', async () => {
    expect((await ask('When is the January baseline?')).answer.kind).toBe('calendar');
  });
});

describe('"is VBS mandatory?" is the requirement', () => {
  it.each([['la VBS est-elle obligatoire pour le hotpatch ?'], ['is virtualization based security mandatory to get hotpatches']])(
    '"%s" → vbs-requirement',
    async (text) => {
      expect(topicOf((await ask(text)).answer)).toBe('vbs-requirement');
    },
  );
});

describe('QMR and hotpatch asked together, and the network QMR needs', () => {
  it.each([['QMR vs hotpatch?'], ['quelle différence entre QMR et hotpatch ?'], ['Does QMR replace hotpatch or do we need both?']])(
    '"%s" → qmr-vs-hotpatch',
    async (text) => {
      expect(topicOf((await ask(text)).answer)).toBe('qmr-vs-hotpatch');
    },
  );
  it('"how does QMR work?" is still the recovery steps', async () => {
    expect(topicOf((await ask('how does QMR work?')).answer)).toBe('qmr-recovery-steps');
  });
  it.each([['does quick machine recovery need internet?'], ['QMR a-t-il besoin d’internet ?']])(
    '"%s" is answered with what QMR does on the network',
    async (text) => {
      expect(['qmr-cloud-vs-auto', 'qmr-network']).toContain(topicOf((await ask(text)).answer));
    },
  );
});

describe('a requirement asked about a kind of device is the requirement, not a verdict', () => {
  it('"Do I need to disable CHPE on Snapdragon for hotpatch?" → arm64-chpe', async () => {
    expect(topicOf((await ask('Do I need to disable CHPE on Snapdragon for hotpatch?')).answer)).toBe('arm64-chpe');
  });
  it('about the asker’s own device it stays a verdict', async () => {
    expect((await ask('Do I need E3 for hotpatch on my Windows 11 Pro laptop?')).answer.kind).toBe('eligibility');
  });
});

describe('why something did not happen this month is the reasons, not the month’s calendar', () => {
  it.each([['pourquoi mon poste n’a pas reçu le hotpatch ce mois-ci ?'], ['why didn’t my laptop get the hotpatch in November?']])(
    '"%s" → why-not-offered',
    async (text) => {
      expect(topicOf((await ask(text)).answer)).toBe('why-not-offered');
    },
  );
  it('"why is there no restart in February?" keeps the computed month', async () => {
    expect((await ask('why is there no restart in February?')).answer.kind).toBe('calendar');
  });
});

describe('chat phrasings of the core questions (session 5 probes)', () => {
  it.each([
    ['is my pc elegible for hotpach', 'device-form'],
    ['when will PCs restart in January', 'calendar'],
    ['our deadline is 3 days, when will PCs restart in January', 'next-reboot'],
  ])('"%s" → %s', async (text, kind) => {
    expect((await ask(text)).answer.kind).toBe(kind);
  });

  it.each([
    ['how to enable hotpatch', 'admin-setup'],
    ['comment activer le hotpatch ?', 'admin-setup'],
    ['hotpatch ca marche comment', 'how-hotpatch-works'],
    ['le hotpatch c’est payant pour les serveurs ?', 'server-2025-hotpatch-cost'],
    ['is hotpatch free for servers?', 'server-2025-hotpatch-cost'],
    ['can I deploy hotpatch through our WSUS server?', 'hotpatch-wsus'],
    ['how do I enable VBS on all devices', 'vbs-at-scale'],
  ])('"%s" → %s', async (text, id) => {
    expect(topicOf((await ask(text)).answer)).toBe(id);
  });

  it('the ring’s deadline in a question counts: 12 Jan 2027 + 3 days = 15 Jan', async () => {
    expect((await ask('our deadline is 3 days, when will PCs restart in January')).text).toContain('2027-01-15');
  });
});

describe('a post titled with its question', () => {
  const body =
    'We run a small shop; the machines are used by the staff all day, the accounting software gets closed and people lose their work every few weeks, and nobody remembers who configured these computers or which settings they have.';
  it('is answered by its title when the whole post reaches no unit', async () => {
    const r = await ask(`Why does Windows Update keep restarting our computers?\n${body}`);
    expect(topicOf(r.answer)).toBe('updates-restart-automatically');
  });
});

describe('a long post that names an update’s KB number is about the unit of that update', () => {
  it('KB5070881 in a long post about a change board → server-kb5070881', async () => {
    const r = await ask(
      'Our change advisory board met on Thursday and the minutes say that after KB5070881 the hotpatch enrolled machines of the datacenter team had to be rebooted again every month, which annoyed the database owners, the storage team and the night operators who plan their maintenance windows weeks ahead.',
    );
    expect(topicOf(r.answer)).toBe('server-kb5070881');
  });
});

describe('what people call QMR and a PC that keeps restarting', () => {
  it.each([
    ["c'est quoi la récupération machine rapide", 'what-is-qmr'],
    ['la récupération de la machine rapide est-elle activée par défaut ?', 'qmr-defaults'],
    ['le PC redémarre en boucle depuis la mise à jour de mardi', 'what-is-qmr'],
    ["my laptop reboots in a loop after last night's update", 'what-is-qmr'],
  ])('"%s" → %s', async (text, id) => {
    expect(topicOf((await ask(text)).answer)).toBe(id);
  });

  it('a reboot loop a named third-party tool causes is that tool’s subject: declined', async () => {
    const r = await ask('I installed choco and boxstarter to set up my dev laptop and now boxstarter causes a reboot loop');
    expect(r.answer.kind).toBe('unknown');
  });
});

describe('a change asked to a restart is answered by the rule, not a computed date', () => {
  it.each([
    ['Is there a way to force a hotpatch device to skip the january reboot?'],
    ['can we delay the baseline restart to the weekend?'],
    ['peut-on repousser le redémarrage de janvier ?'],
    ["est-ce qu'on peut éviter le redémarrage d'avril ?"],
  ])('"%s" → the restart can be moved, not skipped', async (text) => {
    const r = await ask(text);
    expect(topicOf(r.answer)).toBe('baseline-restart-moved-not-skipped');
    expect(r.text).toMatch(/deferral|deadline|report|échéance/i);
  });

  it.each([['when will my PC restart in January?'], ['quand mon PC redémarrera-t-il en avril ?']])('"%s" still gets the computed calendar', async (text) => {
    expect((await ask(text)).answer.kind).toBe('calendar');
  });
});

describe('Windows 10 end of support and ESU are facts; buying ESU is not', () => {
  it.each([
    [
      'Windows 10 support ended in October 2025 and we are looking at extended security updates to keep our kiosks patched while we migrate; will those ESU updates install without restarting like hotpatch?',
      'windows-10-esu-restarts',
    ],
    [
      // What becomes of PCs not migrated: no update at all, 23H2's last day named (LIFE-5, LIFE-1; eighth session: the unit is tagged 21H2–23H2).
      'Microsoft mettra fin au support de Windows 11 23H2 Entreprise en novembre 2026, que deviennent nos postes qui ne sont pas encore migrés ?',
      'past-end-of-servicing-no-updates',
    ],
    ['quand se termine la prise en charge de Windows 11 24H2 pour les éditions Entreprise ?', 'end-of-servicing-24h2'],
  ])('"%s" → %s', async (text, id) => {
    expect(topicOf((await ask(text)).answer)).toBe(id);
  });

  it('"Fin du support de Windows 10" names the bot’s subject: the end-of-support unit answers the post', async () => {
    const r = await ask(
      'Fin du support de Windows 10 : nos postes restent sous Windows 10 avec les mises à jour de sécurité étendues jusqu’à la migration, est-ce qu’ils redémarreront encore chaque mois ?',
    );
    expect(r.answer.kind).toBe('knowledge');
    expect(r.text).toMatch(/14 octobre 2025/);
  });

  it('enrolling in ESU and its price are declined', async () => {
    const r = await ask('How do I enroll our Windows 10 devices in ESU and what is the price per device for the second year of the program?');
    expect(r.answer.kind).toBe('unknown');
  });
});

describe('how an update ring times the restart', () => {
  it.each([
    ['how does the grace period in our update ring affect when laptops restart?'],
    ["quel est l'effet de l'échéance de l'anneau Intune sur le redémarrage des postes ?"],
    ['what does auto reboot before deadline do in an update ring'],
  ])('"%s" → the unit on the ring’s restart settings', async (text) => {
    const r = await ask(text);
    expect(topicOf(r.answer)).toBe('ring-restart-settings');
    expect(r.text).toMatch(/grace|grâce/);
  });

  it.each([['when is my next reboot?'], ['our ring has a 3 day deadline, when do devices restart?']])(
    '"%s" still gets the computed next reboot',
    async (text) => {
      expect((await ask(text)).answer.kind).toBe('next-reboot');
    },
  );
});

describe('every Windows 11 version’s end of servicing at once', () => {
  it.each([['what are the end of support dates for each windows 11 version?'], ['quelles versions de Windows 11 sont encore supportées ?']])(
    '"%s" → the table, each date computed',
    async (text) => {
      const r = await ask(text);
      expect(topicOf(r.answer)).toBe('windows-11-servicing-dates');
      for (const v of ['23H2', '24H2', '25H2']) expect(r.text).toContain(v);
      expect(r.text).toMatch(/12 (October|octobre) 2027/);
    },
  );

  it('one version named gets that version’s unit', async () => {
    expect(topicOf((await ask('when does 25H2 end support?')).answer)).toBe('end-of-servicing-25h2');
  });
});

describe('« conditions préalables » is Microsoft’s French for prerequisites', () => {
  it('"quelles sont les conditions préalables du hotpatch ?" → the prerequisites checklist', async () => {
    expect(topicOf((await ask('quelles sont les conditions préalables du hotpatch ?')).answer)).toBe('hotpatch-prerequisites');
  });
});

describe('another kind of update asked about a restart', () => {
  it.each([['do .NET updates restart the PC?'], ['les mises à jour .NET redémarrent-elles le poste ?']])(
    '"%s" → the .NET unit, without a "No" that would deny the restart',
    async (text) => {
      const r = await ask(text);
      expect(topicOf(r.answer)).toBe('dotnet-not-hotpatch');
      const first = r.text.split('\n').find((l, i) => i > 0 && l.trim())!;
      expect(first).not.toMatch(/^(No|Non)\b/);
      expect(first).toMatch(/restart|redémarrage/);
    },
  );
});

describe('"why not" asked after the fact', () => {
  it('"mon poste n’a pas eu le hotpatch ce mois-ci, pourquoi ?" gets reasons, not this month’s calendar', async () => {
    expect(topicOf((await ask("mon poste n'a pas eu le hotpatch ce mois-ci, pourquoi ?")).answer)).toBe('why-not-offered');
  });
});

describe('the latest baseline, asked in the past tense', () => {
  it.each([['when was the last baseline'], ['quelle est la dernière baseline ?']])('"%s" → latest-baseline, its date computed', async (text) => {
    const r = await ask(text);
    expect(topicOf(r.answer)).toBe('latest-baseline');
    expect(r.text).toMatch(/13 (October|octobre) 2026/);
  });

  it('"when is the next baseline?" keeps the unit that computes the next one', async () => {
    expect(topicOf((await ask('when is the next baseline?')).answer)).toBe('next-baseline');
  });
});

describe('what an out-of-band update is', () => {
  it.each([['what is an out-of-band update?'], ["c'est quoi une mise à jour hors bande ?"], ['what does OOB mean']])('"%s" → the definition', async (text) => {
    expect(topicOf((await ask(text)).answer)).toBe('what-is-out-of-band');
  });

  it('"is the out of band update a hotpatch" keeps the unit that answers it', async () => {
    expect(topicOf((await ask('is the out of band update a hotpatch')).answer)).toBe('out-of-band-as-hotpatch');
  });
});

describe('hotpatch on by default', () => {
  it('says where to see which devices now get it', async () => {
    const r = await ask('is hotpatch on by default now?');
    expect(topicOf(r.answer)).toBe('default-on-may-2026');
    expect(r.text).toMatch(/Hotpatch quality updates report/);
  });
});

describe('the maintenance window', () => {
  it.each([
    ['can we get rid of our patching maintenance window with hotpatch?'],
    ['avec le hotpatch, on peut supprimer la fenêtre de maintenance mensuelle ?'],
  ])('"%s" → hotpatch does not end restarts', async (text) => {
    const r = await ask(text);
    expect(topicOf(r.answer)).toBe('hotpatch-end-of-restarts');
    expect(r.text).toMatch(/4 (times a year|fois par an)/);
  });
});

describe('a restart to postpone, asked with no product word', () => {
  it.each([['est-ce que je peux repousser le redémarrage demandé par Windows Update ?'], ['can I postpone the restart Windows Update is asking for?']])(
    '"%s" is the bot’s subject, answered without a yes/no that answers another question',
    async (text) => {
      const r = await ask(text);
      expect(r.answer.kind).toBe('knowledge');
      expect(r.text.split('\n').find((l, i) => i > 0 && l.trim())).not.toMatch(/^(Yes|Oui|No|Non)\b/);
      expect(r.text).toMatch(/moved, not skipped|se déplace mais ne se supprime pas/);
    },
  );
});

describe('devices joined only to on-premises AD are not hybrid joined', () => {
  it.each([
    ['le hotpatch est-il compatible avec les postes joints à un domaine AD uniquement ?'],
    ['our PCs are only joined to on-prem AD, no Intune. can they get hotpatch?'],
  ])('"%s" → not on the supported list (no "not excluded")', async (text) => {
    const r = await ask(text);
    expect(topicOf(r.answer)).toBe('entra-registered-workgroup');
    expect(r.text).not.toMatch(/not excluded|pas exclus/);
  });

  it('hybrid joined devices keep their unit: supported', async () => {
    const r = await ask('do hybrid joined devices get hotpatch');
    expect(topicOf(r.answer)).toBe('hybrid-join');
    expect(r.text).toMatch(/not excluded/);
  });
});

describe('a Windows version named: the unit about that version, or about all of them', () => {
  it.each([
    ['does 25H2 support hotpatch?', 'which-versions-support-hotpatch'],
    ['le hotpatch marche en 25H2 ?', 'which-versions-support-hotpatch'],
    ['does 26H2 support hotpatch?', 'new-windows-versions'],
    ['when does 25H2 end support?', 'end-of-servicing-25h2'],
    ['does hotpatch work on arm64?', 'arm64-chpe'],
  ])('"%s" → %s', async (text, id) => {
    expect(topicOf((await ask(text)).answer)).toBe(id);
  });
});

describe('a unit that shares none of the question’s content words is no candidate', () => {
  it('"is QMR the same as automatic repair?" is not answered by "the same day" (hotpatch release day)', async () => {
    const r = await ask('is QMR the same as automatic repair?');
    expect(topicOf(r.answer)).not.toBe('hotpatch-release-day');
    expect(r.text).toMatch(/Startup Repair|QMR|Quick machine recovery/i);
  });
});

describe('what a hotpatch covers', () => {
  it.each([['Does hotpatch patch the kernel too?'], ["le hotpatch corrige-t-il aussi les failles d'Office ?"]])(
    '"%s" → the rule, hedged: no yes the docs do not give',
    async (text) => {
      const r = await ask(text);
      expect(topicOf(r.answer)).toBe('what-hotpatch-covers');
      expect(r.text).toMatch(/100 ?%/);
      expect(r.text.split('\n').find((l, i) => i > 0 && l.trim())).not.toMatch(/^(Yes|Oui)\b/);
    },
  );
});

describe('typos of the domain’s words still reach their units', () => {
  it.each([
    ['qmr on by defalt?', 'qmr-defaults'],
    ['hotpatch requirments', 'hotpatch-prerequisites'],
  ])('"%s" → %s', async (text, id) => {
    expect(topicOf((await ask(text)).answer)).toBe(id);
  });
});

describe('helpdesk wording (seventh session probes)', () => {
  it.each([
    ['the Hotpatch report says most of our Enterprise laptops are not eligible although VBS is on. What did we miss?', 'why-not-offered'],
    ['Le rapport hotpatch indique que nos machines ne sont pas éligibles alors que VBS est activé : où chercher ?', 'why-not-offered'],
    ['could we push hotpatches through WSUS, or is Intune mandatory?', 'hotpatch-wsus'],
    ['we still run 23H2 on most PCs. Must we go to 24H2 first to benefit from hotpatch?', 'upgrade-to-24h2-first'],
    ['On est toujours en 23H2, doit-on migrer en 24H2 pour profiter du hotpatch ?', 'upgrade-to-24h2-first'],
    ['is it possible to switch hotpatch on for a small pilot group before everyone else?', 'admin-setup'],
  ])('"%s" → %s', async (text, id) => {
    expect(topicOf((await ask(text)).answer)).toBe(id);
  });

  it('a requirement asked with "have to" gets the unit that states it, not a device form', async () => {
    const r = await ask('Does hotpatch have to be deployed through Intune on our Windows 11 fleet?');
    expect(r.answer.kind).toBe('knowledge');
  });

  it('a restart that happened, told in a long chat sentence, is still the bot’s subject', async () => {
    const r = await ask('I really do not get why my laptop rebooted during the night, nobody asked it to do anything.');
    expect(r.answer.kind).toBe('knowledge');
    expect(r.text).toMatch(/restart/i);
  });

  it('"all of the fixes, or only some?" asks a choice: no yes/no opener', async () => {
    const r = await ask('Do the hotpatches carry every security fix of the month or only some of them?');
    expect(topicOf(r.answer)).toBe('hotpatch-security-parity');
    expect(r.text.split('\n').find((l, i) => i > 0 && l.trim())).not.toMatch(/^(Yes|No|Oui|Non)\b/);
  });
});

describe('the update’s own restart prompt, in its other wordings', () => {
  it.each([
    ['Every month Windows Update needs a restart to finish and it always happens at the worst moment. Nothing can be done about it, right?'],
    ['Chaque mois Windows Update exige un redémarrage au pire moment, et on ne peut rien y faire, non ?'],
  ])('"%s" is the bot’s subject: a unit about update restarts answers', async (text) => {
    const r = await ask(text);
    expect(r.answer.kind).toBe('knowledge');
    expect(r.text).toMatch(/restart|redémarr/i);
  });

  it('forced restarts of a Windows version long out of support are a neighbouring subject', async () => {
    const r = await ask('Windows 8.1 forced restarts after automatic updates were a nightmare for our users back then, how did people avoid them?');
    expect(r.answer.kind).toBe('unknown');
  });
});

describe('a third-party tool’s own release, parameter or feed', () => {
  it('a tool’s release number names the tool’s subject', async () => {
    const r = await ask('Since we moved our patch agent to version 3.12.1, its dashboard shows hotpatch as failed on half of our laptops. Any idea?');
    expect(r.answer.kind).toBe('unknown');
  });

  it.each([
    ['Our laptops report 10.0.26100.4652 in winver, does that build number tell whether this month’s hotpatch is installed?'],
    ['I wrote a small script that runs reagentc to turn on quick machine recovery on all our PCs, does it need a reboot afterwards?'],
  ])('a Windows build or an admin’s own script is not a tool’s: "%s" is answered', async (text) => {
    expect((await ask(text)).answer.kind).not.toBe('unknown');
  });
});

describe('"how come" asks why', () => {
  it('"…rebooted in August, how come?" gets the reasons a hotpatch device restarted, not how to check it', async () => {
    expect(topicOf((await ask('our hotpatch laptops rebooted in August, how come?')).answer)).toBe('why-restarted');
  });
});

describe('a period gone by, named in a question about now', () => {
  it('"still on last quarter’s baseline: will this month’s hotpatch skip the restart?" is the behind-baseline rule, not Q3’s calendar', async () => {
    const r = await ask('Our kiosk PC is still on last quarter’s baseline. Will this month’s hotpatch go in without a restart?');
    expect(topicOf(r.answer)).toBe('behind-baseline');
  });

  it('a question about that period itself still gets its months', async () => {
    expect((await ask('is Q3 2026 a restart quarter?')).answer.kind).toBe('calendar');
  });
});

describe('recommending quick machine recovery', () => {
  it.each([
    ['Is it worth switching QMR on for the Pro PCs that will never get hotpatch?'],
    ['Vaut-il le coup d’activer la récupération rapide sur nos PC Pro qui n’auront jamais le hotpatch ?'],
  ])('"%s" → yes, with who must turn it on (QMR-7, QMR-4)', async (text) => {
    const r = await ask(text);
    expect(topicOf(r.answer)).toBe('should-enable-qmr');
    expect(r.text.split('\n').find((l, i) => i > 0 && l.trim())).toMatch(/^(Yes|Oui)\b/);
  });
});

describe('an update ring’s numbers with a month', () => {
  it.each([
    ['we defer quality updates by 7 days and give a 2 day deadline: when do laptops restart in April?', '2027-04-22'],
    ['On reporte les mises à jour qualité de 5 jours, échéance 3 jours : quand les postes redémarrent-ils en avril ?', '2027-04-21'],
  ])('"%s" → the restart from that month on, with the deferral and the deadline (%s)', async (text, iso) => {
    const r = await ask(text);
    expect(r.answer.kind).toBe('next-reboot');
    expect(r.text).toContain(iso);
  });
});

describe('end users’ everyday hotpatch questions', () => {
  it.each([
    ['is there anything I must do on my laptop so that hotpatches work?', 'default-on-may-2026'],
    ['how large are hotpatch updates compared to the cumulative one?', 'hotpatch-smaller-packages'],
  ])('"%s" → %s', async (text, id) => {
    expect(topicOf((await ask(text)).answer)).toBe(id);
  });
});

describe('Windows 10, Server versions and servicing, asked plainly', () => {
  it.each([['Nos PC Windows 10 sous ESU redémarrent tous les mois, c’est normal ?']])(
    '"%s" asks the restart: the ESU unit answers, without the No that answered "…without a restart?"',
    async (text) => {
      const r = await ask(text);
      expect(topicOf(r.answer)).toBe('windows-10-esu-restarts');
      expect(r.text.split('\n').find((l, i) => i > 0 && l.trim())).not.toMatch(/^(Yes|No|Oui|Non)\b/);
    },
  );

  it('the restart-free question is not told yes', async () => {
    const r = await ask('Do Windows 10 ESU patches install without a reboot like hotpatch does?');
    expect(r.text.split('\n').find((l, i) => i > 0 && l.trim())).not.toMatch(/^Yes\b/);
  });

  it('"Server 2019 through Arc?" gets the unit about 2019/2016, not the one about 2022', async () => {
    expect(topicOf((await ask('is hotpatch possible for Windows Server 2019 via Azure Arc?')).answer)).toBe('server-2019-2016-no');
  });

  it('« maintenue jusqu’à quand » asks the end of servicing', async () => {
    expect(topicOf((await ask('La 25H2 Entreprise est maintenue jusqu’à quand ?')).answer)).toBe('end-of-servicing-25h2');
  });
});

describe('round 10 tuning: Windows Update’s own notification, serviced versions’ last days', () => {
  it('"a notification arrived asking me to restart" is no reminder request', async () => {
    const r = await ask('got a notification this morning that asks me to restart for an update, is it safe to click it?');
    expect(r.answer.kind).not.toBe('notice');
  });

  it('"send notifications to this channel every Monday" still is', async () => {
    expect((await ask('send notifications to this channel every Monday about the reboot')).question.intent).toBe('reminders-subscribe');
  });

  it('a version past its end of servicing: the serviced ones are said with their last day (LIFE-1/2/3)', async () => {
    const r = await ask('does 23H2 still get security updates after its end of servicing?');
    expect(topicOf(r.answer)).toBe('past-end-of-servicing-no-updates');
    expect(r.text).toMatch(/24H2 until 12 October 2027/);
  });
});

describe('restarts that are not Windows Update’s', () => {
  it.each([
    ['Our Win32 app in Intune restarts laptops after install even though the grace period is set, which return code should we use?'],
    ['Since I installed ExplorerPatcher my PC shows a black screen after the latest cumulative update and the taskbar is gone, any idea?'],
  ])('"%s" names another subject decisively: declined', async (text) => {
    expect((await ask(text)).answer.kind).toBe('unknown');
  });

  it('an update ring’s grace period and restarts stay the bot’s subject', async () => {
    const r = await ask('How does the grace period of our Windows Update ring decide when the laptops restart after the deadline?');
    expect(r.answer.kind).toBe('knowledge');
  });
});

describe('whether a month gone by restarted', () => {
  it.each([
    ['did our PCs reboot last month?', '2026-11'],
    ['a-t-on eu un redémarrage en octobre ?', '2026-10'],
    ['est-ce que juillet a imposé un redémarrage ?', '2026-07'],
  ])('"%s" → that month’s row of the calendar (%s), not this month’s unit', async (text, month) => {
    const r = await ask(text);
    expect(r.answer.kind).toBe('calendar');
    expect(r.text).toContain(month);
  });

  it('why it restarted stays the reasons', async () => {
    expect(topicOf((await ask('why did our PCs reboot last month?')).answer)).toBe('why-restarted');
  });
});

describe('eighth session: a month’s restart reasons, Windows 10 restarts', () => {
  it.each([
    ['Mon portable a redémarré en août, pourquoi ?', /août 2026/],
    ['Mon portable inscrit au hotpatch a redémarré en août, comment ça se fait ?', /août 2026/],
    ['my laptop rebooted in August, why?', /August 2026/],
  ])('"%s": a restart in a month gone by gets that month’s reasons, not whether Windows restarts at all', async (text, month) => {
    const r = await ask(text);
    expect(topicOf(r.answer)).toBe('why-restarted');
    expect(r.text).toMatch(month);
  });

  it.each([['Windows 10 ESU devices restart every month, expected?'], ['nos PC win10 ESU rebootent tous les mois, c’est normal ?']])(
    '"%s" asks about Windows 10’s restarts (HP-OS-4), not which Tuesday is Patch Tuesday; no opener',
    async (text) => {
      const r = await ask(text);
      expect(topicOf(r.answer)).toBe('windows-10-esu-restarts');
      expect(r.text.split('\n').find((l, i) => i > 0 && l.trim())).not.toMatch(/^(Yes|No|Oui|Non)\b/);
    },
  );

  it.each([['why does Windows Update keep rebooting our kiosk PCs at night?'], ['Pourquoi Windows Update redémarre tout le temps les PC de l’accueil ?']])(
    '"%s": Windows Update’s own restarts are the bot’s subject — why updates restart, not a hotpatch device’s reasons',
    async (text) => {
      expect(topicOf((await ask(text)).answer)).toBe('updates-restart-automatically');
    },
  );
});

describe('the QMR CSP’s setting names name QMR (QMR-10)', () => {
  it.each([['what is the default value of SetTimeToReboot?'], ['quelle valeur par défaut pour SetTimeToReboot ?']])(
    '"%s" is answered with 180 minutes',
    async (text) => {
      const r = await ask(text);
      expect(r.answer.kind).toBe('knowledge');
      expect(r.text).toMatch(/180 minutes/);
    },
  );
});

describe('a version past its end of servicing, asked plainly (LIFE-1, HP-OS-4 as updated)', () => {
  it.each([
    ['does 23H2 still get updates?'],
    ['is 23H2 still patched?'],
    ['our PCs are on 23H2, do we still get patches?'],
    ['la 23H2 reçoit-elle encore des mises à jour ?'],
  ])('"%s" → no updates at all, never a Yes', async (text) => {
    const r = await ask(text);
    expect(topicOf(r.answer)).toBe('past-end-of-servicing-no-updates');
    expect(r.text).not.toMatch(/^(Yes|Oui)\b/m);
  });

  it('"we\u2019re still on 23H2, do we need 24H2 for hotpatch?" still asks the upgrade, and is not told 23H2 keeps its monthly updates', async () => {
    const r = await ask('we’re still on 23H2, do we need 24H2 for hotpatch?');
    expect(topicOf(r.answer)).toBe('upgrade-to-24h2-first');
    expect(r.text).toMatch(/no longer serviced/);
    expect(r.text).not.toMatch(/23H2 or earlier and Windows 10 get standard monthly updates/);
  });
});

describe('a version and edition past their end of servicing, computed for today (LIFE-2)', () => {
  it.each([['is 24H2 Pro still getting security updates?'], ['la 24H2 Pro reçoit-elle encore les mises à jour ?']])(
    '"%s" is told it gets none, not that ineligible devices still get the LCU',
    async (text) => {
      const r = await ask(text);
      expect(topicOf(r.answer)).toBe('past-end-of-servicing-no-updates');
      expect(r.text).not.toMatch(/^(Yes|Oui)\b/m);
    },
  );

  it('24H2 Enterprise is still serviced: not told it gets no updates', async () => {
    expect(topicOf((await ask('is 24H2 Enterprise still getting security updates?')).answer)).not.toBe('past-end-of-servicing-no-updates');
  });
});

describe('second blind probe set: a declined errand with a device named, help asked casually', () => {
  it.each([['need the bitlocker recovery key for laptop LT-0423 asap user is locked out'], ['il me faut la clé de récupération bitlocker du poste PC-0042']])(
    '"%s" is a BitLocker errand: declined, not a device lookup',
    async (text) => {
      expect((await ask(text)).answer.kind).toBe('unknown');
    },
  );

  it('"look up LT-0423" is still a device lookup', async () => {
    expect((await ask('look up LT-0423')).question.intent).toBe('device-lookup');
  });

  it.each([['hey what kind of stuff can i ask u'], ['what topics can i ask you about?']])('"%s" asks for help', async (text) => {
    expect((await ask(text)).answer.kind).toBe('help');
  });

  it('"what kind of stuff breaks after an update?" is not a help request', async () => {
    expect((await ask('what kind of stuff breaks after an update?')).answer.kind).not.toBe('help');
  });
});

describe('tools and properties that name the bot’s subject', () => {
  it('« reagentc /getrecoverysettings ça sert à quoi ? » is QMR’s state check (reagentc names QMR, QMR-12)', async () => {
    const r = await ask('reagentc /getrecoverysettings ca sert a quoi ?');
    expect(topicOf(r.answer)).toBe('check-qmr-state');
  });

  it('Intune’s deviceGuardVirtualizationBasedSecurityState = 0 is the VBS numbers unit (0 = running)', async () => {
    const r = await ask('intune shows deviceGuardVirtualizationBasedSecurityState = 0 on a bunch of devices, bad??');
    expect(topicOf(r.answer)).toBe('vbs-numbers-confusion');
    expect(r.text).toMatch(/running = 0/);
  });
});

describe('a monthly update missed is a device behind the baseline (CAL-3)', () => {
  it.each([
    ['some PCs were off all of October so they missed the October update. what happens to them on Dec 8?'],
    ['des postes n’ont pas eu la mise à jour d’octobre, que se passe-t-il en décembre ?'],
    ['our kiosks skipped the cumulative update last month, what happens now?'],
  ])('"%s" → behind-baseline', async (text) => {
    expect(topicOf((await ask(text)).answer)).toBe('behind-baseline');
  });

  it('"what now?" names no day to check', async () => {
    expect((await ask('a laptop missed the January baseline, what now?')).answer.kind).not.toBe('date-check');
  });
});

describe('a need asked the other way round ("…without Intune?") gets no Yes that says it is needed', () => {
  it.each([['does hotpatch work without Intune?'], ['can we use hotpatch without Intune?']])('"%s": no Yes opener', async (text) => {
    const r = await ask(text);
    expect(r.text.split('\n').find((l, i) => i > 0 && l.trim())).not.toMatch(/^(Yes|Oui)\b/);
  });

  it('"Do I need Intune Plan 1 for hotpatch?" keeps its Yes', async () => {
    expect((await ask('Do I need Intune Plan 1 for hotpatch?')).text).toMatch(/^Yes:/m);
  });
});

describe('"fleet" naming the devices described is no fleet summary', () => {
  it.each([
    ['notre parc est en 24H2 Entreprise E3, on est bon pour le hotpatch ?'],
    ['we pushed 26H2 to our Enterprise E5 fleet last month. still fine for hotpatch?'],
  ])('"%s" is not answered with the inventory notice', async (text) => {
    const r = await ask(text);
    expect(r.question.intent).not.toBe('fleet-summary');
    expect(r.answer.kind).not.toBe('notice');
  });

  it.each([['how many of our fleet is eligible?'], ['quelle part de notre parc est éligible ?']])('"%s" still asks the fleet summary', async (text) => {
    expect((await ask(text)).question.intent).toBe('fleet-summary');
  });
});

describe('long messages: a version past its servicing, a .NET version', () => {
  it('a post about lab PCs on 23H2 Enterprise "still getting the normal monthly updates" is told servicing ended (LIFE-1)', async () => {
    const r = await ask(
      'Our inventory lists 140 lab PCs on Windows 11 Enterprise 23H2 that run an old measurement app. The app team says there is no hurry because 23H2 still receives the regular monthly security updates, just not hotpatch. Is that right in December 2026?',
    );
    expect(topicOf(r.answer)).toBe('past-end-of-servicing-no-updates');
    expect(r.text).toMatch(/10 November 2026/);
  });

  it('".NET Framework 3.5 and 4.8.1" is no third-party tool’s release number: not declined', async () => {
    const r = await ask(
      'Yesterday evening about twenty users had a forced restart. Update history shows only the cumulative update for .NET Framework 3.5 and 4.8.1 for Windows 11 installed yesterday, nothing else since the November hotpatch. Devices are Enterprise 24H2 with VBS running. Is that restart expected?',
    );
    expect(r.answer.kind).not.toBe('unknown');
  });
});

describe('long posts about neighbouring subjects named decisively are declined', () => {
  it.each([
    [
      'Since last week our software update point in ConfigMgr fails to sync with Microsoft Update, WCM.log shows a SOAP timeout. We still use it for servers while laptops moved to Autopatch with hotpatch. How do we repair the sync?',
    ],
    [
      'After the Monthly Enterprise Channel build of Microsoft 365 Apps, classic Outlook crashes for 60 users when opening PST files. Windows updates are fine, the November hotpatch is everywhere. How do I roll Office back?',
    ],
    [
      'New laptops sit on the enrollment status page for an hour and then fail with 0x800705b4, we think Windows updates during OOBE after Patch Tuesday are the cause. How can we lengthen the ESP timeout?',
    ],
    [
      'Depuis le Patch Tuesday, 150 postes n’installent plus les mises à jour de veille de sécurité Defender (KB2267602), code 0x80240022, alors que les hotpatchs passent. Comment forcer les signatures ?',
    ],
  ])('"%s" → declined', async (text) => {
    expect((await ask(text)).answer.kind).toBe('unknown');
  });

  it('"can hotpatch be delivered through WSUS?" stays a fact (HP-MGT-9)', async () => {
    expect((await ask('can hotpatch be delivered through WSUS?')).answer.kind).toBe('knowledge');
  });
});

describe('a Patch Tuesday told as released before its day (CAL-2, CAL-10), computed for today', () => {
  it('a news post about December 2026 updates "released" on 7 December is corrected: not released yet, on 8 December', async () => {
    const r = await ask(
      'Windows 11 December 2026 Patch Tuesday: KB5072033 & KB5071417 Update Released. Microsoft has rolled out its December 2026 Patch Tuesday updates, bringing two cumulative updates with security fixes and improvements for every supported version.',
    );
    expect(r.text).toMatch(/not released yet: December 2026's Patch Tuesday is 8 December 2026/);
  });
});

describe('a version told as still serviced after its end (LIFE-1/2/5), computed for today', () => {
  it('a post saying 23H2 keeps getting monthly updates is told it gets none since 10 November 2026', async () => {
    const r = await ask(
      'We still have 200 lab PCs on Windows 11 Enterprise 23H2. The app owner says there is no urgency because 23H2 just keeps getting the normal monthly updates with reboots. We plan to upgrade them next year.',
    );
    expect(r.text).toMatch(/Out of date: Windows 11 23H2 reached its end of servicing on 10 November 2026/);
  });
});

describe('a post that ends by asking what a subject is or how it works (ninth session)', () => {
  it.each([
    [
      'Notre DSI parle d’activer la fonctionnalité pour nos portables Entreprise 24H2 en x64 (Intel) l’an prochain.\nQu’est-ce que le hotpatch ?',
      'what-is-hotpatch',
    ],
    ['Our service desk got a ticket from a user on a 25H2 Enterprise laptop with an Arm processor. How does hotpatch work?', 'how-hotpatch-works'],
  ])('"%s" gets the definition or mechanism asked, not a unit its context words rank', async (text, unit) => {
    expect(topicOf((await ask(text)).answer)).toBe(unit);
  });

  it('context ending with a date question keeps the whole message (the next baseline is not a definition)', async () => {
    const r = await ask('We run Enterprise 24H2 with hotpatch on. What is the next baseline?');
    expect(topicOf(r.answer)).not.toBe('what-is-a-baseline');
  });
});

describe('Windows 10 still getting updates (LIFE-4, HP-OS-4)', () => {
  it.each([['is win 10 still getting patches?'], ['do our Windows 10 desktops still receive updates']])(
    '"%s" is answered: only with ESU, since the 14 October 2025 end of support',
    async (text) => {
      const r = await ask(text);
      expect(topicOf(r.answer)).toBe('windows-10-still-updated');
      expect(r.text).toMatch(
        /^Does Windows 10 still get updates\?\nOnly with Extended Security Updates \(ESU\): Windows 10 reached end of support on 14 October 2025/,
      );
    },
  );

  it('« les PC sous Windows 10 ont encore des mises à jour ? » is answered in French', async () => {
    const r = await ask('les PC sous Windows 10 ont encore des mises à jour ?');
    expect(r.text).toMatch(/Seulement avec les mises à jour de sécurité étendues \(ESU\)/);
  });

  it('"still" far from the updates in a long post does not make Windows 10 the subject', () => {
    expect(
      anchored(
        'Why is the following note still there? It lists Windows 10 among the unsupported versions and editions on this page, while the page is about something else entirely.',
      ),
    ).toBe(false);
  });

  it('Windows 10 ESU and the French name of hotpatch («\u00a0correctif à chaud\u00a0») asks about hotpatch, not about updates in general', async () => {
    const r = await ask('nos postes Windows 10 sous ESU vont-ils avoir le correctif à chaud ?');
    expect(topicOf(r.answer)).not.toBe('windows-10-still-updated');
  });
});

describe('questions asked without the products’ jargon (ninth session)', () => {
  it.each([
    ['has the january windows security update come out already?', /^Not yet: January 2027's security update comes on Patch Tuesday, 12 January 2027/m],
    ['la mise à jour de sécurité de novembre est sortie ?', /Oui : la mise à jour de sécurité de novembre 2026 est sortie le Patch Tuesday, 10 novembre 2026/],
  ])('"%s": the month’s update, computed for the month asked (CAL-2, CAL-10)', async (text, said) => {
    const r = await ask(text);
    expect(topicOf(r.answer)).toBe('month-update-out');
    expect(r.text).toMatch(said);
  });

  it.each([
    ['une préversion facultative est prévue fin décembre ?', 'december-optional-preview'],
    ['de combien de jours on peut différer les mises à jour qualité dans un anneau intune ?', 'ring-restart-settings'],
    ['nos postes redémarrent combien de fois par an pour les mises à jour de sécurité ?', 'restarts-saved-per-year'],
    ['le portable de compta démarre plus depuis la maj, on peut faire quoi à distance ?', 'what-is-qmr'],
    ['nos PC en 24H2 Pro sont encore couverts niveau sécu ?', 'past-end-of-servicing-no-updates'],
    ['how long will 25H2 keep getting fixes on Enterprise?', 'end-of-servicing-25h2'],
  ])('"%s" is the bot’s subject: %s', async (text, unit) => {
    expect(topicOf((await ask(text)).answer)).toBe(unit);
  });

  it.each([
    ['Since Patch Tuesday the cumulative update fails on 40 laptops with 0x800f081f and rolls back after the restart. Which component store repair fixes it?'],
    ['Depuis mardi la mise à jour cumulative échoue sur une quarantaine de postes avec 0x80073712, puis annule les modifications au redémarrage. Une idée ?'],
  ])('a Windows error code names the install-errors subject the register does not cover: "%s" → declined', async (text) => {
    expect((await ask(text)).answer.kind).toBe('unknown');
  });
});

describe('neighbours and identifiers (ninth session, forum-style questions)', () => {
  it('co-management’s Windows Update workload is the register’s (HP-MGT), though ConfigMgr is named', async () => {
    const r = await ask(
      'We are co-managed with ConfigMgr and Intune and the Windows Update workload still sits on SCCM for now. Will hotpatch work for those laptops?',
    );
    expect(topicOf(r.answer)).toBe('co-management-workload');
  });

  it('ConfigMgr’s own plumbing stays declined', async () => {
    const r = await ask('Our SCCM software update point stopped syncing after the December updates, wsyncmgr.log shows errors. How do we fix the sync?');
    expect(r.answer.kind).toBe('unknown');
  });

  it('a Graph property of the register (hardwareInformation) anchors a question that names no product', async () => {
    const r = await ask('listing managedDevices on beta with $select=hardwareInformation gives defaults for every device, is that a bug?');
    expect(r.answer.kind).toBe('knowledge');
    expect(r.text).toMatch(/single-device GET/);
  });

  it('the November 2025 reinstall loop is answered with its fix, KB5072753 (CAL-OOB-1)', async () => {
    const r = await ask('last november the hotpatch kept reinstalling on our 25H2 laptops, which update fixed that?');
    expect(topicOf(r.answer)).toBe('kb5072753-reinstall-loop');
    expect(r.text).toMatch(/KB5072753 \(20 November 2025/);
  });

  it('a SQL Server cumulative update in a post is another product’s update: declined', async () => {
    const r = await ask(
      'Our SQL Server 2019 cumulative update needs a service restart every month on the cluster. Can it be applied as a hotpatch like Windows?',
    );
    expect(r.answer.kind).toBe('unknown');
  });
});

describe('Windows 10 ESU: what the register says is answered, buying it is declined (LIFE-4)', () => {
  it('ESU devices stopping their monthly restarts now that hotpatch is on by default: answered (they never get hotpatch)', async () => {
    const r = await ask(
      'About 300 Windows 10 22H2 PCs are enrolled in Extended Security Updates for a legacy app and sit in Autopatch with the rest. Now that hotpatch is on by default, will they stop restarting every month too?',
    );
    expect(r.answer.kind).toBe('knowledge');
    expect(r.text).toMatch(/Windows 10 never gets hotpatch/);
  });

  it('until when organisations can buy ESU: answered, October 2028', async () => {
    const r = await ask(
      'Our CAD workstations stay on Windows 10 22H2 with ESU because the vendor will not certify Windows 11 before 2028. As a company, until when can we keep buying ESU for them?',
    );
    expect(r.text).toMatch(/October 2028/);
  });

  it('how to buy or activate ESU stays declined', async () => {
    const r = await ask(
      'We bought Windows 10 ESU year 2 through our CSP for 200 devices. How do we activate the ESU key on them, with slmgr or through Intune?',
    );
    expect(r.answer.kind).toBe('unknown');
  });
});

describe('a ring’s numbers with the update’s arrival asked (CAL-8)', () => {
  it.each([
    ['our broad ring defers quality updates by 10 days. when do those laptops get the december update?', /Offered on: Friday, 18 December 2026/],
    ['anneau pilote avec 5 jours de report, la maj de décembre arrive quand sur les postes ?', /Proposée le : dimanche 13 décembre 2026|13 décembre 2026/],
  ])('"%s" computes the day it is offered', async (text, offered) => {
    const r = await ask(text);
    expect(r.answer.kind).toBe('next-reboot');
    expect(r.text).toMatch(offered);
  });
});

describe('the truth of a claim asked (issue 11 item 6: the opener matches the predicate asked)', () => {
  it('a negative claim ("has no QMR") asked "true?" gets no Yes, which would agree with it', async () => {
    const r = await ask('A blog post says Business Premium PCs do not have Quick Machine Recovery. Is that true?');
    expect(r.answer.kind).toBe('knowledge');
    expect(r.text.split('\n')[1]).not.toMatch(/^(Yes|No)\b/);
  });

  it('a positive claim keeps the unit’s own answer: "hybrid-joined machines fall back to the LCU, true?" → No', async () => {
    const r = await ask('I read hybrid-joined machines fall back to the LCU, is that true for hotpatch?');
    expect(r.text.split('\n')[1]).toMatch(/^No, they are not excluded/);
  });

  it('a licence claim asked "is that true?" is answered, not turned into a device form', async () => {
    const r = await ask('my manager says hotpatch costs extra on E3, is that true?');
    expect(r.answer.kind).toBe('knowledge');
  });
});

describe('chat questions without the jargon, second blind set (ninth session)', () => {
  it.each([
    ['the it guy says we will never have to restart for windows updates again, true?', 'hotpatch-end-of-restarts'],
    ['on peut repousser les maj de combien de jours au maximum dans un anneau ?', 'ring-restart-settings'],
    ['le portable de Julie est en win11 pro 24h2, il reçoit encore les maj de sécu ?', 'past-end-of-servicing-no-updates'],
    ['mon collègue dit que windows 10 est plus supporté, vrai ?', 'windows-10-end-of-support-date'],
    ['will switching on QMR mean fewer reboots for updates?', 'qmr-vs-hotpatch'],
  ])('"%s" → %s', async (text, unit) => {
    expect(topicOf((await ask(text)).answer)).toBe(unit);
  });

  it('the products named by description reach the classifier too: "do we need to opt in for the no-restart updates?" is no next reboot', async () => {
    const r = await ask('do we need to opt in for the no-restart updates or are they on already?');
    expect(r.answer.kind).toBe('knowledge');
    expect(r.text).toMatch(/default/i);
  });

  it('"when will my iPhone get the new iOS update?" is another OS: declined', async () => {
    expect((await ask('when will my iphone get the new ios update?')).answer.kind).toBe('unknown');
  });
});

describe('a long post whose last question carries it (ninth session)', () => {
  it('context that reaches no unit, then a question about it: the question, with the products the post names, is answered', async () => {
    const r = await ask(
      'Our CAD application started crashing after the November update on about thirty workstations in the design office. All of them are enrolled in hotpatch through our Autopatch quality update policy. The vendor support told us to just roll it back because it is rebootless and users will not notice a thing. Can we uninstall it during the day without a restart?',
    );
    expect(r.answer.kind).toBe('knowledge');
    expect(r.text).toMatch(/restart/i);
  });

  it('a post about another subject whose last question shares no words with any unit stays unanswered', async () => {
    const r = await ask(
      'Our Thunderbolt docks lose external displays after resume since the Intel graphics driver came through Windows Update last week, on three hundred laptops in the sales team, all models from the same vendor. Rolling back in Device Manager works on one machine at a time. How do we roll the graphics driver back everywhere and block that version?',
    );
    expect(r.answer.kind).toBe('unknown');
  });
});

describe('the IT team named as the one asking is no hand-over', () => {
  it('« la DSI demande si on peut pousser les correctifs sans redémarrage via WSUS ? » is answered (HP-MGT-9)', async () => {
    const r = await ask('la DSI demande si on peut distribuer les mises à jour sans redémarrage par WSUS ?');
    expect(topicOf(r.answer)).toBe('hotpatch-wsus');
  });

  it('a hand-over asked in words stays one', async () => {
    expect((await ask('je voudrais parler à quelqu’un de la DSI pour le hotpatch')).answer.kind).toBe('notice');
  });
});

describe('another product’s update asked with a restart or a date', () => {
  it.each([['will the MacBooks in marketing restart for the new macOS update?'], ['la mise à jour de Teams arrive quand sur les postes ?']])(
    '"%s" is declined: the Windows calendar does not compute it',
    async (text) => {
      expect((await ask(text)).answer.kind).toBe('unknown');
    },
  );

  it('Windows named with Teams stays the Windows calendar’s', async () => {
    expect((await ask('Teams says my laptop will restart for the Windows update, when is the next reboot?')).answer.kind).not.toBe('unknown');
  });
});

describe('managing drivers is not the register’s (R-3 says only that drivers may restart a PC)', () => {
  it('a post asking to roll back and block a driver pushed by Windows Update is declined', async () => {
    const r = await ask(
      'Since last week the Realtek audio driver that Windows Update pushed through Autopatch breaks sound on our conference room PCs, about 60 of them. How do we roll back to the previous driver everywhere and block that version from coming back?',
    );
    expect(r.answer.kind).toBe('unknown');
  });

  it('"can a driver update restart a hotpatch PC?" stays answered', async () => {
    expect((await ask('can a driver update still restart a hotpatch PC in a no-restart month?')).answer.kind).toBe('knowledge');
  });
});
