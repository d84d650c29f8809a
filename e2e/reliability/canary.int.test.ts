import { statSync } from 'node:fs';
import { format } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CloudClient } from '../../main/openstack/cloud-client.js';
import { FaultProxy } from '../support/fault-proxy.js';
import { clientFor, RUN_PREFIX } from '../support/local-cloud.js';
import { deleteServers } from '../support/server-fixtures.js';
import { startApp, type AppFixture } from './support/app-fixture.js';
import { findSecrets, formsOf, makeCanaries, pemLines, type Canaries } from './support/canaries.js';
import { runCanaryScenario, type Call, type ScenarioResult } from './support/canary-scenario.js';
import { createCanaryUser, type CanaryUser } from './support/canary-user.js';
import { readTree } from './support/files.js';
import { testKeychain } from './support/test-keychain.js';
import { capComputeVersion } from './support/version-cap.js';

/**
 * Canary secrets in the app as both hosts build it (plan cases 15, 16, 46): searched in the
 * request log, every IPC answer and event, every file of the data dir (profiles, encrypted
 * secrets, list caches) and everything the process printed meanwhile. The one allowed
 * appearance: the private key in the answer to the keypairs.create the user asked for.
 */
const PREFIX = `${RUN_PREFIX}-canary`;
const c: Canaries = makeCanaries();
let proxy: FaultProxy;
let user: CanaryUser;
let f: AppFixture;
let owner: CloudClient;
let result: ScenarioResult;
const answers: { channel: string; text: string }[] = [];
const keyAnswers: string[] = [];
const events: string[] = [];
const printed: string[] = [];
const restore: (() => void)[] = [];

/** Everything the process prints while the scenario runs. */
function capturePrinting(): void {
  for (const m of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    const orig = console[m];
    console[m] = (...args: unknown[]) => {
      printed.push(format(...args));
      orig.apply(console, args);
    };
    restore.push(() => (console[m] = orig));
  }
  for (const stream of [process.stdout, process.stderr]) {
    const orig = stream.write.bind(stream);
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      printed.push(String(chunk));
      return (orig as (...a: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof stream.write;
    restore.push(() => (stream.write = orig));
  }
}

beforeAll(async () => {
  owner = clientFor('local-alt');
  proxy = await FaultProxy.start();
  await capComputeVersion(proxy, '2.91');
  user = await createCanaryUser(`${PREFIX}-user`, c.password, c.appCredentialSecret);
  f = await startApp({ noImport: true, safeStorage: testKeychain() });
  f.app.events.subscribe((event, payload) => events.push(JSON.stringify({ event, payload })));
  const call = (async (channel: string, input: unknown, opts?: { holdsPrivateKey?: boolean }) => {
    const r = await f.app.router.dispatch(channel, input);
    if (opts?.holdsPrivateKey) keyAnswers.push(JSON.stringify(r));
    else answers.push({ channel, text: JSON.stringify(r) });
    return r;
  }) as Call;
  capturePrinting();
  try {
    result = await runCanaryScenario(call, c, user, proxy.authUrl, PREFIX);
  } finally {
    for (const r of restore.splice(0)) r();
  }
});

afterAll(async () => {
  for (const r of restore.splice(0)) r();
  await f?.close();
  await deleteServers(owner, PREFIX).catch(() => undefined);
  await user?.remove();
  await proxy?.close();
  await owner.close();
});

describe('canary secrets', () => {
  it('the search itself finds a canary in each encoding (so an empty result means something)', () => {
    const blob = `xx${c.password}yy`;
    const texts = {
      plain: blob,
      base64: Buffer.from(blob).toString('base64'),
      base64url: Buffer.from(`z${blob}`).toString('base64url'),
      url: encodeURIComponent(blob),
      form: new URLSearchParams({ p: blob }).toString(),
    };
    expect(new Set(findSecrets({ password: c.password }, texts).map((x) => x.where))).toEqual(new Set(Object.keys(texts)));
    expect(formsOf(c.password)).toContain(encodeURIComponent(c.password));
  });

  it('the scenario really ran: real logins worked, the bad token was refused, the key came back once', () => {
    expect(result.states).toMatchObject({ password: 'connected', appCredential: 'connected', realToken: 'connected' });
    // (its status is checked in auth-status.int.test.ts: Keystone's 404 for it shows as connected)
    expect(result.badTokenList.ok).toBe(false);
    expect(keyAnswers).toHaveLength(1);
    expect(pemLines(result.privateKey).length).toBeGreaterThan(3);
    for (const line of pemLines(result.privateKey)) expect(keyAnswers[0]).toContain(line);
  });

  it('no canary, token or private key in the log, IPC answers, events, data files or printed output', async () => {
    const sessionTokens: Record<string, string> = {};
    for (const [which, id] of Object.entries(result.ids)) {
      if (which === 'badToken') continue;
      sessionTokens[`session token of ${which}`] = (await (await f.app.registry.client(id)).session.token()).value;
    }
    const secrets: Record<string, string> = {
      ...c,
      'real token (token profile)': user.token,
      ...sessionTokens,
      ...Object.fromEntries(pemLines(result.privateKey).map((l, i) => [`private key line ${i}`, l])),
    };
    const files = readTree(f.dataDir);
    const texts: Record<string, string> = {
      'request log': JSON.stringify(f.app.log.list()),
      events: events.join('\n'),
      printed: printed.join(''),
      ...Object.fromEntries(answers.map((a, i) => [`IPC answer ${i} (${a.channel})`, a.text])),
      ...Object.fromEntries(files.map((x) => [`file ${x.path}`, x.text])),
    };
    expect(findSecrets(secrets, texts)).toEqual([]);
    // the key's own answer carries nothing else secret
    expect(findSecrets({ ...c, ...sessionTokens }, { 'keypairs.create answer': keyAnswers.join('') })).toEqual([]);
    // and the search looked at real material: remembered secrets are on disk (encrypted), lists are cached
    expect(files.map((x) => x.path)).toEqual(expect.arrayContaining(['profiles.json', 'secrets.json', `cache/${result.ids.password}.json`]));
    expect(files.find((x) => x.path === 'secrets.json')?.text).toContain(result.ids.appCredential);
    expect(texts['request log']).toContain(`${PREFIX}-canary-server`);
  });

  it('the log keeps what is useful: methods, paths, statuses, request ids', () => {
    const log = f.app.log.list();
    const create = log.find((e) => e.method === 'POST' && /\/servers$/.test(e.url));
    expect(create).toMatchObject({ status: 202, service: 'compute' });
    expect(create?.requestId).toMatch(/^req-/);
    expect(create?.requestBody).toContain('"adminPass":"***"');
    expect(log.some((e) => e.method === 'POST' && /\/auth\/tokens$/.test(e.url) && e.status === 401)).toBe(true);
  });

  it('profile, secret and cache files are private (0600)', () => {
    for (const x of readTree(f.dataDir)) expect(x.mode, x.path).toBe(0o600);
    expect(statSync(f.dataDir).mode & 0o777).toBe(0o700);
  });
});
