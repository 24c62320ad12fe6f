import { describe, expect, it } from 'vitest';
import { productNamesSaid } from '../../src/language/product-names';
import { anchored, productsNamed } from '../../src/answers/retrieve';
import { foldText } from '../../src/language';

// People who don't know the products' names describe them (HP-1: security updates without a restart; QMR-1: a PC that no
// longer starts repaired from WinRE): those descriptions are the products to retrieval, its product signals and its anchor.
describe('the products’ descriptive names', () => {
  it.each([
    ['are reboot-free updates included in E3?', 'hotpatch'],
    ['do the no-restart security updates work on Arm?', 'hotpatch'],
    ['security updates without a reboot on our Dell fleet?', 'hotpatch'],
    ['les maj de sécu sans redémarrage marchent sur nos portables ?', 'hotpatch'],
    ['le sans-redémarrage est activé chez nous ?', 'hotpatch'],
    ['is the cloud boot repair thing on by default?', 'qmr'],
    ['does the startup recovery feature need wifi?', 'qmr'],
    ['la réparation automatique au démarrage, on l’active comment ?', 'qmr'],
    ['le pc peut se réparer tout seul maintenant ?', 'qmr'],
    ['how do we test the cloud recovery on a spare laptop?', 'qmr'],
    ['is the tool that fixes PCs that won’t boot on by default?', 'qmr'],
    ['où on active le truc qui répare les postes qui démarrent plus ?', 'qmr'],
    ['la récup cloud est activée sur nos postes ?', 'qmr'],
    ['did my laptop get the fix without the reboot last month?', 'hotpatch'],
    ['peut-on appliquer les mises à jour de sécurité « à chaud » sur Windows 10 ?', 'hotpatch'],
  ] as const)('"%s" names %s', (text, product) => {
    const folded = productNamesSaid(foldText(text));
    expect(productsNamed(folded).has(product)).toBe(true);
    expect(anchored(text)).toBe(true);
  });

  it.each([
    ['why did my PC restart without warning last night?'],
    ['startup repair could not repair your PC, what now?'],
    ['la mise à jour a été installée sans problème'],
  ])('"%s" names neither: a restart without a product, Windows’ own Startup Repair', (text) => {
    expect(productNamesSaid(foldText(text))).toBe(foldText(text));
  });
});
