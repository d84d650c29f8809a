/**
 * The API requests the local cloud served while a task ran, counted from the services' own
 * logs (uwsgi's request lines, eventlet's and neutron's access lines), so a Horizon page and a
 * Novadesk screen are counted by the same meter, whichever process made the requests. The
 * count includes what the services ask each other on a request's behalf (token checks, Nova's
 * calls to Neutron and Placement), and anything else using the cloud at that moment: run the
 * bench on a quiet cloud and compare medians.
 */
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';

const LOGS = join(process.env.ND_CLOUD_HOME ?? '/var/lib/novadesk-cloud', 'logs');
const API_LOGS = ['keystone', 'nova-api', 'glance-api', 'neutron-server', 'placement', 'cinder-api'];

/** One request line of any of the APIs' logs → its response size in bytes. */
export function responseBytes(line: string): number | undefined {
  const uwsgi = / => generated (\d+) bytes in /.exec(line);
  if (uwsgi) return Number(uwsgi[1]);
  const neutron = /"(?:GET|POST|PUT|PATCH|DELETE|HEAD) [^"]*" status: \d{3}\s+len: (\d+)/.exec(line);
  if (neutron) return Number(neutron[1]);
  const eventlet = /"(?:GET|POST|PUT|PATCH|DELETE|HEAD) [^"]*" \d{3} (\d+) \d/.exec(line);
  if (eventlet) return Number(eventlet[1]);
  return undefined;
}

export interface CloudRequests {
  requests: number;
  bytes: number;
  /** requests per service, e.g. { 'nova-api': 3, keystone: 1 } */
  byService: Record<string, number>;
}

function readFrom(file: string, offset: number): string {
  const size = statSync(file).size;
  if (size <= offset) return '';
  const buf = Buffer.alloc(size - offset);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, buf, 0, buf.length, offset);
  } finally {
    closeSync(fd);
  }
  return buf.toString('utf8');
}

/** Marks the logs' ends now; the returned function counts what was logged since. */
export function countCloudRequests(): () => CloudRequests {
  const files = API_LOGS.map((s) => [s, join(LOGS, `${s}.log`)] as const).filter(([, f]) => existsSync(f));
  const start = new Map(files.map(([s, f]) => [s, statSync(f).size]));
  return () => {
    const out: CloudRequests = { requests: 0, bytes: 0, byService: {} };
    for (const [service, file] of files) {
      for (const line of readFrom(file, start.get(service)!).split('\n')) {
        const bytes = responseBytes(line);
        if (bytes === undefined) continue;
        out.requests++;
        out.bytes += bytes;
        out.byService[service] = (out.byService[service] ?? 0) + 1;
      }
    }
    return out;
  };
}
