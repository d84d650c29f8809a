import type { AvailabilityZone } from '../../../shared/domain/availability-zone.js';
import { toAvailabilityZone, type NovaAvailabilityZone } from './availability-zone-mapper.js';
import type { ComputeClient } from './compute-client.js';

/** Compute availability zones, as a user picks them at launch. */
export class AvailabilityZoneManager {
  constructor(private readonly compute: ComputeClient) {}

  /** Zones with at least one compute service; the admin-only /detail (hosts, internal zone) is not needed here. */
  async list(): Promise<AvailabilityZone[]> {
    const body = await this.compute.get<{ availabilityZoneInfo?: NovaAvailabilityZone[] }>('/os-availability-zone');
    return (body.availabilityZoneInfo ?? []).map(toAvailabilityZone);
  }
}
