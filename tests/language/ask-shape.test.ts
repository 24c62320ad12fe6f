import { describe, expect, it } from 'vitest';
import {
  asksRequirement,
  CHANGE_ASKED,
  DID_ASKED,
  HOW_ASKED,
  HYPOTHETICAL,
  NEED_ASKED,
  OTHER_UPDATE,
  OWN_DEVICE,
  RESTART_FREE,
  TOLD_INELIGIBLE,
  WHY_ASKED,
  WITHOUT_ASKED,
  WHY_NOT,
} from '../../src/language/ask-shape';
import { asksOpenQuestion } from '../../src/language/statement';
import { foldText } from '../../src/language';

/** What a question asks, on phrasings written for this test: each shape is recognised, and a neighbouring shape is not. */
const f = (t: string) => foldText(t);

describe('the shape of what a question asks', () => {
  it.each([
    ['why didn’t my laptop get the hotpatch?', true],
    ["mon poste n'a pas eu le hotpatch ce mois-ci, pourquoi ?", true],
    ['pourquoi mon PC n’a pas reçu la mise à jour ?', true],
    ['why did my laptop restart?', false],
  ])('WHY_NOT "%s" → %s', (text, expected) => expect(WHY_NOT.test(f(text))).toBe(expected));

  it.each([
    ['can we postpone the April reboot?', true],
    ['peut-on repousser le redémarrage de janvier ?', true],
    ['when will my PC restart in April?', false],
  ])('CHANGE_ASKED "%s" → %s', (text, expected) => expect(CHANGE_ASKED.test(f(text))).toBe(expected));

  it.each([
    ['do .NET updates restart the PC?', true],
    ['les pilotes redémarrent-ils le poste ?', true],
    ['does the monthly security update restart the PC?', false],
    ['is asp.net affected?', false],
  ])('OTHER_UPDATE "%s" → %s', (text, expected) => expect(OTHER_UPDATE.test(f(text))).toBe(expected));

  it.each([
    ['do I need E5 for hotpatch?', true],
    ['faut-il VBS pour le hotpatch ?', true],
    ['is a device eligible if it needs a restart?', false],
    ['does it have to be Intune?', true],
    ['le hotpatch doit-il passer par Intune ?', true],
  ])('asksRequirement "%s" → %s', (text, expected) => expect(asksRequirement(f(text))).toBe(expected));

  it.each([
    ['the report shows them as not eligible, what did we miss?', true],
    ['nos postes sont non éligibles, pourquoi ?', true],
    ['is my laptop eligible?', false],
  ])('TOLD_INELIGIBLE "%s" → %s', (text, expected) => expect(TOLD_INELIGIBLE.test(f(text))).toBe(expected));

  it.each([
    ['does a hotpatch carry all the fixes or only some of them?', true],
    ['les hotpatchs contiennent-ils tout ou seulement une partie des correctifs ?', true],
    ['is HVCI needed for hotpatching or only VBS?', false],
  ])('how much is asked, not a yes/no: "%s" → %s', (text, expected) => expect(asksOpenQuestion(text)).toBe(expected));

  it.each([
    ['did we reboot last month?', true],
    ['a-t-on redémarré en octobre ?', true],
    ['y a-t-il eu un redémarrage en juillet ?', true],
    ['do we reboot next month?', false],
  ])('DID_ASKED "%s" → %s', (text, expected) => expect(DID_ASKED.test(f(text))).toBe(expected));

  it('a why, and a restart asked away', () => {
    expect(WHY_ASKED.test(f('how come my PC rebooted?'))).toBe(true);
    expect(WHY_ASKED.test(f('did my PC reboot?'))).toBe(false);
    expect(RESTART_FREE.test(f('do ESU updates install without a restart?'))).toBe(true);
    expect(RESTART_FREE.test(f('les mises à jour s’installent-elles sans redémarrage ?'))).toBe(true);
    expect(RESTART_FREE.test(f('do ESU devices still reboot every month?'))).toBe(false);
  });

  it('a consequence, a "how", the asker’s own device', () => {
    expect(HYPOTHETICAL.test(f('what happens if a device misses the January baseline?'))).toBe(true);
    expect(HYPOTHETICAL.test(f('when is the January baseline?'))).toBe(false);
    expect(HOW_ASKED.test(f('how does the grace period affect restarts?'))).toBe(true);
    expect(HOW_ASKED.test(f('when does the grace period end?'))).toBe(false);
    expect(OWN_DEVICE.test(f('is my laptop eligible?'))).toBe(true);
    expect(OWN_DEVICE.test(f('can Arm PCs get hotpatch?'))).toBe(false);
  });
});

describe('NEED_ASKED / WITHOUT_ASKED: a need, and the same thing asked the other way round', () => {
  it.each([
    ['do i need intune plan 1 for hotpatch?', true, false],
    ['faut-il intune pour le hotpatch ?', true, false],
    ['does hotpatch work without intune?', false, true],
    ['le hotpatch marche-t-il sans intune ?', false, true],
    ['what is hotpatch?', false, false],
  ])('"%s" → need %s, without %s', (folded, need, without) => {
    expect(NEED_ASKED.test(folded)).toBe(need);
    expect(WITHOUT_ASKED.test(folded)).toBe(without);
  });
});
