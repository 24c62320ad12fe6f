import { describe, expect, it } from 'vitest';
import { answerNextReboot, cyclesFor } from '../../src/answers/next-reboot-answer';
import { answerEligibility } from '../../src/answers/eligibility-answer';
import { answerCalendar } from '../../src/answers/calendar-answer';
import { evaluate } from '../../src/core/eligibility/evaluate';
import { loadReleaseData } from '../../src/data/load-release-data';
import type { AnswerDeps, AnswerInput } from '../../src/answers/deps';
import type { Question } from '../../src/language/types';

const deps: AnswerDeps = {
  releases: loadReleaseData(),
  ringPolicy: { deferralDays: 0, deadlineDays: 0, graceDays: 0 },
  canEscalate: false,
  minConfidence: 0.5,
};
const today = '2026-11-25';

function input(intent: Question['intent'], slots: Question['slots'] = {}, extra: Partial<AnswerInput> = {}): AnswerInput {
  return { question: { intent, slots, confidence: 0.9, locale: 'en', text: '' }, today, timeZone: 'Europe/Paris', ...extra };
}

describe('next-reboot answer', () => {
  it('TC-17: an eligible device restarts at the January 2027 baseline', () => {
    const a = answerNextReboot(
      input('next-reboot', { device: { edition: 'enterprise', osVersion: '24H2', architecture: 'x64', vbs: 'running', licenses: ['e3'] } }),
      deps,
    );
    expect(a.scenarios.map((s) => s.cycle)).toEqual(['eligible']);
    expect(a.scenarios[0]!.reboot.releaseDate).toBe('2027-01-12');
    expect(a.scenarios[0]!.reboot.releaseKind).toBe('baseline');
  });

  it('an ineligible device restarts on the next Patch Tuesday (HP-INEL-1)', () => {
    const a = answerNextReboot(input('next-reboot', { device: { edition: 'pro', osVersion: '24H2' } }), deps);
    expect(a.scenarios.map((s) => s.cycle)).toEqual(['not-eligible']);
    expect(a.scenarios[0]!.reboot.releaseDate).toBe('2026-12-08');
  });

  it('TC-14: behind its baseline only → restarts at the next release (CAL-3)', () => {
    const v = evaluate({ edition: 'enterprise', osVersion: '24H2', architecture: 'x64', vbs: 'running', licenses: ['e3'], onLatestBaseline: false }, { today });
    expect(cyclesFor(v)).toEqual(['behind-baseline']);
  });

  it('unknown eligibility gives both scenarios, earliest first to see', () => {
    const a = answerNextReboot(input('next-reboot'), deps);
    expect(a.scenarios.map((s) => [s.cycle, s.reboot.releaseDate])).toEqual([
      ['eligible', '2027-01-12'],
      ['not-eligible', '2026-12-08'],
    ]);
  });

  it('the ring policy moves the dates (CAL-8)', () => {
    const a = answerNextReboot(input('next-reboot', { device: { edition: 'pro' } }), {
      ...deps,
      ringPolicy: { deferralDays: 7, deadlineDays: 3, graceDays: 2 },
    });
    const r = a.scenarios[0]!.reboot;
    expect([r.releaseDate, r.offeredOn, r.restartBy, r.latestRestart]).toEqual(['2026-12-08', '2026-12-15', '2026-12-18', '2026-12-20']);
  });
});

describe('eligibility answer', () => {
  it('"Pro 23H2 x64 eligible?" gets a verdict, not a form', () => {
    const a = answerEligibility(input('eligibility', { device: { edition: 'pro', osVersion: '23H2', architecture: 'x64' } }), deps);
    expect(a.kind).toBe('eligibility');
  });

  it('"am I eligible?" with no facts gets the form, pre-filled with what the text gave', () => {
    const a = answerEligibility(input('eligibility', { device: { architecture: 'arm64' } }), deps);
    expect(a.kind).toBe('device-form');
    if (a.kind === 'device-form') {
      expect(a.prefill.architecture).toBe('arm64');
      expect(a.missing).toEqual(expect.arrayContaining(['edition', 'osVersion', 'vbs', 'licenses']));
    }
  });

  it('a form submit always gets a verdict, and its values win over the text', () => {
    const a = answerEligibility(input('eligibility', { device: { edition: 'pro' } }, { device: { edition: 'enterprise' } }), deps);
    expect(a.kind).toBe('eligibility');
    if (a.kind === 'eligibility') expect(a.device.edition).toBe('enterprise');
  });

  it('invalid submitted values are dropped, valid ones kept', () => {
    const a = answerEligibility(input('eligibility', {}, { device: { edition: 'enterprise', vbs: 'sometimes' as never } }), deps);
    expect(a.kind).toBe('eligibility');
    if (a.kind === 'eligibility') {
      expect(a.device.edition).toBe('enterprise');
      expect(a.device.vbs).toBeUndefined();
    }
  });
});

describe('calendar answer', () => {
  it('TC-15: 14 April 2026 is Patch Tuesday in a baseline month', () => {
    const a = answerCalendar(input('calendar', { date: '2026-04-14' }), deps);
    expect(a.kind).toBe('date-check');
    if (a.kind === 'date-check') {
      expect(a.isPatchTuesday).toBe(true);
      expect(a.month.kind).toBe('baseline');
      expect(a.month.restart).toBe(true);
    }
  });

  it('TC-19: 1 December 2026 is not Patch Tuesday; 8 December is', () => {
    const a = answerCalendar(input('calendar', { date: '2026-12-01' }), deps);
    if (a.kind !== 'date-check') throw new Error(a.kind);
    expect(a.isPatchTuesday).toBe(false);
    expect(a.month.patchTuesday).toBe('2026-12-08');
  });

  it('a quarter lists its three months', () => {
    const a = answerCalendar(input('calendar', { period: { from: '2027-07-01', to: '2027-09-30', label: 'Q3' } }), deps);
    if (a.kind !== 'calendar') throw new Error(a.kind);
    expect(a.months.map((m) => [m.month, m.kind])).toEqual([
      ['2027-07', 'baseline'],
      ['2027-08', 'hotpatch'],
      ['2027-09', 'hotpatch'],
    ]);
  });

  it('June 2026 carries its uncertainty (CAL-REL-2)', () => {
    const a = answerCalendar(input('calendar', { month: '2026-06' }), deps);
    if (a.kind !== 'calendar') throw new Error(a.kind);
    expect(a.months[0]!.restart).toBe(true);
    expect(a.months[0]!.certainty).toBe('uncertain');
  });
});

describe('calendar answer without a date', () => {
  it('starts at the next Patch Tuesday still ahead (8 December 2026 when asked on 25 November)', () => {
    const a = answerCalendar(input('calendar'), deps);
    if (a.kind !== 'calendar') throw new Error(a.kind);
    expect(a.months[0]!.patchTuesday).toBe('2026-12-08');
    expect(a.months).toHaveLength(6);
  });

  it('keeps the current month on or before its Patch Tuesday', () => {
    const a = answerCalendar({ ...input('calendar'), today: '2026-12-08' }, deps);
    if (a.kind !== 'calendar') throw new Error(a.kind);
    expect(a.months[0]!.month).toBe('2026-12');
  });
});
