/**
 * The local real cloud that e2e/cloud/up.sh brings up, as the tests see it.
 * Reads the clouds.yaml that up.sh writes; nothing here stands in for a service.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { CloudClient } from '../../main/openstack/cloud-client.js';
import type { AuthSpec } from '../../main/openstack/identity/auth-spec.js';
import type { SessionOptions } from '../../main/openstack/session.js';

export const CLOUDS_YAML = process.env.NOVADESK_CLOUDS_YAML ?? '/var/lib/novadesk-cloud/clouds.yaml';

/** `openstack --os-cloud <cloud> <args> -f json` (python-openstackclient), the reference client's view. */
export function openstackJson<T = Record<string, unknown>>(cloud: string, ...args: string[]): T {
  const out = execFileSync('openstack', ['--os-cloud', cloud, ...args, '-f', 'json'], { env: { ...process.env, OS_CLIENT_CONFIG_FILE: CLOUDS_YAML } });
  return JSON.parse(out.toString()) as T;
}

/** `openstack limits show --absolute`: Nova's own counts and limits for the cloud's project. */
export const novaAbsoluteLimits = (cloud: string): Record<string, number> =>
  Object.fromEntries(openstackJson<Array<{ Name: string; Value: number }>>(cloud, 'limits', 'show', '--absolute').map((l) => [l.Name, l.Value]));

export type LocalCloudName = 'local-admin' | 'local-demo' | 'local-alt' | 'local-demo-regiontwo';

interface CloudsYamlEntry {
  auth: {
    auth_url: string;
    username: string;
    password: string;
    project_name: string;
    user_domain_name: string;
    project_domain_name: string;
  };
  region_name: string;
  interface?: 'public' | 'internal' | 'admin';
}

export function localCloud(name: LocalCloudName): CloudsYamlEntry {
  const doc = parse(readFileSync(CLOUDS_YAML, 'utf8')) as { clouds: Record<string, CloudsYamlEntry> };
  const entry = doc.clouds[name];
  if (!entry) throw new Error(`${CLOUDS_YAML} has no cloud ${name}; run e2e/cloud/up.sh`);
  return entry;
}

export function passwordAuth(name: LocalCloudName): AuthSpec {
  const a = localCloud(name).auth;
  return {
    type: 'password',
    authUrl: a.auth_url,
    user: { name: a.username, domain: { name: a.user_domain_name } },
    password: a.password,
    scope: { project: { name: a.project_name, domain: { name: a.project_domain_name } } },
  };
}

export function sessionOptions(name: LocalCloudName, extra: Partial<SessionOptions> = {}): SessionOptions {
  const c = localCloud(name);
  return { auth: passwordAuth(name), region: c.region_name, interface: c.interface ?? 'public', cloud: name, ...extra };
}

export function clientFor(name: LocalCloudName, extra: Partial<SessionOptions> = {}): CloudClient {
  return new CloudClient(sessionOptions(name, extra));
}

/** A prefix unique to this run, so tests clean up only what they made on the persistent cloud. */
export const RUN_PREFIX = `nd-${process.pid.toString(36)}-${Date.now().toString(36)}`;
