import { DeviceProfile } from '../core/device-profile';
import { extractOsFacts } from './extract-device-os';
import { extractStateFacts } from './extract-device-state';

/** Built once: zod schema construction costs more than the parse itself (bench:turn profile). */
const PartialProfile = DeviceProfile.partial();

/** Every device fact stated in the (folded) text; undefined when there is none. */
export function extractDevice(folded: string): Partial<DeviceProfile> | undefined {
  const facts: Partial<DeviceProfile> = { ...extractOsFacts(folded), ...extractStateFacts(folded) };
  if (Object.keys(facts).length === 0) return undefined;
  // The contract is the schema: never hand on a value it would reject.
  const parsed = PartialProfile.safeParse(facts);
  return parsed.success ? parsed.data : undefined;
}
