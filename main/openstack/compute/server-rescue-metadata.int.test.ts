import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RUN_PREFIX, clientFor } from '../../../e2e/support/local-cloud.js';
import { NANO, deleteServers, imageId } from '../../../e2e/support/server-fixtures.js';
import { ComputeClient } from './compute-client.js';
import { ServerManager } from './servers.js';

// Rescue, metadata and tags against the real Nova (fake driver).
const P = `${RUN_PREFIX}-rescue`;
const demo = clientFor('local-demo');
let id: string;
let image: string;

const waitFor = (p: Parameters<typeof demo.servers.waitFor>[1]) => demo.servers.waitFor(id, p, { intervalMs: 250, timeoutMs: 90_000 });
const settled = (status: string) => (s: { status: string; taskState: string | undefined }) => s.status === status && !s.taskState;
/** everything the request log holds, as one string to look for secrets in */
const logged = () => JSON.stringify(demo.session.log.list());

beforeAll(async () => {
  image = await imageId(demo);
  const created = await demo.servers.create({ name: `${P}-vm`, imageRef: image, flavorRef: NANO, networks: 'none' });
  id = created.id as string;
  await waitFor(settled('ACTIVE'));
});

afterAll(async () => {
  try {
    await deleteServers(demo, P);
  } finally {
    await demo.close();
  }
});

describe('rescue', () => {
  it('with a password given: RESCUE, Nova answers that password, the log never holds it; unrescue → ACTIVE', async () => {
    const pass = `Rescue-${RUN_PREFIX}-Pw1`;
    expect(await demo.servers.rescue(id, { adminPass: pass, rescueImageRef: image })).toBe(pass);
    expect((await waitFor(settled('RESCUE'))).vmState).toBe('rescued');
    // the request is logged with the password redacted by its key; the answer is never logged
    const sent = demo.session.log.list().find((e) => e.requestBody?.includes('rescue_image_ref'));
    expect(JSON.parse(sent?.requestBody ?? '{}')).toEqual({ rescue: { adminPass: '***', rescue_image_ref: image } });
    expect(logged()).not.toContain(pass);
    await demo.servers.unrescue(id);
    await waitFor(settled('ACTIVE'));
  });

  it("without one: Nova makes a password and answers it once; it reaches no log entry", async () => {
    const made = await demo.servers.rescue(id);
    expect(made).toMatch(/^\S{8,}$/);
    await waitFor(settled('RESCUE'));
    expect(logged()).not.toContain(made as string);
    await demo.servers.unrescue(id);
    await waitFor(settled('ACTIVE'));
    const names = (await demo.servers.instanceActions.list(id)).map((a) => a.action);
    expect(names.filter((n) => n === 'rescue')).toHaveLength(2);
    expect(names.filter((n) => n === 'unrescue')).toHaveLength(2);
  });
});

describe('metadata and tags', () => {
  it('metadata is replaced as a whole: keys left out go', async () => {
    expect(await demo.servers.setMetadata(id, { role: 'web', tier: 'front' })).toEqual({ role: 'web', tier: 'front' });
    expect(await demo.servers.setMetadata(id, { role: 'db' })).toEqual({ role: 'db' });
    expect((await demo.servers.get(id)).metadata).toEqual({ role: 'db' });
  });

  it('tags are replaced as a whole (2.26+), and refused below 2.26 naming the field', async () => {
    expect((await demo.servers.setTags(id, ['web', 'prod'])).sort()).toEqual(['prod', 'web']);
    expect(await demo.servers.setTags(id, ['web'])).toEqual(['web']);
    expect((await demo.servers.get(id)).tags).toEqual(['web']);
    const old = new ServerManager(new ComputeClient(demo.session, '2.25'));
    await expect(old.setTags(id, ['x'])).rejects.toMatchObject({ kind: 'unsupported_microversion', field: 'tags' });
  });
});
