import type { Request, Response, Server } from 'restify';
import type { Config } from '../config';
import { type ReleaseData, buildCalendar } from '../core/calendar';
import { todayInZone } from '../core/dates';
import { toIcs } from '../calendar-export/ics';
import { isHbError } from '../errors';

/**
 * GET /calendar.ics?from=YYYY-MM&months=N&locale=en|fr — the patch calendar to subscribe to in
 * Outlook. Bad parameters are a 400 with an example, never a 5xx.
 */
export function registerCalendarIcsRoute(server: Server, releases: ReleaseData, config: Config, now: () => Date): void {
  server.get('/calendar.ics', async (req: Request, res: Response) => {
    const q = (req.query ?? {}) as Record<string, unknown>;
    const bad = () => {
      res.status(400);
      res.json({ code: 'HB-TEAMS-400', error: 'Use /calendar.ics?from=2027-01&months=12&locale=en (from 2000-01 to 2099-12, months 1–36, locale en or fr).' });
    };
    // A repeated or bracketed parameter (from[]=…, from=a&from=b) is an array or an object: refused.
    const text = (v: unknown): string | undefined | null => (v === undefined ? undefined : typeof v === 'string' ? v : null);
    const [qFrom, qMonths, qLocale] = [text(q.from), text(q.months), text(q.locale)];
    if (qFrom === null || qMonths === null || qLocale === null) return bad();
    const from = qFrom ?? todayInZone(now(), config.DEFAULT_TIMEZONE).slice(0, 7);
    const months = qMonths === undefined ? 12 : /^\d{1,2}$/.test(qMonths) ? Number(qMonths) : NaN;
    const locale = qLocale ?? config.DEFAULT_LOCALE;
    // Years the calendar can be built for (Patch Tuesdays are computed; 9999-12 + 36 months is not a date).
    if (!/^20\d{2}-(0[1-9]|1[0-2])$/.test(from) || !Number.isInteger(months) || months < 1 || months > 36 || (locale !== 'en' && locale !== 'fr')) return bad();
    let body: string;
    try {
      body = toIcs(buildCalendar(from, months, releases), { locale, now: now(), asOf: releases.asOf });
    } catch (err) {
      if (!isHbError(err)) throw err;
      res.status(400);
      res.json({ code: err.code, error: 'The calendar cannot be built for these parameters.' });
      return;
    }
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Content-Disposition', 'inline; filename="hotpatch-calendar.ics"');
    res.status(200);
    res.sendRaw(body);
  });
}
