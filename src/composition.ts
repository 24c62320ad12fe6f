import type { Config } from './config';
import { loadReleaseData } from './data/load-release-data';
import { createPipeline, type Pipeline } from './pipeline';
import type { DeviceSource } from './core/device-source';

/** Builds the pipeline from config: shared by the server and the CLI (composition root helper). */
export function pipelineFromConfig(config: Config, extra: { deviceSource?: DeviceSource; canEscalate?: boolean } = {}): Pipeline {
  const releases = loadReleaseData({ overridePath: config.RELEASES_OVERRIDE_PATH });
  return createPipeline({
    releases,
    ringPolicy: { deferralDays: config.RING_DEFERRAL_DAYS, deadlineDays: config.RING_DEADLINE_DAYS, graceDays: config.RING_GRACE_DAYS },
    deviceSource: extra.deviceSource,
    canEscalate: extra.canEscalate ?? Boolean(config.HELPDESK_CONTACT_TEXT),
    minConfidence: config.MIN_CONFIDENCE,
    defaultTimeZone: config.DEFAULT_TIMEZONE,
    defaultLocale: config.DEFAULT_LOCALE,
  });
}
