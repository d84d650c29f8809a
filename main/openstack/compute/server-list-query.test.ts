import { describe, expect, it } from 'vitest';
import { withQuery } from '../service-client.js';
import { buildServerListQuery, exactNamePattern, isoSeconds, type ServerListQuery } from './server-list-query.js';

const url = (q: ReturnType<typeof buildServerListQuery>) => decodeURIComponent(withQuery('http://nova/v2.1/servers/detail', q).split('?')[1] ?? '');

describe('buildServerListQuery', () => {
  it('sends no parameter for no filter', () => {
    expect(url(buildServerListQuery({}, '2.93'))).toBe('');
  });

  it('uses Nova parameter names, tags comma-separated, dates in whole seconds', () => {
    const q = buildServerListQuery(
      {
        name: '^web-',
        status: 'ACTIVE',
        ip: '10.0.0.',
        ip6: '2001:db8::',
        image: 'img-1',
        flavor: '42',
        tags: ['a', 'b'],
        tagsAny: ['c'],
        notTags: ['d'],
        notTagsAny: ['e', 'f'],
        availabilityZone: 'nova',
        keyName: 'k',
        locked: false,
        changesSince: new Date('2026-11-25T10:00:00.789Z'),
        changesBefore: '2026-11-26T00:00:00Z',
        limit: 3,
        marker: 'm1',
      },
      '2.93',
    );
    expect(q).toMatchObject({
      name: '^web-',
      status: 'ACTIVE',
      ip: '10.0.0.',
      ip6: '2001:db8::',
      image: 'img-1',
      flavor: '42',
      tags: 'a,b',
      'tags-any': 'c',
      'not-tags': 'd',
      'not-tags-any': 'e,f',
      availability_zone: 'nova',
      key_name: 'k',
      locked: false,
      'changes-since': '2026-11-25T10:00:00Z',
      'changes-before': '2026-11-26T00:00:00Z',
      limit: 3,
      marker: 'm1',
    });
    expect(url(q)).toContain('locked=false');
  });

  it('pairs repeated sort keys with their directions, Nova defaulting to desc', () => {
    const q = buildServerListQuery({ sort: [{ key: 'display_name', dir: 'asc' }, { key: 'created_at' }] }, '2.93');
    expect(url(q)).toBe('sort_key=display_name&sort_key=created_at&sort_dir=asc&sort_dir=desc');
  });

  it('sets all_tenants with project_id, which Nova otherwise replaces with the caller project', () => {
    expect(buildServerListQuery({ projectId: 'p2' }, '2.1')).toMatchObject({ all_tenants: true, project_id: 'p2' });
    expect(buildServerListQuery({ allTenants: true }, '2.1').all_tenants).toBe(true);
    expect(buildServerListQuery({ allTenants: false }, '2.1').all_tenants).toBeUndefined();
  });

  it.each<[string, ServerListQuery, string, string]>([
    ['tags', { tags: ['a'] }, '2.25', '2.26'],
    ['notTagsAny', { notTagsAny: ['a'] }, '2.25', '2.26'],
    ['availabilityZone', { availabilityZone: 'nova' }, '2.82', '2.83'],
    ['keyName', { keyName: 'k' }, '2.82', '2.83'],
    ['changesBefore', { changesBefore: '2026-01-01T00:00:00Z' }, '2.65', '2.66'],
    ['locked', { locked: true }, '2.72', '2.73'],
    ['ip6', { ip6: '::1' }, '2.4', '2.5'],
  ])('refuses %s below its version and names it', (field, filters, below, from) => {
    expect(() => buildServerListQuery(filters, below)).toThrow(
      expect.objectContaining({ kind: 'unsupported_microversion', field, message: expect.stringContaining(from) }),
    );
    expect(() => buildServerListQuery(filters, from)).not.toThrow();
  });

  it('refuses an unknown sort key, a locked sort before 2.73 and a negative limit', () => {
    expect(() => buildServerListQuery({ sort: [{ key: 'nope' as 'uuid' }] }, '2.93')).toThrow(expect.objectContaining({ kind: 'validation', field: 'sort' }));
    expect(() => buildServerListQuery({ sort: [{ key: 'locked' }] }, '2.72')).toThrow(expect.objectContaining({ kind: 'unsupported_microversion' }));
    expect(() => buildServerListQuery({ limit: -1 }, '2.93')).toThrow(expect.objectContaining({ kind: 'validation', field: 'limit' }));
  });

  it('keeps changes-since available at every version (it predates microversions)', () => {
    expect(buildServerListQuery({ changesSince: '2026-01-01T00:00:00Z' }, '2.1')['changes-since']).toBe('2026-01-01T00:00:00Z');
  });
});

describe('exactNamePattern', () => {
  it('anchors the name and escapes every regex character', () => {
    const p = exactNamePattern('a.b*(c)[d]+?^$|{1}\\');
    expect(p).toBe('^a\\.b\\*\\(c\\)\\[d\\]\\+\\?\\^\\$\\|\\{1\\}\\\\$');
    const re = new RegExp(p);
    expect(re.test('a.b*(c)[d]+?^$|{1}\\')).toBe(true);
    expect(re.test('aXb*(c)[d]+?^$|{1}\\')).toBe(false);
  });
});

describe('isoSeconds', () => {
  it('drops milliseconds from dates and keeps strings as given', () => {
    expect(isoSeconds(new Date('2026-01-02T03:04:05.999Z'))).toBe('2026-01-02T03:04:05Z');
    expect(isoSeconds('2026-01-02T03:04:05+01:00')).toBe('2026-01-02T03:04:05+01:00');
  });
});
