import { DeviceProfile } from '../core/device-profile';
import { extractOsFacts } from './extract-device-os';
import { extractStateFacts } from './extract-device-state';

/** Every device fact stated in the (folded) text; undefined when there is none. */
export function extractDevice(folded: string): Partial<DeviceProfile> | undefined {
  const facts: Partial<DeviceProfile> = { ...extractOsFacts(folded), ...extractStateFacts(folded) };
  if (Object.keys(facts).length === 0) return undefined;
  // The contract is the schema: never hand on a value it would reject.
  const parsed = DeviceProfile.partial().safeParse(facts);
  return parsed.success ? parsed.data : undefined;
}
