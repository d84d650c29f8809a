import { describe, expect, it } from 'vitest';
import { OpenStackError } from '../errors.js';
import { requireFeature } from './feature-gate.js';

function thrown(f: () => void): OpenStackError | undefined {
  try {
    f();
  } catch (e) {
    return e as OpenStackError;
  }
  return undefined;
}

describe('requireFeature (the throwing gate)', () => {
  it('passes from the first version that has the feature', () => {
    expect(() => requireFeature('server.tags', 'tags', '2.52')).not.toThrow();
    expect(() => requireFeature('server.tags', 'tags', '2.96')).not.toThrow();
  });

  it('refuses below it, naming the field and the version from the feature table', () => {
    const e = thrown(() => requireFeature('server.tags', 'tags', '2.51'));
    expect(e).toBeInstanceOf(OpenStackError);
    expect([e?.kind, e?.field]).toEqual(['unsupported_microversion', 'tags']);
    expect(e?.message).toBe('tags needs compute microversion 2.52; this cloud negotiated 2.51');
  });

  it('refuses a removed feature after its last version, and appends the hint', () => {
    expect(() => requireFeature('keypair.generate', 'publicKey', '2.91')).not.toThrow();
    const e = thrown(() => requireFeature('keypair.generate', 'publicKey', '2.92', 'import a public key instead'));
    expect(e?.message).toBe('publicKey needs compute microversion at most 2.91; this cloud negotiated 2.92: import a public key instead');
  });
});
