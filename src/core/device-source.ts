import type { DeviceProfile, ProfileOrigins } from './device-profile';

/** A device as a source knows it: the profile plus where each field came from and when. */
export interface SourcedDevice {
  id: string;
  deviceName?: string;
  profile: DeviceProfile;
  origins: ProfileOrigins;
  /** When the source data was read (ISO instant): cards show "as of". */
  asOf: string;
}

export interface Requester {
  /** Entra object id (Teams activity from.aadObjectId). */
  aadObjectId?: string;
  tenantId?: string;
  /** true when the requester may look up any device (helpdesk/admin group or list). */
  isHelpdesk: boolean;
}

/**
 * Where device facts come from (README, Architecture: declared in core, implemented in src/inventory, given by
 * the composition root). `none` returns nothing and the bot asks the user with a form.
 */
export interface DeviceSource {
  readonly kind: 'none' | 'csv' | 'intune';
  /** The requester's own devices. */
  devicesOf(requester: Requester): Promise<SourcedDevice[]>;
  /** A device by name; only for helpdesk requesters (others get HB-INV-403). */
  deviceByName(name: string, requester: Requester): Promise<SourcedDevice | undefined>;
  /** Every device (fleet summary); helpdesk only. */
  allDevices?(requester: Requester): AsyncIterable<SourcedDevice>;
}
