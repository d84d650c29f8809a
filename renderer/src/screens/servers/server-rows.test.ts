import { describe, expect, it } from 'vitest';
import { flavorLabel, groupAddresses, quickFilter, toRow } from './server-rows.js';
import { testServer } from './test-server.js';

const lookups = { cloudName: 'Demo', imageNames: { 'img-1': 'tiny-raw' }, flavorNames: { '42': 'm1.nano' } };

describe('toRow', () => {
  it('keys rows by cloud and id, since ids are unique per cloud only', () => {
    const r = toRow('local-demo', testServer(), lookups);
    expect(r.key).toBe('local-demo/11111111-2222-4333-8444-555555555555');
    expect(r.cloudName).toBe('Demo');
  });

  it('names the image from the batched lookup, and says when the server booted from a volume', () => {
    expect(toRow('c', testServer(), lookups).imageName).toBe('tiny-raw');
    expect(toRow('c', testServer({ imageId: 'unknown' }), lookups).imageName).toBeUndefined();
    const bfv = toRow('c', testServer({ imageId: '' }), lookups);
    expect(bfv.bootFromVolume).toBe(true);
    expect(bfv.imageName).toBeUndefined();
  });

  it('marks rows to poll', () => {
    expect(toRow('c', testServer({ status: 'BUILD', taskState: 'spawning' }), lookups).transitional).toBe(true);
    expect(toRow('c', testServer(), lookups).transitional).toBe(false);
  });

  it('parses the creation time for the age column', () => {
    expect(toRow('c', testServer(), lookups).createdMs).toBe(Date.parse('2025-01-01T00:00:00Z'));
  });
});

describe('flavorLabel', () => {
  it('uses the embedded name (2.47+), else the name looked up by id, else the id', () => {
    expect(flavorLabel(testServer(), {})).toBe('m1.nano');
    const old = testServer({ flavor: { ...testServer().flavor, id: '42', name: undefined } });
    expect(flavorLabel(old, { '42': 'm1.nano' })).toBe('m1.nano');
    expect(flavorLabel(old, {})).toBe('42');
  });
});

describe('groupAddresses', () => {
  it('splits each network into fixed and floating addresses, networks sorted', () => {
    const groups = groupAddresses({
      'z-net': [{ addr: '10.1.0.5', version: 4, type: 'fixed', mac: undefined }],
      'demo-net': [
        { addr: '10.0.0.5', version: 4, type: 'fixed', mac: 'fa:16:3e:00:00:01' },
        { addr: 'fd00::5', version: 6, type: 'fixed', mac: 'fa:16:3e:00:00:01' },
        { addr: '172.24.4.10', version: 4, type: 'floating', mac: 'fa:16:3e:00:00:01' },
      ],
    });
    expect(groups).toEqual([
      { network: 'demo-net', fixed: ['10.0.0.5', 'fd00::5'], floating: ['172.24.4.10'] },
      { network: 'z-net', fixed: ['10.1.0.5'], floating: [] },
    ]);
  });

  it('counts an address without OS-EXT-IPS:type as fixed', () => {
    expect(groupAddresses({ n: [{ addr: '10.0.0.9', version: 4, type: undefined, mac: undefined }] })[0]?.fixed).toEqual(['10.0.0.9']);
  });
});

describe('quickFilter', () => {
  const rows = [
    toRow('c', testServer({ id: 'a', name: 'web-1', addresses: { 'demo-net': [{ addr: '10.0.0.5', version: 4, type: 'fixed', mac: undefined }] } }), lookups),
    toRow('c', testServer({ id: 'b', name: 'db-1', status: 'ERROR', tags: ['prod'] }), lookups),
    toRow('c', testServer({ id: 'c', name: 'WEB-2', status: 'SHUTOFF', powerState: 'SHUTDOWN' }), lookups),
  ];
  const names = (q: string) => quickFilter(rows, q).map((r) => r.server.name);

  it('returns every row for an empty query', () => {
    expect(quickFilter(rows, '  ')).toBe(rows);
  });

  it('matches name, status, address and tags, case-insensitively', () => {
    expect(names('web')).toEqual(['web-1', 'WEB-2']);
    expect(names('error')).toEqual(['db-1']);
    expect(names('10.0.0')).toEqual(['web-1']);
    expect(names('prod')).toEqual(['db-1']);
    expect(names('tiny-raw')).toHaveLength(3);
  });

  it('needs every term to match', () => {
    expect(names('web shutoff')).toEqual(['WEB-2']);
    expect(names('web error')).toEqual([]);
  });
});
