import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/language/clean-text';
import { extractReminder } from '../../src/language/extract-reminder';
import type { ReminderSlots } from '../../src/language/types';

describe('extractReminder', () => {
  it.each<[string, ReminderSlots | undefined]>([
    ['every Monday at 9:00', { day: 1, time: '09:00' }],
    ['chaque lundi à 9h', { day: 1, time: '09:00' }],
    ['à 8h30', { time: '08:30' }],
    ['at 9am', { time: '09:00' }],
    ['at 12am', { time: '00:00' }],
    ['fridays at 4 pm', { day: 5, time: '16:00' }],
    ['le mardi 14h30', { day: 2, time: '14:30' }],
    ['dimanche à 18 h', { day: 7, time: '18:00' }],
    ['Europe/Paris', { timeZone: 'Europe/Paris' }],
    ['Paris time', { timeZone: 'Europe/Paris' }],
    ['heure de Paris', { timeZone: 'Europe/Paris' }],
    ['London time', { timeZone: 'Europe/London' }],
    ['America/New_York', { timeZone: 'America/New_York' }],
    ['Europe/Atlantis', undefined],
    ['at 25:00', undefined],
    ['at 13pm', undefined],
    ['24H2 and 23H2', undefined],
    ['build 26100.4349', undefined],
  ])('%j', (text, want) => {
    expect(extractReminder(foldText(text), text)).toEqual(want);
  });
});
