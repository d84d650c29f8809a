import { describe, expect, it } from 'vitest';
import { listAll, nextLink, type PagedClient } from './pagination.js';
import { withQuery } from './service-client.js';
import { computeVersionUrl } from './compute/compute-client.js';

describe('nextLink', () => {
  it('Nova: absolute servers_links next', () => {
    const body = { servers: [], servers_links: [{ rel: 'next', href: 'http://c/v2.1/servers/detail?limit=5&marker=m' }] };
    expect(nextLink(body, 'servers_links', 'http://c/v2.1')).toBe('http://c/v2.1/servers/detail?limit=5&marker=m');
  });

  it('Neutron: previous is not next', () => {
    const body = { networks_links: [{ rel: 'previous', href: 'http://n/v2.0/networks?marker=a&page_reverse=True' }] };
    expect(nextLink(body, 'networks_links', 'http://n/v2.0')).toBeUndefined();
  });

  it('Glance: a next path relative to the endpoint root', () => {
    const body = { images: [], next: '/v2/images?limit=1&marker=abc' };
    expect(nextLink(body, 'images_links', 'http://g:9292/v2')).toBe('http://g:9292/v2/images?limit=1&marker=abc');
    expect(nextLink(body, 'images_links', 'https://cloud/image/v2')).toBe('https://cloud/image/v2/images?limit=1&marker=abc');
  });
});

/**
 * A client that answers GETs from a table of bodies shaped like the services' own list
 * responses, and records every URL it was asked for (each would carry the token).
 */
function pagedClient(endpoint: string, serviceType: string, pages: Record<string, Record<string, unknown>>): PagedClient & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    serviceType,
    endpoint: async () => endpoint,
    url: async (path, query) => withQuery(endpoint + path, query),
    json: (async (_method: string, url: string) => {
      asked.push(url);
      const body = pages[url];
      if (!body) throw new Error(`no page for ${url}`);
      return body;
    }) as PagedClient['json'],
  };
}

const NOVA = 'http://127.0.0.1:8774/v2.1';
const NEUTRON = 'http://127.0.0.1:9696/v2.0';
const GLANCE = 'http://127.0.0.1:9292/v2';

describe('listAll follows next links only on the endpoint origin', () => {
  it('Nova servers_links across pages on the same origin', async () => {
    const c = pagedClient(NOVA, 'compute', {
      [`${NOVA}/servers/detail?limit=2`]: { servers: [{ id: 'a' }, { id: 'b' }], servers_links: [{ rel: 'next', href: `${NOVA}/servers/detail?limit=2&marker=b` }] },
      [`${NOVA}/servers/detail?limit=2&marker=b`]: { servers: [{ id: 'c' }] },
    });
    expect(await listAll(c, '/servers/detail', 'servers', { limit: 2 })).toEqual([{ id: 'a' }, { id: 'b' }, { id: 'c' }]);
  });

  it.each([
    ['another host', 'http://evil.example:8774/v2.1/servers/detail?marker=b'],
    ['another port', 'http://127.0.0.1:9999/v2.1/servers/detail?marker=b'],
    ['another scheme', 'https://127.0.0.1:8774/v2.1/servers/detail?marker=b'],
  ])('Nova: a servers_links next on %s is refused, naming the link, and never requested', async (_what, href) => {
    const c = pagedClient(NOVA, 'compute', {
      [`${NOVA}/servers/detail`]: { servers: [{ id: 'a' }], servers_links: [{ rel: 'next', href }] },
    });
    const err = await listAll(c, '/servers/detail', 'servers').catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'server_error', service: 'compute' });
    expect((err as Error).message).toContain(href);
    expect((err as Error).message).toContain('another origin');
    expect(c.asked).toEqual([`${NOVA}/servers/detail`]);
  });

  it('Nova instance actions: a `links` next on another origin is refused', async () => {
    const c = pagedClient(NOVA, 'compute', {
      [`${NOVA}/servers/s1/os-instance-actions`]: {
        instanceActions: [{ request_id: 'req-1' }],
        links: [{ rel: 'next', href: 'http://10.0.0.9:8774/v2.1/servers/s1/os-instance-actions?marker=req-1' }],
      },
    });
    await expect(listAll(c, '/servers/s1/os-instance-actions', 'instanceActions', {}, { linksKey: 'links' })).rejects.toThrow(/10\.0\.0\.9:8774/);
    expect(c.asked).toHaveLength(1);
  });

  it('Neutron: a networks_links next on another origin is refused', async () => {
    const c = pagedClient(NEUTRON, 'network', {
      [`${NEUTRON}/networks?limit=1`]: {
        networks: [{ id: 'n1' }],
        networks_links: [{ rel: 'next', href: 'http://attacker:9696/v2.0/networks?limit=1&marker=n1' }],
      },
    });
    await expect(listAll(c, '/networks', 'networks', { limit: 1 })).rejects.toThrow(/attacker:9696/);
    expect(c.asked).toHaveLength(1);
  });

  it('Glance: a relative next stays on the endpoint; an absolute one elsewhere is refused', async () => {
    const ok = pagedClient(GLANCE, 'image', {
      [`${GLANCE}/images?limit=1`]: { images: [{ id: 'i1' }], next: '/v2/images?limit=1&marker=i1' },
      [`${GLANCE}/images?limit=1&marker=i1`]: { images: [{ id: 'i2' }] },
    });
    expect(await listAll(ok, '/images', 'images', { limit: 1 })).toEqual([{ id: 'i1' }, { id: 'i2' }]);

    const bad = pagedClient(GLANCE, 'image', {
      [`${GLANCE}/images?limit=1`]: { images: [{ id: 'i1' }], next: 'http://elsewhere:9292/v2/images?limit=1&marker=i1' },
    });
    await expect(listAll(bad, '/images', 'images', { limit: 1 })).rejects.toThrow(/elsewhere:9292/);
    expect(bad.asked).toHaveLength(1);
  });
});

describe('listAll with a small first page (the servers list streams in)', () => {
  it('asks the first page with firstPageLimit, the rest without that limit, and says on each page whether more follows', async () => {
    const c = pagedClient(NOVA, 'compute', {
      [`${NOVA}/servers/detail?limit=2`]: { servers: [{ id: 'a' }, { id: 'b' }], servers_links: [{ rel: 'next', href: `${NOVA}/servers/detail?limit=2&marker=b` }] },
      [`${NOVA}/servers/detail?marker=b`]: { servers: [{ id: 'c' }, { id: 'd' }, { id: 'e' }] },
    });
    const pages: Array<[string[], boolean]> = [];
    const all = await listAll<{ id: string }>(c, '/servers/detail', 'servers', {}, { firstPageLimit: 2, onPage: (items, more) => pages.push([items.map((i) => i.id), more]) });
    expect(all.map((s) => s.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(c.asked).toEqual([`${NOVA}/servers/detail?limit=2`, `${NOVA}/servers/detail?marker=b`]);
    expect(pages).toEqual([
      [['a', 'b'], true],
      [['c', 'd', 'e'], false],
    ]);
  });

  it("keeps the caller's own page size for the pages after the first", async () => {
    const c = pagedClient(NOVA, 'compute', {
      [`${NOVA}/servers/detail?limit=1`]: { servers: [{ id: 'a' }], servers_links: [{ rel: 'next', href: `${NOVA}/servers/detail?limit=1&marker=a` }] },
      [`${NOVA}/servers/detail?limit=500&marker=a`]: { servers: [{ id: 'b' }] },
    });
    expect(await listAll(c, '/servers/detail', 'servers', { limit: 500 }, { firstPageLimit: 1 })).toEqual([{ id: 'a' }, { id: 'b' }]);
  });
});

describe('listAll guards (reliability case 28)', () => {
  it('a next link repeating the previous marker is an error, not a loop', async () => {
    const c = pagedClient(NOVA, 'compute', {
      [`${NOVA}/servers/detail?limit=1`]: { servers: [{ id: 'a' }], servers_links: [{ rel: 'next', href: `${NOVA}/servers/detail?limit=1&marker=a` }] },
      [`${NOVA}/servers/detail?limit=1&marker=a`]: { servers: [{ id: 'b' }], servers_links: [{ rel: 'next', href: `${NOVA}/servers/detail?limit=1&marker=a` }] },
    });
    await expect(listAll(c, '/servers/detail', 'servers', { limit: 1 })).rejects.toMatchObject({
      kind: 'server_error',
      message: expect.stringMatching(/repeated the page marker "a"/),
    });
    expect(c.asked).toHaveLength(2);
  });

  it('a Glance next that points back at the first page is an error, not a loop', async () => {
    const c = pagedClient(GLANCE, 'image', {
      [`${GLANCE}/images`]: { images: [{ id: 'i1' }], next: '/v2/images' },
    });
    await expect(listAll(c, '/images', 'images')).rejects.toThrow(/repeated the page marker/);
    expect(c.asked).toHaveLength(1);
  });

  it('more pages than the cap is an error naming the cap', async () => {
    // every page names a fresh marker: only the cap can stop it
    const pages: Record<string, Record<string, unknown>> = {};
    for (let i = 0; i < 10; i++) {
      const url = i === 0 ? `${NEUTRON}/ports` : `${NEUTRON}/ports?marker=p${i}`;
      pages[url] = { ports: [{ id: `p${i + 1}` }], ports_links: [{ rel: 'next', href: `${NEUTRON}/ports?marker=p${i + 1}` }] };
    }
    const c = pagedClient(NEUTRON, 'network', pages);
    await expect(listAll(c, '/ports', 'ports', {}, { maxPages: 5 })).rejects.toThrow(/still had a next page after 5 pages \(5 items\)/);
    expect(c.asked).toHaveLength(5);
  });

  it('an empty page ends the list even with a next link', async () => {
    const c = pagedClient(NOVA, 'compute', {
      [`${NOVA}/flavors/detail`]: { flavors: [], flavors_links: [{ rel: 'next', href: 'http://evil/x?marker=z' }] },
    });
    expect(await listAll(c, '/flavors/detail', 'flavors')).toEqual([]);
  });

  it('maxItems stops quietly: the caller asked for no more', async () => {
    const c = pagedClient(NOVA, 'compute', {
      [`${NOVA}/servers/detail`]: { servers: [{ id: 'a' }, { id: 'b' }], servers_links: [{ rel: 'next', href: `${NOVA}/servers/detail?marker=b` }] },
    });
    expect(await listAll(c, '/servers/detail', 'servers', {}, { maxItems: 1 })).toEqual([{ id: 'a' }]);
  });
});

describe('computeVersionUrl', () => {
  it('strips a project id after /v2.1', () => {
    expect(computeVersionUrl('http://c:8774/v2.1/3f2e')).toBe('http://c:8774/v2.1');
    expect(computeVersionUrl('http://c:8774/v2.1')).toBe('http://c:8774/v2.1');
    expect(computeVersionUrl('https://cloud/compute/v2.1')).toBe('https://cloud/compute/v2.1');
  });
});
