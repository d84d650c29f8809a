import { describe, expect, it } from 'vitest';
import { knownSecrets } from '../openstack/known-secrets.js';
import { ProfileSecrets } from './profile-secrets.js';
import { MemorySecretStore } from './secret-store.js';

const owner = (id: string) => ({ id, rememberSecret: false, auth: { type: 'password' as const, authUrl: 'http://127.0.0.1:5000/v3' }, tls: { verify: true } });

describe('stored secrets join the known-secrets net', () => {
  it('scrubs a stored secret from any string leaving main, until the profile forgets it', async () => {
    const secrets = new ProfileSecrets(new MemorySecretStore(undefined));
    const value = `stored-${Math.random().toString(36).slice(2)}`;
    const line = `Nova said: invalid value ${value}`;
    expect(knownSecrets.scrub(line)).toBe(line);

    await secrets.set(owner('p1') as never, value);
    expect(knownSecrets.scrub(line)).not.toContain(value);

    await secrets.delete('p1');
    expect(knownSecrets.scrub(line)).toBe(line);
  });

  it('nets a secret read back from the store (saved by an earlier run)', async () => {
    const value = `earlier-${Math.random().toString(36).slice(2)}`;
    const store = new MemorySecretStore(undefined);
    await store.set('p2', { secret: value });
    const secrets = new ProfileSecrets(store);
    expect(knownSecrets.scrub(value)).toBe(value);
    expect(await secrets.get(owner('p2') as never)).toBe(value);
    expect(knownSecrets.scrub(value)).not.toContain(value);
    await secrets.delete('p2');
  });
});
