import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppFixture } from './support/app-fixture.js';

/**
 * Single-flight re-auth under load (plan case 21, gophercloud's concurrent-reauth test): the
 * cloud stops accepting the profile's token while 50 list calls go out at once through the
 * router. Expected: exactly one new login, all 50 succeed, and no request is sent more than
 * twice (the 401 and its one replay). Nova's 401s are real: the planted token is not one
 * Keystone ever issued.
 */
let f: AppFixture;
let cloud: string;

beforeAll(async () => {
  f = await startApp();
  cloud = f.ids['local-alt'];
  await f.ok('flavors.list', { cloud });
});
afterAll(async () => {
  await f?.close();
});

describe('50 calls meet a token the cloud refuses', () => {
  it('one re-auth, 50 successes, each request at most replayed once', async () => {
    const session = (await f.app.registry.client(cloud)).session;
    const good = await session.token();
    session.adoptToken({ ...good, value: `gAAAAA${'x'.repeat(180)}` });
    const from = f.app.log.list().at(-1)?.seq ?? 0;

    const results = await Promise.all(Array.from({ length: 50 }, () => f.call('flavors.list', { cloud })));
    expect(results.filter((r) => !r.ok)).toEqual([]);
    const entries = f.app.log.list({ cloud, sinceSeq: from });
    const logins = entries.filter((e) => e.method === 'POST' && /\/auth\/tokens$/.test(e.url));
    const refused = entries.filter((e) => e.status === 401);
    const answered = entries.filter((e) => e.service === 'compute' && e.status === 200);
    expect(logins.map((e) => e.status)).toEqual([201]);
    // each call: at most one 401 (sent before the new token existed) and one success
    expect(refused.length).toBeLessThanOrEqual(50);
    expect(answered.length).toBe(50);
    expect(entries.length).toBeLessThanOrEqual(1 + 50 + 50);
    expect(f.app.registry.status(cloud).state).toBe('connected');
    console.info(`re-auth storm: 50 calls, ${refused.length} refused with 401, ${logins.length} login, ${answered.length} answered`);
  });
});
