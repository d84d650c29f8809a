import { describe, expect, it } from 'vitest';
import { EventBus } from './events.js';
import { KnownSecrets } from './openstack/known-secrets.js';
import { REDACTED } from './openstack/redact.js';

describe('EventBus', () => {
  it('scrubs every known secret from a payload before any listener sees it', () => {
    const secrets = new KnownSecrets();
    secrets.add('live-token-value');
    const bus = new EventBus(secrets);
    const seen: unknown[] = [];
    bus.subscribe((event, payload) => seen.push({ event, payload }));
    bus.emit('log.entry', { seq: 1, at: 't', method: 'GET', url: 'http://h/x', service: 'compute', attempt: 1, elapsedMs: 1, error: 'echo live-token-value' });
    expect(JSON.stringify(seen)).not.toContain('live-token-value');
    expect(seen).toMatchObject([{ event: 'log.entry', payload: { error: `echo ${REDACTED}` } }]);
  });
});
