/** The reference clients of issue 7: Debian's `openstack` CLI and `curl`, as a user would run them. */
import { CLOUDS_YAML, passwordAuth, type LocalCloudName } from '../e2e/support/local-cloud.js';
import { buildAuthBody, tokensUrl } from '../main/openstack/identity/auth-body.js';
import { run } from './proc.js';

const osEnv = { ...process.env, OS_CLIENT_CONFIG_FILE: CLOUDS_YAML };

/** `openstack --os-cloud <cloud> <args...>`, timed from spawn to exit. */
export async function openstack(cloud: LocalCloudName, args: string[]): Promise<number> {
  return (await run('openstack', ['--os-cloud', cloud, ...args], { env: osEnv })).ms;
}

export const openstackEnv = osEnv;

/**
 * `curl` sending one request. Headers (the token among them) go in on stdin (`-H @-`) so the
 * token is not in any process's argv; the body goes in the same way for the login.
 */
async function curl(args: string[], input: string): Promise<{ ms: number; stdout: string }> {
  return run('curl', ['-s', '-S', '--fail-with-body', ...args], { input });
}

/** POST /v3/auth/tokens with the same body the library sends; returns the X-Subject-Token. */
export async function curlLogin(cloud: LocalCloudName): Promise<{ ms: number; token: string }> {
  const spec = passwordAuth(cloud);
  const r = await curl(
    ['-o', '/dev/null', '-D', '-', '-H', 'Content-Type: application/json', '--data-binary', '@-', tokensUrl(spec.authUrl)],
    JSON.stringify(buildAuthBody(spec)),
  );
  const token = /^x-subject-token:\s*(\S+)/im.exec(r.stdout)?.[1];
  if (!token) throw new Error('curl login: no X-Subject-Token in the answer');
  return { ms: r.ms, token };
}

/** GET with a token and extra headers; returns curl's own HTTP time and body size besides the wall time. */
export async function curlGet(url: string, headers: Record<string, string>): Promise<{ ms: number; httpMs: number; bytes: number; requestId: string }> {
  const lines = Object.entries({ Accept: 'application/json', ...headers }).map(([k, v]) => `${k}: ${v}`);
  const r = await curl(['-o', '/dev/null', '-w', '%{size_download} %{time_total} %header{x-openstack-request-id}', '-H', '@-', url], lines.join('\n') + '\n');
  const [bytes, seconds, requestId] = r.stdout.split(' ');
  return { ms: r.ms, httpMs: Number(seconds) * 1000, bytes: Number(bytes), requestId: requestId ?? '' };
}
