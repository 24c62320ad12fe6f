import { type Config, canEscalate, helpdeskSettings } from '../config';
import { systemClock } from './clock';
import { lifecycleData } from '../data/load-lifecycle';
import type { LifecycleData } from '../core/lifecycle/servicing';
import { loadReleaseData } from '../data/load-release-data';
import { createPipeline, type Pipeline, type PipelineDeps } from '../pipeline';
import type { DeviceSource } from '../core/device-source';
import type { ReleaseData } from '../core/calendar';
import { createDeviceSource } from '../inventory/create-device-source';
import { latestBaseline } from '../inventory/latest-baseline';
import { todayInZone } from '../core/dates';

export interface PipelineExtras {
  deviceSource?: DeviceSource;
  /** A helpdesk channel is configured (escalation offered in Teams). */
  canEscalate?: boolean;
  now?: () => Date;
  /** Already loaded release data (the server loads it once). */
  releases?: ReleaseData;
  /** Already loaded lifecycle data (LIFE-1..3). */
  lifecycle?: LifecycleData;
  /** Answer-unit retrieval; the real one unless given (bench:turn's baseline). */
  retrieve?: PipelineDeps['retrieve'];
}

/** Builds the pipeline from config: shared by the server and the CLI (composition root helper). */
export function pipelineFromConfig(config: Config, extra: PipelineExtras = {}): Pipeline {
  const releases = extra.releases ?? loadReleaseData({ overridePath: config.RELEASES_OVERRIDE_PATH });
  const now = extra.now ?? systemClock;
  const deviceSource =
    extra.deviceSource ??
    createDeviceSource(config, {
      now,
      // Baseline currency (HP-OS-3): the device's UBR against the latest baseline of the release data.
      baselineUbr: () => latestBaseline(releases, todayInZone(now(), config.DEFAULT_TIMEZONE))?.ubr,
    });
  return createPipeline({
    releases,
    lifecycle: extra.lifecycle ?? lifecycleData(),
    ringPolicy: { deferralDays: config.RING_DEFERRAL_DAYS, deadlineDays: config.RING_DEADLINE_DAYS, graceDays: config.RING_GRACE_DAYS },
    deviceSource,
    canEscalate: extra.canEscalate ?? canEscalate(helpdeskSettings(config)),
    minConfidence: config.MIN_CONFIDENCE,
    defaultTimeZone: config.DEFAULT_TIMEZONE,
    defaultLocale: config.DEFAULT_LOCALE,
    ...(extra.retrieve ? { retrieve: extra.retrieve } : {}),
  });
}
