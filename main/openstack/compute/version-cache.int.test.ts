import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sessionOptions } from '../../../e2e/support/local-cloud.js';
import { CloudClient } from '../cloud-client.js';
import { computeVersionUrl } from './compute-client.js';
import { fileVersionCache } from './version-cache.js';

// Nova's version document is a GET of the bare version URL (…/v2.1)
const versionRequests = (c: CloudClient) => c.session.log.list().filter((e) => e.method === 'GET' && /\/v2(\.1)?$/.test(e.url)).length;

describe('the compute version cache against the real Nova', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nd-vcache-int-'));
  const path = join(dir, 'compute-versions.json');
  const clients: CloudClient[] = [];
  const client = () => {
    const c = new CloudClient({ ...sessionOptions('local-demo'), versionCache: fileVersionCache(path) });
    clients.push(c);
    return c;
  };
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('asks Nova once, and a later process does not ask again', async () => {
    const first = client();
    const v = await first.compute.negotiate();
    expect(versionRequests(first)).toBe(1);
    // the write is not awaited by negotiate: give it a moment
    await new Promise((r) => setTimeout(r, 200));
    const second = client();
    await second.flavors.list();
    expect(versionRequests(second)).toBe(0);
    expect(await second.compute.negotiate()).toEqual(v);
    // a connection test can still ask Nova itself
    expect(await second.compute.negotiate({ refresh: true })).toEqual(v);
    expect(versionRequests(second)).toBe(1);
  });

  it('a remembered version Nova refuses (406) is dropped, Nova is asked, and a GET goes through', async () => {
    const probe = client();
    const url = computeVersionUrl(await probe.compute.endpoint());
    const real = await probe.compute.negotiate();
    // as if the cloud had been downgraded since: the client would send its own maximum, above Nova's
    await fileVersionCache(path).set(url, { min: '2.1', max: '9.99' });
    const stale = client();
    const flavors = await stale.flavors.list();
    expect(flavors.length).toBeGreaterThan(0);
    expect(stale.session.log.list().some((e) => e.status === 406)).toBe(true);
    expect(await stale.compute.negotiate()).toEqual(real);
    await new Promise((r) => setTimeout(r, 200));
    expect(await fileVersionCache(path).get(url)).toEqual({ min: real.min, max: real.max });
  });
});
