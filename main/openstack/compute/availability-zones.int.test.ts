import { afterAll, describe, expect, it } from 'vitest';
import { clientFor } from '../../../e2e/support/local-cloud.js';

describe('availability zones against the local Nova', () => {
  const client = clientFor('local-demo');
  afterAll(() => client.close());

  it('lists the default zone of the one compute host, available', async () => {
    const zones = await client.availabilityZones.list();
    expect(zones).toContainEqual({ name: 'nova', available: true });
    // the non-detail list shows compute zones only: never the services' "internal" zone
    expect(zones.map((z) => z.name)).not.toContain('internal');
  });
});
