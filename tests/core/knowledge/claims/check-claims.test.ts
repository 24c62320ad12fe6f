import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CLAIM_CHECKS, checkClaims, MAX_CLAIMS, sentencesOf } from '../../../../src/core/knowledge/claims';
import { getUnit } from '../../../../src/core/knowledge/units';
import { uncertainFactIds } from '../../../../src/core/facts/register';
import { factIdsInFile, register, registerUrls } from '../facts-file';

/**
 * Claim checks (issue 11, session 5): claims the press and forums repeat that the register contradicts. The
 * phrasings are written for these tests (not taken from tests/questions/real): each check recognises its claim
 * in both languages, and leaves alone the sentences that say the correction, tell the past as past, ask a
 * question, or make the claim about something else.
 */
const ids = (text: string) => checkClaims(text).map((f) => f.check.id);

describe('each claim is recognised, in English and French', () => {
  it.each([
    ['hotpatch-in-preview', 'Hotpatch for Windows 11 is still a technical preview that only a few tenants can try.'],
    ['hotpatch-in-preview', 'Le hotpatch reste en préversion publique pour Windows 11 Entreprise.'],
    ['hotpatch-on-old-versions', 'Hotpatch is now available on Windows 11 23H2 devices managed by Intune.'],
    ['hotpatch-on-old-versions', 'Le hotpatch est désormais disponible pour les postes Windows 10 gérés par Intune.'],
    ['hotpatch-x64-only', 'Hotpatch works only on x64 processors from Intel and AMD.'],
    ['hotpatch-x64-only', 'Les PC Snapdragon sous Arm64 ne sont pas pris en charge par le hotpatch.'],
    ['hotpatch-opt-in', 'Hotpatch is opt-in, so nothing happens until you create a policy.'],
    ['hotpatch-opt-in', "Pour recevoir les hotpatchs, l'administrateur doit d'abord les activer dans Intune."],
    ['server-hotpatch-paid', 'Hotpatching Windows Server 2025 through Azure Arc costs $1.50 per core every month.'],
    ['server-hotpatch-paid', 'Le hotpatch de Windows Server 2025 via Arc est facturé 1,50 USD par cœur et par mois.'],
    ['hotpatch-extra-licence', 'Hotpatch requires an additional licence on top of Windows Enterprise.'],
    ['hotpatch-extra-licence', 'Le hotpatch exige une licence supplémentaire en plus de Windows Entreprise.'],
    ['no-more-restarts', 'With hotpatch, Windows PCs never have to restart for updates again.'],
    ['no-more-restarts', 'Avec le hotpatch, les PC ne redémarrent plus jamais pour les mises à jour.'],
    ['automatic-rollback', 'Hotpatch rolls back automatically when an update causes trouble.'],
    ['automatic-rollback', 'Le hotpatch prévoit une restauration automatique en cas de problème.'],
    ['hybrid-join-excluded', 'Hybrid joined devices are not supported by hotpatch.'],
    ['hybrid-join-excluded', 'Les appareils joints hybrides ne sont pas pris en charge par le hotpatch.'],
    ['qmr-insider-only', 'Quick Machine Recovery is only available to Windows Insiders in the Beta channel.'],
    ['qmr-insider-only', 'Microsoft teste la récupération rapide de la machine auprès des Insiders.'],
    ['hotpatch-adds-features', 'Each hotpatch also brings new features to Windows 11.'],
    ['hotpatch-adds-features', 'Chaque hotpatch apporte aussi de nouvelles fonctionnalités à Windows 11.'],
    ['restart-free-for-everyone', 'Windows 11 now installs security updates without requiring a restart.'],
    ['restart-free-for-everyone', 'Windows 11 installe maintenant les mises à jour de sécurité sans redémarrage.'],
    ['hotpatch-as-of-old-year', 'As of 2024, hotpatch is available only for Windows Server 2022 Azure Edition.'],
    ['hotpatch-in-preview', 'Microsoft is testing hotpatch on Windows 11 Enterprise PCs.'],
    ['hotpatch-in-preview', 'Le hotpatch arrive bientôt sur Windows 11 Entreprise.'],
    ['qmr-insider-only', 'Quick Machine Recovery is coming to Windows 11 later this year.'],
    ['server-hotpatch-paid', 'Microsoft announced the pricing of hotpatch for Windows Server 2025 on Arc.'],
    ['hotpatch-extra-licence', 'Autopatch is a premium add-on licence you have to buy.'],
    ['hotpatch-on-pro-home', 'Hotpatch is now available on Windows 11 Pro as well.'],
    ['hotpatch-on-pro-home', 'Le hotpatch est disponible sur Windows 11 Professionnel.'],
    ['pcs-need-azure-arc', 'To get hotpatch, Windows 11 PCs must be connected to Azure Arc.'],
    ['pcs-need-azure-arc', 'Pour le hotpatch, les postes Windows 11 doivent être inscrits dans Azure Arc.'],
    ['hotpatch-through-wsus', 'You can deploy hotpatch updates through WSUS like any other update.'],
    ['hotpatch-through-wsus', 'Les hotpatchs peuvent être distribués avec WSUS comme les autres mises à jour.'],
    ['default-on-for-every-pc', 'Hotpatch is now on by default for every Windows 11 PC.'],
    ['default-on-for-every-pc', 'Le hotpatch est désormais activé par défaut sur tous les PC Windows 11.'],
    ['hotpatch-cannot-opt-out', 'Since May, hotpatch is forced on and admins cannot turn it off.'],
    ['hotpatch-server-only', 'Hotpatch is only for Windows Server on Azure, so it does not concern us.'],
    ['hotpatch-x64-only', 'Hotpatch requires Windows 11 Enterprise 24H2, x64 CPUs, Intune management and VBS enabled.'],
    ['automatic-rollback', 'Hotpatch has a rollback mechanism that reverts the patch automatically if issues are detected.'],
    ['no-more-restarts', 'Hotpatch is eliminating the most disruptive part of patching: the reboot.'],
    ['hotpatch-as-of-old-year', 'Hotpatch for Windows 11: Q3 2023 preview for select customers, Q1 2024 general availability.'],
    ['hotpatch-server-only', 'Le hotpatch est réservé aux serveurs Azure.'],
    ['copilot-plus-only', 'Hotpatch only works on Copilot+ PCs.'],
    ['copilot-plus-only', 'Le hotpatch est réservé aux PC Copilot+.'],
    ['hotpatch-needs-25h2', 'Hotpatch requires Windows 11 25H2 on every device.'],
    ['hotpatch-needs-25h2', 'Le hotpatch exige Windows 11 25H2.'],
    ['hotpatch-cannot-opt-out', 'Le hotpatch est activé par défaut, qu’on le veuille ou non.'],
    ['automatic-rollback', 'Hotpatch offers a rollback when problems are detected.'],
    ['automatic-rollback', 'Le hotpatch prend en charge la restauration en cas d’échec.'],
    ['no-more-restarts', 'Thanks to hotpatch, patching no longer means downtime for our users.'],
    ['no-more-restarts', 'Grâce au hotpatch, appliquer des correctifs ne signifie plus des interruptions de service.'],
    ['every-update-restarts', 'Every Windows update demands a full restart before it takes effect.'],
    ['every-update-restarts', 'Les mises à jour de Windows imposent un redémarrage pour s’appliquer.'],
  ])('%s ← "%s"', (id, text) => {
    expect(ids(text)).toContain(id);
  });
});

describe('what is not a claim to correct', () => {
  it.each([
    // the correction already said, or the past told as past
    ['Hotpatch was in preview until April 2025, when it became generally available.'],
    ['Le hotpatch était en préversion jusqu’en avril 2025.'],
    ['Since the May 2026 update hotpatch is on by default; admins can still opt out.'],
    ['Hotpatch needs 24H2 or later; devices on 23H2 keep getting the standard cumulative update.'],
    ['Le hotpatch ne fonctionne pas sous Windows 10.'],
    ['Arm64 devices need CHPE disabled before hotpatch is offered.'],
    ['There is no automatic rollback: you have to uninstall the hotpatch and restart.'],
    ['Arc hotpatch for Server 2025 was paid until May 2026 and is now free.'],
    ['Hotpatch skips the restart in most months, but the quarterly baseline still reboots.'],
    ['Quick Machine Recovery ships with every Windows 11 24H2 device since August 2025.'],
    // questions are answered, not corrected
    ['Is hotpatch still in preview?'],
    ['Le hotpatch est-il payant pour Windows Server 2025 ?'],
    // the claim is about something else
    ['You must enable VBS before hotpatch can be offered.'],
    ['Pro and Enterprise have cloud remediation off by default, so admins must turn QMR on.'],
    ['The optional preview update in the fourth week is never a hotpatch.'],
    ['Hotpatches install security fixes without requiring a restart.'],
    ['See https://example.com/hotpatch-preview-beta for the hotpatch notes.'],
    ['We are testing hotpatch in a pilot ring before the rollout.'],
    ['Hotpatch is not available on Windows 11 Pro or Home.'],
    ['A Pro PC steps up to Enterprise through subscription activation and then gets hotpatch.'],
    ['Windows Server 2025 Standard needs Azure Arc for hotpatch.'],
    ['Hotpatch cannot be delivered through WSUS.'],
    ['Driver updates may require a restart even in a hotpatch month.'],
    ['Some updates still need a reboot, but not the monthly security update on hotpatch devices.'],
    ['Our two third-party patches require a reboot in the same job.'],
    ['Hotpatch is on by default for eligible devices managed by Intune.'],
    ['The next hotpatch will be available on Patch Tuesday in February.'],
    ['Hotpatch is on by default, but admins can opt out for the whole tenant.'],
    ['You cannot disable VBS once hotpatch is enrolled.'],
    ['Hotpatch is only for Windows Server and Windows 11 Enterprise.'],
    ['Copilot+ PCs are not required for hotpatch.'],
    ['For Windows Server 2025 on Arc you must enable hotpatch in the Azure portal.'],
    ['We cannot disable hotpatching on our Azure VMs with this template.'],
    ['Hotpatch requires Windows 11 24H2 or 25H2.'],
    ['Hotpatch requires x64 CPUs, or Arm64 with CHPE disabled.'],
    ['Roadmap: Q1 2024 general availability of the new Teams client.'],
  ])('"%s"', (text) => {
    expect(ids(text)).toEqual([]);
  });
});

describe('the evaluator', () => {
  it('finds each claim once, in catalogue order, at most MAX_CLAIMS', () => {
    const post =
      'Hotpatch is still in technical preview. It only runs on x64 processors only. The admin must first enable hotpatch with a policy. Hotpatch also brings new features.';
    const found = ids(post);
    expect(found).toHaveLength(MAX_CLAIMS);
    const order = CLAIM_CHECKS.map((c) => c.id);
    expect([...found].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(found);
    expect(found[0]).toBe('hotpatch-in-preview');
  });

  it('quotes the sentence that made the claim, as written', () => {
    const [f] = checkClaims('We tested it last week. Hotpatch is still a preview feature for Windows 11.');
    expect(f?.sentence).toBe('Hotpatch is still a preview feature for Windows 11.');
  });

  it('splits sentences at . ! ? line breaks and bullets, never inside a word', () => {
    expect(sentencesOf('One. Two!\nThree • Four\n- Five')).toEqual(['One.', 'Two!', 'Three', 'Four', 'Five']);
  });

  it('a message whose every sentence is a question never gets a correction (property)', () => {
    const claims = [
      'hotpatch is still a technical preview',
      'hotpatch is opt-in',
      'Hotpatch requires an additional licence',
      'le hotpatch reste en préversion',
      'Quick Machine Recovery is only for Windows Insiders',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...claims), { minLength: 1, maxLength: 4 }), (parts) => {
        expect(checkClaims(parts.map((p) => `${p}?`).join(' '))).toEqual([]);
      }),
    );
  });
});

describe('the catalogue', () => {
  const factIds = factIdsInFile();
  it.each(CLAIM_CHECKS.map((c) => [c.id, c] as const))('%s: bilingual, no yes/no opener, a unit, certain facts and register sources', (_id, c) => {
    for (const loc of ['en', 'fr'] as const) {
      expect(c.correction[loc].length).toBeGreaterThan(40);
      // The verdict word opens the line ("Out of date: …"): the correction itself opens with no yes/no.
      expect(c.correction[loc]).not.toMatch(/^(yes|no|oui|non)\b/i);
    }
    expect(getUnit(c.unit), c.unit).toBeDefined();
    expect(c.factIds.length).toBeGreaterThan(0);
    for (const id of c.factIds) expect(factIds.has(id), id).toBe(true);
    // A correction says a fact flatly: it may rest on no uncertain fact (those need a hedge).
    expect(uncertainFactIds(c.factIds, register)).toEqual([]);
    expect(c.sources.length).toBeGreaterThan(0);
    for (const s of c.sources) expect(registerUrls.has(s.url.replace(/\/$/, '')), s.url).toBe(true);
  });

  it('has unique ids', () => {
    expect(new Set(CLAIM_CHECKS.map((c) => c.id)).size).toBe(CLAIM_CHECKS.length);
  });
});
