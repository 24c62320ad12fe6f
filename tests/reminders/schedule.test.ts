import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { instantAt, nextOccurrence, occurrencesBetween, parseTime, parseWeekday } from '../../src/reminders/schedule';

const at = (iso: string) => new Date(iso);
const week = (from: string, rule: { day: number; time: string; timeZone: string }) =>
  occurrencesBetween(rule, at(from), new Date(at(from).getTime() + 7 * 86_400_000)).map((d) => d.toISOString());

describe('weekly occurrences across DST (the server zone never matters)', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  // Europe/Paris: CEST from 2026-03-29, CET from 2026-10-25. America/New_York: EDT from 2026-03-08, EST from 2026-11-01.
  it.each([
    ['Europe/Paris', '2026-03-23T00:00:00Z', '2026-03-23T08:00:00.000Z'],
    ['Europe/Paris', '2026-03-24T00:00:00Z', '2026-03-30T07:00:00.000Z'],
    ['Europe/Paris', '2026-10-20T00:00:00Z', '2026-10-26T08:00:00.000Z'],
    ['Europe/Paris', '2026-10-13T00:00:00Z', '2026-10-19T07:00:00.000Z'],
    ['America/New_York', '2026-03-01T00:00:00Z', '2026-03-02T14:00:00.000Z'],
    ['America/New_York', '2026-03-03T00:00:00Z', '2026-03-09T13:00:00.000Z'],
    ['America/New_York', '2026-10-20T00:00:00Z', '2026-10-26T13:00:00.000Z'],
    ['America/New_York', '2026-10-27T00:00:00Z', '2026-11-02T14:00:00.000Z'],
  ])('%s, Mondays 09:00, from %s → %s, whatever the server zone', (timeZone, from, expected) => {
    for (const serverTz of ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Kolkata']) {
      process.env.TZ = serverTz;
      expect(week(from, { day: 1, time: '09:00', timeZone })).toEqual([expected]);
    }
  });

  it('a subscriber in Tokyo gets Monday 09:00 Tokyo time (= Sunday 00:00 UTC), not the server\'s Monday', () => {
    process.env.TZ = 'Europe/Paris';
    expect(week('2026-11-28T12:00:00Z', { day: 1, time: '09:00', timeZone: 'Asia/Tokyo' })).toEqual(['2026-11-30T00:00:00.000Z']);
    expect(week('2026-11-28T12:00:00Z', { day: 7, time: '23:30', timeZone: 'Pacific/Honolulu' })).toEqual(['2026-11-30T09:30:00.000Z']);
  });

  it('pins DST edge cases: a nonexistent time moves forward, an ambiguous one is the later instant', () => {
    expect(instantAt('2026-03-29', '02:30', 'Europe/Paris').toISOString()).toBe('2026-03-29T01:30:00.000Z'); // 03:30 CEST
    expect(instantAt('2026-10-25', '02:30', 'Europe/Paris').toISOString()).toBe('2026-10-25T01:30:00.000Z'); // 02:30 CET
    expect(instantAt('2026-03-08', '02:30', 'America/New_York').toISOString()).toBe('2026-03-08T07:30:00.000Z'); // 03:30 EDT
  });

  it('property: any 7-day window holds exactly one occurrence, on the right local weekday and time', () => {
    const zones = ['Europe/Paris', 'America/New_York', 'Asia/Tokyo', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/Sao_Paulo', 'UTC'];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2030, 0, 1) }),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 0, max: 23 }),
        fc.constantFrom(0, 15, 30, 45),
        fc.constantFrom(...zones),
        (fromMs, day, h, m, timeZone) => {
          const time = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
          const rule = { day, time, timeZone };
          const found = occurrencesBetween(rule, new Date(fromMs), new Date(fromMs + 7 * 86_400_000));
          expect(found).toHaveLength(1);
          const parts = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(found[0]!);
          const get = (t: string) => parts.find((p) => p.type === t)!.value;
          const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(get('weekday')) + 1;
          // Outside DST gaps the local wall clock shows exactly the rule; inside a gap, the same day later.
          expect(weekday).toBe(day);
          if (`${get('hour')}:${get('minute')}` !== time) expect(`${get('hour')}:${get('minute')}` > time).toBe(true);
          expect(nextOccurrence(rule, new Date(fromMs)).getTime()).toBe(found[0]!.getTime());
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('parsing day and time', () => {
  it.each([
    ['mon', 1], ['Monday', 1], ['lundi', 1], ['sun', 7], ['dimanche', 7], ['mer', 3], ['3', 3], ['xyz', undefined], ['8', undefined],
  ])('%s → %s', (s, d) => expect(parseWeekday(s)).toBe(d));
  it.each([
    ['9:00', '09:00'], ['09:00', '09:00'], ['9h', '09:00'], ['9h30', '09:30'], ['23:59', '23:59'], ['24:00', undefined], ['9:60', undefined], ['nine', undefined],
  ])('%s → %s', (s, t) => expect(parseTime(s)).toBe(t));
});
