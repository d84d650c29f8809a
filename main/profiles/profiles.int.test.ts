import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { rootCertificates } from 'node:tls';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOUDS_YAML } from '../../e2e/support/local-cloud.js';
import type { ProfileView } from '../../shared/schemas/profile.js';
import { RequestLog } from '../openstack/request-log.js';
import { ProfileService } from './profile-service.js';

/** The real local cloud's clouds.yaml, through the importer, then a real login per profile. */
describe('import + test connection against the local cloud', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nd-profiles-int-'));
  const log = new RequestLog();
  let svc: ProfileService;
  let profiles: ProfileView[];
  const byName = (n: string) => profiles.find((p) => p.name === n) ?? expect.unreachable(`no profile ${n}`);

  beforeAll(async () => {
    svc = await ProfileService.open({ dir, log });
    // cwd and home point at an empty dir so only the env-named file can be found
    const scan = await svc.scanImport({ env: { OS_CLIENT_CONFIG_FILE: CLOUDS_YAML }, cwd: dir, home: dir });
    expect(scan.problems).toEqual([]);
    expect(scan.candidates.map((c) => c.name).sort()).toEqual(['local-admin', 'local-alt', 'local-demo', 'local-demo-regiontwo']);
    expect(scan.candidates.every((c) => c.hasSecret)).toBe(true);
    const applied = await svc.applyImport({ scanId: scan.scanId });
    expect(applied.created).toHaveLength(4);
    profiles = await svc.list();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['local-admin', 'admin', 'RegionOne'],
    ['local-demo', 'demo', 'RegionOne'],
    ['local-alt', 'alt', 'RegionOne'],
    ['local-demo-regiontwo', 'demo', 'RegionTwo'],
  ])('%s logs in to project %s in %s', async (name, project, region) => {
    const p = byName(name);
    expect(p.hasSecret).toBe(true);
    expect(p.region).toBe(region);
    const report = await svc.testConnection({ id: p.id });
    if (!report.auth.ok) throw new Error(`auth failed: ${report.auth.error.message}`);
    expect(report.profileId).toBe(p.id);
    expect(report.auth.project?.name).toBe(project);
    expect(report.auth.user.name).toBe(project);
    expect(new Date(report.auth.expiresAt).getTime()).toBeGreaterThan(Date.now());
    expect(report.auth.roles.length).toBeGreaterThan(0);
    if (name === 'local-admin') expect(report.auth.roles).toContain('admin');
    expect(report.catalog?.regions).toEqual(expect.arrayContaining(['RegionOne', 'RegionTwo']));
    expect(report.catalog?.regionFound).toBe(true);
    expect(report.catalog?.services.map((s) => s.type)).toEqual(expect.arrayContaining(['compute', 'identity', 'image', 'network']));
    if (!report.compute?.ok) throw new Error(`compute: ${JSON.stringify(report.compute)}`);
    expect(report.compute.min).toBe('2.1');
    expect(Number(report.compute.max.split('.')[1])).toBeGreaterThanOrEqual(Number(report.compute.negotiated.split('.')[1]));
    expect(report.blockStorage).toEqual({ ok: true, min: '3.0', max: '3.70', negotiated: '3.70' });
    expect(report.image).toMatchObject({ ok: true });
    expect(report.network).toMatchObject({ ok: true });
    // the log shows this profile's requests, and every one of them is tagged with it
    const mine = log.list({ cloud: p.id });
    expect(mine.some((e) => e.url.includes('/auth/tokens'))).toBe(true);
    expect(mine.some((e) => e.service === 'image' && e.status === 200)).toBe(true);
  });

  it('a wrong password is an auth_failed report, not an exception', async () => {
    const report = await svc.testConnection({ id: byName('local-demo').id, secret: 'not-the-password' });
    expect(report.auth.ok).toBe(false);
    expect(!report.auth.ok && report.auth.error.kind).toBe('auth_failed');
    expect(report.catalog).toBeUndefined();
  });

  it('tests an unsaved profile from the form, and reports a region the catalog lacks', async () => {
    const { id: _id, hasSecret: _h, ...draft } = byName('local-alt');
    const report = await svc.testConnection({ profile: { ...draft, name: 'unsaved', region: 'RegionNine' }, secret: 'alt' });
    expect(report.profileId).toBeUndefined();
    expect(report.auth.ok && report.auth.project?.name).toBe('alt');
    expect(report.catalog?.regionFound).toBe(false);
    expect(report.compute).toMatchObject({ ok: false, error: { kind: 'endpoint_not_found' } });
  });

  it('says that a CA file is ignored when certificate checks are off, and not when they are on', async () => {
    const { id: _id, hasSecret: _h, ...draft } = byName('local-alt');
    const caFile = join(dir, 'ca.pem');
    writeFileSync(caFile, rootCertificates[0] ?? expect.unreachable('Node has no bundled root'));
    const off = await svc.testConnection({ profile: { ...draft, tls: { verify: false, caFile } }, secret: 'alt' });
    expect(off.auth.ok).toBe(true);
    expect(off.tlsWarnings).toEqual(['ca_file_ignored']);
    const on = await svc.testConnection({ profile: { ...draft, tls: { verify: true, caFile } }, secret: 'alt' });
    expect(on.tlsWarnings).toBeUndefined();
  });

  it('no request log entry or report carries a password or token', async () => {
    const reports = await Promise.all(profiles.map((p) => svc.testConnection({ id: p.id })));
    const logins = log.list().filter((e) => e.url.endsWith('/auth/tokens'));
    expect(logins.length).toBeGreaterThanOrEqual(4);
    for (const e of logins) {
      expect(e.requestBody).toContain('"password":"***"');
      expect(e.requestBody).not.toMatch(/"password":"(admin|demo|alt)"/);
    }
    expect(JSON.stringify(reports)).not.toMatch(/"password"|gAAAAA[A-Za-z0-9_-]{20}/); // Fernet token prefix
  });
});
