import type { Request, Response, Server } from 'restify';
import type { Config } from '../config';
import type { ReleaseData } from '../core/calendar/types';
import { buildCalendar } from '../core/calendar';
import { todayInZone } from '../core/dates';
import { toIcs } from '../calendar-export/ics';

/**
 * GET /calendar.ics?from=YYYY-MM&months=N&locale=en|fr — the patch calendar to subscribe to in
 * Outlook. Bad parameters are a 400 with an example, never a 5xx.
 */
export function registerCalendarIcsRoute(server: Server, releases: ReleaseData, config: Config, now: () => Date): void {
  server.get('/calendar.ics', async (req: Request, res: Response) => {
    const q = (req.query ?? {}) as Record<string, string | undefined>;
    const from = q.from ?? todayInZone(now(), config.DEFAULT_TIMEZONE).slice(0, 7);
    const months = q.months === undefined ? 12 : Number(q.months);
    const locale = q.locale ?? config.DEFAULT_LOCALE;
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(from) || !Number.isInteger(months) || months < 1 || months > 36 || (locale !== 'en' && locale !== 'fr')) {
      res.status(400);
      res.json({ code: 'HB-TEAMS-400', error: 'Use /calendar.ics?from=2027-01&months=12&locale=en (months 1–36, locale en or fr).' });
      return;
    }
    const body = toIcs(buildCalendar(from, months, releases), { locale, now: now(), asOf: releases.asOf });
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Content-Disposition', 'inline; filename="hotpatch-calendar.ics"');
    res.status(200);
    res.sendRaw(body);
  });
}
