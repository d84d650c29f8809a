import { describe, expect, it } from 'vitest';
import { ServerListFilters } from '../../../../shared/schemas/server-list.js';
import { EMPTY_FILTERS, activeFilterCount, filterSupported, filtersKey, hasFilters, matchesFilters, toListFilters } from './server-filters.js';
import { testServer } from './test-server.js';

describe('toListFilters', () => {
  it('sends nothing for an empty form', () => {
    expect(toListFilters(EMPTY_FILTERS)).toEqual({ filters: {}, problems: {} });
  });

  it('maps every field and trims text', () => {
    const { filters } = toListFilters({ name: ' web ', status: 'ERROR', ip: '10.0.0.', image: 'img', flavor: '42', tags: 'a, b ,,c' });
    expect(filters).toEqual({ name: 'web', status: 'ERROR', ip: '10.0.0.', image: 'img', flavor: '42', tags: ['a', 'b', 'c'] });
    // what the form makes is what the contract accepts
    expect(ServerListFilters.safeParse(filters).success).toBe(true);
  });

  it('sends an address with a colon as ip6: Nova matches ip against IPv4 only', () => {
    expect(toListFilters({ ...EMPTY_FILTERS, ip: 'fd00::' }).filters).toEqual({ ip6: 'fd00::' });
  });

  it('refuses tags Nova would refuse, and sends none of them', () => {
    const bad = toListFilters({ ...EMPTY_FILTERS, tags: 'a/b' });
    expect(bad.problems.tags).toBe('tagInvalid');
    expect(bad.filters.tags).toBeUndefined();
    const many = toListFilters({ ...EMPTY_FILTERS, tags: Array.from({ length: 51 }, (_, i) => `t${i}`).join(',') });
    expect(many.problems.tags).toBe('tooManyTags');
  });
});

describe('filterSupported', () => {
  it('gates tags at 2.26 and ip6 at 2.5, and does not guess without a version', () => {
    expect(filterSupported('tags', '2.25')).toBe(false);
    expect(filterSupported('tags', '2.26')).toBe(true);
    expect(filterSupported('ip6', '2.1')).toBe(false);
    expect(filterSupported('ip6', '2.93')).toBe(true);
    expect(filterSupported('tags', undefined)).toBeUndefined();
  });
});

describe('filtersKey', () => {
  it('does not depend on key order', () => {
    expect(filtersKey({ name: 'a', status: 'ERROR' })).toBe(filtersKey({ status: 'ERROR', name: 'a' }));
    expect(filtersKey({ name: 'a' })).not.toBe(filtersKey({ name: 'b' }));
  });
});

describe('activeFilterCount', () => {
  it('counts filled fields', () => {
    expect(activeFilterCount({ ...EMPTY_FILTERS, name: 'x', tags: ' ' })).toBe(1);
  });
});

describe('matchesFilters', () => {
  const s = testServer({
    name: 'web-12',
    status: 'ACTIVE',
    imageId: 'img-1',
    tags: ['prod', 'web'],
    addresses: {
      net: [
        { addr: '10.0.0.12', version: 4, type: 'fixed', mac: undefined },
        { addr: 'fd00::12', version: 6, type: 'fixed', mac: undefined },
      ],
    },
  });

  it('matches what Nova would return for each filter', () => {
    expect(matchesFilters(s, {})).toBe(true);
    expect(matchesFilters(s, { name: '^web-1' })).toBe(true);
    expect(matchesFilters(s, { name: '^db' })).toBe(false);
    expect(matchesFilters(s, { status: 'active' })).toBe(true);
    expect(matchesFilters(s, { status: 'SHUTOFF' })).toBe(false);
    expect(matchesFilters(s, { ip: '10.0.0.1' })).toBe(true);
    expect(matchesFilters(s, { ip: 'fd00' })).toBe(false);
    expect(matchesFilters(s, { ip6: 'fd00::1' })).toBe(true);
    expect(matchesFilters(s, { image: 'img-2' })).toBe(false);
    expect(matchesFilters(s, { tags: ['prod'] })).toBe(true);
    expect(matchesFilters(s, { tags: ['prod', 'db'] })).toBe(false);
  });

  it('falls back to a substring for a name that is not a valid JS regular expression', () => {
    expect(matchesFilters(testServer({ name: 'a(b' }), { name: 'a(b' })).toBe(true);
  });

  it('cannot tell a flavor filter from an embedded flavor without an id', () => {
    expect(matchesFilters(s, { flavor: '42' })).toBeUndefined();
    expect(matchesFilters(testServer({ flavor: { ...s.flavor, id: '42' } }), { flavor: '42' })).toBe(true);
    expect(matchesFilters(testServer({ flavor: { ...s.flavor, id: '1' } }), { flavor: '42' })).toBe(false);
  });

  it('knows an empty filter set', () => {
    expect(hasFilters({})).toBe(false);
    expect(hasFilters({ name: 'x' })).toBe(true);
  });
});
