import type { AvailabilityZone } from '../../../shared/domain/availability-zone.js';

/** One entry of `availabilityZoneInfo` (`GET /os-availability-zone`). `hosts` is null unless /detail. */
export interface NovaAvailabilityZone {
  zoneName: string;
  zoneState?: { available?: boolean };
  hosts?: unknown;
}

export function toAvailabilityZone(z: NovaAvailabilityZone): AvailabilityZone {
  return { name: z.zoneName, available: z.zoneState?.available === true };
}
