import type { DeviceProfile } from '../core/device-profile';
import type { DeviceSource, Requester } from '../core/device-source';
import type { ReleaseData, RingPolicy } from '../core/calendar';
import type { LifecycleData } from '../core/lifecycle/servicing';
import type { Question } from '../language';

export interface AnswerDeps {
  releases: ReleaseData;
  /** End of servicing per version × edition family (LIFE-1..3); the composition root loads data/lifecycle.json. */
  lifecycle?: LifecycleData;
  /** The organisation's update ring (config RING_*), CAL-8. */
  ringPolicy: RingPolicy;
  deviceSource?: DeviceSource;
  /** A helpdesk channel is configured (escalation) or a contact text exists. */
  canEscalate: boolean;
  minConfidence: number;
}

export interface AnswerInput {
  question: Question;
  /** YYYY-MM-DD in the user's zone. */
  today: string;
  timeZone: string;
  /** Facts from a form submit. */
  device?: Partial<DeviceProfile>;
  requester?: Requester;
}
