import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RUN_PREFIX, clientFor } from '../../../e2e/support/local-cloud.js';
import { NANO, SMALL, deleteImages, deleteServers, imageId } from '../../../e2e/support/server-fixtures.js';
import { ComputeClient } from './compute-client.js';
import { ServerManager } from './servers.js';

// Each server action against the real Nova, and the state it leads to. Two servers so that
// the power actions and the resize/rebuild family run side by side.
const P = `${RUN_PREFIX}-act`;
const demo = clientFor('local-demo');
let image: string;
let power: string;
let shape: string;

const waitFor = (id: string, p: Parameters<typeof demo.servers.waitFor>[1]) => demo.servers.waitFor(id, p, { intervalMs: 250, timeoutMs: 90_000 });
/** an action's state is reached only once its task is done, too */
const settled = (status: string) => (s: { status: string; taskState: string | undefined }) => s.status === status && !s.taskState;

beforeAll(async () => {
  image = await imageId(demo);
  const launch = (name: string) => demo.servers.create({ name: `${P}-${name}`, imageRef: image, flavorRef: NANO, networks: 'none' });
  const [a, b] = await Promise.all([launch('power'), launch('shape')]);
  power = a.id as string;
  shape = b.id as string;
  await Promise.all([waitFor(power, settled('ACTIVE')), waitFor(shape, settled('ACTIVE'))]);
});

afterAll(async () => {
  try {
    // a locked server cannot be deleted by its owner
    await demo.servers.unlock(power).catch(() => undefined);
    await Promise.all([deleteServers(demo, P), deleteImages(demo, P)]);
  } finally {
    await demo.close();
  }
});

describe('power actions', () => {
  it('stop → SHUTOFF, start → ACTIVE', async () => {
    await demo.servers.stop(power);
    expect((await waitFor(power, settled('SHUTOFF'))).powerState).toBe('SHUTDOWN');
    await demo.servers.start(power);
    expect((await waitFor(power, settled('ACTIVE'))).powerState).toBe('RUNNING');
  });

  it('reboot SOFT and HARD → ACTIVE', async () => {
    await demo.servers.reboot(power, 'SOFT');
    await waitFor(power, settled('ACTIVE'));
    await demo.servers.reboot(power, 'HARD');
    const s = await waitFor(power, settled('ACTIVE'));
    expect(s.powerState).toBe('RUNNING');
  });

  it('pause → PAUSED, unpause → ACTIVE', async () => {
    await demo.servers.pause(power);
    // the fake driver does not change its power state on pause or suspend: vm_state tells
    expect((await waitFor(power, settled('PAUSED'))).vmState).toBe('paused');
    await demo.servers.unpause(power);
    expect((await waitFor(power, settled('ACTIVE'))).vmState).toBe('active');
  });

  it('suspend → SUSPENDED, resume → ACTIVE', async () => {
    await demo.servers.suspend(power);
    expect((await waitFor(power, settled('SUSPENDED'))).vmState).toBe('suspended');
    await demo.servers.resume(power);
    await waitFor(power, settled('ACTIVE'));
  });

  it('lock with a reason sets the flag and the reason; unlock clears both', async () => {
    await demo.servers.lock(power, 'maintenance window');
    const locked = await demo.servers.get(power);
    expect(locked.locked).toBe(true);
    expect(locked.lockedReason).toBe('maintenance window');
    await demo.servers.unlock(power);
    const unlocked = await demo.servers.get(power);
    expect(unlocked.locked).toBe(false);
    expect(unlocked.lockedReason).toBeUndefined();
  });

  it('lists the instance actions, create/stop/start among them, and shows one with its events', async () => {
    const actions = await demo.servers.instanceActions.list(power);
    const names = actions.map((a) => a.action);
    expect(names).toEqual(expect.arrayContaining(['create', 'stop', 'start', 'reboot', 'pause', 'unpause', 'suspend', 'resume', 'lock', 'unlock']));
    const stop = actions.find((a) => a.action === 'stop');
    const detail = await demo.servers.instanceActions.get(power, stop?.requestId as string);
    expect(detail.instanceId).toBe(power);
    expect(detail.events?.map((e) => e.event)).toContain('compute_stop_instance');
    expect(detail.events?.every((e) => e.result === 'Success')).toBe(true);
  });

  it('pages instance actions (2.58+) and follows the links', async () => {
    const pages: number[] = [];
    const all = await demo.servers.instanceActions.list(power, { limit: 3, onPage: (p) => pages.push(p.length) });
    expect(pages.length).toBeGreaterThanOrEqual(4);
    expect(pages.slice(0, -1).every((n) => n === 3)).toBe(true);
    expect(new Set(all.map((a) => a.requestId)).size).toBe(all.length);
    expect(all.length).toBe((await demo.servers.instanceActions.list(power)).length);
  });
});

describe('resize, rebuild, images and consoles', () => {
  it('resize to m1.small → VERIFY_RESIZE → revert → ACTIVE with the old flavor', async () => {
    await demo.servers.resize(shape, SMALL);
    expect((await waitFor(shape, settled('VERIFY_RESIZE'))).flavor.name).toBe('m1.small');
    await demo.servers.revertResize(shape);
    const s = await waitFor(shape, settled('ACTIVE'));
    expect(s.flavor.name).toBe('m1.nano');
  });

  it('resize to m1.small → VERIFY_RESIZE → confirm → ACTIVE with the new flavor', async () => {
    await demo.servers.resize(shape, SMALL);
    await waitFor(shape, settled('VERIFY_RESIZE'));
    await demo.servers.confirmResize(shape);
    const s = await waitFor(shape, settled('ACTIVE'));
    expect(s.flavor.name).toBe('m1.small');
    expect(s.flavor.ramMb).toBe(2048);
  });

  it('createImage returns the id of an image that exists in Glance', async () => {
    const id = await demo.servers.createImage(shape, `${P}-snap`, { purpose: 'test' });
    const img = await demo.image.get<{ id: string; name: string; status: string }>(`/images/${id}`);
    expect(img.name).toBe(`${P}-snap`);
    // the fake driver never uploads: the snapshot stays queued (local-cloud REPORT §4)
    expect(['queued', 'saving', 'active']).toContain(img.status);
    await waitFor(shape, settled('ACTIVE'));
  });

  it('createImage before 2.45 takes the image id from the Location header', async () => {
    const old = new ServerManager(new ComputeClient(demo.session, '2.44'));
    const id = await old.createImage(shape, `${P}-snap-244`);
    const img = await demo.image.get<{ id: string; name: string }>(`/images/${id}`);
    expect(img).toMatchObject({ id, name: `${P}-snap-244` });
    await waitFor(shape, settled('ACTIVE'));
  });

  it('console output is the fake driver log, and length keeps the last lines', async () => {
    const all = await demo.servers.consoleOutput(shape);
    expect(all.trim().length).toBeGreaterThan(0);
    const last = await demo.servers.consoleOutput(shape, 1);
    expect(last.trim().split('\n')).toHaveLength(1);
    expect(all.trimEnd().endsWith(last.trim())).toBe(true);
  });

  it('rebuild with a new name and metadata → ACTIVE', async () => {
    await demo.servers.rebuild(shape, { imageRef: image, name: `${P}-rebuilt`, metadata: { rebuilt: 'yes' }, description: 'rebuilt' });
    const s = await waitFor(shape, (x) => settled('ACTIVE')(x) && x.name === `${P}-rebuilt`);
    expect(s.metadata).toEqual({ rebuilt: 'yes' });
    expect(s.description).toBe('rebuilt');
    const actions = (await demo.servers.instanceActions.list(shape)).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['resize', 'confirmResize', 'revertResize', 'createImage', 'rebuild']));
  });

  it('delete → gone (404)', async () => {
    await demo.servers.delete(shape);
    await demo.servers.waitForGone(shape, { intervalMs: 250, timeoutMs: 60_000 });
    await expect(demo.servers.get(shape)).rejects.toMatchObject({ kind: 'not_found', status: 404 });
  });
});
