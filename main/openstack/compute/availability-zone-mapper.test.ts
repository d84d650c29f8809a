import { describe, expect, it } from 'vitest';
import { toAvailabilityZone, type NovaAvailabilityZone } from './availability-zone-mapper.js';

describe('toAvailabilityZone', () => {
  // api-ref "Get Availability Zone Information" sample
  const body: { availabilityZoneInfo: NovaAvailabilityZone[] } = {
    availabilityZoneInfo: [
      { zoneState: { available: true }, hosts: null, zoneName: 'nova' },
      { zoneState: { available: false }, hosts: null, zoneName: 'az-down' },
    ],
  };

  it('maps name and availability', () => {
    expect(body.availabilityZoneInfo.map(toAvailabilityZone)).toEqual([
      { name: 'nova', available: true },
      { name: 'az-down', available: false },
    ]);
  });

  it('treats a zone without a state as unavailable rather than guessing', () => {
    expect(toAvailabilityZone({ zoneName: 'x' }).available).toBe(false);
  });
});
