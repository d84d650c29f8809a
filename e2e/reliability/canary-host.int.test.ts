import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CloudClient } from '../../main/openstack/cloud-client.js';
import { FaultProxy } from '../support/fault-proxy.js';
import { clientFor, RUN_PREFIX } from '../support/local-cloud.js';
import { deleteServers } from '../support/server-fixtures.js';
import { findSecrets, makeCanaries, pemLines } from './support/canaries.js';
import { runCanaryScenario, type Call, type ScenarioResult } from './support/canary-scenario.js';
import { createCanaryUser, type CanaryUser } from './support/canary-user.js';
import { readTree } from './support/files.js';
import { buildHost, startHost, type HostProcess } from './support/host-process.js';
import { capComputeVersion } from './support/version-cap.js';

/**
 * The same canary scenario through the real browser host process (built from the current
 * sources), seeded from a clouds.yaml holding a canary password: its stdout and stderr (what
 * a crash report or a terminal would show), every HTTP IPC answer and event frame, and its
 * data dir must hold no canary. The host keeps secrets for the run only (no keychain), so
 * nothing secret may reach its data dir at all.
 */
const PREFIX = `${RUN_PREFIX}-hcanary`;
const c = makeCanaries();
let proxy: FaultProxy;
let user: CanaryUser;
let owner: CloudClient;
let host: HostProcess;
let result: ScenarioResult;
let exitCode: number | null;
const dataDir = mkdtempSync(join(tmpdir(), 'nd-rel-host-'));
const seedDir = mkdtempSync(join(tmpdir(), 'nd-rel-seed-'));
const answers: { channel: string; text: string }[] = [];
const keyAnswers: string[] = [];

beforeAll(async () => {
  owner = clientFor('local-alt');
  const cli = await buildHost();
  proxy = await FaultProxy.start();
  await capComputeVersion(proxy, '2.91');
  user = await createCanaryUser(`${PREFIX}-user`, c.password, c.appCredentialSecret);
  const seedFile = join(seedDir, 'clouds.yaml');
  writeFileSync(
    seedFile,
    stringify({
      clouds: {
        [`${PREFIX}-seeded`]: {
          auth: { auth_url: proxy.authUrl, username: user.userName, password: c.password, project_name: user.projectName, user_domain_name: 'Default', project_domain_name: 'Default' },
          region_name: 'RegionOne',
        },
      },
    }),
  );
  host = await startHost(cli, ['--data-dir', dataDir, '--seed-clouds', seedFile]);
  const call = (async (channel: string, input: unknown, opts?: { holdsPrivateKey?: boolean }) => {
    const { result: r, text } = await host.ipc(channel, input);
    if (opts?.holdsPrivateKey) keyAnswers.push(text);
    else answers.push({ channel, text });
    return r;
  }) as Call;
  result = await runCanaryScenario(call, c, user, proxy.authUrl, PREFIX);
  const seeded = ((await call('profiles.list', {})) as { ok: true; value: { id: string; name: string }[] }).value.find((p) => p.name === `${PREFIX}-seeded`);
  if (!seeded) throw new Error('the seeded profile is missing');
  await call('servers.list', { cloud: seeded.id });
  // a request that fails inside the host, so its error path prints if it prints anything
  await call('servers.get', { cloud: seeded.id, id: 'no-such-server' });
  exitCode = await host.stop();
}, 300_000);

afterAll(async () => {
  await host?.stop();
  await deleteServers(owner, PREFIX).catch(() => undefined);
  await user?.remove();
  await proxy?.close();
  await owner.close();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(seedDir, { recursive: true, force: true });
});

describe('canary secrets through the browser host process', () => {
  it('the host ran the scenario and shut down cleanly on SIGTERM', () => {
    expect(result.states).toMatchObject({ password: 'connected', appCredential: 'connected', realToken: 'connected' });
    expect(result.badTokenList.ok).toBe(false);
    for (const line of pemLines(result.privateKey)) expect(keyAnswers.join('')).toContain(line);
    expect(host.stdout()).toMatch(/1 profile\(s\) imported/);
    expect(exitCode).toBe(0);
  });

  it('no canary, token or private key in stdout, stderr, IPC answers, event frames or the data dir', () => {
    const secrets: Record<string, string> = {
      ...c,
      'real token (token profile)': user.token,
      ...Object.fromEntries(pemLines(result.privateKey).map((l, i) => [`private key line ${i}`, l])),
    };
    const files = readTree(dataDir);
    const texts: Record<string, string> = {
      stdout: host.stdout(),
      stderr: host.stderr(),
      events: host.events.join(''),
      ...Object.fromEntries(answers.map((a, i) => [`IPC answer ${i} (${a.channel})`, a.text])),
      ...Object.fromEntries(files.map((x) => [`file ${x.path}`, x.text])),
    };
    expect(findSecrets(secrets, texts)).toEqual([]);
    expect(findSecrets({ ...c }, { 'keypairs.create answer': keyAnswers.join('') })).toEqual([]);
    // the search covered real material: the log came over IPC, lists were cached, events flowed
    expect(answers.some((a) => a.channel === 'log.list' && a.text.includes(`${PREFIX}-canary-server`))).toBe(true);
    expect(files.some((x) => x.path.startsWith('cache/'))).toBe(true);
    expect(host.events.join('')).toMatch(/event: log\.entry/);
  });
});
