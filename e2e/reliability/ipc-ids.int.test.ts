import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { CHANNELS, contract, type Channel } from '../../shared/ipc/contract.js';
import { CloudId, ProfileId, ResourceId } from '../../shared/ipc/ids.js';
import { KeypairName } from '../../shared/schemas/keypair.js';
import { FaultProxy } from '../support/fault-proxy.js';
import { startApp, type AppFixture } from './support/app-fixture.js';
import { idPaths, sample, withValueAt } from './support/zod-samples.js';

/**
 * IDs that would change a URL (plan case 7), on every channel with an id field, through the
 * real app against the real cloud behind the fault proxy: each is a validation error naming
 * that field, and neither the proxy nor the request log sees a request. Ids that are odd but
 * allowed reach Nova percent-encoded, as exactly `/servers/{id}`.
 */
const BAD_IDS = ['../os-hypervisors', 'x?all_tenants=1', 'a#b', '%2e%2e', '%2E%2e%2fadmin', 'a/b', '/', '..', '.', '', 'x'.repeat(300)];
const ID_SCHEMAS = new Map<z.ZodType, string>([
  [ProfileId, 'profile id'],
  [CloudId, 'cloud id'],
  [ResourceId, 'resource id'],
  [KeypairName, 'keypair name'],
]);
/** Inputs the sampler cannot make valid on its own (cross-field refinements), whole or per id path. */
const BASES: Partial<Record<Channel, unknown | ((path: string) => unknown)>> = {
  'profiles.save': {
    profile: {
      name: 'sample',
      auth: { type: 'password', authUrl: 'http://127.0.0.1:5000/v3', user: { name: 'u', domain: { name: 'Default' } }, project: { name: 'p', domain: { name: 'Default' } } },
    },
  },
  // a network or a port, one of the two: the one whose id is planted
  'serverInterfaces.attach': (path: string) => ({ cloud: 'c', serverId: 'abc', attach: path === 'attach.portId' ? { portId: 'abc' } : { netId: 'abc' } }),
  // a passcode is digits, which no sampled string is
  'clouds.passcode': { cloud: 'c', passcode: '123456' },
  // a file reference is a UUID main's file dialog handed out
  'images.download': { cloud: 'c', id: 'abc', transfer: 't-1', file: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b' },
  'images.upload': { cloud: 'c', transfer: 't-1', file: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b', image: { name: 'n', diskFormat: 'raw' } },
  // a URL the sampler cannot make up
  'images.importFromUrl': { cloud: 'c', transfer: 't-1', image: { name: 'n', diskFormat: 'raw' }, url: 'http://127.0.0.1/n.img' },
  // a name or a description, at least one
  'securityGroups.update': { cloud: 'c', id: 'abc', group: { name: 'web' } },
};
let proxy: FaultProxy;
let f: AppFixture;
let cloud: string;

beforeAll(async () => {
  proxy = await FaultProxy.start();
  f = await startApp({ authUrl: proxy.authUrl });
  cloud = f.ids['local-alt'];
});
afterAll(async () => {
  await f?.close();
  await proxy?.close();
});

const cases = CHANNELS.flatMap((channel) => idPaths(contract[channel].input, ID_SCHEMAS).map((p) => ({ channel, ...p })));

describe('ids that would change the URL', () => {
  it('finds the id fields of the contract (so a new channel is covered without editing this test)', () => {
    expect(cases.length).toBeGreaterThan(60);
    expect(cases).toContainEqual({ channel: 'servers.get', path: 'id', kind: 'resource id' });
    expect(cases).toContainEqual({ channel: 'keypairs.delete', path: 'name', kind: 'keypair name' });
    expect(cases).toContainEqual({ channel: 'images.namesByIds', path: 'ids.0', kind: 'resource id' });
  });

  it('the proxy is on the path: a valid call is seen there', async () => {
    const before = proxy.seen.length;
    await f.ok('servers.list', { cloud });
    expect(proxy.seen.length).toBeGreaterThan(before);
  });

  it(`${BAD_IDS.length} bad ids in each id field of every channel: a validation error naming the field, no request`, async () => {
    const fixed = new Map<z.ZodType, unknown>([
      [ProfileId, cloud],
      [CloudId, cloud],
    ]);
    const seenBefore = proxy.seen.length;
    const logBefore = f.app.log.list().length;
    const wrong: string[] = [];
    for (const { channel, path } of cases) {
      const schema = contract[channel].input;
      const given = BASES[channel];
      const base = typeof given === 'function' ? given(path) : (given ?? sample(schema, fixed));
      // the only thing wrong with each input below is the planted id: with a good id it is valid
      const good = schema.safeParse(withValueAt(schema, base, path, 'abc', fixed));
      if (!good.success) {
        wrong.push(`${channel} ${path}: the sampled input is itself invalid at ${good.error.issues[0]?.path.join('.')}`);
        continue;
      }
      for (const bad of BAD_IDS) {
        const input = withValueAt(schema, base, path, bad, fixed);
        const r = await f.app.router.dispatch(channel, input);
        if (r.ok || r.error.kind !== 'validation' || r.error.field !== path) {
          wrong.push(`${channel} ${path}=${JSON.stringify(bad).slice(0, 40)} → ${JSON.stringify(r).slice(0, 160)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    console.info(`ids: ${cases.length} id fields on ${new Set(cases.map((c) => c.channel)).size} channels × ${BAD_IDS.length} bad ids, all refused`);
    expect(proxy.seen.length - seenBefore, 'requests that reached the cloud').toBe(0);
    expect(f.app.log.list().length - logBefore, 'requests in the app log').toBe(0);
  });

  it.each([
    ['servers.get', { id: 'a b@c:d.e' }, /^\/v2\.1(\/[0-9a-f]+)?\/servers\/a%20b%40c%3Ad\.e$/],
    ['servers.get', { id: '...' }, /^\/v2\.1(\/[0-9a-f]+)?\/servers\/\.\.\.$/],
    ['keypairs.get', { name: 'a b.c@d' }, /^\/v2\.1(\/[0-9a-f]+)?\/os-keypairs\/a%20b\.c%40d$/],
  ] as const)('an odd but allowed id (%s %j) reaches the cloud percent-encoded, as that one path', async (channel, extra, path) => {
    const from = proxy.seen.length;
    const r = await f.app.router.dispatch(channel, { cloud, ...extra });
    expect(r).toMatchObject({ ok: false, error: { kind: 'not_found' } });
    const sent = proxy.seen.slice(from).filter((s) => s.service === 'compute');
    expect(sent.map((s) => s.path)).toEqual([expect.stringMatching(path)]);
  });
});
