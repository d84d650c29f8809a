import { afterAll, describe, expect, it } from 'vitest';
import { clientFor, RUN_PREFIX } from '../../../e2e/support/local-cloud.js';
import { isOpenStackError } from '../errors.js';
import { ServiceClient } from '../service-client.js';
import { ComputeClient } from './compute-client.js';
import { LimitsManager } from './limits.js';

describe('absolute limits against the local Nova', () => {
  const demo = clientFor('local-demo');
  const alt = clientFor('local-alt');
  const admin = clientFor('local-admin');
  const cleanups: (() => Promise<unknown>)[] = [];

  afterAll(async () => {
    try {
      await Promise.allSettled(cleanups.map((c) => c()));
    } finally {
      await Promise.all([demo.close(), alt.close(), admin.close()]);
    }
  });

  it('reflects the quota up.sh set for demo, with usage', async () => {
    const l = await demo.limits.get();
    expect(l.instances.max).toBeGreaterThanOrEqual(1000);
    expect(l.cores.max).toBeGreaterThanOrEqual(1000);
    expect(l.ramMb.max).toBeGreaterThanOrEqual(1_000_000);
    for (const used of [l.instances.used, l.cores.used, l.ramMb.used, l.serverGroups.used]) {
      expect(used).toBeGreaterThanOrEqual(0);
    }
    expect(l.keypairs.max).toBeGreaterThan(0);
    // 2.93 no longer reports network or personality limits
    expect(l.floatingIps).toBeUndefined();
    expect(l.personalityFiles).toBeUndefined();
  });

  it('at 2.1 also reports the network limits (unlimited here: neutron owns them) and personality', async () => {
    const l = await new LimitsManager(new ComputeClient(demo.session, '2.1')).get();
    expect(l.floatingIps).toEqual({ max: null, used: expect.any(Number) });
    expect(l.personalityFiles?.max).toBeGreaterThan(0);
    expect(l.instances.max).toBeGreaterThanOrEqual(1000);
  });

  it("lets an admin read another project's limits by id", async () => {
    const demoProject = (await demo.session.token()).project?.id ?? 'missing';
    const own = await demo.limits.get();
    const seen = await admin.limits.get({ projectId: demoProject });
    expect(seen.instances.max).toBe(own.instances.max);
    expect(seen.cores.max).toBe(own.cores.max);
  });

  it('limits and quota usage count a server and a server group the project holds, and release them', async () => {
    // alt is the quiet project: other suites build their servers in demo
    const compute = alt.compute;
    const image = new ServiceClient(alt.session, 'image', '/v2');
    const { images } = await image.get<{ images: { id: string }[] }>('/images', { name: 'tiny-raw' });
    const imageRef = images[0]?.id;
    expect(imageRef).toBeDefined();

    const before = await alt.limits.get();
    const quotaBefore = await alt.quotas.usage();

    const group = await alt.serverGroups.create({ name: `${RUN_PREFIX}-limits`, policy: 'affinity' });
    cleanups.push(() => alt.serverGroups.delete(group.id));
    // x1.unschedulable fails scheduling in about a second; an ERROR server still holds quota
    const { server } = await compute.post<{ server: { id: string } }>('/servers', {
      server: { name: `${RUN_PREFIX}-limits`, imageRef, flavorRef: '999', networks: 'none' },
    });
    const serverPath = `/servers/${server.id}`;
    cleanups.push(() => compute.delete(serverPath));
    const deadline = Date.now() + 60_000;
    for (;;) {
      const { server: s } = await compute.get<{ server: { status: string } }>(serverPath);
      if (s.status !== 'BUILD') break;
      if (Date.now() > deadline) throw new Error('server stayed in BUILD');
      await new Promise((r) => setTimeout(r, 300));
    }

    const during = await alt.limits.get();
    expect((during.instances.used ?? 0) - (before.instances.used ?? 0)).toBe(1);
    expect((during.cores.used ?? 0) - (before.cores.used ?? 0)).toBe(1);
    expect((during.ramMb.used ?? 0) - (before.ramMb.used ?? 0)).toBe(64);
    expect((during.serverGroups.used ?? 0) - (before.serverGroups.used ?? 0)).toBe(1);
    const quotaDuring = await alt.quotas.usage();
    expect((quotaDuring.resources.instances?.inUse ?? 0) - (quotaBefore.resources.instances?.inUse ?? 0)).toBe(1);
    expect((quotaDuring.resources.server_groups?.inUse ?? 0) - (quotaBefore.resources.server_groups?.inUse ?? 0)).toBe(1);

    await compute.delete(serverPath);
    await alt.serverGroups.delete(group.id);
    for (;;) {
      try {
        await compute.get(serverPath);
      } catch (e) {
        if (isOpenStackError(e) && e.kind === 'not_found') break;
        throw e;
      }
      if (Date.now() > deadline) throw new Error('server not gone');
      await new Promise((r) => setTimeout(r, 300));
    }
    const after = await alt.limits.get();
    expect(after.instances.used).toBe(before.instances.used);
    expect(after.serverGroups.used).toBe(before.serverGroups.used);
  });
});
