import { describe, expect, it } from 'vitest';
import { ImportResolution, Profile, ProfileDraft, TestConnectionInput, type ProfileDraftInput } from './profile.js';

const base: ProfileDraftInput = {
  name: 'demo',
  auth: {
    type: 'password',
    authUrl: 'https://keystone.example.org:5000/v3',
    user: { name: 'demo', domain: { name: 'Default' } },
    project: { name: 'demo', domain: { id: 'default' } },
  },
};

function fieldsOf(input: unknown): string[] {
  const r = ProfileDraft.safeParse(input);
  if (r.success) return [];
  return r.error.issues.map((i) => i.path.join('.'));
}

function withAuth(auth: Record<string, unknown>): unknown {
  return { ...base, auth: { ...base.auth, ...auth } };
}

describe('ProfileDraft', () => {
  it('accepts a password profile and fills the defaults', () => {
    const p = ProfileDraft.parse(base);
    expect(p.interface).toBe('public');
    expect(p.tls).toEqual({ verify: true });
    expect(p.production).toBe(false);
    expect(p.rememberSecret).toBe(false);
    expect(p.label).toBe('');
    expect(p.colour).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it.each([
    ['ftp://keystone.example.org/v3', 'http:// or https://'],
    ['keystone.example.org:5000', 'http:// or https://'],
    ['not a url', 'not a valid URL'],
    ['https://admin:secret@keystone.example.org/v3', 'user name or password'],
    ['', 'required'],
  ])('rejects the auth URL %j on auth.authUrl', (authUrl, why) => {
    const r = ProfileDraft.safeParse(withAuth({ authUrl }));
    expect(r.success).toBe(false);
    const issue = r.error?.issues.find((i) => i.path.join('.') === 'auth.authUrl');
    expect(issue?.message).toContain(why);
  });

  it('accepts http and https auth URLs', () => {
    expect(fieldsOf(withAuth({ authUrl: 'http://127.0.0.1:5000/v3' }))).toEqual([]);
    expect(fieldsOf(withAuth({ authUrl: 'https://[::1]:5000' }))).toEqual([]);
  });

  it('names the user field a password profile is missing', () => {
    expect(fieldsOf(withAuth({ user: {} }))).toEqual(['auth.user.name']);
    expect(fieldsOf(withAuth({ user: { name: 'demo' } }))).toEqual(['auth.user.domain']);
    expect(fieldsOf(withAuth({ user: { name: 'demo', domain: { name: '' } } }))).toEqual(['auth.user.domain']);
    // by id, no domain is needed (ids are global)
    expect(fieldsOf(withAuth({ user: { id: 'c0ffee' } }))).toEqual([]);
  });

  it('treats empty form fields as not given', () => {
    const p = ProfileDraft.parse(withAuth({ user: { id: 'u1', name: '', domain: { id: '', name: '' } } }));
    expect(p.auth.type === 'password' && p.auth.user).toEqual({ id: 'u1', domain: {} });
    expect(fieldsOf({ ...base, region: '' })).toEqual([]);
    expect(ProfileDraft.parse({ ...base, region: '  ' }).region).toBeUndefined();
  });

  it('requires a project for password and token auth, naming it', () => {
    const { project: _p, ...noProject } = base.auth as Record<string, unknown>;
    expect(fieldsOf({ ...base, auth: noProject })).toEqual(['auth.project']);
    expect(fieldsOf(withAuth({ project: { name: 'demo' } }))).toEqual(['auth.project.domain']);
    expect(fieldsOf({ ...base, auth: { type: 'token', authUrl: 'https://k.example.org' } })).toEqual(['auth.project']);
    expect(fieldsOf({ ...base, auth: { type: 'token', authUrl: 'https://k.example.org', project: { id: 'p1' } } })).toEqual([]);
  });

  it('checks what an application credential needs', () => {
    const ac = (applicationCredential: unknown) => ({
      ...base,
      auth: { type: 'application_credential', authUrl: 'https://k.example.org/v3', applicationCredential },
    });
    expect(fieldsOf(ac({ id: 'abc' }))).toEqual([]);
    expect(fieldsOf(ac({}))).toEqual(['auth.applicationCredential.id']);
    expect(fieldsOf(ac({ name: 'ci' }))).toEqual(['auth.applicationCredential.user']);
    expect(fieldsOf(ac({ name: 'ci', user: { name: 'demo' } }))).toEqual(['auth.applicationCredential.user.domain']);
    expect(fieldsOf(ac({ name: 'ci', user: { name: 'demo', domain: { name: 'Default' } } }))).toEqual([]);
  });

  it('names auth.type for an unknown auth type', () => {
    expect(fieldsOf({ ...base, auth: { type: 'v3oidcpassword', authUrl: 'https://k.example.org' } })).toEqual(['auth.type']);
  });

  it('does not let a secret into the stored profile', () => {
    const r = ProfileDraft.safeParse(withAuth({ password: 'canary-pw' }));
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path.join('.')).toBe('auth');
    expect(r.error?.issues[0]?.code).toBe('unrecognized_keys');
    expect(fieldsOf({ ...base, secret: 'x' })).toEqual(['']);
  });

  it('names interface, colour, name and tls fields', () => {
    expect(fieldsOf({ ...base, interface: 'publicURL' })).toEqual(['interface']);
    expect(fieldsOf({ ...base, colour: 'red' })).toEqual(['colour']);
    expect(fieldsOf({ ...base, name: 'two\nlines' })).toEqual(['name']);
    expect(fieldsOf({ ...base, name: '  ' })).toEqual(['name']);
    expect(fieldsOf({ ...base, tls: { verify: 'no' } })).toEqual(['tls.verify']);
  });

  it('Profile needs a well-formed id', () => {
    expect(Profile.safeParse({ ...base, id: 'demo-1a2b3c' }).success).toBe(true);
    expect(Profile.safeParse({ ...base, id: '../etc' }).success).toBe(false);
  });
});

describe('IPC inputs', () => {
  it('a rename needs a valid new name', () => {
    expect(ImportResolution.safeParse({ action: 'rename' }).success).toBe(false);
    expect(ImportResolution.safeParse({ action: 'rename', name: 'demo-2' }).success).toBe(true);
    expect(ImportResolution.safeParse({ action: 'merge' }).success).toBe(false);
  });

  it('test connection needs an id or a profile', () => {
    const r = TestConnectionInput.safeParse({ secret: 'x' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['id']);
    expect(TestConnectionInput.safeParse({ id: 'demo-1' }).success).toBe(true);
  });
});
