import { Counter as PromCounter, Gauge as PromGauge, Histogram as PromHistogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The bot's metrics on prom-client (Prometheus text exposition format 0.0.4): counters, gauges and
 * histograms with labels, plus Node's process metrics (CPU, memory, heap, event loop lag, GC, handles)
 * when asked for. Nothing global: the composition root creates one registry and hands it around, so
 * tests and several servers in one process never share series.
 *
 * What this layer adds to prom-client: re-registering a name with the same type and labels returns the
 * same metric (modules wire themselves independently), a cap on series per family (label values come
 * from outside), and RangeErrors for programming mistakes.
 */
export type Labels = Readonly<Record<string, string>>;

export interface Counter {
  inc(labels?: Labels, by?: number): void;
  /** The current value for a label set (kept beside prom-client's so reading it stays synchronous). */
  get(labels?: Labels): number;
}

export interface Gauge extends Counter {
  set(value: number, labels?: Labels): void;
}

export interface Histogram {
  /** Records one observation (seconds, for the durations here). */
  observe(labels: Labels, value: number): void;
  /** Observation count and sum for a label set (tests, status pages). */
  get(labels?: Labels): { count: number; sum: number };
}

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
/** Label values come from outside (intents, error codes); one family never grows past this many series. */
const MAX_SERIES = 1000;

type Kind = 'counter' | 'gauge' | 'histogram';
interface Family {
  kind: Kind;
  labelNames: readonly string[];
  /** Series admitted so far (capped), with the value get() reads: counter/gauge value or [count, sum]. */
  series: Map<string, { value: number; sum: number }>;
  api: Counter | Gauge | Histogram;
}

export class MetricsRegistry {
  /** The prom-client registry (for anything this wrapper does not cover). */
  readonly prom = new Registry();
  private readonly families = new Map<string, Family>();

  /** `processMetrics: true` adds prom-client's default metrics (process_*, nodejs_*). */
  constructor(opts: { processMetrics?: boolean } = {}) {
    if (opts.processMetrics) collectDefaultMetrics({ register: this.prom });
  }

  counter(name: string, help: string, labelNames: readonly string[] = []): Counter {
    return this.family(name, 'counter', labelNames, (f) => {
      const c = new PromCounter({ name, help, labelNames: [...labelNames], registers: [this.prom] });
      return {
        inc: (labels = {}, by = 1) => {
          if (!(by >= 0)) throw new RangeError(`counter ${name} can only go up (got ${by})`);
          const s = this.admit(f, name, labels);
          if (!s) return;
          c.inc(labels, by);
          s.value += by;
        },
        get: (labels = {}) => f.series.get(keyOf(f, labels))?.value ?? 0,
      };
    }) as Counter;
  }

  gauge(name: string, help: string, labelNames: readonly string[] = []): Gauge {
    return this.family(name, 'gauge', labelNames, (f) => {
      const g = new PromGauge({ name, help, labelNames: [...labelNames], registers: [this.prom] });
      return {
        inc: (labels = {}, by = 1) => {
          const s = this.admit(f, name, labels);
          if (!s) return;
          g.inc(labels, by);
          s.value += by;
        },
        set: (value, labels = {}) => {
          const s = this.admit(f, name, labels);
          if (!s) return;
          g.set(labels, value);
          s.value = value;
        },
        get: (labels = {}) => f.series.get(keyOf(f, labels))?.value ?? 0,
      };
    }) as Gauge;
  }

  histogram(name: string, help: string, labelNames: readonly string[], buckets: readonly number[]): Histogram {
    return this.family(name, 'histogram', labelNames, (f) => {
      const h = new PromHistogram({ name, help, labelNames: [...labelNames], buckets: [...buckets], registers: [this.prom] });
      return {
        observe: (labels, value) => {
          if (!Number.isFinite(value)) return;
          const s = this.admit(f, name, labels);
          if (!s) return;
          h.observe(labels, value);
          s.value += 1;
          s.sum += value;
        },
        get: (labels = {}) => {
          const s = f.series.get(keyOf(f, labels));
          return { count: s?.value ?? 0, sum: s?.sum ?? 0 };
        },
      };
    }) as Histogram;
  }

  /** The `/metrics` body (content type {@link PROMETHEUS_CONTENT_TYPE}). */
  render(): Promise<string> {
    return this.prom.metrics();
  }

  private family(name: string, kind: Kind, labelNames: readonly string[], make: (f: Family) => Family['api']): Family['api'] {
    if (!NAME.test(name)) throw new RangeError(`invalid metric name ${JSON.stringify(name)}`);
    for (const l of labelNames) if (!LABEL.test(l) || l.startsWith('__')) throw new RangeError(`invalid label name ${JSON.stringify(l)}`);
    const existing = this.families.get(name);
    if (existing) {
      if (existing.kind !== kind || existing.labelNames.join() !== labelNames.join()) {
        throw new RangeError(`metric ${name} is already registered with another type or labels`);
      }
      return existing.api;
    }
    const f = { kind, labelNames: [...labelNames], series: new Map() } as unknown as Family;
    f.api = make(f);
    this.families.set(name, f);
    return f.api;
  }

  /** The series to update; unknown labels are a programming error; a new series beyond the cap is dropped. */
  private admit(f: Family, name: string, labels: Labels): { value: number; sum: number } | undefined {
    for (const k of Object.keys(labels)) if (!f.labelNames.includes(k)) throw new RangeError(`metric ${name} has no label ${k}`);
    const key = keyOf(f, labels);
    let s = f.series.get(key);
    if (s) return s;
    if (f.series.size >= MAX_SERIES) return undefined;
    s = { value: 0, sum: 0 };
    f.series.set(key, s);
    return s;
  }
}

export const PROMETHEUS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

function keyOf(f: Family, labels: Labels): string {
  return JSON.stringify(f.labelNames.map((n) => labels[n] ?? ''));
}

/** Duration buckets, in seconds. */
export const HTTP_BUCKETS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] as const;
export const TURN_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5] as const;
/** Scheduled time → delivered: a tick a minute, broadcasts paced at Teams' limits, 12 h give-up. */
export const REMINDER_DELAY_BUCKETS = [1, 5, 15, 30, 60, 120, 300, 600, 1800, 3600, 4 * 3600, 12 * 3600] as const;

/** The product's metrics (issues 7 and 16): one place so names stay stable for dashboards. */
export interface BotMetrics {
  questions: Counter; // labels: intent, locale
  unknownQuestions: Counter; // labels: locale
  /** A message turn, understood → answered → sent, by intent. */
  turnDuration: Histogram; // labels: intent
  remindersSent: Counter;
  remindersFailed: Counter; // labels: reason
  /** Scheduled occurrence → delivered, per reminder sent. */
  reminderDelay: Histogram;
  rejectedActivities: Counter; // labels: reason (tenant, replay, invalid)
  /** route is a route-table path (e.g. /api/messages) or "unmatched" — never the raw request path. */
  httpRequests: Counter; // labels: route, status
  httpDuration: Histogram; // labels: route, method, status
}

export function createBotMetrics(registry: MetricsRegistry): BotMetrics {
  return {
    questions: registry.counter('hotpatch_questions_total', 'Questions answered, by intent and locale.', ['intent', 'locale']),
    unknownQuestions: registry.counter('hotpatch_unknown_questions_total', 'Questions the bot could not classify.', ['locale']),
    turnDuration: registry.histogram('hotpatch_turn_duration_seconds', 'Message turns (understand, answer, send), by intent.', ['intent'], TURN_BUCKETS),
    remindersSent: registry.counter('hotpatch_reminders_sent_total', 'Reboot reminders delivered to a channel or chat.'),
    remindersFailed: registry.counter('hotpatch_reminders_failed_total', 'Reboot reminders that failed after retries.', ['reason']),
    reminderDelay: registry.histogram('hotpatch_reminder_delivery_delay_seconds', 'Reboot reminders: scheduled time to delivery.', [], REMINDER_DELAY_BUCKETS),
    rejectedActivities: registry.counter('hotpatch_rejected_activities_total', 'Inbound activities dropped before the bot logic.', ['reason']),
    httpRequests: registry.counter('hotpatch_http_requests_total', 'HTTP requests served, by route and status code.', ['route', 'status']),
    httpDuration: registry.histogram(
      'http_request_duration_seconds',
      'HTTP request duration, by route (from the route table), method and status code.',
      ['route', 'method', 'status'],
      HTTP_BUCKETS,
    ),
  };
}
