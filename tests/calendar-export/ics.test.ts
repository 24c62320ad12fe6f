import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { buildCalendar } from '../../src/core/calendar/build-calendar';
import { toIcs, eventUid, RELEASE_NOTES_URLS } from '../../src/calendar-export/ics';
import { refoldByOctets } from '../../src/calendar-export/fold';
import { loadReleaseData } from '../../src/data/load-release-data';
import { addDays } from '../../src/core/dates';

const data = loadReleaseData();
const NOW = new Date('2026-11-25T09:30:00Z');
const months = buildCalendar('2026-01', 24, data);

function parse(ics: string) {
  const comp = new ICAL.Component(ICAL.parse(ics));
  return { comp, events: comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

const TITLES = {
  en: {
    baseline: 'Patch Tuesday – baseline: restart',
    hotpatch: 'Patch Tuesday – hotpatch: no restart',
    june: 'Patch Tuesday – baseline: restart (likely unplanned baseline)',
  },
  fr: {
    baseline: 'Patch Tuesday – baseline (mise à jour de référence) : redémarrage',
    hotpatch: 'Patch Tuesday – hotpatch (correctif à chaud) : sans redémarrage',
    june: 'Patch Tuesday – baseline : redémarrage (baseline non planifiée probable)',
  },
} as const;

describe.each(['en', 'fr'] as const)('toIcs (%s) parsed back with ical.js', (locale) => {
  const ics = toIcs(months, { locale, now: NOW, asOf: data.asOf });
  const { comp, events } = parse(ics);

  it('is a VCALENDAR 2.0 with a PRODID and one event per month', () => {
    expect(comp.name).toBe('vcalendar');
    expect(comp.getFirstPropertyValue('version')).toBe('2.0');
    expect(comp.getFirstPropertyValue('prodid')).toBe('hotpatch-bot');
    expect(events).toHaveLength(24);
  });

  it('uses CRLF and lines of at most 75 octets (RFC 5545 §3.1)', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    const lines = ics.split('\r\n').slice(0, -1);
    for (const line of lines) {
      expect(line).not.toContain('\n');
      expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
    }
  });

  it.each(months.map((m, i) => [m.month, i] as const))('event %s: all-day on Patch Tuesday, titled, stable UID, facts', (_month, i) => {
    const m = months[i]!;
    const ev = events[i]!;
    expect(ev.uid).toBe(eventUid(m.month));
    expect(ev.startDate.isDate).toBe(true);
    expect(ev.startDate.toString()).toBe(m.patchTuesday);
    expect(ev.endDate.isDate).toBe(true);
    expect(ev.endDate.toString()).toBe(addDays(m.patchTuesday, 1));
    expect(ev.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-11-25T09:30:00Z');
    const t = TITLES[locale];
    expect(ev.summary).toBe(m.month === '2026-06' ? t.june : m.kind === 'baseline' ? t.baseline : t.hotpatch);
    for (const id of m.factIds) expect(ev.description).toContain(id);
    expect(ev.description).toContain('CAL-8');
    expect(ev.description).toContain('CAL-7');
    expect(ev.description).toContain(data.asOf);
    for (const r of m.releases) if (r.kb) expect(ev.description).toContain(r.kb);
  });

  it('June 2026 carries the uncertainty and the release-notes links (CAL-REL-1)', () => {
    const june = events.find((e) => e.uid === eventUid('2026-06'))!;
    expect(june.description).toMatch(locale === 'en' ? /appears to have been a restart month/ : /semble avoir été un mois avec redémarrage/);
    expect(june.description).toMatch(locale === 'en' ? /not confirmed on a Microsoft page/ : /non confirmé sur une page Microsoft/);
    for (const url of RELEASE_NOTES_URLS) expect(june.description).toContain(url);
    // Only June is hedged.
    expect(events.filter((e) => e.description.includes(RELEASE_NOTES_URLS[0]!)).map((e) => e.uid)).toEqual([eventUid('2026-06')]);
  });
});

describe('toIcs stability and edge cases', () => {
  it('keeps UIDs and dates when regenerated later; only DTSTAMP changes', () => {
    const a = parse(toIcs(months, { locale: 'en', now: NOW })).events;
    const b = parse(toIcs(months, { locale: 'fr', now: new Date('2027-03-01T00:00:00Z') })).events;
    expect(b.map((e) => e.uid)).toEqual(a.map((e) => e.uid));
    expect(b.map((e) => e.startDate.toString())).toEqual(a.map((e) => e.startDate.toString()));
    expect(new Set(a.map((e) => e.uid)).size).toBe(24);
  });

  it('is byte-identical for the same input (reproducible)', () => {
    expect(toIcs(months, { locale: 'fr', now: NOW })).toBe(toIcs(months, { locale: 'fr', now: NOW }));
  });

  it('an empty range is still a valid calendar', () => {
    const { comp, events } = parse(toIcs([], { locale: 'en', now: NOW }));
    expect(comp.name).toBe('vcalendar');
    expect(events).toEqual([]);
  });

  it('refolding never splits a character and round-trips through unfolding', () => {
    const long = `DESCRIPTION:${'é–à'.repeat(60)}`;
    const folded = refoldByOctets(`${long}\r\n`);
    for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`${long}\r\n`);
  });
});
