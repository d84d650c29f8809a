import { describe, expect, it } from 'vitest';
import { canonicalEndpoint, computeVersionUrl } from './compute-client.js';

describe('canonicalEndpoint', () => {
  it('spells equal catalog URLs alike: host case, default port and trailing slash do not count', () => {
    expect(canonicalEndpoint('HTTPS://Nova.Example.com:443/v2.1/')).toBe('https://nova.example.com/v2.1');
    expect(canonicalEndpoint('http://127.0.0.1:8774/v2.1')).toBe('http://127.0.0.1:8774/v2.1');
  });

  it('keeps the project id of a %(tenant_id)s catalog URL: two projects, two endpoints', () => {
    const a = canonicalEndpoint('http://127.0.0.1:8774/v2.1/0a1b2c3d/');
    expect(a).toBe('http://127.0.0.1:8774/v2.1/0a1b2c3d');
    expect(a).not.toBe(canonicalEndpoint('http://127.0.0.1:8774/v2.1/9f8e7d6c'));
    expect(computeVersionUrl(a)).toBe('http://127.0.0.1:8774/v2.1');
  });
});
