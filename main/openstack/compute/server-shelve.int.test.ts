import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RUN_PREFIX, clientFor } from '../../../e2e/support/local-cloud.js';
import { bootActive, deleteImages, deleteServers } from '../../../e2e/support/server-fixtures.js';

// Shelve and unshelve against the real Nova (fake driver): with the default
// shelved_offload_time of 0 a shelved server is offloaded at once.
const P = `${RUN_PREFIX}-shelve`;
const demo = clientFor('local-demo');
let id: string;

const waitFor = (p: Parameters<typeof demo.servers.waitFor>[1]) => demo.servers.waitFor(id, p, { intervalMs: 250, timeoutMs: 120_000 });
const settled = (status: string) => (s: { status: string; taskState: string | undefined }) => s.status === status && !s.taskState;

beforeAll(async () => {
  id = await bootActive(demo, `${P}-vm`);
});

afterAll(async () => {
  try {
    // shelving snapshots the server into an image: both go
    await Promise.all([deleteServers(demo, P), deleteImages(demo, P)]);
  } finally {
    await demo.close();
  }
});

describe('shelve', () => {
  it('shelve → SHELVED_OFFLOADED, unshelve → ACTIVE; Nova records both', async () => {
    await demo.servers.shelve(id);
    const shelved = await waitFor(settled('SHELVED_OFFLOADED'));
    expect(shelved.vmState).toBe('shelved_offloaded');
    await demo.servers.unshelve(id);
    expect((await waitFor(settled('ACTIVE'))).powerState).toBe('RUNNING');
    const names = (await demo.servers.instanceActions.list(id)).map((a) => a.action);
    expect(names).toEqual(expect.arrayContaining(['shelve', 'unshelve']));
  });

  // the local cloud negotiates well above 2.77; its one zone is Nova's default, "nova"
  it('unshelve to an availability zone (2.77): ACTIVE in that zone; an unknown zone is refused, naming the field', async () => {
    await demo.servers.shelve(id);
    await waitFor(settled('SHELVED_OFFLOADED'));
    const err = await demo.servers.unshelve(id, `${P}-no-such-zone`).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'bad_request', status: 400, field: 'availabilityZone', message: expect.stringContaining('availability zone') });
    expect((await demo.servers.get(id)).status).toBe('SHELVED_OFFLOADED');
    await demo.servers.unshelve(id, 'nova');
    const back = await waitFor(settled('ACTIVE'));
    expect(back.availabilityZone).toBe('nova');
  });
});
