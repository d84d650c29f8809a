import { describe, expect, it } from 'vitest';
import { KeypairName } from './keypair.js';

describe('KeypairName', () => {
  it.each(['laptop', 'my key', 'ci_deploy-2', 'me@host.example'])('accepts %j (Nova 2.92 names)', (name) => {
    expect(KeypairName.safeParse(name).success).toBe(true);
  });

  it.each(['', ' ', '.', '..', '../x', 'a/b', 'a?b', 'a#b', '%2e', 'a:b', 'tab\tname', 'é', 'x'.repeat(256)])('refuses %j', (name) => {
    expect(KeypairName.safeParse(name).success).toBe(false);
  });
});
