import i18n from 'i18next';
import { describe, expect, it } from 'vitest';
import '../../i18n/index.js';
import { toCsv } from '../../kit/export.js';
import { cloudNames, mergeSameServers, seenBy, serverScope } from './cross-cloud.js';
import { serverColumns } from './server-columns.js';
import { quickFilter, toRow, type ServerRow } from './server-rows.js';
import { testServer } from './test-server.js';

// What main's `clouds.computeVersion` answers for each profile: the catalog's compute URL as
// its client calls it, and the token's project.
const NOVA = 'http://127.0.0.1:8774/v2.1';
const DEMO = '0a1b2c3d4e5f40718293a4b5c6d7e8f9';
const ALT = '9f8e7d6c5b4a40392817f6e5d4c3b2a1';
const answers: Record<string, { endpoint: string; projectId?: string } | undefined> = {
  dev: { endpoint: NOVA, projectId: DEMO },
  'dev-copy': { endpoint: NOVA, projectId: DEMO },
  'dev-r2': { endpoint: NOVA, projectId: DEMO },
  alt: { endpoint: NOVA, projectId: ALT },
  // a %(tenant_id)s catalog: the project is in the URL
  legacy: { endpoint: `http://127.0.0.1:8774/v2/${DEMO}`, projectId: DEMO },
  unscoped: { endpoint: NOVA },
  // not asked yet (or the question failed)
  pending: undefined,
};
const scopeOf = (cloud: string) => {
  const a = answers[cloud];
  return a && serverScope(a);
};

const WEB = '6f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const DB = 'b7c8d9e0-f1a2-4b3c-9d4e-5f6a7b8c9d0e';
const rowsOf = (cloud: string, ...ids: string[]): ServerRow[] =>
  ids.map((id) => toRow(cloud, testServer({ id, name: id === WEB ? 'web-1' : 'db-1', projectId: DEMO }), { cloudName: cloud, imageNames: {}, flavorNames: {} }));

describe('mergeSameServers', () => {
  it('shows a server two profiles reach through the same Nova and project once, naming both', () => {
    const rows = mergeSameServers([...rowsOf('dev', WEB, DB), ...rowsOf('dev-copy', WEB, DB), ...rowsOf('dev-r2', WEB)], scopeOf);
    expect(rows.map((r) => r.key)).toEqual([`dev/${WEB}`, `dev/${DB}`]);
    expect(rows.map(cloudNames)).toEqual(['dev, dev-copy, dev-r2', 'dev, dev-copy']);
    expect(seenBy(rows[0]!)).toEqual([
      { cloud: 'dev', cloudName: 'dev' },
      { cloud: 'dev-copy', cloudName: 'dev-copy' },
      { cloud: 'dev-r2', cloudName: 'dev-r2' },
    ]);
    // the quick filter finds the row by any profile that sees it
    expect(quickFilter(rows, 'dev-r2').map((r) => r.server.name)).toEqual(['web-1']);
  });

  it('keeps rows of different projects apart, even on one Nova with one id', () => {
    const rows = mergeSameServers([...rowsOf('dev', WEB), ...rowsOf('alt', WEB)], scopeOf);
    expect(rows.map((r) => [r.key, cloudNames(r)])).toEqual([
      [`dev/${WEB}`, 'dev'],
      [`alt/${WEB}`, 'alt'],
    ]);
  });

  it('keeps apart a Nova reached by another URL', () => {
    expect(mergeSameServers([...rowsOf('dev', WEB), ...rowsOf('legacy', WEB)], scopeOf)).toHaveLength(2);
  });

  it('does not merge while a profile’s endpoint or project is unknown', () => {
    expect(mergeSameServers([...rowsOf('dev', WEB), ...rowsOf('pending', WEB)], scopeOf)).toHaveLength(2);
    expect(mergeSameServers([...rowsOf('pending', WEB), ...rowsOf('pending', WEB)], scopeOf)).toHaveLength(2);
    expect(mergeSameServers([...rowsOf('unscoped', WEB), ...rowsOf('dev', WEB)], scopeOf)).toHaveLength(2);
  });

  it('acts through the first profile in profile order', () => {
    const [row] = mergeSameServers([...rowsOf('dev-copy', WEB), ...rowsOf('dev', WEB)], scopeOf);
    expect(row).toMatchObject({ key: `dev-copy/${WEB}`, cloud: 'dev-copy', cloudName: 'dev-copy' });
    expect(cloudNames(row!)).toBe('dev-copy, dev');
  });

  it('returns a row nobody else sees as it was', () => {
    const rows = rowsOf('dev', WEB, DB);
    const merged = mergeSameServers(rows, scopeOf);
    expect(merged[0]).toBe(rows[0]);
    expect(merged[0]!.seenBy).toBeUndefined();
    expect(cloudNames(merged[0]!)).toBe('dev');
  });
});

describe('the Cloud column of a merged row', () => {
  it('names every profile that sees the server, in the export too', () => {
    const rows = mergeSameServers([...rowsOf('dev', WEB), ...rowsOf('dev-copy', WEB)], scopeOf);
    const columns = serverColumns({
      t: i18n.getFixedT('en', 'servers'),
      lang: 'en',
      now: 0,
      pending: {},
      rowErrors: {},
      profiles: {},
      allClouds: true,
      onResizeDecision: () => {},
      onDismissError: () => {},
    }).filter((c) => c.id === 'name' || c.id === 'cloud');
    expect(toCsv(columns, rows, (c) => c.id)).toBe('name,cloud\r\nweb-1,"dev, dev-copy"\r\n');
  });
});
