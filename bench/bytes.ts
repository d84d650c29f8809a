import type { CloudClient } from '../main/openstack/cloud-client.js';

/**
 * Counts response body bytes of every request the client makes. The request log records
 * no sizes, so the session's `request` is wrapped: bench-only instrumentation, one place.
 */
export function countBytes(client: CloudClient): { total: () => number; reset: () => void } {
  let total = 0;
  const session = client.session;
  const inner = session.request.bind(session);
  session.request = async (req) => {
    const res = await inner(req);
    total += Buffer.byteLength(res.text);
    return res;
  };
  return { total: () => total, reset: () => void (total = 0) };
}
