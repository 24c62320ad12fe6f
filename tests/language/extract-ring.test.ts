import { describe, expect, it } from 'vitest';
import { extractRing } from '../../src/language/extract-ring';
import { foldText, understand } from '../../src/language';

describe('extractRing: update-ring numbers said in a question (CAL-8 bounds)', () => {
  it.each<[string, Record<string, number> | undefined]>([
    ['our ring has a 7 day deferral and a 2-day deadline', { deferralDays: 7, deadlineDays: 2 }],
    ['deferral of 10 days, deadline is 5 days, grace period of 1 day', { deferralDays: 10, deadlineDays: 5, graceDays: 1 }],
    ['report de 7 jours et échéance de 3 jours', { deferralDays: 7, deadlineDays: 3 }],
    ['2 jours de grâce', { graceDays: 2 }],
    // Out of the Intune bounds (grace 0–7): not a ring setting.
    ['a 14 day grace period', undefined],
    ['when is the next reboot?', undefined],
    ['in 7 days', undefined],
  ])('%j → %j', (text, want) => {
    expect(extractRing(foldText(text)).ring).toEqual(want);
  });

  it('the ring’s numbers are not read as a date ("a 7 day deferral" is not in 7 days)', () => {
    const q = understand({ text: 'our ring has a 7 day deferral, when will devices restart?', today: '2026-12-07' });
    expect(q.slots.ring).toEqual({ deferralDays: 7 });
    expect(q.slots.date).toBeUndefined();
  });
});

describe('chat abbreviations of the ring’s days', () => {
  it.each([
    ['anneau avec report 3j + echeance 2j', { deferralDays: 3, deadlineDays: 2 }],
    ['anneau broad a 10j de report', { deferralDays: 10 }],
    ['ring with 7d deferral and 2d deadline', { deferralDays: 7, deadlineDays: 2 }],
  ])('"%s" → %o', (text, ring) => {
    expect(extractRing(foldText(text)).ring).toEqual(ring);
  });

  it('"j" or "d" alone after a number that no ring word follows is no setting', () => {
    expect(extractRing(foldText('on a 3j de congés, et 2d printers')).ring).toBeUndefined();
  });
});
