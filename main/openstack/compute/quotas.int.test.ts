import { afterAll, describe, expect, it } from 'vitest';
import { clientFor } from '../../../e2e/support/local-cloud.js';
import { isOpenStackError } from '../errors.js';

describe('compute quota sets with usage against the local Nova', () => {
  const demo = clientFor('local-demo');
  const alt = clientFor('local-alt');
  const admin = clientFor('local-admin');
  afterAll(() => Promise.all([demo.close(), alt.close(), admin.close()]));

  it("reads the token's project: limit, in use and reserved for instances, cores and ram", async () => {
    const project = (await demo.session.token()).project?.id;
    const q = await demo.quotas.usage();
    expect(q.projectId).toBe(project);
    for (const r of ['instances', 'cores', 'ram'] as const) {
      const u = q.resources[r];
      expect(u?.limit).toBeGreaterThan(0);
      expect(u?.inUse).toBeGreaterThanOrEqual(0);
      expect(u?.reserved).toBe(0);
    }
    expect(q.resources.instances?.limit).toBeGreaterThanOrEqual(1000);
    // the negotiated 2.93 has no network quotas any more (gone with 2.36)
    expect(q.resources).not.toHaveProperty('floating_ips');
  });

  it("lets an admin read another project's quota by id, and refuses that to a member", async () => {
    const demoProject = (await demo.session.token()).project?.id ?? 'missing';
    const own = await demo.quotas.usage();
    const seen = await admin.quotas.usage({ projectId: demoProject });
    expect(seen.projectId).toBe(demoProject);
    expect(seen.resources.cores?.limit).toBe(own.resources.cores?.limit);

    let kind = 'no error';
    try {
      await alt.quotas.usage({ projectId: demoProject });
    } catch (e) {
      if (isOpenStackError(e)) kind = e.kind;
      else throw e;
    }
    expect(kind).toBe('forbidden');
  });
});
