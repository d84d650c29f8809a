import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Profile } from '../../shared/schemas/profile.js';
import { exportCloudsYaml } from './clouds-yaml-export.js';
import { parseCloudsConfig } from './clouds-yaml-parse.js';

const PATH = '/home/u/.config/openstack/clouds.yaml';

/** keystoneauth's multi-factor plugin as openstacksdk reads it: auth_methods is an option under auth. */
const MFA_YAML = `
clouds:
  mfa:
    auth_type: v3multifactor
    auth:
      auth_methods: [v3password, v3totp]
      auth_url: https://keystone.example.org:5000/v3
      username: alice
      password: canary-mfa-password
      passcode: "123456"
      user_domain_name: Default
      project_name: web
      project_domain_name: Default
    region_name: RegionOne
  csv-methods:
    auth_type: v3multifactor
    auth:
      auth_methods: v3totp,v3password
      auth_url: https://keystone.example.org:5000/v3
      username: bob
      user_domain_name: Default
      project_name: web
      project_domain_name: Default
  totp-and-token:
    auth_type: v3multifactor
    auth:
      auth_methods: [v3token, v3totp]
      auth_url: https://keystone.example.org:5000/v3
  no-methods:
    auth_type: v3multifactor
    auth:
      auth_url: https://keystone.example.org:5000/v3
`;

async function candidates() {
  return parseCloudsConfig({ path: PATH, text: MFA_YAML });
}

describe('clouds.yaml v3multifactor', () => {
  it('imports password + TOTP as a password profile that asks for a passcode, the password as its secret', async () => {
    const { candidates: cs } = await candidates();
    const mfa = cs.find((c) => c.name === 'mfa');
    expect(mfa?.draft.auth).toEqual({
      type: 'password',
      authUrl: 'https://keystone.example.org:5000/v3',
      user: { name: 'alice', domain: { name: 'Default' } },
      project: { name: 'web', domain: { name: 'Default' } },
      totp: true,
    });
    expect(mfa?.secret).toBe('canary-mfa-password');
    // a passcode lives 30 s: one written in a file is dropped, and the user is told
    expect(JSON.stringify(mfa?.draft)).not.toContain('123456');
    expect(mfa?.warnings.join(' ')).toMatch(/auth\.passcode was ignored/);
    // keystoneauth also takes the list as comma-separated text, in any order
    expect(cs.find((c) => c.name === 'csv-methods')?.draft.auth).toMatchObject({ type: 'password', totp: true });
  });

  it('refuses other method combinations and a missing list, naming auth.auth_methods', async () => {
    const { candidates: cs, problems } = await candidates();
    expect(cs.map((c) => c.name).sort()).toEqual(['csv-methods', 'mfa']);
    for (const cloud of ['totp-and-token', 'no-methods']) {
      const p = problems.find((x) => x.cloud === cloud);
      expect(p?.field).toBe('auth.auth_methods');
      expect(p?.message).toMatch(/v3password, v3totp/);
    }
  });

  it('exports v3multifactor with auth_methods under auth, no password or passcode, and reads back the same', async () => {
    const { candidates: cs } = await candidates();
    const drafts = cs.map((c, i) => Profile.parse({ ...c.draft, id: `p${i}` }));
    const plain = Profile.parse({ ...drafts[0], id: 'plain', name: 'plain', auth: { ...drafts[0]!.auth, totp: false } });
    const text = exportCloudsYaml([...drafts, plain]);
    expect(text).not.toMatch(/password:|passcode:|canary/);
    const doc = parse(text) as { clouds: Record<string, { auth_type: string; auth: { auth_methods?: string[] } }> };
    expect(doc.clouds.mfa?.auth_type).toBe('v3multifactor');
    expect(doc.clouds.mfa?.auth.auth_methods).toEqual(['v3password', 'v3totp']);
    expect(doc.clouds.plain?.auth_type).toBe('v3password');
    expect(doc.clouds.plain?.auth.auth_methods).toBeUndefined();
    const back = await parseCloudsConfig({ path: PATH, text });
    expect(back.problems).toEqual([]);
    expect(back.candidates.find((c) => c.name === 'mfa')?.draft.auth).toEqual(drafts[0]!.auth);
  });

  it('the profile schema names auth.totp when it is not a boolean', () => {
    const r = Profile.safeParse({ ...cloudlessProfile(), auth: { ...cloudlessProfile().auth, totp: 'yes' } });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['auth', 'totp']);
  });
});

function cloudlessProfile() {
  return {
    id: 'p1',
    name: 'p1',
    auth: { type: 'password' as const, authUrl: 'https://k.example.org/v3', user: { id: 'u1' }, project: { id: 'p1' } },
  };
}
