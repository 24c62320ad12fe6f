/** What a guard needs from a logger (pino's Logger fits) and from the metrics (BotMetrics fits). */
export interface GuardLogger {
  warn(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
}

export interface RejectCounter {
  rejectedActivities: { inc(labels?: Record<string, string>, by?: number): void };
}
