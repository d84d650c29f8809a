import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rootCertificates } from 'node:tls';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseCloudsConfig, type CloudsSource, type ImportCandidate } from './clouds-yaml-parse.js';
import { scanCloudsConfig } from './clouds-yaml-read.js';
import { findCloudsFiles, searchPath } from './clouds-yaml-search.js';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const source = (name: string): CloudsSource => ({ path: join(fixtures, name), text: readFileSync(join(fixtures, name), 'utf8') });

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'nd-clouds-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function byName(cs: ImportCandidate[], name: string): ImportCandidate {
  const c = cs.find((x) => x.name === name);
  if (!c) throw new Error(`no candidate ${name} in ${cs.map((x) => x.name).join(', ')}`);
  return c;
}

describe('parseCloudsConfig on the fixtures', async () => {
  const { candidates, problems } = await parseCloudsConfig(source('clouds.yaml'), source('secure.yaml'));

  it('maps a password cloud, secure.yaml values winning', () => {
    const c = byName(candidates, 'plain');
    expect(c.secret).toBe('canary-from-secure-yaml');
    expect(c.draft).toMatchObject({
      name: 'plain',
      label: 'plain',
      region: 'RegionOne',
      interface: 'internal',
      tls: { verify: true },
      auth: {
        type: 'password',
        authUrl: 'https://keystone.example.org:5000/v3',
        user: { name: 'alice', domain: { name: 'Default' } },
        project: { name: 'web', domain: { id: 'default' } },
      },
    });
    expect(c.source).toBe(join(fixtures, 'clouds.yaml'));
  });

  it('expands regions (strings and {name, values}) into one profile each', () => {
    expect(candidates.some((c) => c.name === 'multi')).toBe(false);
    const east = byName(candidates, 'multi-East');
    const west = byName(candidates, 'multi-West');
    expect(east.draft.region).toBe('East');
    expect(east.draft.label).toBe('multi (East)');
    expect(east.draft.interface).toBe('public');
    expect(west.draft.region).toBe('West');
    expect(west.draft.interface).toBe('admin');
    expect(west.draft.tls.verify).toBe(false);
    expect(east.draft.tls.verify).toBe(true);
    // numeric ids become strings; domain_name stands in for the user's and project's domain
    expect(east.draft.auth).toMatchObject({ user: { name: 'bob', domain: { name: 'Corp' } }, project: { id: '12345' } });
    expect(east.secret).toBe('canary-multi');
    expect(west.secret).toBe('canary-multi');
  });

  it('maps application credentials by id and by name + user', () => {
    const byId = byName(candidates, 'appcred');
    expect(byId.draft.auth).toEqual({ type: 'application_credential', authUrl: 'http://127.0.0.1:5000', applicationCredential: { id: '0123abcd' } });
    expect(byId.secret).toBe('canary-appcred-secret');
    const named = byName(candidates, 'appcred-by-name');
    expect(named.draft.auth).toMatchObject({ applicationCredential: { name: 'ci', user: { name: 'ci-bot', domain: { id: 'default' } } } });
    expect(named.secret).toBeUndefined();
  });

  it('maps token auth, insecure and the legacy endpoint_type', () => {
    const t = byName(candidates, 'tokencloud');
    expect(t.draft.auth.type).toBe('token');
    expect(t.secret).toBe('canary-token-from-yaml');
    expect(t.draft.tls.verify).toBe(false);
    expect(t.draft.interface).toBe('public');
  });

  it('names cloud and key for each broken cloud, and imports the rest', () => {
    const at = (cloud: string) => problems.filter((p) => p.cloud === cloud).map((p) => p.field);
    expect(at('no-url')).toEqual(['auth.auth_url']);
    expect(at('oidc')).toEqual(['auth_type']);
    expect(problems.find((p) => p.cloud === 'oidc')?.message).toContain('v3oidcpassword');
    expect(at('v2')).toEqual(['identity_api_version']);
    expect(at('no-project')).toEqual(['auth.project_name']);
    expect(at('bad-ca')).toEqual(['cacert']);
    expect(problems.find((p) => p.cloud === 'bad-ca')?.message).toContain(join(fixtures, 'missing-ca.pem'));
    expect(candidates.map((c) => c.name).sort()).toEqual(['appcred', 'appcred-by-name', 'multi-East', 'multi-West', 'plain', 'tokencloud']);
  });
});

describe('parseCloudsConfig edge cases', () => {
  it('reports malformed YAML with its line and imports nothing from it', async () => {
    const r = await parseCloudsConfig(source('malformed.yaml'));
    expect(r.candidates).toEqual([]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]?.file).toBe(join(fixtures, 'malformed.yaml'));
    expect(r.problems[0]?.message).toMatch(/not valid YAML at line \d+/);
  });

  it('reports a malformed secure.yaml and still imports clouds.yaml', async () => {
    const r = await parseCloudsConfig(source('clouds.yaml'), { path: '/x/secure.yaml', text: 'clouds: [' });
    expect(r.problems.some((p) => p.file === '/x/secure.yaml')).toBe(true);
    expect(byName(r.candidates, 'plain').secret).toBe('from-clouds-yaml');
  });

  it('a single-entry regions list keeps the cloud name; a bad region entry is named', async () => {
    const text = `clouds:
  one:
    auth: {auth_url: 'http://k/v3', user_id: u, project_id: p}
    regions: [Solo]
  two:
    auth: {auth_url: 'http://k/v3', user_id: u, project_id: p}
    regions: [A, {values: {}}]
`;
    const r = await parseCloudsConfig({ path: '/c.yaml', text });
    expect(byName(r.candidates, 'one').draft.region).toBe('Solo');
    expect(r.problems).toEqual([expect.objectContaining({ cloud: 'two', field: 'regions[1]' })]);
  });

  it('resolves a relative cacert against the clouds.yaml directory, with a warning', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'ca.pem'), rootCertificates[0] ?? '');
    const text = `clouds:\n  c:\n    auth: {auth_url: 'https://k/v3', user_id: u, project_id: p}\n    cacert: ca.pem\n`;
    const r = await parseCloudsConfig({ path: join(dir, 'clouds.yaml'), text });
    const c = byName(r.candidates, 'c');
    expect(c.draft.tls.caFile).toBe(join(dir, 'ca.pem'));
    expect(c.warnings.join()).toContain('relative');
  });

  it('a file without clouds, or with clouds of the wrong type', async () => {
    expect(await parseCloudsConfig({ path: '/e.yaml', text: '' })).toEqual({ candidates: [], problems: [] });
    const r = await parseCloudsConfig({ path: '/l.yaml', text: 'clouds: [a, b]' });
    expect(r.problems[0]).toMatchObject({ field: 'clouds' });
  });
});

describe('clouds.yaml search order', () => {
  function layout() {
    const root = tempDir();
    const cwd = join(root, 'work');
    const home = join(root, 'home');
    const xdg = join(root, 'xdg');
    for (const d of [cwd, join(home, '.config', 'openstack'), join(xdg, 'openstack')]) mkdirSync(d, { recursive: true });
    return { root, cwd, home, xdg };
  }
  const one = (name: string) => `clouds:\n  ${name}:\n    auth: {auth_url: 'http://k/v3', user_id: u, project_id: p}\n`;

  it('puts the env override first, then ./, the user dirs, the site dirs', () => {
    const l = layout();
    const ctx = { env: { OS_CLIENT_CONFIG_FILE: '/override/c.yaml' }, cwd: l.cwd, home: l.home, platform: 'linux' as const };
    const order = searchPath('clouds', ctx);
    expect(order[0]).toBe('/override/c.yaml');
    expect(order.slice(1, 4)).toEqual([join(l.cwd, 'clouds.yaml'), join(l.cwd, 'clouds.yml'), join(l.cwd, 'clouds.json')]);
    expect(order.indexOf(join(l.home, '.config', 'openstack', 'clouds.yaml'))).toBeLessThan(order.indexOf('/etc/openstack/clouds.yaml'));
    expect(order.at(-1)).toBe('/etc/openstack/clouds.json');
    expect(searchPath('secure', { ...ctx, env: { OS_CLIENT_SECURE_FILE: '/s.yaml' } })[0]).toBe('/s.yaml');
  });

  it('the first existing file wins: env, then ./, then ~/.config/openstack', () => {
    const l = layout();
    const homeFile = join(l.home, '.config', 'openstack', 'clouds.yaml');
    writeFileSync(homeFile, one('home'));
    const ctx = { env: {}, cwd: l.cwd, home: l.home, platform: 'linux' as const };
    expect(findCloudsFiles(ctx).clouds).toBe(homeFile);
    writeFileSync(join(l.cwd, 'clouds.yml'), one('cwd'));
    expect(findCloudsFiles(ctx).clouds).toBe(join(l.cwd, 'clouds.yml'));
    const envFile = join(l.root, 'elsewhere.yaml');
    writeFileSync(envFile, one('env'));
    expect(findCloudsFiles({ ...ctx, env: { OS_CLIENT_CONFIG_FILE: envFile } }).clouds).toBe(envFile);
  });

  it('honours XDG_CONFIG_HOME before ~/.config', () => {
    const l = layout();
    writeFileSync(join(l.home, '.config', 'openstack', 'clouds.yaml'), one('home'));
    writeFileSync(join(l.xdg, 'openstack', 'clouds.yaml'), one('xdg'));
    const found = findCloudsFiles({ env: { XDG_CONFIG_HOME: l.xdg }, cwd: l.cwd, home: l.home, platform: 'linux' });
    expect(found.clouds).toBe(join(l.xdg, 'openstack', 'clouds.yaml'));
  });

  it('scans clouds.yaml + secure.yaml found apart, and reports a missing env file', async () => {
    const l = layout();
    writeFileSync(join(l.cwd, 'clouds.yaml'), one('c1'));
    writeFileSync(join(l.home, '.config', 'openstack', 'secure.yaml'), 'clouds:\n  c1:\n    auth: {password: canary-s}\n');
    const ctx = { env: { OS_CLIENT_SECURE_FILE: join(l.root, 'gone.yaml') }, cwd: l.cwd, home: l.home, platform: 'linux' as const };
    const scan = await scanCloudsConfig(ctx);
    expect(scan.files.clouds).toBe(join(l.cwd, 'clouds.yaml'));
    expect(scan.files.secure).toBe(join(l.home, '.config', 'openstack', 'secure.yaml'));
    expect(byName(scan.candidates, 'c1').secret).toBe('canary-s');
    expect(scan.problems).toEqual([expect.objectContaining({ message: expect.stringContaining('OS_CLIENT_SECURE_FILE') })]);
  });

  it('says where it looked when there is no clouds.yaml', async () => {
    const l = layout();
    const scan = await scanCloudsConfig({ env: {}, cwd: l.cwd, home: l.home, platform: 'linux' });
    expect(scan.candidates).toEqual([]);
    expect(scan.problems[0]?.message).toContain('no clouds.yaml');
    expect(scan.files.searched).toContain(join(l.cwd, 'clouds.yaml'));
  });

  it('the fixture parses as YAML at all (guards the fixture itself)', () => {
    expect(Object.keys((parse(source('clouds.yaml').text) as { clouds: object }).clouds)).toHaveLength(10);
  });
});
