export { createLogger, silentLogger, secretsOf, type Logger, type LoggerConfig } from './logger';
export { scrubText, scrubValue, REDACTED } from './redact';
export { MetricsRegistry, createBotMetrics, PROMETHEUS_CONTENT_TYPE, type BotMetrics, type Counter, type Gauge, type Histogram, type Labels } from './metrics';
export { httpMetrics, restifyRoutePaths, UNMATCHED_ROUTE } from './http-metrics';
export { requestIdHandler, requestContext, requestIdOf, REQUEST_ID_HEADER, type RequestContext } from './request-id';
export { metricsEndpoint, readiness, readinessEndpoint, livenessEndpoint, isLoopback, type Endpoint, type ReadinessReport } from './endpoints';
export { operationalAccess } from './access';
