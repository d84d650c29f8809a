/**
 * Nova's own time per request, from nova-api's request log on this machine (e2e/cloud writes
 * it): "... [None req-<id> ...] 127.0.0.1 "GET <path>" status: 200 len: N microversion: V time: S".
 * Set against a client's time it shows how much is the client and how much is Nova.
 */
import { readFileSync } from 'node:fs';
import { median } from './harness.js';

const LOG = `${process.env.ND_CLOUD_HOME ?? '/var/lib/novadesk-cloud'}/logs/nova-api.log`;
const LINE = /nova\.api\.openstack\.requestlog \[\S+ (req-[0-9a-f-]+) .*?"\w+ ([^"]+)" status: \d+ len: \d+ microversion: [\d.]+ time: ([\d.]+)/;

/** Median Nova time (ms) of these requests to a path containing `pathPart`; NaN when the log is not readable. */
export function novaMedianMs(requestIds: string[], pathPart: string): number {
  let text: string;
  try {
    text = readFileSync(LOG, 'utf8');
  } catch {
    return NaN;
  }
  const wanted = new Set(requestIds);
  const ms: number[] = [];
  for (const line of text.split('\n')) {
    const m = LINE.exec(line);
    // the id alone is not enough: a uwsgi worker can log its next request under the previous id
    if (m && wanted.has(m[1]!) && m[2]!.includes(pathPart)) ms.push(Number(m[3]) * 1000);
  }
  return median(ms);
}
