import { describe, expect, it } from 'vitest';
import { nextLink } from './pagination.js';
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

describe('computeVersionUrl', () => {
  it('strips a project id after /v2.1', () => {
    expect(computeVersionUrl('http://c:8774/v2.1/3f2e')).toBe('http://c:8774/v2.1');
    expect(computeVersionUrl('http://c:8774/v2.1')).toBe('http://c:8774/v2.1');
    expect(computeVersionUrl('https://cloud/compute/v2.1')).toBe('https://cloud/compute/v2.1');
  });
});
