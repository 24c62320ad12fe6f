/**
 * A tiny metrics registry rendering the Prometheus text exposition format (version 0.0.4), enough
 * for counters and gauges with labels; no dependency, no timers, nothing global unless the caller
 * makes it so (the composition root creates one registry and hands it around).
 */
export type Labels = Readonly<Record<string, string>>;

export interface Counter {
  inc(labels?: Labels, by?: number): void;
  get(labels?: Labels): number;
}

export interface Gauge extends Counter {
  set(value: number, labels?: Labels): void;
}

interface Family {
  name: string;
  help: string;
  type: 'counter' | 'gauge';
  labelNames: readonly string[];
  values: Map<string, { labels: Labels; value: number }>;
}

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
/** Label values come from outside (intents, error codes); one family never grows past this many series. */
const MAX_SERIES = 1000;

export class MetricsRegistry {
  private readonly families = new Map<string, Family>();

  counter(name: string, help: string, labelNames: readonly string[] = []): Counter {
    const f = this.family(name, help, 'counter', labelNames);
    return {
      inc: (labels = {}, by = 1) => {
        if (!(by >= 0)) throw new RangeError(`counter ${name} can only go up (got ${by})`);
        this.add(f, labels, by);
      },
      get: (labels = {}) => f.values.get(seriesKey(f, labels))?.value ?? 0,
    };
  }

  gauge(name: string, help: string, labelNames: readonly string[] = []): Gauge {
    const f = this.family(name, help, 'gauge', labelNames);
    return {
      inc: (labels = {}, by = 1) => this.add(f, labels, by),
      set: (value, labels = {}) => this.add(f, labels, value, true),
      get: (labels = {}) => f.values.get(seriesKey(f, labels))?.value ?? 0,
    };
  }

  /** The `/metrics` body (content type {@link PROMETHEUS_CONTENT_TYPE}). */
  render(): string {
    const lines: string[] = [];
    for (const f of this.families.values()) {
      lines.push(`# HELP ${f.name} ${escapeHelp(f.help)}`, `# TYPE ${f.name} ${f.type}`);
      for (const { labels, value } of f.values.values()) lines.push(`${f.name}${renderLabels(f, labels)} ${formatNumber(value)}`);
    }
    return lines.join('\n') + '\n';
  }

  private family(name: string, help: string, type: Family['type'], labelNames: readonly string[]): Family {
    if (!NAME.test(name)) throw new RangeError(`invalid metric name ${JSON.stringify(name)}`);
    for (const l of labelNames) if (!LABEL.test(l) || l.startsWith('__')) throw new RangeError(`invalid label name ${JSON.stringify(l)}`);
    const existing = this.families.get(name);
    if (existing) {
      if (existing.type !== type || existing.labelNames.join() !== labelNames.join()) {
        throw new RangeError(`metric ${name} is already registered with another type or labels`);
      }
      return existing;
    }
    const f: Family = { name, help, type, labelNames: [...labelNames], values: new Map() };
    this.families.set(name, f);
    return f;
  }

  private add(f: Family, labels: Labels, by: number, replace = false): void {
    for (const k of Object.keys(labels)) if (!f.labelNames.includes(k)) throw new RangeError(`metric ${f.name} has no label ${k}`);
    const key = seriesKey(f, labels);
    const cur = f.values.get(key);
    if (cur) {
      cur.value = replace ? by : cur.value + by;
      return;
    }
    if (f.values.size >= MAX_SERIES) return;
    f.values.set(key, { labels: { ...labels }, value: by });
  }
}

export const PROMETHEUS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

function seriesKey(f: Family, labels: Labels): string {
  return JSON.stringify(f.labelNames.map((n) => labels[n] ?? ''));
}

function renderLabels(f: Family, labels: Labels): string {
  const parts = f.labelNames.filter((n) => labels[n] !== undefined).map((n) => `${n}="${escapeLabel(labels[n]!)}"`);
  return parts.length ? `{${parts.join(',')}}` : '';
}

function escapeLabel(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
}

function escapeHelp(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
}

function formatNumber(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (n === Infinity) return '+Inf';
  if (n === -Infinity) return '-Inf';
  return String(n);
}

/** The product's counters (issue 7): one place so names stay stable for dashboards. */
export interface BotMetrics {
  questions: Counter; // labels: intent, locale
  unknownQuestions: Counter; // labels: locale
  remindersSent: Counter;
  remindersFailed: Counter; // labels: reason
  rejectedActivities: Counter; // labels: reason (tenant, replay, invalid)
  httpRequests: Counter; // labels: route, status
}

export function createBotMetrics(registry: MetricsRegistry): BotMetrics {
  return {
    questions: registry.counter('hotpatch_questions_total', 'Questions answered, by intent and locale.', ['intent', 'locale']),
    unknownQuestions: registry.counter('hotpatch_unknown_questions_total', 'Questions the bot could not classify.', ['locale']),
    remindersSent: registry.counter('hotpatch_reminders_sent_total', 'Reboot reminders delivered to a channel or chat.'),
    remindersFailed: registry.counter('hotpatch_reminders_failed_total', 'Reboot reminders that failed after retries.', ['reason']),
    rejectedActivities: registry.counter('hotpatch_rejected_activities_total', 'Inbound activities dropped before the bot logic.', ['reason']),
    httpRequests: registry.counter('hotpatch_http_requests_total', 'HTTP requests served, by route and status code.', ['route', 'status']),
  };
}
