import type { FaultProxy } from '../../support/fault-proxy.js';

/**
 * Makes the proxied Nova announce `max` as its highest microversion, so the client negotiates
 * it: the only way to reach keypair generation (≤ 2.91) through IPC on a Zed cloud (2.93).
 * Everything else still goes to the real nova-api.
 */
export async function capComputeVersion(proxy: FaultProxy, max: string): Promise<void> {
  const real = (await (await fetch('http://127.0.0.1:8774/v2.1/')).json()) as { version: Record<string, unknown> };
  const body = JSON.stringify({ version: { ...real.version, version: max } });
  proxy.inject({ service: 'compute', method: 'GET', path: /^\/v2\.1\/?$/, fault: { type: 'respond', status: 200, body } });
}
