import { afterAll, describe, expect, it } from 'vitest';
import { clientFor } from '../../../e2e/support/local-cloud.js';

// The flavors e2e/cloud/up.sh creates, with their fixed ids and sizes.
const EXPECTED = [
  { id: '42', name: 'm1.nano', vcpus: 1, ramMb: 128, diskGb: 1 },
  { id: '84', name: 'm1.micro', vcpus: 1, ramMb: 192, diskGb: 1 },
  { id: '1', name: 'm1.tiny', vcpus: 1, ramMb: 512, diskGb: 1 },
  { id: '2', name: 'm1.small', vcpus: 1, ramMb: 2048, diskGb: 20 },
  { id: '3', name: 'm1.medium', vcpus: 2, ramMb: 4096, diskGb: 40 },
  { id: '999', name: 'x1.unschedulable', vcpus: 1, ramMb: 64, diskGb: 1 },
];

describe('first slice: Keystone password auth → catalog → Nova flavors', () => {
  const client = clientFor('local-demo');
  afterAll(() => client.close());

  it('authenticates with a password and gets a project-scoped token with a catalog', async () => {
    const token = await client.session.token();
    expect(token.project?.name).toBe('demo');
    expect(token.user.name).toBe('demo');
    expect(token.expiresAt.getTime()).toBeGreaterThan(Date.now());
    expect(token.catalog.map((s) => s.type)).toEqual(expect.arrayContaining(['compute', 'identity', 'image', 'network']));
  });

  it('picks the compute endpoint of its region from the catalog', async () => {
    expect(await client.session.endpoint('compute')).toMatch(/^http:\/\/127\.0\.0\.1:8774\/v2\.1/);
  });

  it('negotiates the compute microversion with the real Nova', async () => {
    const v = await client.compute.negotiate();
    expect(v.min).toBe('2.1');
    // Zed's Nova tops out below our client maximum, so the cloud's maximum wins
    expect(v.negotiated).toBe(v.max);
  });

  it('lists the flavors up.sh created, by name and size, with extra specs', async () => {
    const flavors = await client.flavors.list();
    for (const want of EXPECTED) {
      expect(flavors.find((f) => f.name === want.name)).toMatchObject(want);
    }
    // the unschedulable flavor is unschedulable because of a required trait no host has
    const specs = Object.entries(flavors.find((f) => f.name === 'x1.unschedulable')?.extraSpecs ?? {});
    expect(specs).toContainEqual([expect.stringMatching(/^trait:CUSTOM_/), 'required']);
  });

  it('logs every request with status, timing and request id, and never the password or token', async () => {
    const entries = client.session.log.list();
    expect(entries.some((e) => e.method === 'GET' && /\/flavors\/detail/.test(e.url) && e.status === 200)).toBe(true);
    expect(entries.every((e) => e.elapsedMs >= 0)).toBe(true);
    expect(entries.filter((e) => e.service === 'compute').every((e) => e.requestId?.startsWith('req-'))).toBe(true);
    const token = (await client.session.token()).value;
    const dump = JSON.stringify(entries);
    expect(dump).not.toContain(token);
    expect(dump).not.toContain('"password":"demo"');
  });
});
