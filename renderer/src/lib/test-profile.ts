import type { ProfileView } from '../../../shared/schemas/profile.js';

/** For tests: a password profile of the local demo project, as main lists it (no secret in it). */
export function testProfile(id: string, over: Partial<ProfileView> = {}): ProfileView {
  return {
    id,
    name: id,
    label: '',
    colour: '#2f6fdf',
    auth: { type: 'password', authUrl: 'http://127.0.0.1:5000/v3', user: { name: 'demo', domain: { name: 'Default' } }, project: { name: 'demo', domain: { name: 'Default' } } },
    interface: 'public',
    tls: { verify: true },
    production: false,
    rememberSecret: false,
    hasSecret: true,
    ...over,
  };
}
