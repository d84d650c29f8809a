import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOUDS_YAML, RUN_PREFIX } from '../../e2e/support/local-cloud.js';
import type { Result } from '../../shared/errors.js';
import type { Channel } from '../../shared/ipc/contract.js';
import type { InputOf, OutputOf } from '../../shared/ipc/types.js';
import { createApp, type NovadeskApp } from '../app.js';

/** An OpenSSH ed25519 public key line, made here so nothing depends on a key on disk. */
function sshPublicKey(): string {
  const x = generateKeyPairSync('ed25519').publicKey.export({ format: 'jwk' }).x ?? '';
  const field = (b: Buffer) => Buffer.concat([Buffer.from([0, 0, 0, b.length]), b]);
  const blob = Buffer.concat([field(Buffer.from('ssh-ed25519')), field(Buffer.from(x, 'base64url'))]);
  return `ssh-ed25519 ${blob.toString('base64')} novadesk-test`;
}

/**
 * The whole main-side path — app composition, profile import, router, handler, registry,
 * client library — against the real local cloud (e2e/cloud/up.sh). Nothing is stubbed.
 */
describe('IPC router against the local cloud', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nd-router-int-'));
  const internal: unknown[] = [];
  let app: NovadeskApp;
  let cloud: string;

  const call = <C extends Channel>(channel: C, input: InputOf<C>) =>
    app.router.dispatch(channel, input) as Promise<Result<OutputOf<C>>>;
  const ok = async <C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> => {
    const r = await call(channel, input);
    if (!r.ok) throw new Error(`${channel}: ${r.error.kind}: ${r.error.message}`);
    return r.value;
  };
  const lastSeq = () => app.log.list().at(-1)?.seq ?? 0;

  beforeAll(async () => {
    app = await createApp({ dataDir: dir, onInternalError: (_c, e) => internal.push(e) });
    const scan = await app.profiles.scanImportText({ path: CLOUDS_YAML, text: readFileSync(CLOUDS_YAML, 'utf8') });
    expect(scan.problems).toEqual([]);
    await app.profiles.applyImport({ scanId: scan.scanId });
    const demo = (await app.profiles.list()).find((p) => p.name === 'local-demo');
    if (!demo) throw new Error(`${CLOUDS_YAML} gave no local-demo profile`);
    cloud = demo.id;
  });

  afterAll(async () => {
    try {
      const mine = (await ok('keypairs.list', { cloud })).filter((k) => k.name.startsWith(RUN_PREFIX));
      await Promise.allSettled(mine.map((k) => call('keypairs.delete', { cloud, name: k.name })));
    } finally {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    }
    expect(internal).toEqual([]);
  });

  it('lists flavors, and gets one by id', async () => {
    const flavors = await ok('flavors.list', { cloud });
    expect(flavors.length).toBeGreaterThan(0);
    const first = flavors[0]!;
    expect(first.vcpus).toBeGreaterThan(0);
    expect(first.ramMb).toBeGreaterThan(0);
    expect(await ok('flavors.get', { cloud, id: first.id })).toMatchObject({ id: first.id, name: first.name });
    expect(app.registry.status(cloud).state).toBe('connected');
  });

  it('lists images and resolves their names by id', async () => {
    const images = await ok('images.list', { cloud });
    const active = images.filter((i) => i.status === 'active');
    expect(active.length).toBeGreaterThan(0);
    const names = await ok('images.namesByIds', { cloud, ids: [active[0]!.id, randomUUID()] });
    expect(names).toEqual({ [active[0]!.id]: active[0]!.name ?? '' });
  });

  it('lists servers, networks, subnets, ports, security groups, floating IPs, keypairs, zones and groups', async () => {
    const servers = await ok('servers.list', { cloud });
    for (const s of servers) expect(s.id).toMatch(/^[0-9a-f-]{36}$/);
    const networks = await ok('networks.list', { cloud });
    expect(networks.length).toBeGreaterThan(0);
    const subnets = await ok('subnets.list', { cloud });
    expect(subnets.every((s) => networks.some((n) => n.id === s.networkId))).toBe(true);
    expect(Array.isArray(await ok('ports.list', { cloud }))).toBe(true);
    expect((await ok('securityGroups.list', { cloud })).map((g) => g.name)).toContain('default');
    expect(Array.isArray(await ok('floatingIps.list', { cloud }))).toBe(true);
    expect(Array.isArray(await ok('keypairs.list', { cloud }))).toBe(true);
    expect((await ok('availabilityZones.list', { cloud })).some((z) => z.available)).toBe(true);
    expect(Array.isArray(await ok('serverGroups.list', { cloud }))).toBe(true);
  });

  it('reads limits and quotas with usage', async () => {
    const limits = await ok('limits.get', { cloud });
    expect(limits.instances.max === null || limits.instances.max > 0).toBe(true);
    expect(limits.instances.used).toBeGreaterThanOrEqual(0);
    const quota = await ok('quotas.usage', { cloud });
    expect(quota.resources.instances?.inUse).toBe(limits.instances.used);
    const net = await ok('networkQuotas.details', { cloud });
    expect(net.port?.used).toBeGreaterThanOrEqual(0);
  });

  it("tells the launch wizard the client's compute version and project without a login or a request", async () => {
    await ok('flavors.list', { cloud });
    const before = lastSeq();
    const v = await ok('clouds.computeVersion', { cloud });
    // the warm client already knows both: the wizard's first lookup costs the cloud nothing
    expect(app.log.list().filter((e) => e.seq > before)).toEqual([]);
    expect(v.negotiated).toMatch(/^2\.\d+$/);
    const minor = (x: string) => Number(x.split('.')[1]);
    expect(minor(v.negotiated)).toBeLessThanOrEqual(minor(v.max));
    expect(minor(v.min)).toBeLessThanOrEqual(minor(v.negotiated));
    const demoProject = (await ok('profiles.testConnection', { id: cloud })).auth;
    expect(demoProject.ok && demoProject.project?.id).toBe(v.projectId);
    // read from the token's catalog (the local cloud registers Cinder): the volume lookups may start
    expect(v.blockStorage).toBe(true);
  });

  it("names the client's Nova endpoint, so profiles of one project on one Nova can be told apart", async () => {
    const byName = new Map((await app.profiles.list()).map((p) => [p.name, p.id]));
    const version = (name: string) => ok('clouds.computeVersion', { cloud: byName.get(name)! });
    const [demo, regionTwo, alt] = await Promise.all([version('local-demo'), version('local-demo-regiontwo'), version('local-alt')]);
    // the catalog URL the client calls, one spelling: no trailing slash
    const compute = app.log.list().find((e) => e.service === 'compute' && new URL(e.url).pathname.includes('/flavors'))!;
    expect(compute.url.startsWith(`${demo.endpoint}/`)).toBe(true);
    expect(demo.endpoint).not.toMatch(/\/$/);
    // RegionTwo aliases RegionOne's services: the same Nova and project; alt: another project
    expect(regionTwo).toMatchObject({ endpoint: demo.endpoint, projectId: demo.projectId });
    expect(alt.endpoint).toBe(demo.endpoint);
    expect(alt.projectId).not.toBe(demo.projectId);
  });

  it('refuses a path in an id as a validation error, with no request made', async () => {
    const before = lastSeq();
    for (const id of ['../x', '..', 'a/b', 'a?b', '%2e%2e']) {
      expect(await app.router.dispatch('servers.get', { cloud, id })).toMatchObject({
        ok: false,
        error: { kind: 'validation', field: 'id' },
      });
    }
    expect(app.log.list({ sinceSeq: before })).toEqual([]);
  });

  it("answers an unknown server with not_found, Nova's message and its request id", async () => {
    const id = randomUUID();
    const r = await call('servers.get', { cloud, id });
    expect(r).toMatchObject({ ok: false, error: { kind: 'not_found', status: 404 } });
    if (r.ok) return;
    expect(r.error.message).toContain(`Instance ${id} could not be found`);
    expect(r.error.requestId).toMatch(/^req-[0-9a-f-]{36}$/);
    // the id the error names is the one in the log's request
    expect(app.log.list({ cloud }).some((e) => e.requestId === r.error.requestId && e.status === 404)).toBe(true);
  });

  it('imports, reads and deletes a keypair; delete answers null', async () => {
    const name = `${RUN_PREFIX}-ipc`;
    const publicKey = sshPublicKey();
    const imported = await ok('keypairs.import', { cloud, keypair: { name, publicKey } });
    expect(imported).toMatchObject({ name, type: 'ssh', publicKey });
    expect(await ok('keypairs.get', { cloud, name })).toMatchObject({ name, fingerprint: imported.fingerprint });
    expect(await call('keypairs.delete', { cloud, name })).toEqual({ ok: true, value: null });
    expect(await call('keypairs.get', { cloud, name })).toMatchObject({ ok: false, error: { kind: 'not_found' } });
  });

  it('refuses server-side key generation at the negotiated microversion before any request', async () => {
    const before = lastSeq();
    const r = await call('keypairs.create', { cloud, keypair: { name: `${RUN_PREFIX}-gen` } });
    expect(r).toMatchObject({ ok: false, error: { kind: 'unsupported_microversion', field: 'publicKey' } });
    expect(app.log.list({ sinceSeq: before }).filter((e) => e.method === 'POST')).toEqual([]);
  });

  it('names a missing profile as not_found on the cloud field', async () => {
    expect(await call('flavors.list', { cloud: 'no-such-profile' })).toMatchObject({
      ok: false,
      error: { kind: 'not_found', field: 'cloud' },
    });
  });
});
