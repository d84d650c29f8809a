/**
 * The secrets scenario of plan case 15, driven through IPC only (in-process router or the
 * browser host over HTTP): four profiles whose secrets are canaries or real credentials,
 * logins that work and one that fails, a server created with adminPass and user data
 * canaries, a keypair Nova generates (its private key comes back once), lists cached on disk,
 * an export, the request log. The caller records every answer and searches them.
 */
import type { Result } from '../../../shared/errors.js';
import type { Channel } from '../../../shared/ipc/contract.js';
import type { InputOf, OutputOf } from '../../../shared/ipc/types.js';
import { IMAGE_NAME, UNSCHEDULABLE } from '../../support/server-fixtures.js';
import type { Canaries } from './canaries.js';
import type { CanaryUser } from './canary-user.js';

export type Call = <C extends Channel>(channel: C, input: InputOf<C>, opts?: { holdsPrivateKey?: boolean }) => Promise<Result<OutputOf<C>>>;

export interface ScenarioResult {
  ids: { password: string; appCredential: string; badToken: string; realToken: string };
  serverId: string;
  keypairName: string;
  privateKey: string;
  /** what each login ended as */
  states: Record<string, string>;
  /** a list with the token Keystone does not know: must fail */
  badTokenList: Result<unknown>;
}

async function ok<C extends Channel>(call: Call, channel: C, input: InputOf<C>, opts?: { holdsPrivateKey?: boolean }): Promise<OutputOf<C>> {
  const r = await call(channel, input, opts);
  if (!r.ok) throw new Error(`${channel}: ${r.error.kind}: ${r.error.message}`);
  return r.value;
}

export async function runCanaryScenario(call: Call, c: Canaries, u: CanaryUser, authUrl: string, prefix: string): Promise<ScenarioResult> {
  const domain = { name: 'Default' };
  const project = { name: u.projectName, domain };
  const save = async (name: string, auth: InputOf<'profiles.save'>['profile']['auth'], secret: string) =>
    (await ok(call, 'profiles.save', { profile: { name: `${prefix}-${name}`, auth, rememberSecret: true }, secret })).id;

  const ids = {
    password: await save('pw', { type: 'password', authUrl, user: { name: u.userName, domain }, project }, c.password),
    appCredential: await save('ac', { type: 'application_credential', authUrl, applicationCredential: { id: u.appCredentialId } }, c.appCredentialSecret),
    badToken: await save('tok-bad', { type: 'token', authUrl, project }, c.token),
    realToken: await save('tok-real', { type: 'token', authUrl, project }, u.token),
  };
  await ok(call, 'profiles.list', {});
  for (const id of Object.values(ids)) await ok(call, 'profiles.get', { id });

  const states: Record<string, string> = {};
  for (const [which, id] of Object.entries(ids)) {
    const s = await ok(call, 'clouds.connect', { cloud: id });
    states[which] = s.error ? `${s.state} (${s.error.kind})` : s.state;
  }
  const badTokenList = await call('servers.list', { cloud: ids.badToken });
  await ok(call, 'profiles.testConnection', { id: ids.appCredential });
  // a wrong password that contains the canary: the failure must not echo it
  const draft = (await ok(call, 'profiles.get', { id: ids.password })) as InputOf<'profiles.save'>['profile'] & { id?: string; hasSecret?: boolean };
  const { id: _id, hasSecret: _has, ...profile } = draft;
  await call('profiles.testConnection', { profile: { ...profile, name: `${prefix}-pw-wrong` }, secret: `wrong ${c.password}` });

  const cloud = ids.password;
  const image = (await ok(call, 'images.list', { cloud, name: IMAGE_NAME }))[0];
  if (!image) throw new Error(`no ${IMAGE_NAME} image`);
  const created = await ok(call, 'servers.create', {
    cloud,
    server: {
      name: `${prefix}-canary-server`,
      flavorRef: UNSCHEDULABLE,
      imageRef: image.id,
      networks: 'none',
      adminPass: c.adminPass,
      userData: { text: c.userData },
    },
  });
  if (!created.id) throw new Error('servers.create returned no id');
  await ok(call, 'servers.get', { cloud, id: created.id });
  await ok(call, 'servers.list', { cloud: ids.appCredential });

  const keypairName = `${prefix}-canary-kp`;
  const generated = await ok(call, 'keypairs.create', { cloud, keypair: { name: keypairName } }, { holdsPrivateKey: true });
  await ok(call, 'keypairs.get', { cloud, name: keypairName });
  await ok(call, 'keypairs.list', { cloud });

  // lists cached on disk: keypairs (whose create answer held a key) and servers (made with adminPass)
  const cached = [[cloud, 'keypairs'], [cloud, 'servers'], [ids.appCredential, 'servers'], [ids.realToken, 'flavors']] as const;
  for (const [id, kind] of cached) {
    await ok(call, 'clouds.refreshList', { cloud: id, kind });
    await ok(call, 'clouds.cachedList', { cloud: id, kind });
  }
  await ok(call, 'servers.listAll', {});
  await ok(call, 'profiles.exportCloudsYaml', {});
  await ok(call, 'clouds.statuses', {});
  await ok(call, 'log.list', {});
  return { ids, serverId: created.id, keypairName, privateKey: generated.privateKey, states, badTokenList };
}
