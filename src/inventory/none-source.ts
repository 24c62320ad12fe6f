import type { DeviceSource } from '../core/device-source';

/** DEVICE_SOURCE=none: no inventory; the bot asks the user for the facts with a form. */
export const noneDeviceSource: DeviceSource = {
  kind: 'none',
  devicesOf: async () => [],
  deviceByName: async () => undefined,
};
